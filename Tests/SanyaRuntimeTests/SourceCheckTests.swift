import Foundation
import GRDB
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Testing

/// The runtime checks the columns each served contract reads against the database's own catalogs, and does not
/// serve a contract whose source changed; the others go on.
@Suite("A source that changes under a running server (SQLite)")
struct SourceCheckTests {
    /// Runs SQL on the harness's registrar file, as the registrar's DBA would from another program.
    static func alter(_ harness: RuntimeHarness, _ sql: String) throws {
        let queue = try DatabaseQueue(path: harness.root.appendingPathComponent("registrar.sqlite").path)
        try queue.write { try $0.execute(sql: sql) }
        try queue.close()
    }

    static func notServed(_ harness: RuntimeHarness) async throws -> [[String: Any]] {
        let ready = try await harness.request("/readyz")
        #expect(ready.status == 200, Comment(rawValue: ready.text))
        return try #require(ready.json?["not_served"] as? [[String: Any]], Comment(rawValue: ready.text))
    }

    @Test("a renamed column: the contract reading it is answered 503 SOURCE_CHANGED naming it (found by a failing query, then on reload), the others are served, /readyz tells the staff; renamed back, it is served again")
    func renamedColumn() async throws {
        let harness = try await RuntimeHarness.start(reloadInterval: .milliseconds(200))
        let students = try await harness.issueKey("rt-students")
        let lookup = try await harness.issueKey("rt-lookup")
        #expect(try await harness.request("/api/rt-students", key: students).status == 200)
        #expect(try await Self.notServed(harness).isEmpty)

        // The DBA renames a column a served contract reads; the first request meets the database's refusal …
        try Self.alter(harness, "ALTER TABLE student RENAME COLUMN prior_school_gpax TO gpax_before_entry")
        let failed = try await harness.request("/api/rt-students", key: students)
        #expect(failed.status == 500 && failed.errorCode == "QUERY_FAILED", Comment(rawValue: failed.text))
        // … which has the catalogs read again within seconds: from then on the contract is refused with the reason.
        var refused = failed
        for _ in 0..<100 where refused.errorCode != "SOURCE_CHANGED" {
            try await Task.sleep(for: .milliseconds(100))
            refused = try await harness.request("/api/rt-students", key: students)
        }
        #expect(refused.status == 503, Comment(rawValue: refused.text))
        #expect(refused.errorCode == "SOURCE_CHANGED")
        let message = (refused.json?["error"] as? [String: Any])?["message"] as? String ?? ""
        #expect(message.contains("'rt-students'") && message.contains("no column 'prior_school_gpax'"), Comment(rawValue: message))
        #expect(refused.headers["retry-after"] == "300")
        // The key is still checked first: a wrong key is refused as before, and tells nothing of the source.
        #expect(try await harness.request("/api/rt-students", key: APIKey.generate()).status == 401)

        // Contracts that do not read the column go on.
        let other = try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["67010001"], "from_term": 25672}"#.utf8))
        #expect(other.status == 200, Comment(rawValue: other.text))

        let listed = try await Self.notServed(harness)
        // Every approved test contract but rt-lookup filters on the column (drafts are not served anyway).
        #expect(listed.compactMap { $0["contract"] as? String } == ["rt-expired", "rt-hosts", "rt-limited", "rt-proxied", "rt-students"])
        #expect(listed.allSatisfy { $0["code"] as? String == "SOURCE_CHANGED" && $0["table"] as? String == "student" && $0["column"] as? String == "prior_school_gpax" })
        // Anyone else learns only that the server is ready.
        let outside = try await harness.request("/readyz", source: "127.0.0.2")
        #expect(outside.text == #"{"status":"ready"}"#)

        // Renamed back and reloaded (SIGHUP, or a rebuilt Generated/): served again.
        try Self.alter(harness, "ALTER TABLE student RENAME COLUMN gpax_before_entry TO prior_school_gpax")
        await harness.server.reload()
        #expect(try await harness.request("/api/rt-students", key: students).status == 200)
        #expect(try await Self.notServed(harness).isEmpty)

        // A dropped table is found when the contracts load, before any request fails.
        try Self.alter(harness, "ALTER TABLE term_gpa_summary RENAME TO term_gpa_summary_2569")
        await harness.server.reload()
        let gone = try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["67010001"], "from_term": 25672}"#.utf8))
        #expect(gone.errorCode == "SOURCE_CHANGED", Comment(rawValue: gone.text))
        #expect(gone.text.contains("no table 'term_gpa_summary'"), Comment(rawValue: gone.text))
        #expect(try await harness.request("/api/rt-students", key: students).status == 200)

        let audited = try await harness.auditRecords().filter { $0.code == "SOURCE_CHANGED" }
        #expect(audited.count >= 2 && audited.allSatisfy { $0.status == 503 }, "refusals are audited with their code")
        await harness.stop()
    }

    @Test("types: a column whose type no longer fits what the contract was built for is a problem; a wider one is not")
    func typesJudged() throws {
        let reads = [SourceColumn(table: "student", column: "student_id", type: ColumnType.parse("varchar(8)")!),
                     SourceColumn(table: "student", column: "gpax", type: ColumnType.parse("decimal(3,2)")!)]
        func schema(_ id: String, _ gpax: String) -> DatabaseSchema {
            DatabaseSchema(engine: .postgres, tables: [.init(schema: "public", name: "student", isView: false, comment: nil, columns: [
                .init(name: "student_id", type: id, nullable: false, comment: nil), .init(name: "gpax", type: gpax, nullable: true, comment: nil),
            ], primaryKey: ["student_id"], uniqueKeys: [], foreignKeys: [])])
        }
        #expect(schema("character varying(8)", "numeric(3,2)").problem(with: reads[0]) == nil)
        #expect(schema("character varying(6)", "numeric(3,2)").problem(with: reads[0]) == nil, "narrower in the database still fits")
        #expect(schema("character varying(20)", "numeric(3,2)").problem(with: reads[0])?.contains("character varying(20)") == true)
        let text = schema("character varying(8)", "text").problem(with: reads[1])
        #expect(text?.contains("is text in the database; the contract was built for \(reads[1].type!)") == true, Comment(rawValue: text ?? "nil"))
        #expect(schema("character varying(8)", "numeric(5,3)").problem(with: reads[1]) != nil, "another scale changes every value served")
    }
}
