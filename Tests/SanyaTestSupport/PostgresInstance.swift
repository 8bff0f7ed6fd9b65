import Foundation

/// A PostgreSQL server of a test's own — a fresh data directory, its own port and socket folder — that the
/// test can stop and start again, to show what the runtime does while its database is down.
///
/// It uses the machine's PostgreSQL binaries (`/usr/lib/postgresql/N/bin`, the highest N); as root, the
/// server runs as the `postgres` user, as PostgreSQL requires. Role `sanya` (password `sanya`) owns it.
public final class PostgresInstance: @unchecked Sendable {
    public let directory: URL
    public let port: Int
    private let binaries: URL

    /// Where `initdb` and `pg_ctl` are, if PostgreSQL is installed.
    public static var binaries: URL? {
        let base = URL(fileURLWithPath: "/usr/lib/postgresql")
        let versions = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return versions.compactMap(Int.init).sorted().reversed()
            .map { base.appendingPathComponent("\($0)/bin") }
            .first { FileManager.default.isExecutableFile(atPath: $0.appendingPathComponent("initdb").path) }
    }

    public static var isAvailable: Bool { binaries != nil }

    /// The URL of database `postgres` on this server.
    public var url: String { "postgres://sanya:sanya@127.0.0.1:\(port)/postgres" }

    /// Creates the data directory (initdb) and starts the server.
    public static func create() async throws -> PostgresInstance {
        guard let binaries else { throw TestDatabaseError("PostgreSQL's binaries are not installed (scripts/setup installs them)") }
        let directory = URL(fileURLWithPath: "/tmp/sanya-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let instance = PostgresInstance(directory: directory, port: Int.random(in: 20_000...29_999), binaries: binaries)
        if getuid() == 0 { try await instance.shell("/usr/bin/chown", ["postgres:postgres", directory.path], asPostgres: false) }
        try await instance.shell(binaries.appendingPathComponent("initdb").path,
                                 ["-D", instance.data.path, "-U", "sanya", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        try await instance.start()
        return instance
    }

    private init(directory: URL, port: Int, binaries: URL) {
        self.directory = directory
        self.port = port
        self.binaries = binaries
    }

    private var data: URL { directory.appendingPathComponent("data") }

    /// Starts the server and waits until it accepts connections.
    public func start() async throws {
        try await shell(binaries.appendingPathComponent("pg_ctl").path, [
            "-D", data.path, "-l", directory.appendingPathComponent("server.log").path, "-w", "-t", "30",
            "-o", "-p \(port) -k \(directory.path) -c listen_addresses=127.0.0.1 -c fsync=off", "start",
        ])
    }

    /// How `pg_ctl stop` ends the server.
    public enum StopMode: String, Sendable {
        /// Every backend says goodbye to its client (an error message), then closes.
        case fast
        /// Every process is killed without a word, as in a crash, an OOM kill or a cut network.
        case immediate
    }

    /// Stops the server at once, closing every connection (`pg_ctl stop -m fast`, or `immediate`).
    public func stop(_ mode: StopMode = .fast) async throws {
        try await shell(binaries.appendingPathComponent("pg_ctl").path, ["-D", data.path, "-m", mode.rawValue, "-w", "stop"])
    }

    /// Stops the server if it runs and removes its files.
    public func destroy() async {
        try? await stop()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Runs a program to its end on a thread of its own (never on the cooperative pool, where an in-process
    /// server may need to answer meanwhile); as the `postgres` user when the tests run as root.
    private func shell(_ program: String, _ arguments: [String], asPostgres: Bool = true) async throws {
        let (path, full) = asPostgres && getuid() == 0 ? ("/usr/sbin/runuser", ["-u", "postgres", "--", program] + arguments) : (program, arguments)
        let output = directory.appendingPathComponent("command.log").path
        let status = await withCheckedContinuation { continuation in
            Thread.detachNewThread { continuation.resume(returning: Self.spawn(path, full, output: output)) }
        }
        guard status == 0 else {
            let said = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            let log = (try? String(contentsOf: directory.appendingPathComponent("server.log"), encoding: .utf8)) ?? ""
            throw TestDatabaseError("\(program) \(arguments.joined(separator: " ")) failed (\(status)): \(said)\n\(log)")
        }
    }

    /// posix_spawn and waitpid. Not Foundation's `Process`: `pg_ctl start` leaves a daemon behind, and
    /// `Process.waitUntilExit()` was seen never to return for it.
    private static func spawn(_ path: String, _ arguments: [String], output: String) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_APPEND, 0o666)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS
        return status & 0x7F == 0 ? (status >> 8) & 0xFF : -1
    }
}
