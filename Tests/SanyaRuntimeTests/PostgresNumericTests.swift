import Foundation
import Logging
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Testing

@Suite("PostgreSQL numeric values", .needs(.postgres))
struct PostgresNumericTests {
    /// Every value read in binary by the runtime equals PostgreSQL's own text of it.
    @Test("binary numerics become exactly the text PostgreSQL prints")
    func matchesPostgres() async throws {
        let url = try #require(PostgresTestDatabase.baseURL)
        let registrar = try PostgresRegistrar(url: url, logger: Logger(label: "sanya.tests.numeric"))
        let values = ["0", "0.00", "-0.5", "1", "10000", "100000000", "12345678.90", "0.0001", "0.00001234", "-98765.4321",
                      "3.25", "1e-10", "123456789012345678901234567890.123456789", "9999.9999", "-10000.0001", "0.1000", "2.00"]
        let sql = "SELECT v, v::text FROM unnest(ARRAY[" + values.map { "'\($0)'::numeric" }.joined(separator: ",") + "]) AS t(v)"
        let fields = [
            OutputField(name: "v", kind: .decimal, scale: nil, nullable: false, sensitivity: .public, mask: nil, description: Bilingual(en: "", th: "")),
            OutputField(name: "t", kind: .string, scale: nil, nullable: false, sensitivity: .public, mask: nil, description: Bilingual(en: "", th: "")),
        ]
        let rows = try await withThrowingTaskGroup(of: [ResultRow]?.self) { group in
            group.addTask { await registrar.run(); return nil }
            group.addTask {
                // The pool's first connection may take longer than a request's 3 s while every suite starts at once.
                try await registrar.waitUntilReachable(.seconds(60))
                // The same for the query itself: its 3 s are a request's, and the machine is busy with every suite.
                let deadline = ContinuousClock.now + .seconds(60)
                while true {
                    do {
                        return try await registrar.rows(DialectQuery(sql: sql, binds: []), arguments: [:], fields: fields)
                    } catch DatabaseError.unavailable(let why) where ContinuousClock.now < deadline {
                        _ = why
                        try await Task.sleep(for: .milliseconds(200))
                    }
                }
            }
            while let result = try await group.next() {
                if let result { group.cancelAll(); return result }
            }
            return []
        }
        #expect(rows.count == values.count)
        for row in rows {
            guard case .decimal(let ours) = row[0], case .text(let theirs) = row[1] else {
                Issue.record("unexpected cells \(row)")
                continue
            }
            #expect(ours == theirs)
        }
    }
}
