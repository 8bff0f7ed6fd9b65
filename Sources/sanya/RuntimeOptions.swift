import ArgumentParser
import Foundation
import Logging
import SanyaModel
import SanyaRuntime
import Yams

/// Where the runtime's database, state and compiled contracts are. Each setting comes from its flag, else
/// the environment (`SANYA_DATABASE`, …), else the config file (`--config`, YAML), else the default.
struct RuntimeOptions: ParsableArguments {
    @Option(name: .long, help: "The registrar database: a SQLite file, postgres://user:password@host:port/db or mariadb://user:password@host:port/db (env SANYA_DATABASE; default var/registrar.sqlite).")
    var database: String?

    @Option(name: .long, help: "The runtime's own state (keys, audit) when serving SQLite (env SANYA_STATE; default var/sanya-state.sqlite). With PostgreSQL the state lives in schema sanya_state.")
    var state: String?

    @Option(name: .long, help: "The compiled contracts (env SANYA_GENERATED; default Generated/ of the repository).")
    var generated: String?

    @Option(name: .long, help: "A PostgreSQL standby that takes the contracts' reads; keys, audit and rate limits stay on --database, which also takes the reads while the standby is down (env SANYA_READ_DATABASE).")
    var readDatabase: String?

    @Option(name: .long, help: "A YAML file of settings: database, read_database, state, generated, host, port, trusted_proxies, staff_networks, audit_spool, pool_size.")
    var config: String?

    func setting(_ flag: String?, _ env: String, _ key: String) throws -> String? {
        if let flag { return flag }
        if let value = ProcessInfo.processInfo.environment[env], !value.isEmpty { return value }
        return try configuration()[key]
    }

    func configuration() throws -> [String: String] {
        guard let config else { return [:] }
        guard let text = try? String(contentsOfFile: config, encoding: .utf8) else { throw ValidationError("cannot read --config \(config)") }
        guard let object = try Yams.load(yaml: text) as? [String: Any] else { throw ValidationError("--config \(config) must be a YAML mapping") }
        var settings: [String: String] = [:]
        for (key, value) in object {
            if let list = value as? [Any] { settings[key] = list.map { "\($0)" }.joined(separator: ",") } else { settings[key] = "\(value)" }
        }
        return settings
    }

    var root: URL {
        var url = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        while true {
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Generated").path) { return url }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return URL(fileURLWithPath: FileManager.default.currentDirectoryPath) }
            url = parent
        }
    }

    func generatedURL() throws -> URL {
        if let path = try setting(generated, "SANYA_GENERATED", "generated") { return URL(fileURLWithPath: path).standardizedFileURL }
        return root.appendingPathComponent("Generated")
    }

    func databaseLocation() throws -> String {
        try setting(database, "SANYA_DATABASE", "database") ?? root.appendingPathComponent("var/registrar.sqlite").path
    }

    /// Opens the registrar database and the state store; for PostgreSQL also the pools to run.
    func open(logger: Logger, pool: PostgresRegistrar.Pool = .onDemand) throws -> (any RegistrarDatabase, any StateStore, (any DatabaseService)?) {
        let location = try databaseLocation()
        let read = try setting(readDatabase, "SANYA_READ_DATABASE", "read_database")
        if let read, !(Vocabulary.isPostgresURL(location) && Vocabulary.isPostgresURL(read)) {
            throw ValidationError("--read-database needs PostgreSQL for both --database and the standby")
        }
        if Vocabulary.isPostgresURL(location) {
            let registrar = try PostgresRegistrar(url: location, pool: pool, logger: logger)
            let state = PostgresStateStore(client: registrar.client, logger: logger)
            if let read {
                let replicas = ReadReplicaRegistrar(primary: registrar, standby: try PostgresRegistrar(url: read, pool: pool, logger: logger), logger: logger)
                return (replicas, state, replicas)
            }
            return (registrar, state, registrar)
        }
        let statePath = try setting(state, "SANYA_STATE", "state") ?? root.appendingPathComponent("var/sanya-state.sqlite").path
        if Vocabulary.isMariaDBURL(location) {
            // The registrar's MariaDB is read-only to Sanya: keys, the audit log and the rest of the state stay in
            // a SQLite file of the runtime's own (--state).
            let size = switch pool { case .fixed(let size): size; case .onDemand: 4 }
            return (try MariaDBRegistrar(url: location, size: size, logger: logger), try SQLiteStateStore(path: statePath), nil)
        }
        return (try SQLiteRegistrar(path: location), try SQLiteStateStore(path: statePath), nil)
    }

    /// Runs `body` with the state store (and the PostgreSQL pool running, when there is one).
    func withState<T: Sendable>(_ body: @escaping @Sendable (any StateStore) async throws -> T) async throws -> T {
        let logger = Logger(label: "sanya")
        let location = try databaseLocation()
        if Vocabulary.isPostgresURL(location) {
            let registrar = try PostgresRegistrar(url: location, logger: logger)
            let store = PostgresStateStore(client: registrar.client, logger: logger)
            return try await withThrowingTaskGroup(of: T?.self) { group in
                group.addTask { await registrar.run(); return nil }
                group.addTask {
                    try await store.migrate()
                    return try await body(store)
                }
                while let result = try await group.next() {
                    if let result {
                        group.cancelAll()
                        return result
                    }
                }
                throw ValidationError("the state store did not answer")
            }
        }
        let statePath = try setting(state, "SANYA_STATE", "state") ?? root.appendingPathComponent("var/sanya-state.sqlite").path
        let store = try SQLiteStateStore(path: statePath)
        try await store.migrate()
        return try await body(store)
    }

    /// The handler definitions of `Generated/`.
    func contracts() throws -> ServedContracts {
        try ServedContracts.load(from: try generatedURL().appendingPathComponent("handlers"))
    }

    /// One contract's handler definition; a contract whose signed approval does not verify is refused, with why.
    func definition(_ id: String) throws -> HandlerDefinition? {
        let contracts = try contracts()
        if let reason = contracts.refused[id] {
            throw ValidationError("'\(id)' is not delivered: its approval does not verify against Contracts/approvers.yaml (\(reason))")
        }
        return contracts.definitions[id]
    }
}
