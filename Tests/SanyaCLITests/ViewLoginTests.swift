import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// The View Table delivery as a unit lives it: `sanya apply`, the generated `pg_hba.conf` lines installed in
/// a PostgreSQL server of the test's own (TLS on), a login issued with
/// `sanya dbuser`, and `psql` connecting over TCP as the unit would.
@Suite("sanya dbuser: View Table logins", .serialized,
       .needs(.postgresServers))
struct ViewLoginTests {
    static let contracts = ["rt-view", "rt-stream"].map { Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/\($0).yaml") }
    static let role = "sanya_rt_view"

    @Test("a login reads its view from an allowed address only, over TLS; rotation, revocation and expiry take it away")
    func lifecycle() async throws {
        let repository = try DeliveryRepository.make(contracts: Self.contracts)
        let database = try await PostgresInstance.create(tls: true)
        do {
            try await run(repository, database)
        } catch {
            await database.destroy()
            throw error
        }
        await database.destroy()
        try? FileManager.default.removeItem(at: repository.root)
    }

    private func run(_ repository: DeliveryRepository, _ database: PostgresInstance) async throws {
        let root = repository.root
        let schema = try String(contentsOf: root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8)
        let fixture = try String(contentsOf: Repository.testRows, encoding: .utf8)
        try await PostgresTestDatabase.withConnection(database.url) { connection in
            try await PostgresTestDatabase.execute(script: schema, on: connection)
            try await PostgresTestDatabase.execute(script: fixture, on: connection)
        }
        func sanya(_ arguments: [String], today: String = "2026-11-26") throws -> (status: Int32, output: String, error: String) {
            try SanyaBinary.run(arguments + ["--database", database.url, "--today", today], in: root)
        }

        // Before apply there is no role to give a login to.
        let early = try sanya(["dbuser", "issue", "rt-view"])
        #expect(early.status == 1 && early.error.contains("run 'sanya apply' first"), Comment(rawValue: early.error))
        let applied = try sanya(["apply"])
        #expect(applied.status == 0, Comment(rawValue: applied.error))
        try await database.installHostBasedAccess(String(contentsOf: root.appendingPathComponent("Generated/sql/postgres/pg_hba.conf"), encoding: .utf8))

        let issued = try sanya(["dbuser", "issue", "rt-view"])
        #expect(issued.status == 0, Comment(rawValue: issued.error))
        let password = issued.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(password.count == 24 && issued.error.contains("shown only now"), Comment(rawValue: issued.error))
        #expect(try sanya(["dbuser", "issue", "rt-view"]).error.contains("already has a login"))

        // PostgreSQL holds only the verifier, and the login ends with the contract's last day in Bangkok.
        let stored = try psqlAsAdmin(database, "SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%', rolvaliduntil = '2028-01-01 00:00:00+07' FROM pg_authid WHERE rolname = '\(Self.role)'")
        #expect(stored.output == "t|t", Comment(rawValue: stored.output + stored.error))

        // From the allowed address, over TLS: the view, every row of it, and nothing else.
        let view = try psql(database, host: "127.0.0.1", password: password, "SELECT count(*), count(DISTINCT student_pseudonym) FROM sanya.rt_view")
        let expected = try psqlAsAdmin(database, "SELECT count(*), count(DISTINCT student_pseudonym) FROM sanya.rt_view")
        #expect(view.status == 0 && view.output == expected.output && !view.output.hasPrefix("0|"), Comment(rawValue: view.output + view.error))
        let base = try psql(database, host: "127.0.0.1", password: password, "SELECT count(*) FROM public.student")
        #expect(base.status != 0 && base.error.contains("permission denied"), Comment(rawValue: base.error))
        let secret = try psql(database, host: "127.0.0.1", password: password, "SELECT * FROM public.sanya_secret")
        #expect(secret.status != 0 && secret.error.contains("permission denied"), Comment(rawValue: secret.error))

        // From an address the contract does not list, or without TLS, or with a wrong password: refused.
        // libpq cannot choose its source address, and on Linux a connection to 127.0.0.2 still comes from
        // 127.0.0.1: a socat relay connects to PostgreSQL from 127.0.0.2 instead, as a unit's other host would.
        let relayPort = TestPorts.free()
        let relay = try Process.start("/usr/bin/socat", ["TCP-LISTEN:\(relayPort),bind=127.0.0.1,reuseaddr,fork",
                                                         "TCP:127.0.0.1:\(database.port),bind=127.0.0.2"],
                                      in: root, log: root.appendingPathComponent("socat.log").path)
        defer { relay.terminate() }
        var stranger = (status: Int32(0), output: "", error: "")
        for _ in 0..<50 {
            stranger = try psql(database, host: "127.0.0.1", port: relayPort, password: password, "SELECT 1")
            if !stranger.error.contains("Connection refused") { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        #expect(stranger.status != 0 && stranger.error.contains("pg_hba.conf rejects connection for host \"127.0.0.2\""), Comment(rawValue: stranger.error))
        let plain = try psql(database, host: "127.0.0.1", password: password, "SELECT 1", tls: false)
        #expect(plain.status != 0 && plain.error.contains("no encryption"), Comment(rawValue: plain.error))
        #expect(try psql(database, host: "127.0.0.1", password: "not-the-password", "SELECT 1").status != 0)

        // Rotation: the old password stops working, the new one works.
        let rotated = try sanya(["dbuser", "rotate", "rt-view"])
        let fresh = rotated.output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(rotated.status == 0 && fresh != password, Comment(rawValue: rotated.error))
        #expect(try psql(database, host: "127.0.0.1", password: password, "SELECT 1").error.contains("password authentication failed"))
        #expect(try psql(database, host: "127.0.0.1", password: fresh, "SELECT 1").output == "1")

        // Revocation: no login, and rotate now says so.
        let revoked = try sanya(["dbuser", "revoke", "rt-view"])
        #expect(revoked.status == 0, Comment(rawValue: revoked.error))
        #expect(try psql(database, host: "127.0.0.1", password: fresh, "SELECT 1").status != 0)
        #expect(try sanya(["dbuser", "rotate", "rt-view"]).error.contains("no login to rotate"))

        // Only View Table contracts have logins; an expired contract gets none, and apply removes its role.
        let api = try sanya(["dbuser", "issue", "rt-stream"])
        #expect(api.status == 1 && api.error.contains("not as a View Table"), Comment(rawValue: api.error))
        // Step 5 in one command: the login, the note (no password in it), the step recorded in the contract.
        let delivered = try sanya(["deliver", "rt-view", "--by", "นายปกรณ์ ศรีสุข"])
        #expect(delivered.status == 0, Comment(rawValue: delivered.error))
        let handed = delivered.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(try psql(database, host: "127.0.0.1", password: handed, "SELECT count(*) FROM sanya.rt_view").status == 0)
        let note = try String(contentsOf: root.appendingPathComponent("var/deliveries/rt-view/handover-rt-view.md"), encoding: .utf8)
        #expect(note.contains("user=\(Self.role) sslmode=require") && note.contains("SELECT * FROM sanya.rt_view"), Comment(rawValue: note))
        #expect(!note.contains(handed), "the password never reaches the note")
        let recorded = try String(contentsOf: root.appendingPathComponent("Contracts/test/rt-view.yaml"), encoding: .utf8)
        #expect(recorded.contains("  delivered:\n    by: นายปกรณ์ ศรีสุข\n    date: 2026-11-26\n"), Comment(rawValue: recorded))
        let expired = try sanya(["dbuser", "rotate", "rt-view"], today: "2028-01-02")
        #expect(expired.status == 1 && expired.error.contains("expired on 2027-12-31"), Comment(rawValue: expired.error))
        let reapplied = try sanya(["apply"], today: "2028-01-02")
        #expect(reapplied.status == 0 && reapplied.output.contains("removed 1"), Comment(rawValue: reapplied.output + reapplied.error))
        #expect(try psqlAsAdmin(database, "SELECT count(*) FROM pg_roles WHERE rolname = '\(Self.role)'").output == "0")
    }

    /// psql as the unit: its role, a TCP connection to `host`, TLS required (or refused when `tls` is false).
    private func psql(_ database: PostgresInstance, host: String, port: Int? = nil, password: String, _ sql: String, tls: Bool = true) throws -> (status: Int32, output: String, error: String) {
        let result = try Snapshot.run("/usr/bin/env", [
            "PGPASSWORD=\(password)", "PGCONNECT_TIMEOUT=10", "psql", "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
            "host=\(host) port=\(port ?? database.port) dbname=postgres user=\(Self.role) sslmode=\(tls ? "require" : "disable")", "-c", sql,
        ])
        return (result.status, result.output.trimmingCharacters(in: .whitespacesAndNewlines), result.error)
    }

    private func psqlAsAdmin(_ database: PostgresInstance, _ sql: String) throws -> (status: Int32, output: String, error: String) {
        let result = try Snapshot.run("/usr/bin/psql", ["-X", "-A", "-t", "-v", "ON_ERROR_STOP=1",
                                                       "host=127.0.0.1 port=\(database.port) dbname=postgres user=sanya", "-c", sql])
        return (result.status, result.output.trimmingCharacters(in: .whitespacesAndNewlines), result.error)
    }
}
