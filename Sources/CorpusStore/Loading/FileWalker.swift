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
    /// Files met so far, by device and inode, so a symlink to a file met elsewhere (or a
    /// file a symlink led to earlier) is not read twice. Inodes, not path strings: this
    /// set takes every file, and hashing 100,000 paths was a sixth of a walk.
    private var regularFiles: Set<FileNode> = []
    private var linkedFiles: Set<FileNode> = []
    /// Ids given so far; needed only to tell files of different roots apart.
    private var usedIds: Set<String> = []
    private var rootsWalked = 0
    private let severalRoots: Bool

    /// `statFiles`: read each file's size, mtime and inode (what a snapshot is checked
    /// against); without it the reader of the file records them. `severalRoots`: ids must
    /// be kept apart across roots.
    init(statFiles: Bool, severalRoots: Bool, deliver: @escaping ([CorpusEntry]) -> Void) {
        self.statFiles = statFiles
        self.severalRoots = severalRoots
        self.deliver = deliver
        regularFiles.reserveCapacity(4096)
    }

    mutating func walk(root: String) {
        defer { rootsWalked += 1 }
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
            add(file: absolute, id: lastPathComponent(absolute), rootName: "", node: FileNode(status), isLink: true, status: status,
                to: &found)
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
                add(file: path, id: id, rootName: lastPathComponent(root), node: FileNode(device: listing.device, inode: item.inode),
                    isLink: false, status: item.status, to: &found)
            case .link:
                var status = stat()
                guard stat(path, &status) == 0 else {
                    diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: broken symlink"))
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    subfolders.append(path)
                } else {
                    add(file: path, id: id, rootName: lastPathComponent(root), node: FileNode(status), isLink: true, status: status,
                        to: &found)
                }
            case .other:
                diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: not a regular file"))
            }
        }
        if !found.isEmpty { deliver(found) }
        for subfolder in subfolders { walkFolder(subfolder, root: root) }
    }

    /// Folders are visited once each, so only a symlinked file can be met twice: a link is
    /// skipped when its file was met, and a file when a link led to it already. Hard links
    /// are different paths, each read.
    private mutating func add(file path: String, id: String, rootName: String, node: FileNode, isLink: Bool, status: stat?,
                              to found: inout [CorpusEntry]) {
        if let status, status.st_mode & S_IFMT != S_IFREG {
            diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: not a regular file"))
            return
        }
        if isLink {
            guard !regularFiles.contains(node), linkedFiles.insert(node).inserted else { return }
        } else {
            guard !linkedFiles.contains(node) else { return }
            regularFiles.insert(node)
        }
        // Within one root every id is a distinct relative path; only later roots can clash.
        var uniqueId = id
        if rootsWalked > 0 {
            if usedIds.contains(uniqueId) { uniqueId = rootName + "/" + id }
            var suffix = 2
            while usedIds.contains(uniqueId) {
                uniqueId = "\(id)#\(suffix)"
                suffix += 1
            }
        }
        if severalRoots { usedIds.insert(uniqueId) }
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
        var inode: UInt64
        var status: stat?
    }

    let entries: [Item]
    /// The device the folder is on: with an entry's inode, what names its file.
    let device: UInt64

    init?(_ path: String, statFiles: Bool) {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var folderStatus = Glibc.stat()
        device = fstat(dirfd(handle), &folderStatus) == 0 ? UInt64(folderStatus.st_dev) : 0
        var entries: [Item] = []
        while let entry = readdir(handle) {
            // Read the name in place, up to its NUL: a dirent record is only as long as its
            // name needs, so copying the whole 256-byte field can run off the buffer (ASan).
            let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            var item = Item(name: name, kind: .other, inode: UInt64(entry.pointee.d_ino))
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): item.kind = .file
            case Int32(DT_DIR): item.kind = .folder
            case Int32(DT_LNK): item.kind = .link
            case Int32(DT_UNKNOWN): item.kind = .link  // some filesystems leave the type out: stat it
            default: item.kind = .other
            }
            entries.append(item)
        }
        if statFiles { Self.stat(&entries, in: dirfd(handle)) }
        self.entries = entries.sorted { $0.name < $1.name }
    }

    /// Each file's status, a large folder's on every core: checking a snapshot against
    /// 100,000 files is mostly these calls.
    private static func stat(_ items: inout [Item], in folder: Int32) {
        let chunk = 256
        let count = items.count
        guard count > 0 else { return }
        items.withUnsafeMutableBufferPointer { buffer in
            let shared = SendablePointer(buffer.baseAddress!)
            DispatchQueue.concurrentPerform(iterations: (count + chunk - 1) / chunk) { part in
                for index in part * chunk..<min(count, (part + 1) * chunk) where shared.pointer[index].kind == .file {
                    var status = Glibc.stat()
                    if fstatat(folder, shared.pointer[index].name, &status, 0) == 0 { shared.pointer[index].status = status }
                }
            }
        }
    }
}

/// A file as the file system names it, whatever the path: device and inode.
struct FileNode: Hashable {
    var device: UInt64
    var inode: UInt64

    init(device: UInt64, inode: UInt64) {
        self.device = device
        self.inode = inode
    }

    init(_ status: stat) {
        self.init(device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
    }
}
