import ArgumentParser
import CGlibcMalloc
import Foundation
import Logging
import SanyaDemo
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya serve`: the runtime.
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve every approved, unexpired contract of Generated/ over HTTP.",
            discussion: """
            Reads only Generated/ and the registrar database. SIGHUP, or a change in Generated/handlers/, reloads the \
            contracts; SIGINT or SIGTERM stops after the requests in flight. With --demo, creates the demo registrar if \
            it is missing and issues a demo key for each served contract.
            """
        )

        @OptionGroup var runtime: RuntimeOptions

        @Option(name: .long, help: "The address to listen on (env SANYA_HOST; default 127.0.0.1).")
        var host: String?

        @Option(name: .long, help: "The port (env SANYA_PORT; default 8080).")
        var port: Int?

        @Option(name: .long, parsing: .singleValue, help: "A proxy whose X-Forwarded-For is believed: address or CIDR range; repeatable (env SANYA_TRUSTED_PROXIES, comma-separated).")
        var trustedProxy: [String] = []

        @Option(name: .long, help: "Connections to PostgreSQL or MariaDB this runtime keeps (env SANYA_POOL_SIZE; default 8); each PostgreSQL replica keeps its own. PostgreSQL CSV exports use one more each (up to as many again, kept between exports).")
        var poolSize: Int?

        @Option(name: .long, help: "Where audit records wait while the state database cannot take them (env SANYA_AUDIT_SPOOL; default var/sanya-audit-spool.ndjson).")
        var auditSpool: String?

        @Option(name: .long, parsing: .singleValue, help: "The registrar's own network, which reads /metrics, readiness details and the documentation: address or CIDR range; repeatable (env SANYA_STAFF_NETWORKS, comma-separated; default this machine only).")
        var staffNetwork: [String] = []

        @Option(name: .long, help: "How long a page's query may run before the database stops it, for contracts whose delivery sets no time_limit: 500ms, 3s … (env SANYA_PAGE_TIME_LIMIT; default 3s).")
        var pageTimeLimit: String?

        @Option(name: .long, help: "How long a streamed answer's query (CSV, NDJSON, table, workbook) may run in all, for contracts that set none (env SANYA_EXPORT_TIME_LIMIT; default 10m).")
        var exportTimeLimit: String?

        @Option(name: .long, help: "Contract queries running at once, for all contracts (env SANYA_MAX_QUERIES; default the pool size). A request beyond waits a second, then gets 503 BUSY.")
        var maxQueries: Int?

        @Option(name: .long, help: "Contract queries running at once for any one contract (env SANYA_MAX_QUERIES_PER_CONTRACT; default half of --max-queries).")
        var maxQueriesPerContract: Int?

        @Flag(name: .long, help: "Serve the demo registrar (created if missing) and print a working request.")
        var demo = false

        @Option(name: .long, help: ArgumentHelp("The demo registrar's size.", visibility: .default))
        var demoSize: DemoSize = .small

        func run() async throws {
            var logger = Logger(label: "sanya")
            logger.logLevel = .info
            let host = try runtime.setting(host, "SANYA_HOST", "host") ?? "127.0.0.1"
            let portText = try runtime.setting(port.map(String.init), "SANYA_PORT", "port") ?? "8080"
            guard let port = Int(portText), (0...65_535).contains(port) else { throw ValidationError("the port must be 0–65535, not \(portText)") }
            let poolText = try runtime.setting(poolSize.map(String.init), "SANYA_POOL_SIZE", "pool_size") ?? String(PostgresRegistrar.Pool.defaultServingSize)
            guard let poolSize = Int(poolText), (1...500).contains(poolSize) else { throw ValidationError("the pool size must be 1–500 connections, not \(poolText)") }
            let trusted = try networks(trustedProxy, "--trusted-proxy", "SANYA_TRUSTED_PROXIES", "trusted_proxies")
            let staff = try networks(staffNetwork, "--staff-network", "SANYA_STAFF_NETWORKS", "staff_networks")
            let generated = try runtime.generatedURL()
            if demo {
                let path = try runtime.databaseLocation()
                if !Vocabulary.isPostgresURL(path) && !Vocabulary.isMariaDBURL(path) && !FileManager.default.fileExists(atPath: path) {
                    print("Creating the demo registrar (\(demoSize.rawValue)) at \(path) …")
                    try Demo.create(at: path, size: demoSize, seed: 2569, generated: generated)
                }
            }
            let (database, state, pool) = try runtime.open(logger: logger, pool: .fixed(poolSize))
            let spool = try runtime.setting(auditSpool, "SANYA_AUDIT_SPOOL", "audit_spool") ?? runtime.root.appendingPathComponent("var/sanya-audit-spool.ndjson").path
            var settings = ServerSettings(host: host, port: port, generated: generated, trustedProxies: trusted, auditSpool: URL(fileURLWithPath: spool),
                                          staffNetworks: staff.isEmpty ? ServerSettings.defaultStaffNetworks : staff)
            settings.timeLimits = QueryTimeLimits(
                pageMilliseconds: try timeLimit(pageTimeLimit, "--page-time-limit", "SANYA_PAGE_TIME_LIMIT", "page_time_limit", QueryTimeLimits.pageRange),
                exportMilliseconds: try timeLimit(exportTimeLimit, "--export-time-limit", "SANYA_EXPORT_TIME_LIMIT", "export_time_limit", QueryTimeLimits.exportRange))
            let totalText = try runtime.setting(maxQueries.map(String.init), "SANYA_MAX_QUERIES", "max_queries") ?? String(poolSize)
            guard let total = Int(totalText), (1...10_000).contains(total) else { throw ValidationError("--max-queries must be 1–10000, not \(totalText)") }
            let eachText = try runtime.setting(maxQueriesPerContract.map(String.init), "SANYA_MAX_QUERIES_PER_CONTRACT", "max_queries_per_contract")
                ?? String(QueryConcurrency.default(connections: total).perContract)
            guard let each = Int(eachText), (1...total).contains(each) else {
                throw ValidationError("--max-queries-per-contract must be 1–\(total) (--max-queries), not \(eachText)")
            }
            settings.concurrency = QueryConcurrency(total: total, perContract: each)
            let server = try SanyaServer(settings: settings, database: database, state: state, logger: logger)
            var issued: [String] = []
            if demo {
                try await state.migrate()
                issued = try await Self.issueDemoKeys(server: server, state: state)
            }
            let demoLines = issued
            let served = server.registry.contracts.served(on: .today()).map(\.contract)
            try await withThrowingTaskGroup(of: Void.self) { group in
                if let pool { group.addTask { await pool.run() } }
                // glibc keeps the memory freed by a burst of requests in its arenas, fragmented, and resident
                // memory would only grow under steady load (the heap itself stays small: about 20 MB peak
                // under 32 connections, measured with heaptrack). Handing free pages back every few seconds
                // keeps the resident size near the heap's.
                group.addTask {
                    while !Task.isCancelled {
                        try await Task.sleep(for: .seconds(5))
                        _ = sanya_release_free_memory()
                    }
                }
                group.addTask {
                    try await server.run { boundPort in
                        say("Sanya serves \(served.count) contract(s) on http://\(host):\(boundPort)/ — \(served.joined(separator: ", "))")
                        say("Docs: http://\(host):\(boundPort)/docs/  OpenAPI: http://\(host):\(boundPort)/openapi.json")
                        for line in demoLines {
                            say(line.replacingOccurrences(of: "{port}", with: String(boundPort)).replacingOccurrences(of: "{host}", with: host))
                        }
                    }
                }
                try await group.next()
                group.cancelAll()
            }
        }

        /// A time limit: the flag, else the environment, else the config; nil for the built-in default.
        func timeLimit(_ flag: String?, _ name: String, _ env: String, _ key: String, _ range: ClosedRange<Int>) throws -> Int? {
            guard let text = try runtime.setting(flag, env, key) else { return nil }
            guard let milliseconds = DurationText.milliseconds(text), range.contains(milliseconds) else {
                throw ValidationError("\(name) must be \(DurationText.hint), from \(DurationText.text(range.lowerBound)) to \(DurationText.text(range.upperBound)); not '\(text)'")
            }
            return milliseconds
        }

        /// A list of addresses and ranges: the repeated flag, else the environment (comma-separated), else the config.
        func networks(_ flags: [String], _ flag: String, _ env: String, _ key: String) throws -> [IPNetwork] {
            var texts = flags
            if texts.isEmpty, let text = try runtime.setting(nil, env, key) {
                texts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            }
            return try texts.map { text in
                guard let network = IPNetwork(text) else { throw ValidationError("\(flag) \(text) is not an address or CIDR range") }
                return network
            }
        }

        /// Issues a key for each served contract whose allow-list admits this machine, and returns the curl lines.
        static func issueDemoKeys(server: SanyaServer, state: any StateStore) async throws -> [String] {
            var lines: [String] = []
            for definition in server.registry.contracts.served(on: .today()) {
                guard definition.allows(server.settings.host == "::1" ? "::1" : "127.0.0.1") else { continue }
                let key = APIKey.generate()
                try await state.insertKey(StoredKey(id: key.id, contract: definition.contract, label: "demo", hash: key.hash, createdAt: Date(), revokedAt: nil, lastUsedAt: nil))
                let hostPart = server.settings.host.contains(":") ? "[\(server.settings.host)]" : "{host}"
                let format = definition.formats.contains(.csv) ? "csv" : definition.formats[0].rawValue
                let parameters = definition.parameters.filter(\.required).map { "\($0.name)=\(Self.example($0))" }
                let query = (parameters + ["format=\(format)"]).joined(separator: "&")
                lines.append("Try (\(definition.contract), demo key \(key.id)):\n  curl -g -H 'Authorization: Bearer \(key.text)' 'http://\(hostPart):{port}\(definition.route)?\(query)'")
            }
            return lines
        }

        static func example(_ parameter: InputParameter) -> String {
            switch parameter.kind {
            case .integer: parameter.column.contains("term") ? "25691" : "1"
            case .string: parameter.column.contains("faculty") ? "01" : "X"
            default: "1"
            }
        }
    }
}

