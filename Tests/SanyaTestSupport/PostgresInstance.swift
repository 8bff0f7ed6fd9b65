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

    /// Whether suites that need a server of their own run (see `TestRequirement`).
    public static var isAvailable: Bool { TestRequirement.met("PostgreSQL's binaries", hint: "scripts/setup installs them", binaries != nil) }

    /// The URL of database `postgres` on this server.
    public var url: String { "postgres://sanya:sanya@127.0.0.1:\(port)/postgres" }

    /// Creates the data directory (initdb) and starts the server.
    ///
    /// - Parameters:
    ///   - addresses: the loopback addresses it listens on (a client that connects to 127.0.0.2 comes from 127.0.0.2).
    ///   - tls: with a self-signed certificate, so that `hostssl` lines of `pg_hba.conf` can admit clients.
    public static func create(addresses: [String] = ["127.0.0.1"], tls: Bool = false) async throws -> PostgresInstance {
        guard let binaries else { throw TestDatabaseError("PostgreSQL's binaries are not installed (scripts/setup installs them)") }
        let directory = URL(fileURLWithPath: "/tmp/sanya-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var options = ["-c listen_addresses=\(addresses.joined(separator: ","))", "-c fsync=off"]
        if tls {
            let certificate = directory.appendingPathComponent("server.crt").path, key = directory.appendingPathComponent("server.key").path
            try await shell("/usr/bin/openssl", ["req", "-new", "-x509", "-days", "2", "-nodes", "-subj", "/CN=localhost",
                                                 "-keyout", key, "-out", certificate], in: directory, asPostgres: false)
            try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: key)
            options += ["-c ssl=on", "-c ssl_cert_file=\(certificate)", "-c ssl_key_file=\(key)"]
        }
        let instance = PostgresInstance(directory: directory, port: TestPorts.free(), binaries: binaries, options: options)
        if getuid() == 0 { try await shell("/usr/bin/chown", ["-R", "postgres:postgres", directory.path], in: directory, asPostgres: false) }
        try await instance.shell(binaries.appendingPathComponent("initdb").path,
                                 ["-D", instance.data.path, "-U", "sanya", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"])
        try await instance.start()
        return instance
    }

    /// A streaming standby of this server on a port of its own (pg_basebackup -R), started; it follows the
    /// primary's WAL and answers read-only queries.
    public func standby() async throws -> PostgresInstance {
        let directory = URL(fileURLWithPath: "/tmp/sanya-pg-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let standby = PostgresInstance(directory: directory, port: TestPorts.free(), binaries: binaries,
                                       options: options + ["-c hot_standby=on"])
        if getuid() == 0 { try await Self.shell("/usr/bin/chown", ["-R", "postgres:postgres", directory.path], in: directory, asPostgres: false) }
        try await standby.shell(binaries.appendingPathComponent("pg_basebackup").path,
                                ["-h", "127.0.0.1", "-p", String(port), "-U", "sanya", "-D", standby.data.path, "-R", "-X", "stream", "--no-sync"])
        try await standby.start()
        return standby
    }

    private let options: [String]

    private init(directory: URL, port: Int, binaries: URL, options: [String]) {
        self.directory = directory
        self.port = port
        self.binaries = binaries
        self.options = options
    }

    private var data: URL { directory.appendingPathComponent("data") }

    /// Starts the server and waits until it accepts connections.
    public func start() async throws {
        try await shell(binaries.appendingPathComponent("pg_ctl").path, [
            "-D", data.path, "-l", directory.appendingPathComponent("server.log").path, "-w", "-t", "30",
            "-o", (["-p \(port) -k \(directory.path)"] + options).joined(separator: " "), "start",
        ])
    }

    /// Replaces `pg_hba.conf` with `lines` (first match wins), then the test's own access as `sanya` over the
    /// socket and from 127.0.0.1, then a refusal of everyone else; reloads the server.
    public func installHostBasedAccess(_ lines: String) async throws {
        let file = lines + """

            # The test's own access.
            local    all  sanya                trust
            host     all  sanya  127.0.0.1/32  trust
            # Everyone else.
            host     all  all    0.0.0.0/0     reject
            host     all  all    ::/0          reject

            """
        try file.write(to: data.appendingPathComponent("pg_hba.conf"), atomically: true, encoding: .utf8)
        if getuid() == 0 { try await shell("/usr/bin/chown", ["postgres:postgres", data.appendingPathComponent("pg_hba.conf").path], asPostgres: false) }
        try await shell(binaries.appendingPathComponent("pg_ctl").path, ["-D", data.path, "reload"])
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
        try await Self.shell(program, arguments, in: directory, asPostgres: asPostgres)
    }

    private static func shell(_ program: String, _ arguments: [String], in directory: URL, asPostgres: Bool) async throws {
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
