import Foundation

/// A MariaDB server of a test's own — a fresh data directory, its own port and socket — from Debian's
/// `mariadb-server` (installed by `scripts/setup`; its system service is never used). As root, the server
/// runs as the `mysql` user and root logs in over the socket.
public final class MariaDBInstance: @unchecked Sendable {
    public let directory: URL
    public let port: Int
    private let server: Process

    static let daemon = "/usr/sbin/mariadbd"
    /// Whether suites that need MariaDB run (see `TestRequirement`).
    public static var isAvailable: Bool { TestRequirement.met("MariaDB", hint: "scripts/setup installs mariadb-server", FileManager.default.isExecutableFile(atPath: daemon)) }

    private var socket: String { directory.appendingPathComponent("mysqld.sock").path }

    /// Creates the data directory, starts the server and creates database `sanya`.
    public static func create() async throws -> MariaDBInstance {
        guard isAvailable else { throw TestDatabaseError("MariaDB is not installed (scripts/setup installs mariadb-server)") }
        let directory = URL(fileURLWithPath: "/tmp/sanya-mariadb-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let user = getuid() == 0 ? ["--user=mysql"] : []
        if getuid() == 0 { _ = try Snapshot.run("/usr/bin/chown", ["mysql:mysql", directory.path]) }
        let data = directory.appendingPathComponent("data").path
        let install = try Snapshot.run("/usr/bin/mariadb-install-db", ["--no-defaults", "--datadir=\(data)", "--skip-test-db",
                                                                       "--auth-root-authentication-method=socket"] + user)
        guard install.status == 0 else { throw TestDatabaseError("mariadb-install-db failed: \(install.error)") }
        let port = TestPorts.free()
        let server = Process()
        server.executableURL = URL(fileURLWithPath: daemon)
        server.arguments = ["--no-defaults", "--datadir=\(data)", "--socket=\(directory.appendingPathComponent("mysqld.sock").path)",
                            "--port=\(port)", "--bind-address=127.0.0.1", "--pid-file=\(directory.appendingPathComponent("mysqld.pid").path)",
                            "--log-error=\(directory.appendingPathComponent("error.log").path)", "--skip-log-bin",
                            "--innodb-buffer-pool-size=32M", "--character-set-server=utf8mb4", "--collation-server=utf8mb4_bin"] + user
        server.standardInput = FileHandle.nullDevice
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        let instance = MariaDBInstance(directory: directory, port: port, server: server)
        for _ in 0..<300 {
            if try Snapshot.run("/usr/bin/mariadb-admin", ["--no-defaults", "-S", instance.socket, "-u", "root", "ping"]).status == 0 {
                try instance.execute("CREATE DATABASE sanya CHARACTER SET utf8mb4 COLLATE utf8mb4_bin", database: nil)
                return instance
            }
            guard server.isRunning else { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let log = (try? String(contentsOf: directory.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
        await instance.destroy()
        throw TestDatabaseError("MariaDB did not start: \(log)")
    }

    private init(directory: URL, port: Int, server: Process) {
        self.directory = directory
        self.port = port
        self.server = server
    }

    /// Runs SQL (several statements allowed) with the `mariadb` client.
    public func execute(_ sql: String, database: String? = "sanya") throws {
        let file = directory.appendingPathComponent("script-\(UUID().uuidString.prefix(8)).sql")
        try sql.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Snapshot.run("/usr/bin/mariadb", client(database) + ["--abort-source-on-error", "-e", "source \(file.path)"])
        guard result.status == 0 else { throw TestDatabaseError("mariadb: \(result.error)") }
    }

    /// The rows of the last result set of `sql`, as text; nil for SQL NULL.
    public func rows(_ sql: String, database: String = "sanya") throws -> [[String?]] {
        let file = directory.appendingPathComponent("query-\(UUID().uuidString.prefix(8)).sql")
        try sql.write(to: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: file) }
        let result = try Snapshot.run("/usr/bin/mariadb", client(database) + ["--abort-source-on-error", "--batch", "--skip-column-names", "-e", "source \(file.path)"])
        guard result.status == 0 else { throw TestDatabaseError("mariadb: \(result.error)\n\(sql)") }
        return result.output.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
                field == "NULL" ? nil : Self.unescape(String(field))
            }
        }
    }

    private func client(_ database: String?) -> [String] {
        ["--no-defaults", "-S", socket, "-u", "root", "--default-character-set=utf8mb4"] + (database.map { [$0] } ?? [])
    }

    /// `--batch` writes a tab, a newline and a backslash in a value as `\t`, `\n` and `\\`.
    static func unescape(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                result.append(["t": "\t", "n": "\n", "0": "\0", "\\": "\\"][character] ?? character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// Stops the server and removes its files.
    public func destroy() async {
        _ = try? Snapshot.run("/usr/bin/mariadb-admin", ["--no-defaults", "-S", socket, "-u", "root", "shutdown"])
        for _ in 0..<100 where server.isRunning { try? await Task.sleep(for: .milliseconds(100)) }
        if server.isRunning { server.terminate() }
        try? FileManager.default.removeItem(at: directory)
    }
}
