import ArticleParsing
import Foundation

/// A file found under one of the roots, with the id it will carry and, when the walk was
/// asked to stat, the version of it on disk.
public struct CorpusEntry: Sendable, Hashable {
    public var path: String
    public var id: String
    public var identity: FileIdentity

    public init(path: String, id: String, identity: FileIdentity = .unknown) {
        self.path = path
        self.id = id
        self.identity = identity
    }
}

/// Finds article files under the roots: folders recursively, hidden names skipped,
/// symlinked folders followed once (a loop is reported, not followed), devices, sockets
/// and FIFOs skipped with a note. Hands over the files folder by folder, so parsing can
/// start before the walk ends.
struct FileWalker {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var count = 0
    private let statFiles: Bool
    private let deliver: ([CorpusEntry]) -> Void
    private var visitedFolders: Set<String> = []
    private var seenFiles: Set<String> = []
    private var usedIds: Set<String> = []

    /// `statFiles`: read each file's size, mtime and inode (what a snapshot is checked
    /// against); without it the reader of the file records them.
    init(statFiles: Bool, deliver: @escaping ([CorpusEntry]) -> Void) {
        self.statFiles = statFiles
        self.deliver = deliver
    }

    mutating func walk(root: String) {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        var status = stat()
        guard stat(absolute, &status) == 0 else {
            diagnostics.append(Diagnostic(path: root, message: "no such file or folder"))
            return
        }
        if status.st_mode & S_IFMT == S_IFDIR {
            walkFolder(absolute, root: absolute)
        } else {
            var found: [CorpusEntry] = []
            add(file: absolute, id: lastPathComponent(absolute), rootName: "", isLink: true, status: status, to: &found)
            deliver(found)
        }
    }

    private mutating func walkFolder(_ folder: String, root: String) {
        let real = realPath(folder)
        guard visitedFolders.insert(real).inserted else {
            diagnostics.append(Diagnostic(path: folder, severity: .note, message: "skipped: folder already visited (symlink loop?)"))
            return
        }
        guard let listing = FolderListing(folder, statFiles: statFiles) else {
            diagnostics.append(Diagnostic(path: folder, message: "cannot list folder: \(String(cString: strerror(errno)))"))
            return
        }
        var found: [CorpusEntry] = []
        var subfolders: [String] = []
        for item in listing.entries where !item.name.hasPrefix(".") {
            let path = folder + "/" + item.name
            let id = String(path.dropFirst(root.count + 1))
            switch item.kind {
            case .folder:
                subfolders.append(path)
            case .file:
                add(file: path, id: id, rootName: lastPathComponent(root), isLink: false, status: item.status, to: &found)
            case .link:
                var status = stat()
                guard stat(path, &status) == 0 else {
                    diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: broken symlink"))
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    subfolders.append(path)
                } else {
                    add(file: path, id: id, rootName: lastPathComponent(root), isLink: true, status: status, to: &found)
                }
            case .other:
                diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: not a regular file"))
            }
        }
        if !found.isEmpty { deliver(found) }
        for subfolder in subfolders { walkFolder(subfolder, root: root) }
    }

    /// Folders are visited once each, so only a symlinked file can be met twice.
    private mutating func add(file path: String, id: String, rootName: String, isLink: Bool, status: stat?,
                              to found: inout [CorpusEntry]) {
        if let status, status.st_mode & S_IFMT != S_IFREG {
            diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: not a regular file"))
            return
        }
        guard seenFiles.insert(isLink ? realPath(path) : path).inserted else { return }
        var uniqueId = id
        if usedIds.contains(uniqueId) { uniqueId = rootName + "/" + id }
        var suffix = 2
        while usedIds.contains(uniqueId) {
            uniqueId = "\(id)#\(suffix)"
            suffix += 1
        }
        usedIds.insert(uniqueId)
        found.append(CorpusEntry(path: path, id: uniqueId, identity: status.map(FileIdentity.init) ?? .unknown))
        count += 1
    }

    private func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A folder's entries, sorted by name, with their types from readdir (no stat per file
/// unless asked) .
struct FolderListing {
    enum Kind {
        case file, folder, link, other
    }

    struct Item {
        var name: String
        var kind: Kind
        var status: stat?
    }

    let entries: [Item]

    init?(_ path: String, statFiles: Bool) {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var entries: [Item] = []
        while let entry = readdir(handle) {
            // Read the name in place, up to its NUL: a dirent record is only as long as its
            // name needs, so copying the whole 256-byte field can run off the buffer (ASan).
            let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var item = Item(name: name, kind: .other)
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): item.kind = .file
            case Int32(DT_DIR): item.kind = .folder
            case Int32(DT_LNK): item.kind = .link
            case Int32(DT_UNKNOWN): item.kind = .link  // some filesystems leave the type out: stat it
            default: item.kind = .other
            }
            if statFiles, item.kind == .file {
                var status = stat()
                if fstatat(dirfd(handle), name, &status, 0) == 0 { item.status = status }
            }
            entries.append(item)
        }
        self.entries = entries.sorted { $0.name < $1.name }
    }
}
