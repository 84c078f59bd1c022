import Foundation

/// Finds article files under the roots given on the command line.
struct FileWalker {
    private(set) var entries: [CorpusLoader.Entry] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var visitedFolders: Set<String> = []
    private var seenFiles: Set<String> = []
    private var usedIds: Set<String> = []

    mutating func walk(root: String) {
        let absolute = URL(fileURLWithPath: root).standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder) else {
            diagnostics.append(Diagnostic(path: root, message: "no such file or folder"))
            return
        }
        if isFolder.boolValue {
            walkFolder(absolute, root: absolute)
        } else {
            add(file: absolute, id: lastPathComponent(absolute), rootName: "", isLink: true)
        }
    }

    private mutating func walkFolder(_ folder: String, root: String) {
        let real = realPath(folder)
        guard visitedFolders.insert(real).inserted else {
            diagnostics.append(Diagnostic(path: folder, severity: .note, message: "skipped: folder already visited (symlink loop?)"))
            return
        }
        guard let listing = FolderListing(folder) else {
            diagnostics.append(Diagnostic(path: folder, message: "cannot list folder: \(String(cString: strerror(errno)))"))
            return
        }
        for (name, kind) in listing.entries where !name.hasPrefix(".") {
            let path = folder + "/" + name
            switch kind {
            case .folder:
                walkFolder(path, root: root)
            case .file:
                add(file: path, id: String(path.dropFirst(root.count + 1)), rootName: lastPathComponent(root), isLink: false)
            case .link:
                var status = stat()
                guard stat(path, &status) == 0 else {
                    diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: broken symlink"))
                    continue
                }
                if status.st_mode & S_IFMT == S_IFDIR {
                    walkFolder(path, root: root)
                } else {
                    add(file: path, id: String(path.dropFirst(root.count + 1)), rootName: lastPathComponent(root), isLink: true)
                }
            case .other:
                continue
            }
        }
    }

    /// Folders are visited once each, so only a symlinked file can be met twice.
    private mutating func add(file path: String, id: String, rootName: String, isLink: Bool) {
        guard seenFiles.insert(isLink ? realPath(path) : path).inserted else { return }
        var uniqueId = id
        if usedIds.contains(uniqueId) { uniqueId = rootName + "/" + id }
        var suffix = 2
        while usedIds.contains(uniqueId) {
            uniqueId = "\(id)#\(suffix)"
            suffix += 1
        }
        usedIds.insert(uniqueId)
        entries.append(CorpusLoader.Entry(path: path, id: uniqueId))
    }

    private func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}

/// A folder's entries, sorted by name, with their types from readdir (no stat per file).
struct FolderListing {
    enum Kind {
        case file, folder, link, other
    }

    let entries: [(String, Kind)]

    init?(_ path: String) {
        guard let handle = opendir(path) else { return nil }
        defer { closedir(handle) }
        var entries: [(String, Kind)] = []
        while let entry = readdir(handle) {
            // Read the name in place, up to its NUL: a dirent record is only as long as its
            // name needs, so copying the whole 256-byte field can run off the buffer (ASan).
            let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
            let name = String(cString: (UnsafeRawPointer(entry) + nameOffset).assumingMemoryBound(to: CChar.self))
            if name == "." || name == ".." { continue }
            let kind: Kind
            switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): kind = .file
            case Int32(DT_DIR): kind = .folder
            case Int32(DT_LNK): kind = .link
            case Int32(DT_UNKNOWN): kind = .link  // some filesystems leave the type out: stat it
            default: kind = .other
            }
            entries.append((name, kind))
        }
        self.entries = entries.sorted { $0.0 < $1.0 }
    }
}
