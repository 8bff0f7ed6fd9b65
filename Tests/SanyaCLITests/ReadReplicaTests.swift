import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// `sanya serve --read-database`: a real streaming standby (pg_basebackup) takes the reads; PgBouncer in
/// transaction mode in front of PostgreSQL.
@Suite("Read replicas and PgBouncer", .needs(.postgresServers), .serialized)
struct ReadReplicaTests {
    static let contract = Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/rt-students.yaml")

    static func load(_ repo: DeliveryRepository, into url: String) async throws {
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: String(contentsOf: repo.root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: Repository.testRows, encoding: .utf8), on: connection)
        }
    }

    /// `rt-slow`: rt-students whose PostgreSQL page first counts to two billion, with a page limit of 1 s.
    static func writeSlowContract(_ repo: DeliveryRepository) throws {
        let handlers = repo.root.appendingPathComponent("Generated/handlers")
        var handler = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: handlers.appendingPathComponent("rt-students.json"))) as? [String: Any])
        handler["contract"] = "rt-slow"
        handler["route"] = "/api/rt-slow"
        handler["timeLimits"] = ["page_ms": 1_000]
        var queries = try #require(handler["queries"] as? [String: Any])
        var postgres = try #require(queries["postgres"] as? [String: Any])
        var page = try #require(postgres["page"] as? [String: Any])
        page["sql"] = "SELECT * FROM (\(page["sql"] as? String ?? "")) AS s WHERE (SELECT count(*) FROM generate_series(1, 2000000000)) >= 0"
        postgres["page"] = page
        postgres["variants"] = []
        queries["postgres"] = postgres
        handler["queries"] = queries
        try JSONSerialization.data(withJSONObject: handler).write(to: handlers.appendingPathComponent("rt-slow.json"))
    }

    static func get(_ port: Int, _ path: String, key: String? = nil) throws -> (status: Int, body: String) {
        var arguments = ["-sS", "--max-time", "10", "-w", "\n%{http_code}"]
        if let key { arguments += ["-H", "Authorization: Bearer \(key)"] }
        let reply = try Snapshot.run("/usr/bin/curl", arguments + ["http://127.0.0.1:\(port)\(path)"])
        let lines = reply.output.split(separator: "\n", omittingEmptySubsequences: false)
        return (Int(lines.last ?? "") ?? 0, lines.dropLast().joined(separator: "\n"))
    }

    static func waitReady(_ port: Int, _ server: Process, log: String) async throws {
        for _ in 0..<240 {
            if (try? get(port, "/readyz").status) == 200 { return }
            guard server.isRunning else { break }
            try await Task.sleep(for: .milliseconds(250))
        }
        throw TestDatabaseError("sanya serve did not become ready: \((try? String(contentsOfFile: log, encoding: .utf8)) ?? "")")
    }

    @Test("reads go to the standby while it answers, to the primary while it is down, and /readyz says which")
    func standby() async throws {
        let repo = try DeliveryRepository.make(contracts: [Self.contract])
        let primary = try await PostgresInstance.create()
        var standby: PostgresInstance?
        var server: Process?
        defer { server?.terminate(); try? FileManager.default.removeItem(at: repo.root) }
        do {
            try await Self.load(repo, into: primary.url)
            standby = try await primary.standby()
            let key = try SanyaBinary.run(["keys", "issue", "rt-students", "--database", primary.url], in: repo.root).output
                .trimmingCharacters(in: .whitespacesAndNewlines)
            let port = TestPorts.free()
            let log = repo.root.appendingPathComponent("serve.log").path
            server = try Process.start(SanyaBinary.path, ["serve", "--database", primary.url, "--read-database", standby!.url,
                                                          "--host", "127.0.0.1", "--port", String(port)], in: repo.root, log: log)
            try await Self.waitReady(port, server!, log: log)
            #expect(try Self.get(port, "/readyz").body.contains("\"reads\":\"standby\""))

            // Replay paused on the standby, a student added on the primary: the runtime does not see it, so it reads the standby.
            try await PostgresTestDatabase.withConnection(standby!.url) { _ = try await $0.query("SELECT pg_wal_replay_pause()", logger: PostgresTestDatabase.logger) }
            try await PostgresTestDatabase.withConnection(primary.url) { connection in
                _ = try await connection.query("""
                    INSERT INTO student SELECT (jsonb_populate_record(s, jsonb_build_object('student_id', '00000001'))).* FROM student s WHERE s.student_id = '64010001'
                    """, logger: PostgresTestDatabase.logger)
            }
            let fromStandby = try Self.get(port, "/api/rt-students?format=json", key: key)
            #expect(fromStandby.status == 200 && !fromStandby.body.contains("00000001"), Comment(rawValue: fromStandby.body))
            // The CSV that the database writes itself (COPY, on a connection of its own) comes from the standby too.
            let csvFromStandby = try Self.get(port, "/api/rt-students?format=csv", key: key)
            #expect(csvFromStandby.status == 200 && !csvFromStandby.body.contains("00000001"), Comment(rawValue: csvFromStandby.body))
            try await PostgresTestDatabase.withConnection(standby!.url) { _ = try await $0.query("SELECT pg_wal_replay_resume()", logger: PostgresTestDatabase.logger) }

            // The standby gone: the same request is answered by the primary, which has the new student.
            try await standby!.stop(.immediate)
            let fromPrimary = try Self.get(port, "/api/rt-students?format=json", key: key)
            #expect(fromPrimary.status == 200 && fromPrimary.body.contains("00000001"), Comment(rawValue: fromPrimary.body))
            let csvFromPrimary = try Self.get(port, "/api/rt-students?format=csv", key: key)
            #expect(csvFromPrimary.status == 200 && csvFromPrimary.body.contains("00000001"), Comment(rawValue: csvFromPrimary.body))
            #expect(try Self.get(port, "/readyz").body.contains("\"reads\":\"primary (the standby is down)\""))
            let audit = try SanyaBinary.run(["audit", "--contract", "rt-students", "--database", primary.url], in: repo.root)
            #expect(audit.output.split(separator: "\n").count == 5, "the audit is on the primary: a header and four requests\n\(audit.output)")

            // Back: the health check sends reads to the standby again.
            try await standby!.start()
            var back = false
            for _ in 0..<40 where !back {
                back = try Self.get(port, "/readyz").body.contains("\"reads\":\"standby\"")
                if !back { try await Task.sleep(for: .milliseconds(250)) }
            }
            #expect(back)
            #expect(server!.isRunning)
        } catch {
            await standby?.destroy()
            await primary.destroy()
            throw error
        }
        await standby?.destroy()
        await primary.destroy()
    }

    @Test("through PgBouncer in transaction mode: pages, streams, keys, audit and the shared rate limit work", .needs(.pgBouncer))
    func pgbouncer() async throws {
        let bouncer = "/usr/sbin/pgbouncer"
        let repo = try DeliveryRepository.make(contracts: [Self.contract, Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-shared.yaml")])
        let database = try await PostgresInstance.create()
        var processes: [Process] = []
        defer { for process in processes where process.isRunning { process.terminate() }; try? FileManager.default.removeItem(at: repo.root) }
        do {
            try await Self.load(repo, into: database.url)
            let bouncerPort = TestPorts.free()
            let folder = repo.root.appendingPathComponent("pgbouncer")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try """
            [databases]
            postgres = host=127.0.0.1 port=\(database.port) dbname=postgres user=sanya
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = \(bouncerPort)
            unix_socket_dir =
            auth_type = trust
            auth_file = \(folder.path)/users.txt
            pool_mode = transaction
            default_pool_size = 4
            max_client_conn = 200
            ignore_startup_parameters = extra_float_digits
            logfile = \(folder.path)/pgbouncer.log
            pidfile = \(folder.path)/pgbouncer.pid

            """.write(to: folder.appendingPathComponent("pgbouncer.ini"), atomically: true, encoding: .utf8)
            try "\"sanya\" \"\"\n".write(to: folder.appendingPathComponent("users.txt"), atomically: true, encoding: .utf8)
            let asUser = getuid() == 0 ? ["/usr/sbin/runuser", "-u", "postgres", "--", bouncer] : [bouncer]
            if getuid() == 0 { _ = try Snapshot.run("/usr/bin/chown", ["-R", "postgres:postgres", folder.path]) }
            processes.append(try Process.start(asUser[0], Array(asUser.dropFirst()) + [folder.appendingPathComponent("pgbouncer.ini").path],
                                               in: folder, log: repo.root.appendingPathComponent("bouncer.out").path))
            let url = "postgres://sanya@127.0.0.1:\(bouncerPort)/postgres"
            var issued = ""
            for _ in 0..<40 where !issued.hasPrefix("sanya_") {
                issued = try SanyaBinary.run(["keys", "issue", "rt-students", "--database", url], in: repo.root).output.trimmingCharacters(in: .whitespacesAndNewlines)
                if !issued.hasPrefix("sanya_") { try await Task.sleep(for: .milliseconds(250)) }
            }
            try #require(issued.hasPrefix("sanya_"), "PgBouncer did not start")
            let shared = try SanyaBinary.run(["keys", "issue", "rt-shared", "--database", url], in: repo.root).output.trimmingCharacters(in: .whitespacesAndNewlines)
            try Self.writeSlowContract(repo)
            let slow = try SanyaBinary.run(["keys", "issue", "rt-slow", "--database", url], in: repo.root).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let port = TestPorts.free()
            let log = repo.root.appendingPathComponent("serve.log").path
            processes.append(try Process.start(SanyaBinary.path, ["serve", "--database", url, "--host", "127.0.0.1", "--port", String(port)], in: repo.root, log: log))
            try await Self.waitReady(port, processes.last!, log: log)
            for format in ["json", "csv", "ndjson", "table", "excel"] {
                #expect(try Self.get(port, "/api/rt-students?format=\(format)", key: issued).status == 200, "\(format)")
            }
            let limited = try (0..<35).map { _ in try Self.get(port, "/api/rt-shared?format=json", key: shared).status }
            #expect(limited.filter { $0 == 200 }.count == 30 && limited.filter { $0 == 429 }.count == 5, "\(limited)")
            // A time limit holds behind PgBouncer (SET LOCAL, in the query's transaction), and leaks into no other
            // session of the server connections PgBouncer shares: pages on every one of them run untimed after it.
            let started = ContinuousClock.now
            let timedOut = try Self.get(port, "/api/rt-slow", key: slow)
            #expect(timedOut.status == 504 && timedOut.body.contains(#""code":"QUERY_TIMEOUT""#), Comment(rawValue: timedOut.body))
            #expect(ContinuousClock.now - started < .seconds(3), "the 1 s limit held")
            for _ in 0..<8 { #expect(try Self.get(port, "/api/rt-students?format=json", key: issued).status == 200) }
            let settings = try Snapshot.run("/usr/bin/psql", ["-tA", url, "-c", "SHOW statement_timeout"])
            #expect(settings.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0", Comment(rawValue: settings.output + settings.error))
            let audit = try SanyaBinary.run(["audit", "--database", url], in: repo.root)
            #expect(audit.output.split(separator: "\n").count == 50, "a header, five formats, 35 limited requests, the slow one and eight pages\n\(audit.output)")
        } catch {
            await database.destroy()
            throw error
        }
        await database.destroy()
    }
}
