import Foundation
import GRDB
import PostgresNIO
import SanyaCodegen
import SanyaModel
import SanyaRuntime
import SanyaSQL
import SanyaTestSupport
import Testing

/// `sanya check --explain DATABASE`: the plans of real databases, with a student table grown past
/// `QueryPlan.largeTable` rows. `rt-students` pages in its primary key's order (an index walk that stops at
/// the page's LIMIT); `rt-sorted`, the same contract ordered by first name, must read the whole table to sort it.
enum PlanWorld {
    static let students = 120_000

    /// The test contracts' definitions, and `rt-sorted`.
    static func definitions() throws -> [HandlerDefinition] {
        let directory = Repository.temporaryDirectory("plans")
        _ = try RuntimeHarness.generate(into: directory)
        let students = try JSONDecoder().decode(HandlerDefinition.self, from: Data(contentsOf: directory.appendingPathComponent("handlers/rt-students.json")))
        var sorted = students
        sorted.contract = "rt-sorted"
        for (dialect, set) in sorted.queries {
            var set = set
            set.page.sql = set.page.sql.replacingOccurrences(of: #"ORDER BY "student_id""#, with: #"ORDER BY "first_name_th", "student_id""#)
            set.variants = []
            sorted.queries[dialect] = set
        }
        return [students, sorted]
    }

    /// Copies of the first student with new ids, until the table is large.
    static func growSQL(columns: [String], dialect: DialectName) -> String {
        let id = dialect == .postgres ? "'9' || lpad(g.x::text, 7, '0')" : "printf('9%07d', g.x)"
        let list = columns.map { $0 == "student_id" ? id : "s.\"\($0)\"" }.joined(separator: ", ")
        let series = dialect == .postgres ? "generate_series(1, \(students)) AS g(x)"
            : "(WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < \(students)) SELECT x FROM n) AS g"
        return "INSERT INTO student SELECT \(list) FROM (SELECT * FROM student ORDER BY student_id LIMIT 1) AS s, \(series)"
    }

    static func check(_ plans: [QueryPlan]) {
        let base = plans.first { $0.contract == "rt-students" && $0.query == "page" }
        let sorted = plans.first { $0.contract == "rt-sorted" }
        #expect(base?.fullScans.isEmpty == true, "\(base?.lines ?? [])")
        #expect(sorted?.fullScans.first?.table == "student", "\(sorted?.lines ?? [])")
        #expect((sorted?.fullScans.first?.rows ?? 0) > students, "\(sorted?.fullScans ?? [])")
        #expect(plans.contains { $0.query.hasPrefix("page with ") }, "each variant is explained too")
    }
}

@Suite("Query plans (sanya check --explain)")
struct QueryPlanTests {
    @Test("SQLite: a page that must sort a large table is found; one that walks its key is not")
    func sqlite() async throws {
        let path = Repository.temporaryDirectory("plans-sqlite").appendingPathComponent("registrar.sqlite").path
        let (catalog, _) = try RuntimeHarness.generate(into: Repository.temporaryDirectory("plans-schema"))
        let queue = try DatabaseQueue(path: path)
        try await queue.write { db in
            try db.execute(sql: Generator(catalog: catalog, contracts: []).schema(in: SQLiteDialect()))
            try db.execute(sql: String(contentsOf: RuntimeHarness.fixture, encoding: .utf8))
            let columns = try Row.fetchAll(db, sql: "PRAGMA table_info(student)").map { $0["name"] as String }
            try db.execute(sql: PlanWorld.growSQL(columns: columns, dialect: .sqlite))
            try db.execute(sql: "ANALYZE")
        }
        try queue.close()
        PlanWorld.check(try await QueryPlanInspector.plans(of: try PlanWorld.definitions(), on: path))
    }

    @Test("PostgreSQL: the same, from EXPLAIN", .needs(.postgres))
    func postgres() async throws {
        let url = try await PostgresServingTests.prepare("sanya_plan_test")
        try await PostgresTestDatabase.withConnection(url) { connection in
            let rows = try await connection.query(
                "SELECT column_name::text FROM information_schema.columns WHERE table_name = 'student' ORDER BY ordinal_position",
                logger: PostgresTestDatabase.logger)
            var columns: [String] = []
            for try await name in rows.decode(String.self) { columns.append(name) }
            try await PostgresTestDatabase.execute(script: PlanWorld.growSQL(columns: columns, dialect: .postgres) + ";\nANALYZE;", on: connection)
        }
        PlanWorld.check(try await QueryPlanInspector.plans(of: try PlanWorld.definitions(), on: url))
    }
}
