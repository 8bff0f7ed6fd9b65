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
        let query = try #require(definition.queries[.sqlite])
        for run in try scenario.runs() {
            let arguments = try CodegenCase.arguments(run, for: contract)
            let rows = try await database.rows(query.all, arguments: arguments, fields: definition.fields)
            #expect(CodegenCase.texts(rows) == run.rows, "arguments \(run.arguments)")
            let variant = query.queries(for: arguments).all
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
        let page = try await database.rows(definition.queries[.sqlite]!.page, arguments: CodegenCase.arguments(run, for: contract, limit: 2, offset: 1), fields: definition.fields)
        #expect(CodegenCase.texts(page) == Array(run.rows[1...2]))
    }

    @Test("each case's view, created in SQLite, holds the rows of the case's run without arguments", arguments: CodegenCase.viewable)
    func views(_ scenario: CodegenCase) async throws {
        let (_, contract) = try scenario.load()
        let whole = try #require(try scenario.runs().first { $0.arguments.isEmpty })
        let (_, database) = try Self.database(views: contract)
        let fields = HandlerTranslator.definition(for: contract).fields
        let view = DialectQuery(sql: "SELECT * FROM \(SQLiteDialect().viewName(contract.sqlName))", binds: [])
        let rows = try await database.rows(view, arguments: [:], fields: fields)
        #expect(CodegenCase.sorted(CodegenCase.texts(rows)) == CodegenCase.sorted(whole.rows))
    }
}

@Suite("Generated SQL on PostgreSQL", .needs(.postgres), .serialized)
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
            // The pool's first connection may take longer than a request's 3 s while every suite starts at once.
            try await registrar.waitUntilReachable()
            try await body(registrar)
            group.cancelAll()
        }
    }

    @Test("every case returns exactly its expected rows, the same as on SQLite")
    func rows() async throws {
        let url = try await Self.prepare()
        let viewable = Set(CodegenCase.viewable.map(\.name))
        try await Self.withRegistrar(url) { database in
            for scenario in CodegenCase.all {
                let (_, contract) = try scenario.load()
                let definition = HandlerTranslator.definition(for: contract)
                let query = try #require(definition.queries[.postgres])
                for run in try scenario.runs() {
                    let arguments = try CodegenCase.arguments(run, for: contract)
                    let rows = try await database.rows(query.all, arguments: arguments, fields: definition.fields)
                    #expect(CodegenCase.texts(rows) == run.rows, "\(scenario.name) arguments \(run.arguments)")
                    let variant = query.queries(for: arguments).all
                    let variantRows = try await database.rows(variant, arguments: arguments, fields: definition.fields)
                    #expect(CodegenCase.texts(variantRows) == run.rows, "\(scenario.name) variant for \(run.arguments)")
                }
                if viewable.contains(scenario.name), let expected = try scenario.runs().first(where: { $0.arguments.isEmpty }) {
                    let view = DialectQuery(sql: "SELECT * FROM \(PostgresDialect().viewName(contract.sqlName))", binds: [])
                    let viewRows = try await database.rows(view, arguments: [:], fields: definition.fields)
                    #expect(CodegenCase.sorted(CodegenCase.texts(viewRows)) == CodegenCase.sorted(expected.rows), "view of \(scenario.name)")
                }
            }
        }
    }

    @Test("every case's CSV written by PostgreSQL itself (COPY) is byte for byte the CSV of its rows on SQLite")
    func copiedCSV() async throws {
        let url = try await Self.prepare()
        let (_, sqlite) = try SQLiteExecutionTests.database()
        try await Self.withRegistrar(url) { database in
            for scenario in CodegenCase.all {
                let (_, contract) = try scenario.load()
                let definition = HandlerTranslator.definition(for: contract)
                let postgres = try #require(definition.queries[.postgres]), lite = try #require(definition.queries[.sqlite])
                for run in try scenario.runs() {
                    let arguments = try CodegenCase.arguments(run, for: contract)
                    let present = Set(arguments.filter { $0.value != .absent }.map(\.key))
                    for (copied, all) in [(postgres.csv, lite.all), (postgres.queries(present: present).csv, lite.queries(present: present).all)] {
                        let query = try #require(copied)
                        let copy = try #require(try await database.copyCSV(query, arguments: arguments))
                        var bytes: [UInt8] = [], rows = 0
                        while let chunk = try await copy.next() {
                            bytes += chunk.bytes.readableBytesView
                            rows += chunk.rows
                        }
                        var expected = try await sqlite.rows(all, arguments: arguments, fields: definition.fields)
                        if let limit = definition.rowLimit, expected.count > limit { expected.removeLast(expected.count - limit) }
                        var encoder = CSVRowEncoder(fields: definition.fields, byteOrderMark: false, forSpreadsheets: false)
                        var buffer = ByteBuffer()
                        encoder.begin(into: &buffer)
                        encoder.encode(expected, into: &buffer)
                        #expect(String(decoding: bytes, as: UTF8.self) == String(buffer: buffer), "\(scenario.name) arguments \(run.arguments)")
                        #expect(rows == expected.count, "\(scenario.name): the rows counted for the audit")
                    }
                }
            }
        }
    }

    @Test("no more exports run at once than the pool has connections; one more gets nil (written row by row) until one ends")
    func exportLimit() async throws {
        let url = try await Self.prepare()
        let registrar = try PostgresRegistrar(url: url, pool: .fixed(1))
        // About 1 MB: more than the four chunks that may wait for a reader, so the first export's thread holds on.
        let big = DialectQuery(sql: "SELECT repeat('x', 1000) AS x FROM generate_series(1, 1000)", binds: [])
        try await withThrowingDiscardingTaskGroup { group in
            group.addTask { await registrar.run() }
            try await registrar.waitUntilReachable()
            let first = try #require(try await registrar.copyCSV(big, arguments: [:]))
            #expect(try await registrar.copyCSV(big, arguments: [:]) == nil, "a second export while the first runs")
            var rows = 0
            while let chunk = try await first.next() { rows += chunk.rows }
            #expect(rows == 1000)
            var second: CSVCopy?
            for _ in 0..<100 where second == nil {
                second = try await registrar.copyCSV(big, arguments: [:])
                if second == nil { try await Task.sleep(for: .milliseconds(20)) }
            }
            let again = try #require(second, "the slot is free once the first export has ended")
            while try await again.next() != nil {}
            group.cancelAll()
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

/// The MySQL dialect on a real MariaDB server (Debian's `mariadb-server`, a server of the suite's own):
/// schema, fixture, every case's view and the runtime's parameterised queries, with the same expected rows as
/// SQLite and PostgreSQL — masks and salted-hash pseudonyms included.
@Suite("Generated SQL on MariaDB", .serialized,
       .needs(.mariaDB))
struct MariaDBExecutionTests {
    @Test("every case's view and query returns exactly its expected rows, the same as on SQLite and PostgreSQL")
    func rows() async throws {
        let server = try await MariaDBInstance.create()
        do {
            try check(server)
        } catch {
            await server.destroy()
            throw error
        }
        await server.destroy()
    }

    private func check(_ server: MariaDBInstance) throws {
        let dialect = MySQLDialect()
        let (catalog, _) = try CodegenCase.all[0].load()
        try server.execute(Generator(catalog: catalog, contracts: []).schema(in: dialect))
        try server.execute(String(contentsOf: CodegenCase.fixture, encoding: .utf8))
        var checked = 0
        let viewable = Set(CodegenCase.viewable.map(\.name))
        for scenario in CodegenCase.all {
            let (_, contract) = try scenario.load()
            let definition = HandlerTranslator.definition(for: contract)
            try server.execute(QueryTranslator(contract).viewStatements(in: dialect).map { $0.sql(in: dialect).sql }.joined(separator: "\n"))
            if viewable.contains(scenario.name), let whole = try scenario.runs().first(where: { $0.arguments.isEmpty }) {
                let view = try server.rows("SELECT * FROM \(dialect.viewName(contract.sqlName))")
                #expect(CodegenCase.sorted(Self.cells(view, definition.fields)) == CodegenCase.sorted(whole.rows), "view of \(scenario.name)")
                checked += 1
            }
            let query = try #require(definition.queries[.mysql])
            for run in try scenario.runs() {
                let arguments = try CodegenCase.arguments(run, for: contract)
                let rows = try server.rows(Self.execute(query.all, arguments))
                #expect(Self.cells(rows, definition.fields) == run.rows, "\(scenario.name) arguments \(run.arguments)")
                let variant = query.queries(for: arguments).all
                #expect(Self.cells(try server.rows(Self.execute(variant, arguments)), definition.fields) == run.rows,
                        "\(scenario.name) variant for \(run.arguments)")
                checked += 1
            }
        }
        let runs = try CodegenCase.all.reduce(0) { $0 + (try $1.runs().count) }
        #expect(checked == viewable.count + runs, "every view and every run was compared")
    }

    /// The query as a server-side prepared statement, its `?` bound in order: a value as text, a list as a
    /// JSON array (what `JSON_TABLE` reads), an absent optional parameter as NULL.
    static func execute(_ query: DialectQuery, _ arguments: [String: BoundArgument]) -> String {
        let dialect = MySQLDialect()
        var lines = ["PREPARE q FROM \(dialect.stringLiteral(query.sql));"]
        for (index, name) in query.binds.enumerated() {
            let value: String = switch arguments[name] {
            case .value(let value)?: dialect.stringLiteral(value.description)
            case .list(let items)?:
                dialect.stringLiteral(String(decoding: (try? JSONEncoder().encode(items.map(\.description))) ?? Data("[]".utf8), as: UTF8.self))
            case .absent?, nil: "NULL"
            }
            lines.append("SET @b\(index) = \(value);")
        }
        lines.append("EXECUTE q" + (query.binds.isEmpty ? "" : " USING " + query.binds.indices.map { "@b\($0)" }.joined(separator: ", ")) + ";")
        return lines.joined(separator: "\n")
    }

    /// MariaDB's text in the runtime's form for each field's kind: booleans as true/false, decimals with the
    /// field's scale (rounded half away from zero, as the runtime does).
    static func cells(_ rows: [[String?]], _ fields: [OutputField]) -> [[String?]] {
        rows.map { row in
            zip(row, fields).map { text, field -> String? in
                guard let text else { return nil }
                switch field.kind {
                case .boolean: return text == "1" ? "true" : text == "0" ? "false" : text
                case .decimal:
                    guard let value = Double(text) else { return text }
                    let scale = field.scale ?? 2
                    var factor = 1.0
                    for _ in 0..<scale { factor *= 10 }
                    let magnitude = Int64((abs(value) * factor).rounded())
                    let digits = String(magnitude).leftPadded(to: scale + 1)
                    let whole = digits.dropLast(scale), fraction = digits.suffix(scale)
                    return (value < 0 && magnitude != 0 ? "-" : "") + whole + (scale > 0 ? "." + fraction : "")
                default: return text
                }
            }
        }
    }
}

extension String {
    fileprivate func leftPadded(to length: Int) -> String {
        count >= length ? self : String(repeating: "0", count: length - count) + self
    }
}
