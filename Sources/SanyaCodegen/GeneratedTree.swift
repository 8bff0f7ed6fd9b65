import Foundation
import SanyaModel

/// The generated folder on disk: written so that unchanged files are not touched (they keep their
/// timestamps) and files no longer produced are removed, and compared for `build --check`.
///
/// Files are compared and written on every core. A file is written in place, without Foundation's
/// `.atomic` (a temporary file, an `fsync` and a rename per file made a build of 1,000 contracts spend
/// seconds in the kernel); only `handlers/`, which a running runtime reads, get a temporary file and a
/// rename so that it never reads half a definition. Nothing needs `fsync`: a build interrupted by a crash
/// is simply run again.
public struct GeneratedTree: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// The regular files now on disk: relative path, size and modification time.
    public func existingFiles() -> [DirectoryListing.File] {
        DirectoryListing.files(under: rootPath)
    }

    /// The relative paths of the regular files now on disk.
    public func existingPaths() -> Set<String> {
        Set(existingFiles().map(\.path))
    }

    private var rootPath: String { root.path }

    /// What differs between the disk and the expected files, one line each, sorted by path.
    public func differences(from expected: [String: String]) -> [String] {
        let current = existingPaths()
        let paths = expected.keys.sorted()
        let verdicts = paths.concurrentMap { path -> String? in
            guard current.contains(path) else { return "missing: \(path)" }
            return matches(path, expected[path]!) ? nil : "stale:   \(path)"
        }
        var lines = verdicts.compactMap { $0 }
        lines += current.filter { expected[$0] == nil }.map { "extra:   \($0)" }
        return lines.sorted { $0.split(separator: " ").last! < $1.split(separator: " ").last! }
    }

    /// Writes the files that changed and removes those no longer produced.
    ///
    /// Each folder is written by one worker, folders on every core at once: creating a file locks its folder,
    /// and workers creating files in the same folder spent most of a first build waiting on each other in
    /// the kernel.
    public func write(_ files: [String: String]) throws -> (written: Int, removed: Int) {
        let fm = FileManager.default
        let current = existingPaths()
        let byFolder = Dictionary(grouping: files.keys) { path in path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "" }
        for folder in byFolder.keys.sorted() {
            try fm.createDirectory(atPath: folder.isEmpty ? rootPath : rootPath + "/" + folder, withIntermediateDirectories: true)
        }
        // The largest folders first, so that the last one started is a small one.
        let groups = byFolder.values.map { $0.sorted() }.sorted { $0.count > $1.count }
        let outcomes = groups.concurrentMap(serialBelow: 2) { paths in
            Result { () throws -> Int in
                var written = 0
                for path in paths {
                    let text = files[path]!
                    if current.contains(path), matches(path, text) { continue }
                    try store(text, at: path)
                    written += 1
                }
                return written
            }
        }
        var written = 0
        for outcome in outcomes { written += try outcome.get() }
        var removed = 0
        for path in current where files[path] == nil {
            try fm.removeItem(atPath: rootPath + "/" + path)
            removed += 1
        }
        return (written, removed)
    }

    private func matches(_ path: String, _ text: String) -> Bool {
        FileManager.default.contents(atPath: rootPath + "/" + path) == Data(text.utf8)
    }

    private func store(_ text: String, at path: String) throws {
        let target = rootPath + "/" + path
        let staging = path.hasPrefix("handlers/") ? target + ".tmp-\(getpid())" : target
        let descriptor = open(staging, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw GeneratedTreeError(path: path, errno: errno) }
        var utf8 = text
        let complete = utf8.withUTF8 { bytes -> Bool in
            var offset = 0
            while offset < bytes.count {
                let count = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if count < 0 { if errno == EINTR { continue }; return false }
                offset += count
            }
            return true
        }
        let failure = errno
        close(descriptor)
        guard complete else { throw GeneratedTreeError(path: path, errno: failure) }
        if staging != target, rename(staging, target) != 0 { throw GeneratedTreeError(path: path, errno: errno) }
    }
}

/// A generated file that could not be written.
public struct GeneratedTreeError: Error, CustomStringConvertible {
    public let path: String
    public let errno: Int32
    public var description: String { "cannot write Generated/\(path): \(String(cString: strerror(errno)))" }
}
