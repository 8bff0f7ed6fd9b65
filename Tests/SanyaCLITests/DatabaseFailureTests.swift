import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// The database disappears without a goodbye — `pg_ctl stop -m immediate`, or SIGKILL to the backend that
/// serves the answer — while a client reads a long streamed answer slowly, or while a workbook or an export
/// is written. The real `sanya` binary runs as its own process, so a crash shows as a dead process.
@Suite("The database fails in the middle of an answer", .serialized,
       .needs(.postgresServers))
struct DatabaseFailureTests {
    static let contract = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-stream.yaml")
    /// Enough rows that a client reading at 1 MB/s is still reading seconds later (about 20 MB of CSV).
    static let students = 300_000

    @Test("streams cut by the database end incomplete for the client and are audited as failed; the server lives on and recovers")
    func streams() async throws {
        let world = try await StreamWorld.make()
        do {
            try await world.run()
        } catch {
            await world.destroy()
            throw error
        }
        await world.destroy()
    }
}

/// A repository serving `rt-stream` from a PostgreSQL server of its own, through a `sanya serve` process.
final class StreamWorld: @unchecked Sendable {
    let repository: DeliveryRepository
    let database: PostgresInstance
    let port = TestPorts.free()
    var server: Process?
    var key = ""

    private init(repository: DeliveryRepository, database: PostgresInstance) {
        self.repository = repository
        self.database = database
    }

    static func make() async throws -> StreamWorld {
        let repository = try DeliveryRepository.make(contracts: [DatabaseFailureTests.contract])
        let database = try await PostgresInstance.create()
        let world = StreamWorld(repository: repository, database: database)
        do {
            try await world.load()
        } catch {
            await world.destroy()
            throw error
        }
        return world
    }

    private func load() async throws {
        let schema = try String(contentsOf: repository.root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8)
        let fixture = try String(contentsOf: Repository.testRows, encoding: .utf8)
        try await PostgresTestDatabase.withConnection(database.url) { connection in
            try await PostgresTestDatabase.execute(script: schema, on: connection)
            try await PostgresTestDatabase.execute(script: fixture, on: connection)
            // Copies of one student under new ids: every column stays valid, only the key changes.
            _ = try await connection.query(PostgresQuery(unsafeSQL: """
                INSERT INTO student SELECT (jsonb_populate_record(s, jsonb_build_object('student_id', '9' || lpad(g::text, 7, '0')))).*
                FROM student s CROSS JOIN generate_series(1, \(DatabaseFailureTests.students)) g WHERE s.student_id = '64010001'
                """), logger: PostgresTestDatabase.logger)
        }
        let issued = try sanya(["keys", "issue", "rt-stream"])
        guard issued.status == 0 else { throw TestDatabaseError("keys issue: \(issued.error)") }
        key = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func sanya(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try SanyaBinary.run(arguments + ["--database", database.url], in: repository.root)
    }

    func destroy() async {
        if let server, server.isRunning { server.terminate() }
        await database.destroy()
        try? FileManager.default.removeItem(at: repository.root)
    }

    var base: String { "http://127.0.0.1:\(port)" }

    func run() async throws {
        try startServer()
        try await waitFor("/readyz", status: 200)

        // The issue's own scenario: a CSV read slowly, the whole server stopped with -m immediate.
        let csv = try SlowClient(url: "\(base)/api/rt-stream?format=csv", key: key, in: repository.root)
        try await csv.waitForBytes(200_000)
        // Written by PostgreSQL itself: the export's own session (application_name of CSVCopy) is reading.
        let exporting = try await PostgresTestDatabase.withConnection(database.url) { connection in
            try await connection.query("SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'sanya-export' AND query LIKE 'COPY %'",
                                       logger: PostgresTestDatabase.logger).collect().first?.decode(Int.self)
        }
        #expect(exporting == 1, "the CSV is not being written by COPY")
        try await database.stop(.immediate)
        let csvStatus = try await csv.finish()
        #expect(csvStatus == 18, "curl must see an incomplete transfer (18), got \(csvStatus)")
        #expect(server?.isRunning == true, "sanya died: \(serverLog())")
        try await database.start()
        try await waitFor("/readyz", status: 200)

        // The backend serving the stream killed with SIGKILL (PostgreSQL then restarts by itself).
        for format in ["ndjson", "table"] {
            let client = try SlowClient(url: "\(base)/api/rt-stream?format=\(format)", key: key, in: repository.root)
            try await client.waitForBytes(200_000)
            try await killBackend()
            let status = try await client.finish()
            #expect(status == 18, "\(format): curl must see an incomplete transfer (18), got \(status)")
            #expect(server?.isRunning == true, "sanya died during \(format): \(serverLog())")
            try await waitFor("/readyz", status: 200)
        }

        // A workbook is written to a temporary file before it is sent: a failure gives a 503 JSON error.
        let workbook = try SlowClient(url: "\(base)/api/rt-stream?format=excel", key: key, in: repository.root, rate: nil)
        try await killBackend()
        let workbookStatus = try await workbook.finish()
        #expect(workbookStatus == 0)
        #expect(workbook.httpCode == "503", "got HTTP \(workbook.httpCode)")
        #expect(workbook.body.contains(#""code":"UNAVAILABLE""#), Comment(rawValue: workbook.body))
        #expect(server?.isRunning == true, "sanya died during the workbook: \(serverLog())")
        try await waitFor("/readyz", status: 200)

        // Service is back: a whole page answers.
        let page = try curl(["-H", "Authorization: Bearer \(key)", "\(base)/api/rt-stream?limit=3"])
        #expect(page.output.hasSuffix("200"), Comment(rawValue: page.output))

        // Every cut stream is audited as failed, with the database's code, once the audit can be written.
        let expected = [("csv", 503), ("ndjson", 503), ("table", 503), ("excel", 503), ("json", 200)]
        var records: [(String, Int, String)] = []
        for _ in 0..<120 {
            records = try await auditRecords()
            if records.count >= expected.count { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        #expect(records.map(\.0) == expected.map(\.0), "\(records)")
        #expect(records.map(\.1) == expected.map(\.1), "\(records)")
        #expect(records.filter { $0.1 == 503 }.allSatisfy { $0.2 == "UNAVAILABLE" }, "\(records)")

        // An export cut by the database leaves no file, partial or whole, and says so. The backends of the streams
        // cut above are gone first, so that the kill below reaches the export's own.
        try await waitForNoContractBackend()
        let output = repository.root.appendingPathComponent("cut.csv").path
        let export = try Process.start(SanyaBinary.path, ["export", "rt-stream", "--format", "csv", "-o", output, "--database", database.url],
                                       in: repository.root, log: repository.root.appendingPathComponent("export.log").path)
        try await killBackend()
        let exportStatus = try await export.finished()
        let exportLog = (try? String(contentsOfFile: repository.root.appendingPathComponent("export.log").path, encoding: .utf8)) ?? ""
        #expect(exportStatus == 1, Comment(rawValue: exportLog))
        #expect(exportLog.contains("no file was written"), Comment(rawValue: exportLog))
        #expect(!FileManager.default.fileExists(atPath: output) && !FileManager.default.fileExists(atPath: output + ".partial"))
        #expect(server?.isRunning == true, "sanya died: \(serverLog())")
    }

    private func startServer() throws {
        server = try Process.start(SanyaBinary.path, [
            "serve", "--database", database.url, "--host", "127.0.0.1", "--port", String(port),
            "--audit-spool", repository.root.appendingPathComponent("spool.ndjson").path,
        ], in: repository.root, log: repository.root.appendingPathComponent("serve.log").path)
    }

    func serverLog() -> String {
        String(((try? String(contentsOfFile: repository.root.appendingPathComponent("serve.log").path, encoding: .utf8)) ?? "").suffix(2_000))
    }

    private func waitFor(_ path: String, status: Int) async throws {
        for _ in 0..<240 {
            if let reply = try? curl(["\(base)\(path)"]), reply.output.hasSuffix(String(status)) { return }
            guard server?.isRunning == true else { throw TestDatabaseError("sanya is not running: \(serverLog())") }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw TestDatabaseError("\(path) did not answer \(status) within a minute: \(serverLog())")
    }

    private func curl(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try Snapshot.run("/usr/bin/curl", ["-sS", "--max-time", "10", "-w", "%{http_code}"] + arguments)
    }

    /// Until no backend runs the contract's query (a killed one may linger while PostgreSQL restarts), at most 30 s.
    private func waitForNoContractBackend() async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let count = try? await PostgresTestDatabase.withConnection(database.url) { connection in
                let rows = try await connection.query("""
                    SELECT count(*)::int FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'
                    AND (query LIKE '%"student"%' OR query LIKE 'FETCH%')
                    """, logger: PostgresTestDatabase.logger)
                var count = 0
                for try await value in rows.decode(Int.self) { count = value }
                return count
            }
            if count == 0 { return }
            try await Task.sleep(for: .milliseconds(100))
        }
    }

    /// SIGKILL to the backend that runs the contract's query, as soon as it shows in pg_stat_activity.
    private func killBackend() async throws {
        let deadline = ContinuousClock.now + .seconds(30)
        while ContinuousClock.now < deadline {
            let pids = try await PostgresTestDatabase.withConnection(database.url) { connection in
                let rows = try await connection.query("""
                    SELECT pid FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND backend_type = 'client backend'
                    AND (query LIKE '%"student"%' OR query LIKE 'FETCH%')
                    """, logger: PostgresTestDatabase.logger)
                var pids: [Int32] = []
                for try await pid in rows.decode(Int32.self) { pids.append(pid) }
                return pids
            }
            if !pids.isEmpty {
                for pid in pids { kill(pid, SIGKILL) }
                return
            }
            try await Task.sleep(for: .milliseconds(10))
        }
        throw TestDatabaseError("no backend ran the contract's query within 30 s")
    }

    private func auditRecords() async throws -> [(String, Int, String)] {
        try await PostgresTestDatabase.withConnection(database.url) { connection in
            let rows = try await connection.query("""
                SELECT coalesce(format, ''), status, coalesce(code, '') FROM sanya_state.audit WHERE contract = 'rt-stream' ORDER BY time, id
                """, logger: PostgresTestDatabase.logger)
            var records: [(String, Int, String)] = []
            for try await (format, status, code) in rows.decode((String, Int, String).self) { records.append((format, status, code)) }
            return records
        }
    }
}

/// curl reading an answer into a file, at a limited rate, in the background.
final class SlowClient: @unchecked Sendable {
    let process: Process
    let bodyPath: String
    let codePath: String

    init(url: String, key: String, in directory: URL, rate: String? = "1M") throws {
        let name = UUID().uuidString.prefix(8)
        bodyPath = directory.appendingPathComponent("body-\(name)").path
        codePath = directory.appendingPathComponent("code-\(name)").path
        var arguments = ["-sS", "-o", bodyPath, "-w", "%{http_code}", "-H", "Authorization: Bearer \(key)"]
        if let rate { arguments += ["--limit-rate", rate] }
        process = try Process.start("/usr/bin/curl", arguments + [url], in: directory, log: codePath)
    }

    func waitForBytes(_ count: Int) async throws {
        for _ in 0..<600 {
            let size = (try? FileManager.default.attributesOfItem(atPath: bodyPath)[.size] as? Int) ?? 0
            if size >= count { return }
            guard process.isRunning else { throw TestDatabaseError("curl ended after \(size) bytes: \(httpCode)") }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw TestDatabaseError("fewer than \(count) bytes arrived within 30 s")
    }

    func finish() async throws -> Int32 { try await process.finished() }

    var httpCode: String { String(((try? String(contentsOfFile: codePath, encoding: .utf8)) ?? "").suffix(3)) }
    var body: String { (try? String(contentsOfFile: bodyPath, encoding: .utf8)) ?? "" }
}

extension Process {
    /// Starts a program with its output (both streams) appended to `log`.
    static func start(_ path: String, _ arguments: [String], in directory: URL, log: String) throws -> Process {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = handle
        process.standardError = handle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Waits, without blocking a thread of the cooperative pool, until the process ends (at most two minutes).
    func finished() async throws -> Int32 {
        for _ in 0..<1_200 {
            if !isRunning { return terminationStatus }
            try await Task.sleep(for: .milliseconds(100))
        }
        terminate()
        throw TestDatabaseError("\(executableURL?.lastPathComponent ?? "process") did not end within two minutes")
    }
}
