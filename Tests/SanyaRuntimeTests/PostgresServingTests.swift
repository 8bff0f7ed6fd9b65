import Foundation
import GRDB
import SanyaCodegen
import SanyaRuntime
import SanyaSQL
import SanyaTestSupport
import Testing

/// The same runtime against a real PostgreSQL server, with its state (keys, audit) in PostgreSQL too.
@Suite("Serving contracts over HTTP (PostgreSQL)", .needs(.postgres), .serialized)
struct PostgresServingTests {
    /// - Parameter name: the database, one per suite: suites run at once, and each drops its database first.
    static func prepare(_ name: String = "sanya_runtime_test") async throws -> String {
        let url = try await PostgresTestDatabase.create(name)
        let (catalog, _) = try RuntimeHarness.generate(into: Repository.temporaryDirectory("pg-generated"))
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: Generator(catalog: catalog, contracts: []).schema(in: PostgresDialect()), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: RuntimeHarness.fixture, encoding: .utf8), on: connection)
        }
        return url
    }

    @Test("GET and POST contracts answer with the same rows as on SQLite, and every request is audited in PostgreSQL")
    func serving() async throws {
        let harness = try await RuntimeHarness.start(.postgres(try await Self.prepare()))
        let students = try await harness.issueKey("rt-students")
        let lookup = try await harness.issueKey("rt-lookup")
        try await harness.expectTestRegistrarRows(students: students, lookup: lookup)
        let xlsx = try await harness.request("/api/rt-students?format=excel", key: students)
        #expect(xlsx.status == 200 && xlsx.body.starts(with: [0x50, 0x4B]), "a zip container")
        try await harness.request("/api/rt-students", key: students, source: "127.0.0.2")
        #expect(try await harness.request("/readyz").json?["database"] as? String == "postgres")
        let records = try await harness.auditRecords()
        #expect(records.count == harness.requests - 1, "all but /readyz are contract requests")
        #expect(records.map(\.status) == [200, 200, 200, 200, 403])
        #expect(records[1].rows == 4 && records[1].format == "csv")
        await harness.stop()
    }

    /// Students whose text CSV must quote, or must not: commas, quotes, line breaks, an empty name, edge spaces,
    /// a lone `\.`, Thai; a missing GPAX and one with fewer decimals than its scale. Their ids sort first, within
    /// rt-students' row limit of 7.
    static let trickyStudents: String = [("00000001", "a,b", "3.5"), ("00000002", "say \"hi\"", "NULL"), ("00000003", "two\nlines", "2"),
                                 ("00000004", "", "4.00"), ("00000005", " padded ", "0.5"), ("00000006", "\\.", "1.25")]
        .enumerated().map { index, student -> String in
            let (id, name, gpax) = student
            return "INSERT INTO student VALUES ('\(id)', '110370099999\(index)', NULL, 'นาย', '\(name.replacingOccurrences(of: "'", with: "''"))', 'ทดสอบ', "
                + "'Test', 'Student', 'M', '2003-01-15', 'THA', 'ไทย', 'พุทธ', 'O', NULL, '\(id)@kmitl.ac.th', NULL, NULL, 'กรุงเทพมหานคร', 1, NULL, "
                + "25641, 'TCAS1', \(gpax), '10', '2025-06-30 10:00:0\(index)');"
        }.joined(separator: "\n")

    @Test("a CSV that PostgreSQL writes itself (COPY) is byte for byte the one the row-by-row writer makes on SQLite")
    func copiedCSV() async throws {
        let url = try await Self.prepare()
        try await PostgresTestDatabase.withConnection(url) { try await PostgresTestDatabase.execute(script: Self.trickyStudents, on: $0) }
        let postgres = try await RuntimeHarness.start(.postgres(url))
        let sqlite = try await RuntimeHarness.start(.sqlite)
        try await DatabaseQueue(path: sqlite.root.appendingPathComponent("registrar.sqlite").path).write { try $0.execute(sql: Self.trickyStudents) }
        let keys = (try await postgres.issueKey("rt-students"), try await sqlite.issueKey("rt-students"))
        let lookups = (try await postgres.issueKey("rt-lookup"), try await sqlite.issueKey("rt-lookup"))
        for path: String in ["/api/rt-students?format=csv", "/api/rt-students?format=csv&faculty=01", "/api/rt-students?format=csv&faculty=99",
                     "/api/rt-students?format=csv&bom=1"] {
            let (ours, theirs) = (try await postgres.request(path, key: keys.0), try await sqlite.request(path, key: keys.1))
            #expect(ours.status == 200 && theirs.status == 200, Comment(rawValue: path))
            #expect(ours.body == theirs.body, Comment(rawValue: "\(path)\nPostgreSQL:\n\(ours.text)\nSQLite:\n\(theirs.text)"))
        }
        let body = Data(#"{"student_ids": ["67010001", "67050001", "64010001"], "from_term": 25672}"#.utf8)
        let (ours, theirs) = (try await postgres.request("/api/rt-lookup?format=csv", key: lookups.0, method: "POST", body: body),
                              try await sqlite.request("/api/rt-lookup?format=csv", key: lookups.1, method: "POST", body: body))
        #expect(ours.status == 200 && ours.body == theirs.body, Comment(rawValue: "PostgreSQL:\n\(ours.text)\nSQLite:\n\(theirs.text)"))
        // What the file holds, read as a spreadsheet would: every tricky name comes back as it was stored.
        let csv = try await postgres.request("/api/rt-students?format=csv", key: keys.0)
        #expect(csv.text.hasPrefix("student_id,first_name_th,faculty_th,prior_school_gpax,birth_date,updated_at,curriculum_active\r\n"))
        #expect(csv.text.contains("\r\n00000001,\"a,b\",คณะวิศวกรรมศาสตร์,3.50,2003-01-15,2025-06-30 10:00:00,true\r\n"))
        #expect(csv.text.contains("\r\n00000002,\"say \"\"hi\"\"\",คณะวิศวกรรมศาสตร์,,2003-01-15,"))
        #expect(csv.text.contains("\r\n00000003,\"two\nlines\","), "a line break inside a field stays LF")
        #expect(csv.text.contains("\r\n00000004,\"\","), "an empty name is not a missing one")
        #expect(csv.text.contains("\r\n00000005, padded ,"))
        #expect(csv.text.components(separatedBy: "\r\n").count == 9, "header, 7 rows (the row limit), and the end")
        let records = try await postgres.auditRecords()
        #expect(records.filter { $0.format == "csv" && $0.contract == "rt-students" }.map(\.rows) == [7, 7, 0, 7, 7])
        // Every export above, one after another, ran on the one libpq connection kept between exports (a CSV page
        // does not connect and authenticate each time): one idle export session, opened before the last export.
        let sessions = try await PostgresTestDatabase.withConnection(url) { connection in
            var count = 0
            for try await value in try await connection.query(
                "SELECT count(*)::int FROM pg_stat_activity WHERE application_name = 'sanya-export' AND state = 'idle' AND datname = current_database()",
                logger: PostgresTestDatabase.logger).decode(Int.self) { count = value }
            return count
        }
        #expect(sessions == 1)
        await postgres.stop()
        await sqlite.stop()
    }

    @Test("an unreachable database gives 503 with a JSON error, and readiness says so")
    func unreachable() async throws {
        let harness = try await RuntimeHarness.start(.unreachablePostgres)
        let key = try await harness.issueKey("rt-students")
        let reply = try await harness.request("/api/rt-students", key: key)
        #expect(reply.status == 503)
        #expect(reply.errorCode == "UNAVAILABLE")
        #expect(reply.headers["retry-after"] != nil)
        #expect(try await harness.request("/readyz").status == 503)
        #expect(try await harness.request("/healthz").status == 200)
        await harness.stop()
    }
}

/// A PostgreSQL server of the test's own, stopped and started under a running Sanya.
@Suite("Serving through a PostgreSQL outage", .needs(.postgres, .postgresServers))
struct PostgresOutageTests {
    @Test("while the database is down requests get 503 with a JSON error; service comes back by itself, and nothing is lost from the audit")
    func outage() async throws {
        let database = try await PostgresInstance.create()
        do {
            try await run(database)
        } catch {
            await database.destroy()
            throw error
        }
        await database.destroy()
    }

    private func run(_ database: PostgresInstance) async throws {
        let (catalog, _) = try RuntimeHarness.generate(into: Repository.temporaryDirectory("outage-generated"))
        try await PostgresTestDatabase.withConnection(database.url) { connection in
            try await PostgresTestDatabase.execute(script: Generator(catalog: catalog, contracts: []).schema(in: PostgresDialect()), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: RuntimeHarness.fixture, encoding: .utf8), on: connection)
        }
        let harness = try await RuntimeHarness.start(.postgres(database.url))
        let key = try await harness.issueKey("rt-students")
        var statuses: [Int] = []
        let before = try await harness.request("/api/rt-students", key: key)
        statuses.append(before.status)
        #expect(before.status == 200, Comment(rawValue: before.text))
        // Its record stored before the server stops: a commit cut by the stop may be retried and stored twice
        // (the audit is at least once, AuditWriter), which is not what this test is about.
        await harness.server.audit.flush()

        try await database.stop()
        let down = try await harness.request("/api/rt-students", key: key)
        statuses.append(down.status)
        #expect(down.status == 503, Comment(rawValue: down.text))
        #expect(down.errorCode == "UNAVAILABLE")
        #expect(down.headers["content-type"]?.hasPrefix("application/json") == true)
        #expect(down.headers["retry-after"] != nil)
        #expect(try await harness.request("/readyz").status == 503)
        #expect(try await harness.request("/healthz").status == 200, "the process itself is alive")
        // The refused request's audit record cannot reach PostgreSQL: it waits in the spool, on disk.
        let spoolDeadline = ContinuousClock.now + .seconds(30)
        while await harness.server.audit.spooledCount == 0, ContinuousClock.now < spoolDeadline {
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(await harness.server.audit.spooledCount >= 1, "the audit record of the refused request is in the spool")

        try await database.start()
        let deadline = ContinuousClock.now + .seconds(60)
        var after = try await harness.request("/api/rt-students", key: key)
        statuses.append(after.status)
        while after.status != 200, ContinuousClock.now < deadline {
            try await Task.sleep(for: .milliseconds(500))
            after = try await harness.request("/api/rt-students", key: key)
            statuses.append(after.status)
        }
        #expect(after.status == 200, "service did not come back within a minute: \(after.text)")
        #expect(after.body == before.body, "the same rows as before the outage")
        #expect(try await harness.request("/readyz").status == 200)
        #expect(Set(statuses.dropFirst().dropLast()).isSubset(of: [503]), "while down: 503 and nothing else, got \(statuses)")

        // The audit records of the refused requests were written once the database was back.
        let records = try await harness.auditRecords()
        #expect(records.map(\.status) == statuses, "one audit record for every contract request, in order")
        #expect(records.filter { $0.status == 503 }.allSatisfy { $0.code == "UNAVAILABLE" })
        #expect(await harness.server.audit.spooledCount == 0, "the spool was moved into the audit table")
        await harness.stop()
    }
}
