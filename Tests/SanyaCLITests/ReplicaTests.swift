import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// Three `sanya serve` processes on one PostgreSQL behave as one service.
@Suite("Several runtimes on one PostgreSQL", .needs(.postgres), .serialized)
struct ReplicaTests {
    static let contracts = [
        Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-shared.yaml"),
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/rt-students.yaml"),
    ]

    @Test("a 30/minute limit holds across three runtimes; a revoked key is refused by all within 2 s; one audit record a request; a rebuild reaches all")
    func oneService() async throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let url = try await PostgresTestDatabase.create("sanya_replicas_test")
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: String(contentsOf: repo.root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: Repository.testRows, encoding: .utf8), on: connection)
        }
        func sanya(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
            try SanyaBinary.run(arguments + ["--database", url], in: repo.root)
        }
        let shared = try sanya(["keys", "issue", "rt-shared"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let students = try sanya(["keys", "issue", "rt-students"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(shared.hasPrefix("sanya_") && students.hasPrefix("sanya_"))

        let ports = TestPorts.free(count: 3)
        let servers = try ports.map { port in
            try Process.start(SanyaBinary.path, ["serve", "--database", url, "--host", "127.0.0.1", "--port", String(port)],
                              in: repo.root, log: repo.root.appendingPathComponent("serve-\(port).log").path)
        }
        defer { for server in servers where server.isRunning { server.terminate() } }
        func log() -> String {
            ports.map { (try? String(contentsOfFile: repo.root.appendingPathComponent("serve-\($0).log").path, encoding: .utf8)) ?? "" }.joined(separator: "\n---\n")
        }
        func status(_ port: Int, _ path: String, key: String) throws -> Int {
            let reply = try Snapshot.run("/usr/bin/curl", ["-sS", "-o", "/dev/null", "--max-time", "10", "-w", "%{http_code}",
                                                           "-H", "Authorization: Bearer \(key)", "http://127.0.0.1:\(port)\(path)"])
            return Int(reply.output) ?? 0
        }
        for port in ports {
            var ready = false
            for _ in 0..<240 where !ready {
                ready = (try? Snapshot.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/readyz"]).output) == "200"
                if !ready { try await Task.sleep(for: .milliseconds(250)) }
            }
            try #require(ready, Comment(rawValue: log()))
        }

        // 100 requests spread over the three runtimes, four at a time: exactly 30 are answered.
        var statuses: [Int] = []
        try await withThrowingTaskGroup(of: [Int].self) { group in
            for lane in 0..<4 {
                group.addTask {
                    try stride(from: lane, to: 100, by: 4).map { index in try status(ports[index % 3], "/api/rt-shared?format=json", key: shared) }
                }
            }
            for try await part in group { statuses += part }
        }
        #expect(statuses.filter { $0 == 200 }.count == 30, "\(statuses)")
        #expect(statuses.filter { $0 == 429 }.count == 70, "\(statuses)")

        // A revoked key: every runtime refuses it within 2 seconds.
        for port in ports { #expect(try status(port, "/api/rt-students?format=json", key: students) == 200) }
        let keyID = String(students.split(separator: "_")[1])
        #expect(try sanya(["keys", "revoke", keyID]).status == 0)
        let revoked = ContinuousClock.now
        var refusedAt: [Int: Duration] = [:]
        while refusedAt.count < 3, ContinuousClock.now - revoked < .seconds(5) {
            for port in ports where refusedAt[port] == nil {
                if try status(port, "/api/rt-students?format=json", key: students) == 401 { refusedAt[port] = ContinuousClock.now - revoked }
            }
        }
        #expect(refusedAt.count == 3, "\(refusedAt)")
        #expect(refusedAt.values.allSatisfy { $0 <= .seconds(2) }, "\(refusedAt)")

        // One audit record per request, whichever runtime answered it.
        let audited = try await PostgresTestDatabase.withConnection(url) { connection in
            let rows = try await connection.query("SELECT status, count(*)::int FROM sanya_state.audit WHERE contract = 'rt-shared' GROUP BY status ORDER BY status",
                                                  logger: PostgresTestDatabase.logger)
            var counts: [Int: Int] = [:]
            for try await (status, count) in rows.decode((Int, Int).self) { counts[status] = count }
            return counts
        }
        #expect(audited == [200: 30, 429: 70], "\(audited)")

        // A rebuild of Generated/ (the contract revoked) reaches every runtime.
        let file = repo.root.appendingPathComponent("Contracts/test/rt-shared.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "status: approved", with: "status: revoked")
            .replacingOccurrences(of: "  valid_until:", with: "  revoked: { by: Director, date: 2026-11-20 }\n  valid_until:")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let build = try SanyaBinary.run(["build", "--today", "2026-11-26"], in: repo.root)
        #expect(build.status == 0, Comment(rawValue: build.error))
        var gone = Set<Int>()
        let rebuilt = ContinuousClock.now
        while gone.count < 3, ContinuousClock.now - rebuilt < .seconds(15) {
            for port in ports where !gone.contains(port) {
                if try status(port, "/api/rt-shared?format=json", key: shared) == 404 { gone.insert(port) }
            }
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(gone.count == 3, Comment(rawValue: log()))
        for server in servers { #expect(server.isRunning, Comment(rawValue: log())) }
    }
}
