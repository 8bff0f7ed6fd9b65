import Foundation
import SanyaCodegen
import SanyaModel
@testable import SanyaRuntime
import SanyaSQL
import SanyaTestSupport
import Testing

/// The runtime on a registrar kept in MariaDB: a server of the suite's own (Debian's `mariadb-server`), the test
/// registrar's schema in the MySQL dialect and its rows, read by a user that may only `SELECT`.
@Suite("Serving contracts over HTTP (MariaDB)", .needs(.mariaDB), .serialized)
struct MariaDBServingTests {
    /// Starts a server with the test registrar, and returns it with the URL of its read-only user.
    static func prepare() async throws -> (MariaDBInstance, String) {
        let server = try await MariaDBInstance.create()
        do {
            let (catalog, _) = try RuntimeHarness.generate(into: Repository.temporaryDirectory("mariadb-generated"))
            try server.execute(Generator(catalog: catalog, contracts: []).schema(in: MySQLDialect()))
            try server.execute(String(contentsOf: RuntimeHarness.fixture, encoding: .utf8))
            try server.execute("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'secret'; GRANT SELECT ON sanya.* TO 'reader'@'127.0.0.1';")
            return (server, "mariadb://reader:secret@127.0.0.1:\(server.port)/sanya")
        } catch {
            await server.destroy()
            throw error
        }
    }

    /// `body` with a prepared server, which is stopped and removed afterwards whatever `body` did.
    static func withServer(_ body: (MariaDBInstance, String) async throws -> Void) async throws {
        let (server, url) = try await prepare()
        do {
            try await body(server, url)
        } catch {
            await server.destroy()
            throw error
        }
        await server.destroy()
    }

    /// The slow statements still running on the server (not counting the session that asks).
    static func running(_ server: MariaDBInstance) throws -> Int {
        let rows = try server.rows("SELECT count(*) FROM information_schema.PROCESSLIST WHERE INFO LIKE '%\(SlowContract.mariaDBMarker)%' AND ID <> CONNECTION_ID()")
        return Int(rows.first?.first.flatMap { $0 } ?? "") ?? -1
    }

    @Test("GET and POST contracts answer with the same rows as on SQLite and PostgreSQL: Thai text, decimals, dates, lists, streams")
    func serving() async throws {
        try await Self.withServer { server, url in
            let harness = try await RuntimeHarness.start(.mariadb(url))
            let students = try await harness.issueKey("rt-students")
            let lookup = try await harness.issueKey("rt-lookup")
            try await harness.expectTestRegistrarRows(students: students, lookup: lookup)
            // The same page as SQLite gives, byte for byte, in every text format.
            let sqlite = try await RuntimeHarness.start(.sqlite)
            let sqliteKey = try await sqlite.issueKey("rt-students")
            for path in ["/api/rt-students", "/api/rt-students?format=csv", "/api/rt-students?format=ndjson", "/api/rt-students?faculty=01&min_gpax=3.0"] {
                let (ours, theirs) = (try await harness.request(path, key: students), try await sqlite.request(path, key: sqliteKey))
                #expect(ours.status == 200 && ours.text == theirs.text, "\(path)\nMariaDB: \(ours.text)\nSQLite: \(theirs.text)")
            }
            await sqlite.stop()
            let xlsx = try await harness.request("/api/rt-students?format=excel", key: students)
            #expect(xlsx.status == 200 && xlsx.body.starts(with: [0x50, 0x4B]), "a zip container")
            // The reader may not write, whatever a query tried: its sessions are read-only and its grant is SELECT.
            let registrar = try MariaDBRegistrar(url: url)
            await #expect(throws: DatabaseError.self) {
                _ = try await registrar.rows(DialectQuery(sql: "DELETE FROM student", binds: []), arguments: [:], fields: [])
            }
            #expect(try server.rows("SELECT count(*) FROM student").first?.first == "10")
            let records = try await harness.auditRecords()
            #expect(records.allSatisfy { $0.status == 200 }, "\(records.map(\.status))")
            await harness.stop()
        }
    }

    @Test("a page over its limit is 504 at the limit, the statement gone from the process list, other contracts served meanwhile")
    func timeout() async throws {
        try await Self.withServer { server, url in
            let harness = try await QueryBudgetTests.start(.mariadb(url), limits: QueryTimeLimits(pageMilliseconds: 1_500, exportMilliseconds: 2_000))
            let slow = try await harness.issueKey(SlowContract.name)
            let students = try await harness.issueKey("rt-students")
            try await QueryBudgetTests.warmUp(harness, [(SlowContract.name, slow), ("rt-students", students)])
            async let page = harness.request("/api/rt-slow", key: slow)
            #expect(try await QueryBudgetTests.eventually(within: 1.4) { try Self.running(server) == 1 }, "the slow statement runs on the server")
            let light = try await harness.request("/api/rt-students", key: students)
            #expect(light.status == 200, "another contract is served meanwhile")
            let answer = try await page
            #expect(answer.status == 504 && answer.errorCode == "QUERY_TIMEOUT", Comment(rawValue: answer.text))
            #expect(answer.text.contains("rt-slow") && answer.text.contains("1500ms"), Comment(rawValue: answer.text))
            #expect(try await QueryBudgetTests.eventually(within: 0.5) { try Self.running(server) == 0 }, "MariaDB stopped the statement")
            // Streams have the export's limit.
            for format in ["ndjson", "csv"] {
                let stream = try await harness.request("/api/rt-slow?format=\(format)", key: slow)
                #expect(stream.status == 504 && stream.errorCode == "QUERY_TIMEOUT", Comment(rawValue: "\(format): \(stream.text)"))
                #expect(try await QueryBudgetTests.eventually(within: 0.5) { try Self.running(server) == 0 }, "\(format): MariaDB stopped the statement")
            }
            // The pooled connections are usable: eight pages at once.
            try await harness.expectPagesServedAtOnce(key: students)
            let records = try await harness.auditRecords().filter { $0.contract == SlowContract.name && $0.status != 400 }
            #expect(records.map(\.code) == ["QUERY_TIMEOUT", "QUERY_TIMEOUT", "QUERY_TIMEOUT"])
            // At their limits, as the server measured them.
            QueryBudgetTests.expectStoppedAtLimits(records.map(\.durationMilliseconds), limits: [1_500, 2_000, 2_000])
            let metrics = try await harness.request("/metrics").text
            #expect(metrics.contains(#"sanya_query_stops_total{contract="rt-slow",reason="timeout"} 3"#), Comment(rawValue: metrics))
            await harness.stop()
        }
    }

    @Test("a client that hangs up stops its statement on the server within a second (KILL QUERY): a page, a stream; the pool serves on")
    func disconnect() async throws {
        try await Self.withServer { server, url in
            let harness = try await QueryBudgetTests.start(.mariadb(url), limits: QueryTimeLimits(pageMilliseconds: 60_000, exportMilliseconds: 600_000))
            try await QueryBudgetTests.expectHangUpsStopStatements(harness) { try Self.running(server) }
            await harness.stop()
        }
    }
}
