import Foundation
import GRDB
import Logging
import PostgresNIO
import SanyaModel

/// How the database means to run a contract's page queries (`sanya check --explain DATABASE`): the plan, and
/// the large tables it reads whole, which no index serves. A page that scans a large table costs the registrar
/// its time on every request and grows with every year of data: staff see it before a unit does.
public struct QueryPlan: Sendable {
    /// The contract and which of its page queries: `page`, or `page with faculty, term` for a variant.
    public var contract: String
    public var query: String
    /// The plan as the database prints it, one line a step.
    public var lines: [String]
    /// Tables of at least `largeTable` rows that the plan reads from end to end, with their row counts.
    public var fullScans: [(table: String, rows: Int)]

    /// A table this large, read whole for one page, is worth a warning.
    public static let largeTable = 100_000
}

public enum QueryPlanInspector {
    /// The plans of every page query (the base one and each variant) of `definitions`, on the database at
    /// `location`: a SQLite file or a postgres:// URL.
    public static func plans(of definitions: [HandlerDefinition], on location: String) async throws -> [QueryPlan] {
        if Vocabulary.isPostgresURL(location) { return try await postgres(definitions, url: location) }
        return try sqlite(definitions, path: location)
    }

    /// Each page query's name and query.
    static func pages(_ definition: HandlerDefinition, _ dialect: DialectName) -> [(String, DialectQuery)] {
        guard let set = definition.queries[dialect] else { return [] }
        return [("page", set.page)] + set.variants.map { variant in
            (variant.present.isEmpty ? "page without optional parameters" : "page with \(variant.present.joined(separator: ", "))", variant.page)
        }
    }

    /// The tables of the generated SQL by alias: `"student" AS "t0"`.
    static func aliases(_ sql: String, quote: Character) -> [String: String] {
        let pattern = "\(quote)([A-Za-z_][A-Za-z0-9_]*)\(quote) AS \(quote)(t[0-9]+)\(quote)"
        guard let expression = try? NSRegularExpression(pattern: pattern) else { return [:] }
        var found: [String: String] = [:]
        for match in expression.matches(in: sql, range: NSRange(sql.startIndex..., in: sql)) {
            guard let table = Range(match.range(at: 1), in: sql), let alias = Range(match.range(at: 2), in: sql) else { continue }
            found[String(sql[alias])] = String(sql[table])
        }
        return found
    }

    static func sqlite(_ definitions: [HandlerDefinition], path: String) throws -> [QueryPlan] {
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseError.unavailable("no SQLite database at \(path)") }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.prepareDatabase { SQLiteRegistrar.registerFunctions($0) }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            var sizes: [String: Int] = [:]
            func size(_ table: String) throws -> Int {
                if let known = sizes[table] { return known }
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM \"\(table)\"") ?? 0
                sizes[table] = count
                return count
            }
            var plans: [QueryPlan] = []
            for definition in definitions {
                for (name, query) in pages(definition, .sqlite) {
                    let tables = aliases(query.sql, quote: "\"")
                    // The plan is made when the statement is prepared, whatever the values; absent ones and a default page.
                    let values: [DatabaseValue] = query.binds.map { bind in
                        switch bind {
                        case Vocabulary.limitBind: (RuntimeParameter.defaultPageSize + 1).databaseValue
                        case Vocabulary.offsetBind: 0.databaseValue
                        default: .null
                        }
                    }
                    let rows = try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + query.sql, arguments: StatementArguments(values))
                    let lines = rows.map { $0["detail"] as String }
                    // A page that must sort reads its whole input first; one that walks an index in the order asked
                    // for stops at its LIMIT.
                    let sorts = lines.contains { $0.hasPrefix("USE TEMP B-TREE FOR ORDER BY") }
                    var scans: [(String, Int)] = []
                    for detail in lines {
                        // `SCAN t0` (every row, in no useful order), `SCAN t0 USING INDEX …` (every row, in the index's order).
                        let words = detail.split(separator: " ")
                        guard words.count >= 2, words[0] == "SCAN", let table = tables[String(words[1])], sorts || words.count == 2 else { continue }
                        let count = try size(table)
                        if count >= QueryPlan.largeTable && !scans.contains(where: { $0.0 == table }) { scans.append((table, count)) }
                    }
                    plans.append(QueryPlan(contract: definition.contract, query: name, lines: lines, fullScans: scans))
                }
            }
            return plans
        }
    }

    static func postgres(_ definitions: [HandlerDefinition], url: String) async throws -> [QueryPlan] {
        guard let server = PostgresURL(url) else { throw DatabaseError.unavailable("not a postgres:// URL: \(PostgresRegistrar.redact(url))") }
        let logger = Logger(label: "sanya.explain")
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: server.connection, id: 1, logger: logger)
        } catch {
            throw DatabaseError.unavailable(String(reflecting: error))
        }
        do {
            var sizes: [String: Int] = [:]
            var plans: [QueryPlan] = []
            let scan = try NSRegularExpression(pattern: "Seq Scan on ([A-Za-z_][A-Za-z0-9_]*)")
            for definition in definitions {
                for (name, query) in pages(definition, .postgres) {
                    // Every parameter absent, a page of the default size: the request most clients send.
                    var bindings = PostgresBindings(capacity: query.binds.count)
                    for bind in query.binds {
                        switch bind {
                        case Vocabulary.limitBind: bindings.append(String(RuntimeParameter.defaultPageSize + 1))
                        case Vocabulary.offsetBind: bindings.append("0")
                        default: bindings.append(String?.none)
                        }
                    }
                    let result = try await connection.collect(PostgresQuery(unsafeSQL: "EXPLAIN " + query.sql, binds: bindings), logger: logger)
                    var lines: [String] = []
                    var scans: [(String, Int)] = []
                    for row in result {
                        let line = try row.decode(String.self)
                        lines.append(line)
                        guard let match = scan.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                              let range = Range(match.range(at: 1), in: line) else { continue }
                        let table = String(line[range])
                        if sizes[table] == nil {
                            let counted = try await connection.collect(PostgresQuery(unsafeSQL: "SELECT count(*)::bigint FROM \"\(table)\""), logger: logger)
                            sizes[table] = Int(try counted.first?.decode(Int64.self) ?? 0)
                        }
                        let count = sizes[table] ?? 0
                        if count >= QueryPlan.largeTable && !scans.contains(where: { $0.0 == table }) { scans.append((table, count)) }
                    }
                    plans.append(QueryPlan(contract: definition.contract, query: name, lines: lines, fullScans: scans))
                }
            }
            try? await connection.close()
            return plans
        } catch {
            try? await connection.close()
            throw PostgresRegistrar.classify(error)
        }
    }
}
