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

    @Option(name: .long, help: "The runtime's own state (keys, audit, rate limits, the pseudonym key): a SQLite file or postgres://user:password@host:port/db (env SANYA_STATE). Default: schema sanya_state of a PostgreSQL --database, else var/sanya-state.sqlite. Give it when the login on --database may only read.")
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
            let (state, statePool) = try stateStore(source: registrar, pool: pool, logger: logger)
            if let read {
                let replicas = ReadReplicaRegistrar(primary: registrar, standby: try PostgresRegistrar(url: read, pool: pool, logger: logger), logger: logger)
                return (replicas, state, Services([replicas, statePool]))
            }
            return (registrar, state, Services([registrar, statePool]))
        }
        let (state, statePool) = try stateStore(source: nil, pool: pool, logger: logger)
        if Vocabulary.isMariaDBURL(location) {
            // The registrar's MariaDB is read-only to Sanya: keys, the audit log and the rest of the state stay in
            // a database of the runtime's own (--state).
            let size = switch pool { case .fixed(let size): size; case .onDemand: 4 }
            return (try MariaDBRegistrar(url: location, size: size, logger: logger), state, statePool)
        }
        return (try SQLiteRegistrar(path: location), state, statePool)
    }

    /// The runtime's state store: `--state` (a SQLite file, or a PostgreSQL database of the runtime's own), else
    /// the schema `sanya_state` of a PostgreSQL registrar database (`source`), else `var/sanya-state.sqlite`;
    /// with the pool to run when it is a PostgreSQL database of its own.
    func stateStore(source: PostgresRegistrar?, pool: PostgresRegistrar.Pool, logger: Logger) throws -> (any StateStore, (any DatabaseService)?) {
        let given = try setting(state, "SANYA_STATE", "state")
        if let given, Vocabulary.isPostgresURL(given) {
            if let source, given == (try databaseLocation()) { return (PostgresStateStore(client: source.client, logger: logger), nil) }
            // The state takes a few statements per request (the key, the rate limit, the audit): a small pool of its own.
            let size = switch pool { case .fixed(let size): max(2, min(size, 8)); case .onDemand: 2 }
            let database = try PostgresRegistrar(url: given, pool: .fixed(size), logger: logger)
            return (PostgresStateStore(client: database.client, logger: logger), database)
        }
        if given == nil, let source { return (PostgresStateStore(client: source.client, logger: logger), nil) }
        if let given, Vocabulary.isMariaDBURL(given) {
            throw ValidationError("--state must be a SQLite file or a postgres:// URL, not a MariaDB database")
        }
        return (try SQLiteStateStore(path: given ?? root.appendingPathComponent("var/sanya-state.sqlite").path), nil)
    }

    /// Runs `body` with the state store (and the PostgreSQL pool running, when there is one).
    func withState<T: Sendable>(_ body: @escaping @Sendable (any StateStore) async throws -> T) async throws -> T {
        let logger = Logger(label: "sanya")
        let location = try databaseLocation()
        let given = try setting(state, "SANYA_STATE", "state")
        let source = Vocabulary.isPostgresURL(location) && given == nil ? try PostgresRegistrar(url: location, logger: logger) : nil
        let (store, pool) = try stateStore(source: source, pool: .onDemand, logger: logger)
        guard let service = Services([source, pool]) else {
            try await store.migrate()
            return try await body(store)
        }
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { await service.run(); return nil }
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

/// The database pools a command runs: the registrar's and, when it has one of its own, the state's.
struct Services: DatabaseService {
    let all: [any DatabaseService]

    /// Nil when there is nothing to run.
    init?(_ services: [(any DatabaseService)?]) {
        all = services.compactMap { $0 }
        if all.isEmpty { return nil }
    }

    func run() async {
        await withTaskGroup(of: Void.self) { group in
            for service in all { group.addTask { await service.run() } }
        }
    }
}
