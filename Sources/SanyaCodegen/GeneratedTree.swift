import Foundation

/// The generated folder on disk: written so that unchanged files keep their timestamps and files no longer
/// produced are removed, and compared for `build --check`.
public struct GeneratedTree: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The files now on disk, by relative path.
    public func existing() -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let prefix = root.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(prefix.count))
            files[path] = try? Data(contentsOf: url)
        }
        return files
    }

    /// What differs between the disk and the expected files, one line each, sorted.
    public func differences(from expected: [String: String]) -> [String] {
        let current = existing()
        var lines: [String] = []
        for (path, text) in expected {
            guard let data = current[path] else { lines.append("missing: \(path)"); continue }
            if data != Data(text.utf8) { lines.append("stale:   \(path)") }
        }
        for path in current.keys where expected[path] == nil {
            lines.append("extra:   \(path)")
        }
        return lines.sorted { $0.split(separator: " ").last! < $1.split(separator: " ").last! }
    }

    /// Writes the files that changed and removes those no longer produced.
    public func write(_ files: [String: String]) throws -> (written: Int, removed: Int) {
        let fm = FileManager.default
        let current = existing()
        var written = 0, removed = 0
        for (path, text) in files.sorted(by: { $0.key < $1.key }) {
            let data = Data(text.utf8)
            if current[path] == data { continue }
            let url = root.appendingPathComponent(path)
            try fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url, options: .atomic)
            written += 1
        }
        for path in current.keys where files[path] == nil {
            try fm.removeItem(at: root.appendingPathComponent(path))
            removed += 1
        }
        return (written, removed)
    }
}
