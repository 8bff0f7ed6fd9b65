import Foundation
import GRDB
import Logging
import PostgresNIO
import SanyaModel

/// Reads a database's own account of its tables (`DatabaseSchema`) from its system catalogs, for
/// `sanya catalog import` and `sanya catalog verify`. It only reads: a read-only login is all it needs.
///
/// - PostgreSQL: `pg_catalog` (not `information_schema`, which hides the constraints of tables the login does
///   not own, and the comments): tables, views and materialised views of the schemas asked for, each column's
///   type through `format_type` (a domain read as its base type), `NOT NULL`, `COMMENT ON`, primary, unique and
///   foreign key constraints with their columns in the constraint's order, and unique indexes over plain columns.
/// - MariaDB/MySQL: `information_schema` of the URL's database (or the `--schema`s named).
/// - SQLite: `sqlite_schema` and the `table_info`, `index_list`, `index_info` and `foreign_key_list` pragmas.
public enum SchemaReader {
    /// The schema of the database at `location` (a SQLite file, a postgres:// or a mariadb:// URL).
    ///
    /// - Parameters:
    ///   - schemas: the PostgreSQL schemas (default `public`) or MariaDB databases (default the URL's) to read.
    ///   - tables: only these tables (all when empty).
    ///   - withDefault: read the default schema as well as `schemas` (the runtime's check: a contract may read
    ///     tables the catalog places in a schema and tables it leaves in the connection's own).
    public static func read(_ location: String, schemas: [String] = [], tables: [String] = [], withDefault: Bool = false) async throws -> DatabaseSchema {
        var schema: DatabaseSchema
        func adding(_ fallback: String?) -> [String] {
            guard let fallback, schemas.isEmpty || withDefault, !schemas.contains(fallback) else { return schemas }
            return [fallback] + schemas
        }
        if Vocabulary.isPostgresURL(location) {
            schema = try await postgres(location, schemas: adding("public"))
        } else if Vocabulary.isMariaDBURL(location) {
            schema = try await mariadb(location, schemas: adding(MariaDBURL(location)?.database))
        } else {
            schema = try sqlite(location)
        }
        if !tables.isEmpty { schema.tables.removeAll { !tables.contains($0.name) } }
        return schema
    }

    /// Rows of text cells (nil for SQL NULL), with `columns` cells each.
    typealias TextRows = [[String?]]

    /// Assembles tables from what the catalogs answered, keyed by (schema, table).
    struct Assembly {
        var tables: [String: DatabaseSchema.Table] = [:]
        var order: [String] = []

        static func key(_ schema: String?, _ table: String) -> String { "\(schema ?? "")\u{1F}\(table)" }

        mutating func table(_ schema: String?, _ name: String, isView: Bool, comment: String?) {
            let key = Self.key(schema, name)
            guard tables[key] == nil else { return }
            tables[key] = DatabaseSchema.Table(schema: schema, name: name, isView: isView, comment: comment.flatMap { $0.isEmpty ? nil : $0 },
                                               columns: [], primaryKey: nil, uniqueKeys: [], foreignKeys: [])
            order.append(key)
        }

        mutating func update(_ schema: String?, _ name: String, _ change: (inout DatabaseSchema.Table) -> Void) {
            let key = Self.key(schema, name)
            guard var table = tables[key] else { return }
            change(&table)
            tables[key] = table
        }

        func schema(_ engine: DialectName, hidesUngranted: Bool = false) -> DatabaseSchema {
            DatabaseSchema(engine: engine, tables: order.compactMap { tables[$0] }, hidesUngranted: hidesUngranted)
        }
    }

    // MARK: PostgreSQL

    static let separator = "\u{1F}"

    static func postgres(_ url: String, schemas: [String]) async throws -> DatabaseSchema {
        guard let server = PostgresURL(url) else { throw DatabaseError.unavailable("not a postgres:// URL: \(PostgresRegistrar.redact(url))") }
        let logger = Logger(label: "sanya.catalog")
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: server.connection, id: 1, logger: logger)
        } catch {
            throw DatabaseError.unavailable(String(reflecting: error))
        }
        do {
            func rows(_ sql: String) async throws -> TextRows {
                var bindings = PostgresBindings()
                bindings.append(schemas)
                let result = try await connection.collect(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
                return try result.map { row in try row.map { try $0.decode(String?.self) } }
            }
            let relations = "c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition AND n.nspname = ANY($1)"
            let columnList = { (keys: String, relation: String) in
                "(SELECT string_agg(a.attname, chr(31) ORDER BY u.ord) FROM unnest(\(keys)) WITH ORDINALITY u(attnum, ord) JOIN pg_attribute a ON a.attrelid = \(relation) AND a.attnum = u.attnum)"
            }
            var assembly = Assembly()
            for row in try await rows("""
                SELECT n.nspname::text, c.relname::text, (c.relkind IN ('v', 'm'))::text, obj_description(c.oid, 'pg_class')
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE \(relations) ORDER BY 1, 2
                """) {
                assembly.table(row[0], row[1] ?? "", isView: row[2] == "true", comment: row[3])
            }
            for row in try await rows("""
                SELECT n.nspname::text, c.relname::text, a.attname::text,
                  CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) ELSE format_type(a.atttypid, a.atttypmod) END,
                  (NOT a.attnotnull AND NOT (t.typtype = 'd' AND t.typnotnull))::text, col_description(c.oid, a.attnum),
                  has_column_privilege(c.oid, a.attnum, 'SELECT')::text
                FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  JOIN pg_type t ON t.oid = a.atttypid
                WHERE a.attnum > 0 AND NOT a.attisdropped AND \(relations) ORDER BY 1, 2, a.attnum
                """) {
                assembly.update(row[0], row[1] ?? "") {
                    $0.columns.append(.init(name: row[2] ?? "", type: row[3] ?? "", nullable: row[4] == "true", comment: row[5].flatMap { $0.isEmpty ? nil : $0 },
                                            readable: row[6] != "false"))
                }
            }
            for row in try await rows("""
                SELECT n.nspname::text, c.relname::text, k.contype::text, k.conname::text, \(columnList("k.conkey", "k.conrelid")),
                  fc.relname::text, \(columnList("k.confkey", "k.confrelid"))
                FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                  LEFT JOIN pg_class fc ON fc.oid = k.confrelid
                WHERE k.contype IN ('p', 'u', 'f') AND \(relations) ORDER BY 1, 2, 4
                """) {
                let columns = (row[4] ?? "").components(separatedBy: separator)
                assembly.update(row[0], row[1] ?? "") { table in
                    switch row[2] {
                    case "p": table.primaryKey = columns
                    case "u": table.uniqueKeys.append(columns)
                    default:
                        table.foreignKeys.append(.init(name: row[3], columns: columns, referencedTable: row[5] ?? "",
                                                       referencedColumns: (row[6] ?? "").components(separatedBy: separator)))
                    }
                }
            }
            // Unique indexes that no constraint stands behind (CREATE UNIQUE INDEX), over plain columns, not partial.
            for row in try await rows("""
                SELECT n.nspname::text, c.relname::text, \(columnList("x.indkey::int2[]", "x.indrelid"))
                FROM pg_index x JOIN pg_class c ON c.oid = x.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
                WHERE x.indisunique AND NOT x.indisprimary AND x.indpred IS NULL AND NOT (0 = ANY (x.indkey::int2[]))
                  AND NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u'))
                  AND \(relations) ORDER BY 1, 2, 3
                """) {
                let columns = (row[2] ?? "").components(separatedBy: separator)
                assembly.update(row[0], row[1] ?? "") { table in
                    if !table.uniqueKeys.contains(columns) { table.uniqueKeys.append(columns) }
                }
            }
            try? await connection.close()
            return assembly.schema(.postgres)
        } catch {
            try? await connection.close()
            throw PostgresRegistrar.classify(error)
        }
    }

    // MARK: MariaDB

    static func mariadb(_ url: String, schemas: [String]) async throws -> DatabaseSchema {
        guard let parsed = MariaDBURL(url) else { throw DatabaseError.unavailable("not a mariadb:// URL: \(PostgresRegistrar.redact(url))") }
        let database = try MariaDBRegistrar(url: url, size: 1)
        // The runtime reads the catalogs again on every reload: its connection must not outlive the reading.
        defer { database.closeIdleConnections() }
        func rows(_ sql: String, _ schema: String, columns: Int) async throws -> TextRows {
            let fields = (0..<columns).map {
                OutputField(name: "c\($0)", kind: .string, scale: nil, nullable: true, sensitivity: .internal, mask: nil, description: Bilingual(en: "", th: ""))
            }
            let result = try await database.rows(DialectQuery(sql: sql, binds: ["schema"]), arguments: ["schema": .value(.string(schema))],
                                                 fields: fields, budget: .unlimited)
            return result.map { row in row.map { cell in if case .null = cell { nil } else { cell.text } } }
        }
        var assembly = Assembly()
        var hidesUngranted = false
        for schema in schemas.isEmpty ? [parsed.database] : schemas where !schema.isEmpty {
            // information_schema shows this login only what it was granted something on; with SELECT on the whole
            // database (or every database) nothing of it is hidden.
            let wide = try await rows("""
                SELECT CAST((SELECT COUNT(*) FROM information_schema.SCHEMA_PRIVILEGES WHERE PRIVILEGE_TYPE = 'SELECT' AND TABLE_SCHEMA = ?)
                  + (SELECT COUNT(*) FROM information_schema.USER_PRIVILEGES WHERE PRIVILEGE_TYPE = 'SELECT') AS CHAR)
                """, schema, columns: 1)
            if wide.first?.first == "0" { hidesUngranted = true }
            for row in try await rows("""
                SELECT TABLE_NAME, TABLE_TYPE, TABLE_COMMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME
                """, schema, columns: 3) {
                let isView = row[1] == "VIEW"
                // A view's comment is always the word VIEW.
                assembly.table(schema, row[0] ?? "", isView: isView, comment: isView ? nil : row[2])
            }
            for row in try await rows("""
                SELECT TABLE_NAME, COLUMN_NAME, COLUMN_TYPE, IS_NULLABLE, COLUMN_COMMENT FROM information_schema.COLUMNS
                WHERE TABLE_SCHEMA = ? ORDER BY TABLE_NAME, ORDINAL_POSITION
                """, schema, columns: 5) {
                assembly.update(schema, row[0] ?? "") {
                    $0.columns.append(.init(name: row[1] ?? "", type: row[2] ?? "", nullable: row[3] == "YES", comment: row[4].flatMap { $0.isEmpty ? nil : $0 }))
                }
            }
            // Keys: the primary key is the index named PRIMARY; unique ones over whole columns (no prefix, no expression).
            for row in try await rows("""
                SELECT TABLE_NAME, INDEX_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY SEQ_IN_INDEX SEPARATOR '\\n'),
                  CAST(SUM(SUB_PART IS NOT NULL OR COLUMN_NAME IS NULL) AS CHAR)
                FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = ? AND NON_UNIQUE = 0
                GROUP BY TABLE_NAME, INDEX_NAME ORDER BY TABLE_NAME, INDEX_NAME
                """, schema, columns: 4) where row[3] == "0" {
                let columns = (row[2] ?? "").components(separatedBy: "\n")
                assembly.update(schema, row[0] ?? "") { table in
                    if row[1] == "PRIMARY" { table.primaryKey = columns } else { table.uniqueKeys.append(columns) }
                }
            }
            for row in try await rows("""
                SELECT TABLE_NAME, CONSTRAINT_NAME, GROUP_CONCAT(COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR '\\n'), REFERENCED_TABLE_NAME,
                  GROUP_CONCAT(REFERENCED_COLUMN_NAME ORDER BY ORDINAL_POSITION SEPARATOR '\\n')
                FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = ? AND REFERENCED_TABLE_NAME IS NOT NULL
                GROUP BY TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME ORDER BY TABLE_NAME, CONSTRAINT_NAME
                """, schema, columns: 5) {
                assembly.update(schema, row[0] ?? "") {
                    $0.foreignKeys.append(.init(name: row[1], columns: (row[2] ?? "").components(separatedBy: "\n"), referencedTable: row[3] ?? "",
                                                referencedColumns: (row[4] ?? "").components(separatedBy: "\n")))
                }
            }
        }
        return assembly.schema(.mysql, hidesUngranted: hidesUngranted)
    }

    // MARK: SQLite

    static func sqlite(_ path: String) throws -> DatabaseSchema {
        guard FileManager.default.fileExists(atPath: path) else { throw DatabaseError.unavailable("no SQLite database at \(path)") }
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            var assembly = Assembly()
            for row in try Row.fetchAll(db, sql: "SELECT name, type FROM sqlite_schema WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name") {
                let name: String = row["name"]
                assembly.table(nil, name, isView: (row["type"] as String) == "view", comment: nil)
                var keyed: [(Int, String)] = []
                var columns: [DatabaseSchema.Column] = []
                for column in try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\", pk FROM pragma_table_info(?)", arguments: [name]) {
                    let pk: Int = column["pk"]
                    let columnName: String = column["name"]
                    if pk > 0 { keyed.append((pk, columnName)) }
                    // A key's columns are never null in what the catalog promises (SQLite lets a non-INTEGER key hold NULL,
                    // a bug kept for compatibility; the catalog says what the rows must be).
                    columns.append(.init(name: columnName, type: column["type"] ?? "", nullable: (column["notnull"] as Int) == 0 && pk == 0, comment: nil))
                }
                var unique: [[String]] = []
                for index in try Row.fetchAll(db, sql: "SELECT name, \"unique\", origin, partial FROM pragma_index_list(?) ORDER BY seq", arguments: [name]) {
                    guard (index["unique"] as Int) == 1, (index["origin"] as String) != "pk", (index["partial"] as Int) == 0 else { continue }
                    let parts = try Row.fetchAll(db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [index["name"] as String])
                    let names = parts.compactMap { $0["name"] as String? }
                    if names.count == parts.count, !names.isEmpty, !unique.contains(names) { unique.append(names) }
                }
                var foreign: [Int: (table: String, from: [String], to: [String?])] = [:]
                for key in try Row.fetchAll(db, sql: "SELECT id, \"table\", \"from\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq", arguments: [name]) {
                    let id: Int = key["id"]
                    var entry = foreign[id] ?? (key["table"], [], [])
                    entry.from.append(key["from"])
                    entry.to.append(key["to"])
                    foreign[id] = entry
                }
                var foreignKeys: [DatabaseSchema.ForeignKey] = []
                for id in foreign.keys.sorted() {
                    guard let entry = foreign[id] else { continue }
                    var to = entry.to.compactMap { $0 }
                    if to.count != entry.from.count {
                        // `REFERENCES parent` without columns: the parent's primary key.
                        to = try Row.fetchAll(db, sql: "SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk", arguments: [entry.table]).map { $0["name"] }
                    }
                    foreignKeys.append(.init(name: nil, columns: entry.from, referencedTable: entry.table, referencedColumns: to))
                }
                assembly.update(nil, name) { table in
                    table.columns = columns
                    table.primaryKey = keyed.isEmpty ? nil : keyed.sorted { $0.0 < $1.0 }.map(\.1)
                    table.uniqueKeys = unique
                    table.foreignKeys = foreignKeys
                }
            }
            return assembly.schema(.sqlite)
        }
    }
}
