import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import SanyaModel
import Synchronization

/// The runtime's settings.
public struct ServerSettings: Sendable {
    public var host: String
    public var port: Int
    /// The compiled contracts: `Generated/`.
    public var generated: URL
    public var trustedProxies: [IPNetwork]
    /// How often to look for changed handler definitions.
    public var reloadInterval: Duration
    public var temporaryDirectory: String
    /// Where audit records wait while the state store cannot take them (see `AuditWriter`).
    public var auditSpool: URL?
    /// The registrar's own network: it reads `/metrics`, readiness details and the documentation (see
    /// `DisclosureGate`). By default this machine only.
    public var staffNetworks: [IPNetwork]
    /// The deployment's query time limits, for contracts that set none (`--page-time-limit`, `--export-time-limit`).
    public var timeLimits: QueryTimeLimits = .none
    /// How many queries may run at once; by default as many as the registrar database's pool has connections.
    public var concurrency: QueryConcurrency = .default(connections: 8)
    public static let defaultStaffNetworks = [IPNetwork("127.0.0.1")!, IPNetwork("::1")!]

    public init(host: String = "127.0.0.1", port: Int = 8080, generated: URL, trustedProxies: [IPNetwork] = [],
                reloadInterval: Duration = .seconds(2), temporaryDirectory: String = NSTemporaryDirectory(), auditSpool: URL? = nil,
                staffNetworks: [IPNetwork] = ServerSettings.defaultStaffNetworks) {
        self.auditSpool = auditSpool
        self.staffNetworks = staffNetworks
        self.host = host
        self.port = port
        self.generated = generated
        self.trustedProxies = trustedProxies
        self.reloadInterval = reloadInterval
        self.temporaryDirectory = temporaryDirectory
    }
}

/// The HTTP runtime: reads only `Generated/` and the registrar database.
public struct SanyaServer: Sendable {
    public let settings: ServerSettings
    public let registry: ContractRegistry
    public let database: any RegistrarDatabase
    public let state: any StateStore
    public let audit: AuditWriter
    public let keys: KeyVerifier
    public let metrics = RuntimeMetrics()
    /// Which served contracts' columns the database no longer holds as they were built for.
    public let sources = SourceCheck()
    /// The key of `mask: hash` pseudonyms, from the state database.
    public let pseudonyms = PseudonymKey()
    /// The addresses of the host names on the allow-lists.
    public let hosts: HostDirectory
    public let logger: Logger
    let limiter: any RateLimiting
    let today: @Sendable () -> LocalDate
    let bulkhead: QueryBulkhead

    public init(settings: ServerSettings, database: any RegistrarDatabase, state: any StateStore, logger: Logger = Logger(label: "sanya"),
                today: @escaping @Sendable () -> LocalDate = { LocalDate.today() }) throws {
        self.settings = settings
        self.registry = ContractRegistry(try ServedContracts.load(from: settings.generated.appendingPathComponent("handlers")))
        self.database = database
        self.state = state
        self.audit = AuditWriter(store: state, spool: settings.auditSpool, logger: logger)
        self.keys = KeyVerifier(store: state)
        self.limiter = state.rateLimiter()
        self.bulkhead = QueryBulkhead(settings.concurrency)
        self.hosts = HostDirectory(logger: logger)
        self.logger = logger
        let clock = DayClock(today)
        self.today = { clock.today() }
        metrics.servedContracts(registry.contracts.served(on: today()).count)
        Self.logRefusals(registry.contracts, logger)
    }

    /// Says which contracts are not served because their signed approval does not verify, and why.
    static func logRefusals(_ contracts: ServedContracts, _ logger: Logger) {
        for (contract, reason) in contracts.refused.sorted(by: { $0.key < $1.key }) {
            logger.error("not serving a contract whose approval does not verify", metadata: ["contract": "\(contract)", "reason": "\(reason)"])
        }
    }

    /// The router: contract endpoints, health, readiness, metrics, the OpenAPI document and the docs.
    public func router() -> Router<SanyaRequestContext> {
        let router = Router(context: SanyaRequestContext.self)
        let resolver = ClientAddressResolver(trustedProxies: settings.trustedProxies)
        router.middlewares.add(JSONErrorMiddleware())
        router.middlewares.add(DisclosureGate(registry: registry, hosts: hosts, resolver: resolver, staff: settings.staffNetworks, today: today))
        router.middlewares.add(ClientIndexMiddleware())
        router.middlewares.add(FileMiddleware(settings.generated.appendingPathComponent("docs").path, urlBasePath: "/docs",
                                              searchForIndexHtml: true, logger: logger))
        // The contract endpoints, behind their middleware in the documented order: audit around everything,
        // then the access checks, then the endpoint (format, parameters, query, writer).
        let endpoint = ContractEndpoint(database: database, temporaryDirectory: settings.temporaryDirectory, timeLimits: settings.timeLimits,
                                        bulkhead: bulkhead, sources: sources, pseudonyms: pseudonyms, state: state)
        let contracts = router.group("api")
            .add(middleware: AuditMiddleware(audit: audit, metrics: metrics))
            .add(middleware: AccessGate(registry: registry, keys: keys, limiter: limiter, hosts: hosts, today: today))
        contracts.get("{contract}") { request, context in try await endpoint.handle(request, context: context) }
        contracts.post("{contract}") { request, context in try await endpoint.handle(request, context: context) }
        // Any other method reaches the gate too, which answers 405 with the contract's method in `Allow`.
        for method in [HTTPRequest.Method.put, .delete, .patch, .options, .trace, HTTPRequest.Method("QUERY")!] {
            contracts.on("{contract}", method: method) { request, context in try await endpoint.handle(request, context: context) }
        }
        router.get("/healthz") { _, _ in Self.json(.ok, "{\"status\":\"ok\"}") }
        router.get("/readyz") { [database, sources] _, context in
            do {
                try await database.ping()
                guard context.isStaff else { return Self.json(.ok, "{\"status\":\"ready\"}") }
                let reads = database.readiness.map { ",\"reads\":\(JSONText.string($0))" } ?? ""
                // The staff network also learns which contracts are not served because their source changed.
                let unserved = sources.problems.map { problem in
                    "{\"contract\":\(JSONText.string(problem.contract)),\"code\":\"\(SanyaError.sourceChangedCode)\",\"table\":\(JSONText.string(problem.table)),"
                        + "\"column\":\(JSONText.string(problem.column)),\"reason\":\(JSONText.string(problem.reason))}"
                }
                let checked = sources.unread ? ",\"sources\":\"unread\"" : ""
                return Self.json(.ok, "{\"status\":\"ready\",\"database\":\"\(database.dialect.rawValue)\"\(reads)\(checked),\"not_served\":[\(unserved.joined(separator: ","))]}")
            } catch {
                throw SanyaError.unavailable("the registrar database cannot be reached")
            }
        }
        router.get("/metrics") { [metrics] _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: ResponseBody(byteBuffer: ByteBuffer(string: metrics.render())))
        }
        let openAPI = OpenAPIView(url: settings.generated.appendingPathComponent("openapi.json"))
        router.get("/openapi.json") { [settings] _, context in
            // The staff network reads the document as built; a unit's client only its own contracts' part of it.
            let data = try context.clientContracts.map { own in try openAPI.document(forRoutes: Set(own.map(\.route))) }
                ?? FileManager.default.contents(atPath: settings.generated.appendingPathComponent("openapi.json").path)
            guard let data else { throw SanyaError.notFound("no openapi.json in Generated/") }
            return Response(status: .ok, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
        }
        router.get("/") { [registry, today] _, context in
            let served = (context.clientContracts ?? registry.contracts.served(on: today())).map { "{\"contract\":\(JSONText.string($0.contract)),\"route\":\(JSONText.string($0.route)),\"method\":\(JSONText.string($0.httpMethod ?? ""))}" }
            return Self.json(.ok, "{\"service\":\"sanya\",\"contracts\":[\(served.joined(separator: ","))],\"docs\":\"/docs/\",\"openapi\":\"/openapi.json\"}")
        }
        return router
    }

    static func json(_ status: HTTPResponse.Status, _ text: String) -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// Reloads the served contracts now, and resolves their host names again; on failure the previous set stays.
    public func reload() async {
        do {
            let fresh = try registry.reload()
            metrics.servedContracts(fresh.served(on: today()).count)
            Self.logRefusals(fresh, logger)
            logger.info("contracts reloaded", metadata: ["served": "\(fresh.served(on: today()).map(\.contract))"])
            await hosts.refresh(fresh.definitions.values)
            await sources.refresh(fresh.definitions.values, database: database, logger: logger)
        } catch {
            logger.error("reload failed; serving the previous contracts", metadata: ["error": "\(error)"])
        }
    }

    /// Background work: reload when Generated/handlers changes, resolve host names again every
    /// `ClientRule.hostRefreshSeconds`, store key uses, move spooled audit records.
    func housekeeping() async {
        var resolved = ContinuousClock.now
        while !Task.isCancelled {
            try? await Task.sleep(for: settings.reloadInterval)
            if (try? registry.reloadIfChanged()) == true {
                metrics.servedContracts(registry.contracts.served(on: today()).count)
                Self.logRefusals(registry.contracts, logger)
                logger.info("Generated/ changed; contracts reloaded", metadata: ["served": "\(registry.contracts.served(on: today()).count)"])
                await hosts.refresh(registry.contracts.definitions.values)
                await sources.refresh(registry.contracts.definitions.values, database: database, logger: logger)
                resolved = .now
            } else if ContinuousClock.now - resolved >= .seconds(ClientRule.hostRefreshSeconds) {
                await hosts.refresh(registry.contracts.definitions.values)
                resolved = .now
            }
            if sources.due() { await sources.refresh(registry.contracts.definitions.values, database: database, logger: logger) }
            await keys.flushLastUse()
            await audit.recoverSpool()
        }
    }

    /// Runs the server until SIGINT or SIGTERM, then lets requests in flight finish and flushes the audit.
    ///
    /// - Parameter onRunning: called with the bound port once the server listens.
    public func run(onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        try await state.migrate()
        await audit.recoverSpool()
        await hosts.refresh(registry.contracts.definitions.values)
        await sources.refresh(registry.contracts.definitions.values, database: database, logger: logger)
        let ungranted = sources.problems.filter(\.denied)
        if !ungranted.isEmpty { throw StartRefusal.notGranted(ungranted) }
        let app = Application(router: router(), server: .http1(configuration: .init(additionalChannelHandlers: [ClientHangUpHandler()])), configuration: .init(address: .hostname(settings.host, port: settings.port), serverName: "sanya"),
                              onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
        let hangup = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        signal(SIGHUP, SIG_IGN)
        let server = self
        hangup.setEventHandler { Task { await server.reload() } }
        hangup.resume()
        defer { hangup.cancel() }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await server.housekeeping() }
            group.addTask { try await app.runService() }
            try await group.next()
            group.cancelAll()
        }
        await keys.flushLastUse()
        await audit.flush()
    }
}

/// Why `sanya serve` does not start.
public enum StartRefusal: Error, CustomStringConvertible {
    /// Served contracts read columns the registrar database does not let this login read: a grant is missing,
    /// which the DBA must give (or the contract be withdrawn) — not something to discover request by request.
    case notGranted([SourceCheck.Problem])

    public var description: String {
        switch self {
        case .notGranted(let problems):
            let lines = problems.map { "  \($0.contract): \($0.reason)" }
            let tables = Set(problems.map(\.table)).sorted().joined(separator: ", ")
            return "the registrar database does not let this login read what served contracts read:\n" + lines.joined(separator: "\n")
                + "\nAsk the database's administrator to grant SELECT on \(tables) to this login, or withdraw the contracts; nothing was served."
        }
    }
}

/// Today's date, asked of `source` at most once a second: every request compares it with the contract's
/// validity, and a calendar computation per request showed in profiles.
final class DayClock: Sendable {
    private let source: @Sendable () -> LocalDate
    private let cached = Mutex<(day: LocalDate, until: ContinuousClock.Instant)?>(nil)

    init(_ source: @escaping @Sendable () -> LocalDate) {
        self.source = source
    }

    func today() -> LocalDate {
        let now = ContinuousClock.now
        if let hit = cached.withLock({ $0 }), now < hit.until { return hit.day }
        let day = source()
        cached.withLock { $0 = (day, now + .seconds(1)) }
        return day
    }
}
