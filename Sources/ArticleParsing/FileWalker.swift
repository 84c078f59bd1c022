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
            add(file: absolute, id: lastPathComponent(absolute), rootName: "")
        }
    }

    private mutating func walkFolder(_ folder: String, root: String) {
        let real = realPath(folder)
        guard visitedFolders.insert(real).inserted else {
            diagnostics.append(Diagnostic(path: folder, severity: .note, message: "skipped: folder already visited (symlink loop?)"))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            diagnostics.append(Diagnostic(path: folder, message: "cannot list folder"))
            return
        }
        for name in names where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                diagnostics.append(Diagnostic(path: path, severity: .note, message: "skipped: broken symlink"))
                continue
            }
            if isFolder.boolValue {
                walkFolder(path, root: root)
            } else {
                add(file: path, id: String(path.dropFirst(root.count + 1)), rootName: lastPathComponent(root))
            }
        }
    }

    private mutating func add(file path: String, id: String, rootName: String) {
        guard seenFiles.insert(realPath(path)).inserted else { return }
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
