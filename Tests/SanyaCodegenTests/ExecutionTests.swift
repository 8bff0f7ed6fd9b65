import Foundation
import GRDB
import Logging
import PostgresNIO
import SanyaCodegen
import SanyaModel
import SanyaRuntime
import SanyaSQL
import SanyaTestSupport
import Testing

/// The generated SQL runs on real databases loaded with the same fixture and returns the expected rows.
@Suite("Generated SQL on SQLite")
struct SQLiteExecutionTests {
    /// A SQLite registrar from the generated schema and the fixture, with the runtime's functions.
    static func database(views contract: Contract? = nil) throws -> (path: String, SQLiteRegistrar) {
        let path = Repository.temporaryDirectory("sqlite").appendingPathComponent("registrar.sqlite").path
        let queue = try DatabaseQueue(path: path)
        let (catalog, _) = try CodegenCase.all[0].load()
        try queue.write { db in
            SQLiteRegistrar.registerFunctions(db)
            try db.execute(sql: Generator(catalog: catalog, contracts: []).schema(in: SQLiteDialect()))
            try db.execute(sql: String(contentsOf: CodegenCase.fixture, encoding: .utf8))
            if let contract {
                for statement in QueryTranslator(contract).viewStatements(in: SQLiteDialect()) {
                    try db.execute(sql: statement.sql(in: SQLiteDialect()).sql)
                }
            }
        }
        try queue.close()
        return (path, try SQLiteRegistrar(path: path))
    }

    @Test("every case returns exactly its expected rows", arguments: CodegenCase.all)
    func rows(_ scenario: CodegenCase) async throws {
        let (_, contract) = try scenario.load()
        let (_, database) = try Self.database()
        let definition = HandlerTranslator.definition(for: contract)
        let query = try #require(definition.queries["sqlite"])
        for run in try scenario.runs() {
            let arguments = try CodegenCase.arguments(run, for: contract)
            let rows = try await database.rows(query.all, arguments: arguments, fields: definition.fields)
            #expect(CodegenCase.texts(rows) == run.rows, "arguments \(run.arguments)")
            let variant = query.queries(present: Set(arguments.filter { $0.value != .absent }.map(\.key))).all
            let variantRows = try await database.rows(variant, arguments: arguments, fields: definition.fields)
            #expect(CodegenCase.texts(variantRows) == run.rows, "variant for arguments \(run.arguments)")
        }
    }

    @Test("a page is the matching slice of the whole ordered result")
    func paging() async throws {
        let scenario = try #require(CodegenCase.all.first { $0.name == "joins-filters" })
        let (_, contract) = try scenario.load()
        let (_, database) = try Self.database()
        let definition = HandlerTranslator.definition(for: contract)
        let run = try scenario.runs()[0]
        let page = try await database.rows(definition.queries["sqlite"]!.page, arguments: CodegenCase.arguments(run, for: contract, limit: 2, offset: 1), fields: definition.fields)
        #expect(CodegenCase.texts(page) == Array(run.rows[1...2]))
    }

    @Test("each case's view, created in SQLite, holds the expected rows", arguments: CodegenCase.all.filter { $0.name != "list-parameters" && $0.name != "more-filters" && $0.name != "joins-filters" })
    func views(_ scenario: CodegenCase) async throws {
        let (_, contract) = try scenario.load()
        let (_, database) = try Self.database(views: contract)
        let fields = HandlerTranslator.definition(for: contract).fields
        let view = DialectQuery(sql: "SELECT * FROM \(SQLiteDialect().viewName(contract.sqlName))", binds: [])
        let rows = try await database.rows(view, arguments: [:], fields: fields)
        let expected = try scenario.runs()[0].rows
        #expect(CodegenCase.sorted(CodegenCase.texts(rows)) == CodegenCase.sorted(expected))
    }
}

@Suite("Generated SQL on PostgreSQL", .enabled(if: PostgresTestDatabase.isAvailable, "set SANYA_TEST_POSTGRES_URL (scripts/test does)"), .serialized)
struct PostgresExecutionTests {
    /// Creates the suite's database once: generated schema, fixture, and every case's view.
    static func prepare() async throws -> String {
        let url = try await PostgresTestDatabase.create("sanya_codegen_test")
        let (catalog, _) = try CodegenCase.all[0].load()
        let contracts = try CodegenCase.all.map { try $0.load().1 }
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: Generator(catalog: catalog, contracts: []).schema(in: PostgresDialect()), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: CodegenCase.fixture, encoding: .utf8), on: connection)
            for contract in contracts {
                let script = QueryTranslator(contract).viewStatements(in: PostgresDialect()).map { $0.sql(in: PostgresDialect()).sql + "\n" }.joined(separator: "\n")
                try await PostgresTestDatabase.execute(script: script, on: connection)
            }
        }
        return url
    }

    static func withRegistrar(_ url: String, _ body: (PostgresRegistrar) async throws -> Void) async throws {
        let registrar = try PostgresRegistrar(url: url)
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await registrar.run() }
            try await body(registrar)
            group.cancelAll()
        }
    }

    @Test("every case returns exactly its expected rows, the same as on SQLite")
    func rows() async throws {
        let url = try await Self.prepare()
        try await Self.withRegistrar(url) { database in
            for scenario in CodegenCase.all {
                let (_, contract) = try scenario.load()
                let definition = HandlerTranslator.definition(for: contract)
                let query = try #require(definition.queries["postgres"])
                for run in try scenario.runs() {
                    let arguments = try CodegenCase.arguments(run, for: contract)
                    let rows = try await database.rows(query.all, arguments: arguments, fields: definition.fields)
                    #expect(CodegenCase.texts(rows) == run.rows, "\(scenario.name) arguments \(run.arguments)")
                    let variant = query.queries(present: Set(arguments.filter { $0.value != .absent }.map(\.key))).all
                    let variantRows = try await database.rows(variant, arguments: arguments, fields: definition.fields)
                    #expect(CodegenCase.texts(variantRows) == run.rows, "\(scenario.name) variant for \(run.arguments)")
                }
                let view = DialectQuery(sql: "SELECT * FROM \(PostgresDialect().viewName(contract.sqlName))", binds: [])
                let viewRows = try await database.rows(view, arguments: [:], fields: definition.fields)
                let expected = try scenario.runs().first { $0.arguments.isEmpty }
                if let expected, contract.query.parameters.allSatisfy({ !$0.required }) {
                    #expect(CodegenCase.sorted(CodegenCase.texts(viewRows)) == CodegenCase.sorted(expected.rows), "view of \(scenario.name)")
                }
            }
        }
    }

    @Test("a View Table role reads its view and nothing else")
    func roleIsolation() async throws {
        let url = try await Self.prepare()
        let scenario = try #require(CodegenCase.all.first { $0.name == "view-access" })
        let (_, contract) = try scenario.load()
        let access = AccessTranslator(contract)
        try await PostgresTestDatabase.withConnection(url) { connection in
            _ = try? await connection.query(PostgresQuery(unsafeSQL: "DROP OWNED BY \"\(access.role)\""), logger: PostgresTestDatabase.logger)
            _ = try? await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \"\(access.role)\""), logger: PostgresTestDatabase.logger)
            let script = access.statements(in: PostgresDialect()).map { $0.sql(in: PostgresDialect()).sql + "\n" }.joined(separator: "\n")
            try await PostgresTestDatabase.execute(script: script, on: connection)
            _ = try await connection.query(PostgresQuery(unsafeSQL: "GRANT \"\(access.role)\" TO CURRENT_USER"), logger: PostgresTestDatabase.logger)
            _ = try await connection.query(PostgresQuery(unsafeSQL: "SET ROLE \"\(access.role)\""), logger: PostgresTestDatabase.logger)
            var count = 0
            for try await _ in try await connection.query(PostgresQuery(unsafeSQL: "SELECT * FROM sanya.view_case"), logger: PostgresTestDatabase.logger) { count += 1 }
            #expect(count == 3)
            for forbidden in ["SELECT * FROM student", "SELECT * FROM enrollment", "SELECT * FROM sanya_secret", "SELECT * FROM sanya.masks_case"] {
                await #expect(throws: (any Error).self, "\(forbidden) must be refused") {
                    for try await _ in try await connection.query(PostgresQuery(unsafeSQL: forbidden), logger: PostgresTestDatabase.logger) {}
                }
            }
            _ = try await connection.query("RESET ROLE", logger: PostgresTestDatabase.logger)
        }
    }
}
