import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// What a registrar's DBA grants: a login that may only `SELECT` on the registrar database, and not even on the
/// `sanya_secret` table an earlier Sanya kept there. Keys, audit, limits and the pseudonym key live in a state
/// database of the runtime's own (`--state`); every format and every mask is served; a missing grant stops
/// `sanya serve` from starting, naming the contract and the table.
@Suite("A registrar database the runtime may only read", .serialized)
struct ReadOnlySourceTests {
    static let contracts = [Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-masked.yaml"),
                            Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/rt-students.yaml")]
    static let formats = ["json", "csv", "ndjson", "table", "excel"]

    /// Starts `sanya serve` and waits until it is ready, or until it ends (then its status and output).
    static func serve(_ repo: DeliveryRepository, _ arguments: [String], log name: String) async throws -> (Process, Int, String) {
        let port = TestPorts.free()
        let log = repo.root.appendingPathComponent(name).path
        let server = try Process.start(SanyaBinary.path, ["serve", "--host", "127.0.0.1", "--port", String(port)] + arguments, in: repo.root, log: log)
        for _ in 0..<240 {
            if (try? ReadReplicaTests.get(port, "/readyz").status) == 200 { return (server, port, log) }
            guard server.isRunning else { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        return (server, port, log)
    }

    static func text(_ log: String) -> String { (try? String(contentsOfFile: log, encoding: .utf8)) ?? "" }

    /// A serve that must not start: it ends by itself, non-zero, and says why in `expected` words.
    static func expectRefusal(_ repo: DeliveryRepository, _ arguments: [String], log: String, saying expected: [String],
                              sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let (server, _, path) = try await serve(repo, arguments, log: log)
        let status = try await server.finished()
        let output = text(path)
        #expect(status != 0, Comment(rawValue: output), sourceLocation: sourceLocation)
        for word in expected { #expect(output.contains(word), Comment(rawValue: "'\(word)' in:\n\(output)"), sourceLocation: sourceLocation) }
    }

    /// Every format of rt-masked and rt-students answered from the read-only source; the pseudonyms are the keyed
    /// SHA-256 of each student id under the key the state database holds (computed here by `sha256sum`), not
    /// under the `sanya_secret` of the source (which the login may not read).
    static func expectServed(_ repo: DeliveryRepository, source: String, state: String, studentIDs: [String],
                             secret: (() async throws -> String)? = nil, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let database = ["--database", source, "--state", state]
        let masked = try SanyaBinary.run(["keys", "issue", "rt-masked"] + database, in: repo.root)
        let students = try SanyaBinary.run(["keys", "issue", "rt-students"] + database, in: repo.root)
        #expect(masked.status == 0 && students.status == 0, Comment(rawValue: masked.error + students.error), sourceLocation: sourceLocation)
        let (server, port, log) = try await serve(repo, database, log: "serve-\(UUID().uuidString).log")
        defer { server.terminate() }
        #expect(server.isRunning, Comment(rawValue: text(log)), sourceLocation: sourceLocation)
        guard server.isRunning else { return }
        let (maskedKey, studentsKey) = (masked.output.trimmingCharacters(in: .whitespacesAndNewlines), students.output.trimmingCharacters(in: .whitespacesAndNewlines))
        for format in formats {
            for (contract, key) in [("rt-masked", maskedKey), ("rt-students", studentsKey)] {
                let reply = try ReadReplicaTests.get(port, "/api/\(contract)?format=\(format)", key: key)
                #expect(reply.status == 200, Comment(rawValue: "\(contract) \(format): \(reply.body.prefix(400))"), sourceLocation: sourceLocation)
            }
        }
        let page = try ReadReplicaTests.get(port, "/api/rt-masked?format=json", key: maskedKey)
        let rows = try #require((try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])?["data"] as? [[String: Any]],
                                Comment(rawValue: page.body), sourceLocation: sourceLocation)
        let secret = try await secret?() ?? Snapshot.run("/usr/bin/env", ["sqlite3", state, "SELECT value FROM secret WHERE name = 'pseudonym'"]).output
            .trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(secret.count == 64 && secret != "test-secret", "256 random bits made for this state database", sourceLocation: sourceLocation)
        let expected = try studentIDs.map { id in
            String(try Snapshot.run("/usr/bin/env", ["sh", "-c", "printf %s \"$0\" | sha256sum", "\(secret):rt-masked:\(id)"]).output.prefix(16))
        }
        #expect(Set(rows.compactMap { $0["student_pseudonym"] as? String }) == Set(expected), Comment(rawValue: page.body), sourceLocation: sourceLocation)
        #expect(rows.count == studentIDs.count, sourceLocation: sourceLocation)
        let first = try #require(rows.first { ($0["national_id_last4"] as? String) != nil }, sourceLocation: sourceLocation)
        #expect((first["national_id_last4"] as? String)?.range(of: #"^\*{4}[0-9]{4}$"#, options: .regularExpression) != nil, "\(first)", sourceLocation: sourceLocation)
        #expect(rows.allSatisfy { ($0["birth_year"] as? Int).map { (1950...2015).contains($0) } ?? false }, "\(rows)", sourceLocation: sourceLocation)
        #expect(rows.contains { ($0["first_name_initial"] as? String)?.range(of: #"^\p{L}\.$"#, options: .regularExpression) != nil }, "\(rows)",
                sourceLocation: sourceLocation)
        // The audit is in the state database.
        let audit = try SanyaBinary.run(["audit", "--contract", "rt-masked"] + database, in: repo.root)
        #expect(audit.output.split(separator: "\n").count == 1 + formats.count + 1, "a header and every request\n\(audit.output)\(audit.error)",
                sourceLocation: sourceLocation)
    }

    @Test("PostgreSQL, a role with only SELECT: serve asks for --state; with one, every format and mask is served; a table not granted stops it starting",
          .needs(.postgres))
    func postgres() async throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let url = try await PostgresTestDatabase.create("sanya_readonly_test")
        try await ReadReplicaTests.load(repo, into: url)
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: """
                DROP ROLE IF EXISTS sanya_reader;
                CREATE ROLE sanya_reader LOGIN PASSWORD 'reader';
                GRANT SELECT ON ALL TABLES IN SCHEMA public TO sanya_reader;
                REVOKE SELECT ON sanya_secret FROM sanya_reader;
                """, on: connection)
        }
        let reader = url.replacingOccurrences(of: "://sanya:sanya@", with: "://sanya_reader:reader@")
        #expect(reader != url)
        // Without a state database of its own, the runtime would keep its state in the source: it says what to give.
        try await Self.expectRefusal(repo, ["--database", reader], log: "no-state.log", saying: ["sanya_state", "--state", "permission denied"])
        let ids = try await PostgresTestDatabase.withConnection(url) { connection -> [String] in
            var ids: [String] = []
            for try await id in try await connection.query("SELECT student_id FROM student", logger: PostgresTestDatabase.logger).decode(String.self) { ids.append(id) }
            return ids
        }
        try await Self.expectServed(repo, source: reader, state: repo.root.appendingPathComponent("pg-state.sqlite").path, studentIDs: ids)
        // The state in a PostgreSQL database of the runtime's own (where replicas of the runtime would share it).
        let state = try await PostgresTestDatabase.create("sanya_readonly_state")
        try await Self.expectServed(repo, source: reader, state: state, studentIDs: ids) {
            try await PostgresTestDatabase.withConnection(state) { connection in
                var values: [String] = []
                for try await value in try await connection.query("SELECT value FROM sanya_state.secret WHERE name = 'pseudonym'",
                                                                  logger: PostgresTestDatabase.logger).decode(String.self) { values.append(value) }
                return values.first ?? ""
            }
        }
        // A grant taken away: serve does not start, and names the contracts, the table and what to ask for.
        try await PostgresTestDatabase.withConnection(url) { try await PostgresTestDatabase.execute(script: "REVOKE SELECT ON curriculum FROM sanya_reader;", on: $0) }
        try await Self.expectRefusal(repo, ["--database", reader, "--state", repo.root.appendingPathComponent("pg-state.sqlite").path], log: "revoked.log",
                                     saying: ["rt-masked", "rt-students", "curriculum", "not granted SELECT", "grant SELECT"])
    }

    @Test("MariaDB, a user with SELECT on each table but sanya_secret: every format and mask is served; a table not granted stops serve starting",
          .needs(.mariaDB))
    func mariadb() async throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let server = try await MariaDBInstance.create()
        do {
            try server.execute(String(contentsOf: repo.root.appendingPathComponent("Generated/sql/mysql/schema.sql"), encoding: .utf8))
            try server.execute(String(contentsOf: Repository.testRows, encoding: .utf8))
            let tables = try server.rows("SHOW TABLES").compactMap { $0.first ?? nil }.filter { $0 != "sanya_secret" }
            #expect(tables.contains("student") && tables.contains("curriculum"))
            try server.execute("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'secret';"
                               + tables.map { "GRANT SELECT ON sanya.`\($0)` TO 'reader'@'127.0.0.1';" }.joined())
            let reader = "mariadb://reader:secret@127.0.0.1:\(server.port)/sanya"
            let ids = try server.rows("SELECT student_id FROM student").compactMap { $0.first ?? nil }
            let state = repo.root.appendingPathComponent("mariadb-state.sqlite").path
            try await Self.expectServed(repo, source: reader, state: state, studentIDs: ids)
            try server.execute("REVOKE SELECT ON sanya.curriculum FROM 'reader'@'127.0.0.1';")
            try await Self.expectRefusal(repo, ["--database", reader, "--state", state], log: "revoked.log",
                                         saying: ["rt-masked", "rt-students", "curriculum", "not granted SELECT", "grant SELECT"])
        } catch {
            await server.destroy()
            throw error
        }
        await server.destroy()
    }
}
