import Foundation
import GRDB
import Logging
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime
import SanyaSQL
import SanyaTestSupport
import Testing

/// A real `SanyaServer` on an ephemeral loopback port, serving the contracts of `Contracts/` beside this
/// file from a fixture registrar, and a real HTTP client (curl) that can bind other source addresses.
final class RuntimeHarness: @unchecked Sendable {
    static let today = LocalDate("2026-11-26")!
    static let contracts = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Contracts")
    static let fixture = Repository.testRows

    enum Backend {
        case sqlite
        case postgres(String)
        /// A PostgreSQL registrar nobody answers for (state in SQLite).
        case unreachablePostgres
        /// A MariaDB registrar at this URL (state in SQLite).
        case mariadb(String)
    }

    let root: URL
    let server: SanyaServer
    let port: Int
    private let task: Task<Void, any Error>
    private(set) var requests = 0

    /// The compiled test contracts.
    static func generate(into directory: URL) throws -> (Catalog, [Contract]) {
        let result = Project(root: Repository.root, catalogDirectory: Repository.testCatalog).check(paths: [contracts.path], today: today)
        guard result.report.errorCount == 0 else { throw TestDatabaseError(result.report.render(.text)) }
        for (path, text) in Generator(catalog: result.catalog, contracts: result.contracts, roster: result.roster).files() {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return (result.catalog, result.contracts)
    }

    /// - Parameter spool: where the audit spool goes, relative to the harness's folder.
    /// - Parameters:
    ///   - prepare: changes `Generated/` before the server reads it.
    ///   - configure: changes the server's settings.
    static func start(_ backend: Backend = .sqlite, trustedProxies: [IPNetwork] = [], reloadInterval: Duration = .seconds(60),
                      spool: String = "audit-spool.ndjson", prepare: (URL) throws -> Void = { _ in },
                      configure: (inout ServerSettings) -> Void = { _ in }) async throws -> RuntimeHarness {
        let root = Repository.temporaryDirectory("runtime")
        let generated = root.appendingPathComponent("Generated")
        let (catalog, _) = try generate(into: generated)
        try prepare(generated)
        var quiet = Logger(label: "sanya.postgres")
        quiet.logLevel = .warning
        let database: any RegistrarDatabase
        let state: any StateStore
        var pool: PostgresRegistrar?
        switch backend {
        case .sqlite:
            let path = root.appendingPathComponent("registrar.sqlite").path
            let schema = Generator(catalog: catalog, contracts: []).schema(in: SQLiteDialect())
            let queue = try DatabaseQueue(path: path)
            let rows = try String(contentsOf: fixture, encoding: .utf8)
            try queue.inDatabase { db in
                try db.execute(sql: schema)
                try db.execute(sql: rows)
            }
            try queue.close()
            database = try SQLiteRegistrar(path: path)
            state = try SQLiteStateStore(path: root.appendingPathComponent("state.sqlite").path)
        case .postgres(let url):
            let registrar = try PostgresRegistrar(url: url, logger: quiet)
            database = registrar
            state = PostgresStateStore(client: registrar.client)
            pool = registrar
        case .mariadb(let url):
            database = try MariaDBRegistrar(url: url, logger: quiet)
            state = try SQLiteStateStore(path: root.appendingPathComponent("state.sqlite").path)
        case .unreachablePostgres:
            let registrar = try PostgresRegistrar(url: "postgres://sanya:sanya@127.0.0.1:9/nowhere", logger: quiet)
            database = registrar
            state = try SQLiteStateStore(path: root.appendingPathComponent("state.sqlite").path)
            pool = registrar
        }
        var settings = ServerSettings(host: "127.0.0.1", port: 0, generated: generated, trustedProxies: trustedProxies,
                                      reloadInterval: reloadInterval, temporaryDirectory: root.path,
                                      auditSpool: root.appendingPathComponent(spool))
        configure(&settings)
        var logger = Logger(label: "sanya.test")
        logger.logLevel = .warning
        let server = try SanyaServer(settings: settings, database: database, state: state, logger: logger, today: { today })
        let (stream, continuation) = AsyncStream<Int>.makeStream()
        let task = Task {
            try await withThrowingTaskGroup(of: Void.self) { group in
                if let pool { group.addTask { await pool.run() } }
                group.addTask { try await server.run { port in continuation.yield(port) } }
                try await group.next()
                group.cancelAll()
            }
        }
        var iterator = stream.makeAsyncIterator()
        guard let port = await iterator.next() else { throw TestDatabaseError("the server did not start") }
        return RuntimeHarness(root: root, server: server, port: port, task: task)
    }

    private init(root: URL, server: SanyaServer, port: Int, task: Task<Void, any Error>) {
        self.root = root
        self.server = server
        self.port = port
        self.task = task
    }

    /// Asks for `rt-students` eight times at once (as many as the pool has connections) and expects every
    /// answer to be 200: the pool is healthy.
    func expectPagesServedAtOnce(key: APIKey, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<8 { group.addTask { try await self.request("/api/rt-students", key: key).status } }
            for try await status in group { #expect(status == 200, sourceLocation: sourceLocation) }
        }
    }

    /// The test registrar's rows as any backend must serve them: Thai text, decimals with their scale, dates,
    /// timestamps, a CSV line, a POST with a list.
    func expectTestRegistrarRows(students: APIKey, lookup: APIKey, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let page = try await request("/api/rt-students", key: students)
        #expect(page.status == 200, Comment(rawValue: page.text), sourceLocation: sourceLocation)
        let data = page.json?["data"] as? [[String: Any]] ?? []
        #expect(data.compactMap { $0["student_id"] as? String } == ServingTests.thaiStudents, sourceLocation: sourceLocation)
        #expect(data.first?["first_name_th"] as? String == "สมชาย", sourceLocation: sourceLocation)
        #expect((data.first?["prior_school_gpax"] as? NSNumber)?.doubleValue == 3.5, sourceLocation: sourceLocation)
        #expect(data.first?["birth_date"] as? String == "2003-01-15", sourceLocation: sourceLocation)
        #expect(data.first?["updated_at"] as? String == "2025-06-30T10:00:00", sourceLocation: sourceLocation)
        let csv = try await request("/api/rt-students?format=csv&faculty=05", key: students)
        #expect(csv.text.components(separatedBy: "\r\n")[1] == "64050001,ชุติมา,คณะวิทยาศาสตร์,3.10,2003-02-20,2025-06-30 10:00:00,true",
                Comment(rawValue: csv.text), sourceLocation: sourceLocation)
        let results = try await request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["67010001", "67050001"], "from_term": 25672}"#.utf8))
        #expect((results.json?["data"] as? [[String: Any]])?.map { "\($0["student_id"]!)/\($0["term_id"]!)" } == ["67010001/25672", "67050001/25672"],
                Comment(rawValue: results.text), sourceLocation: sourceLocation)
        #expect(results.text.contains(#""gpax":4.00"#), "decimals keep their scale", sourceLocation: sourceLocation)
    }

    /// Issues a key straight into the state store, as `sanya keys issue` does.
    func issueKey(_ contract: String) async throws -> APIKey {
        let key = APIKey.generate()
        try await server.state.insertKey(StoredKey(id: key.id, contract: contract, label: "test", hash: key.hash, createdAt: Date(), revokedAt: nil, lastUsedAt: nil))
        return key
    }

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
        var json: [String: Any]? { try? JSONSerialization.jsonObject(with: body) as? [String: Any] }
        var errorCode: String? { (json?["error"] as? [String: Any])?["code"] as? String }
    }

    /// One HTTP request with curl from `source`. curl runs on a thread of its own: blocking the cooperative
    /// pool would starve the server that runs in the same process.
    @discardableResult
    /// - Parameter maxTime: seconds after which curl hangs up (a client that goes away).
    func request(_ path: String, key: APIKey? = nil, method: String = "GET", body: Data? = nil, headers: [String: String] = [:],
                 source: String = "127.0.0.1", maxTime: Double = 30) async throws -> Reply {
        requests += 1
        return try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(with: Result { try self.curl(path, key: key, method: method, body: body, headers: headers, source: source, maxTime: maxTime) })
            }
        }
    }

    private func curl(_ path: String, key: APIKey?, method: String, body: Data?, headers: [String: String], source: String, maxTime: Double) throws -> Reply {
        let dir = Repository.temporaryDirectory("curl")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bodyFile = dir.appendingPathComponent("body"), headerFile = dir.appendingPathComponent("headers")
        var arguments = ["-s", "-S", "-g", "--max-time", String(maxTime), "--interface", source, "-o", bodyFile.path, "-D", headerFile.path, "-w", "%{http_code}", "-X", method]
        if let key { arguments += ["-H", "Authorization: Bearer \(key.text)"] }
        for (name, value) in headers { arguments += ["-H", "\(name): \(value)"] }
        if let body {
            let upload = dir.appendingPathComponent("upload")
            try body.write(to: upload)
            arguments += ["-H", "Content-Type: application/json", "--data-binary", "@\(upload.path)"]
        }
        arguments.append("http://127.0.0.1:\(port)\(path)")
        let result = try Snapshot.run("/usr/bin/curl", arguments)
        var parsed: [String: String] = [:]
        for line in (try? String(contentsOf: headerFile, encoding: .utf8))?.split(separator: "\r\n") ?? [] {
            let parts = line.split(separator: ":", maxSplits: 1)
            if parts.count == 2 { parsed[parts[0].lowercased()] = parts[1].trimmingCharacters(in: .whitespaces) }
        }
        return Reply(status: Int(result.output) ?? 0, headers: parsed, body: (try? Data(contentsOf: bodyFile)) ?? Data())
    }

    /// Stops the server (requests in flight finish) and waits for the audit to be stored.
    func stop() async {
        task.cancel()
        _ = try? await task.value
        await server.audit.flush()
    }

    func auditRecords() async throws -> [AuditRecord] {
        await server.audit.flush()
        return try await server.state.audit(AuditFilter())
    }
}
