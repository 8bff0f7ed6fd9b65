import Foundation

/// Golden-file comparison shared by the test suites.
///
/// With `RECORD_SNAPSHOTS=1` the expected file is rewritten and a failure is returned anyway, so that a
/// recording run never passes by accident. A mismatch returns a unified diff.
public enum Snapshot {
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1" }

    /// Compares `actual` with the file; returns nil when they match, or a message with the diff.
    public static func compare(_ actual: String, to expected: URL) -> String? {
        if isRecording {
            try? FileManager.default.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: expected, atomically: true, encoding: .utf8)
            return "recorded \(expected.path); run again without RECORD_SNAPSHOTS=1"
        }
        guard let data = FileManager.default.contents(atPath: expected.path) else {
            return "no golden file at \(expected.path); run with RECORD_SNAPSHOTS=1 to record it"
        }
        let wanted = String(decoding: data, as: UTF8.self)
        if wanted == actual { return nil }
        return "\(expected.lastPathComponent) differs:\n" + diff(wanted, actual)
    }

    /// A unified diff of two texts, from the system's `diff`.
    public static func diff(_ a: String, _ b: String) -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-diff-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let left = dir.appendingPathComponent("expected"), right = dir.appendingPathComponent("actual")
        try? a.write(to: left, atomically: true, encoding: .utf8)
        try? b.write(to: right, atomically: true, encoding: .utf8)
        return (try? run("/usr/bin/diff", ["-u", left.path, right.path]).output) ?? "(no diff available)"
    }

    /// Runs a program and returns its exit status and standard output (standard error is kept apart).
    public static func run(_ path: String, _ arguments: [String], currentDirectory: URL? = nil, environment: [String: String]? = nil) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        if let environment { process.environment = environment }
        let dir = Repository.temporaryDirectory("run")
        defer { try? FileManager.default.removeItem(at: dir) }
        let outURL = dir.appendingPathComponent("stdout"), errURL = dir.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        let outData = (try? Data(contentsOf: outURL)) ?? Data(), errData = (try? Data(contentsOf: errURL)) ?? Data()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

/// Paths of the repository the tests run in.
public enum Repository {
    /// The repository root, found from this file's location.
    public static let root: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh temporary folder.
    public static func temporaryDirectory(_ label: String) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-\(label)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The tests' own registrar: a repository root whose `Contracts/catalog/` is the catalog the test cases are
    /// written against, and the rows of its database (`registrar.sql`). A copy made for the tests, so that the
    /// example catalog in `Contracts/` can change without breaking tests that are not about the examples.
    public static let testRegistrar = root.appendingPathComponent("Tests/Fixtures/registrar")
    public static let testCatalog = testRegistrar.appendingPathComponent("Contracts/catalog")
    public static let testRows = testRegistrar.appendingPathComponent("registrar.sql")

    /// A temporary repository whose Contracts/ holds the given case folder's files and, unless the case has its
    /// own `catalog/`, the tests' catalog (`testCatalog`).
    public static func project(fromCase caseDirectory: URL) throws -> URL {
        let fm = FileManager.default
        let root = temporaryDirectory(caseDirectory.lastPathComponent)
        let contracts = root.appendingPathComponent("Contracts")
        try fm.createDirectory(at: contracts, withIntermediateDirectories: true)
        let ownCatalog = caseDirectory.appendingPathComponent("catalog")
        let catalogSource = fm.fileExists(atPath: ownCatalog.path) ? ownCatalog : testCatalog
        try fm.copyItem(at: catalogSource, to: contracts.appendingPathComponent("catalog"))
        for name in try fm.contentsOfDirectory(atPath: caseDirectory.path) where name != "catalog" && !name.hasSuffix(".txt") && !name.hasSuffix(".json") {
            try fm.copyItem(at: caseDirectory.appendingPathComponent(name), to: contracts.appendingPathComponent(name))
        }
        return root
    }
}

/// The built `sanya` executable, next to the test bundle.
public enum SanyaBinary {
    public static var path: String {
        let fm = FileManager.default
        var candidates: [URL] = []
        if let env = ProcessInfo.processInfo.environment["SANYA_BIN"] { candidates.append(URL(fileURLWithPath: env)) }
        let argv0 = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        var dir = argv0.deletingLastPathComponent()
        for _ in 0..<4 {
            candidates.append(dir.appendingPathComponent("sanya"))
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(Repository.root.appendingPathComponent(".build/debug/sanya"))
        return candidates.first { fm.isExecutableFile(atPath: $0.path) }?.path ?? "sanya"
    }

    /// Runs `sanya` with arguments in a folder.
    public static func run(_ arguments: [String], in directory: URL = Repository.root) throws -> (status: Int32, output: String, error: String) {
        try Snapshot.run(path, arguments, currentDirectory: directory)
    }
}
