import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// `sanya subject` against the fixture registrar, the counts checked with SQL written here by hand.
struct SubjectFixture {
    static let contracts = ["rt-students", "rt-draft", "rt-expired", "rt-lookup"].map {
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
    } + [Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-export.yaml")]

    /// What each in-force contract holds of a student, counted independently of Sanya (sqlite3).
    static func expected(_ student: String, database: String) throws -> [String: Int] {
        func count(_ sql: String) throws -> Int {
            let result = try Snapshot.run("/usr/bin/env", ["sqlite3", database, sql])
            return Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
        }
        let thai = try count("SELECT count(*) FROM student WHERE student_id = '\(student)' AND nationality = 'THA'")
        let terms = try count("SELECT count(*) FROM term_gpa_summary WHERE student_id = '\(student)'")
        return ["rt-students": thai, "rt-export": thai, "rt-lookup": terms].filter { $0.value > 0 }
    }

    static func rows(_ output: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Int] {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any], sourceLocation: sourceLocation)
        let entries = try #require(object["entries"] as? [[String: Any]], sourceLocation: sourceLocation)
        return Dictionary(uniqueKeysWithValues: entries.map { ($0["contract"] as! String, $0["rows"] as! Int) })
    }

    static func students(_ database: String) throws -> [String] {
        try Snapshot.run("/usr/bin/env", ["sqlite3", database, "SELECT student_id FROM student ORDER BY student_id"]).output.split(separator: "\n").map(String.init)
    }
}

@Suite("sanya subject")
struct SubjectCommandTests {
    @Test("each student's contracts on SQLite match counts made by hand; drafts and expired contracts are left out")
    func sqlite() throws {
        let repo = try DeliveryRepository.make(contracts: SubjectFixture.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let students = try SubjectFixture.students(repo.database)
        #expect(students.count == 10)
        for student in students {
            let result = try repo.sanya(["subject", student, "--today", "2026-11-26", "--format", "json"])
            #expect(result.status == 0, Comment(rawValue: result.error))
            #expect(try SubjectFixture.rows(result.output) == SubjectFixture.expected(student, database: repo.database), "\(student)")
        }
    }

    @Test("the letter, in Thai and English, matches its golden files; deliveries since the date come from the audit")
    func letter() throws {
        let repo = try DeliveryRepository.make(contracts: SubjectFixture.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let export = try repo.sanya(["export", "rt-export", "--format", "csv", "-o", repo.root.appendingPathComponent("x.csv").path])
        #expect(export.status == 0, Comment(rawValue: export.error))
        let json = try repo.sanya(["subject", "64010001", "--today", "2026-11-26", "--since", "2026-01-01", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let exported = try #require(entries.first { $0["contract"] as? String == "rt-export" })
        #expect((exported["deliveries"] as? [String: Any])?["exports"] as? Int == 1)
        for (format, suffix) in [("markdown", "md"), ("html", "html")] {
            // The letter is about the contracts; the audit's dates of this run are not in it when --since is after them.
            let result = try repo.sanya(["subject", "64010001", "--today", "2026-11-26", "--since", "2099-01-01", "--format", format])
            #expect(result.status == 0, Comment(rawValue: result.error))
            let failure = Snapshot.compare(result.output, to: WorkflowRepository.fixtures.appendingPathComponent("expected/subject.\(suffix)"))
            #expect(failure == nil, Comment(rawValue: failure ?? ""))
        }
        let wrong = try repo.sanya(["subject", "640100011", "--today", "2026-11-26"])
        #expect(wrong.status == 64 || wrong.status == 2, "usage error")
        #expect(wrong.error.contains("'640100011' is not a value of student.student_id (varchar(8))"), Comment(rawValue: wrong.error))
    }
}

@Suite("sanya subject on PostgreSQL", .needs(.postgres), .serialized)
struct SubjectPostgresTests {
    @Test("the same answers on PostgreSQL as the counts made by hand on the same data")
    func postgres() async throws {
        let repo = try DeliveryRepository.make(contracts: SubjectFixture.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let url = try await PostgresTestDatabase.create("sanya_subject_test")
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: String(contentsOf: repo.root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: Repository.testRows, encoding: .utf8), on: connection)
        }
        for student in try SubjectFixture.students(repo.database) {
            let result = try SanyaBinary.run(["subject", student, "--today", "2026-11-26", "--format", "json", "--database", url], in: repo.root)
            #expect(result.status == 0, Comment(rawValue: result.error))
            #expect(try SubjectFixture.rows(result.output) == SubjectFixture.expected(student, database: repo.database), "\(student)")
        }
    }
}
