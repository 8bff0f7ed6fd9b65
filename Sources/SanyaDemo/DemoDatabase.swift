import Foundation
import GRDB
import Logging
import PostgresNIO
import SanyaModel

/// Creates demo registrar databases: a SQLite file, and a copy of it in PostgreSQL.
public enum DemoDatabase {
    /// Creates (or replaces) a SQLite registrar at `path` from the schema SQL and generated rows.
    ///
    /// - Parameters:
    ///   - schema: the `CREATE TABLE` statements of the SQLite dialect (`Generated/sql/sqlite/schema.sql`).
    ///   - secret: the key of the salted-hash pseudonyms, stored in `Vocabulary.secretTable`.
    public static func createSQLite(at path: String, schema: String, size: DemoSize, seed: UInt64 = 2569, secret: String) throws {
        let fm = FileManager.default
        for suffix in ["", "-wal", "-shm"] where fm.fileExists(atPath: path + suffix) {
            try fm.removeItem(atPath: path + suffix)
        }
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.inTransaction {
                // Sections refer to their paired section, written later: check foreign keys at commit.
                try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
                try db.execute(sql: schema)
                var sink = SQLiteSink(db: db)
                try DemoRegistrar(size: size, seed: seed).generate(into: &sink)
                try db.execute(sql: "INSERT INTO \(Vocabulary.secretTable) (name, secret) VALUES (?, ?)", arguments: [Vocabulary.pseudonymSecret, secret])
                return .commit
            }
            try db.execute(sql: "ANALYZE")
        }
        try queue.close()
    }

    struct SQLiteSink: DemoSink {
        let db: Database
        var statement: Statement?

        mutating func begin(table: String, columns: [String]) throws {
            let names = columns.map { "\"\($0)\"" }.joined(separator: ", ")
            let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
            statement = try db.makeStatement(sql: "INSERT INTO \"\(table)\" (\(names)) VALUES (\(marks))")
        }

        mutating func row(_ values: [DemoValue]) throws {
            try statement!.execute(arguments: StatementArguments(values.map(Self.databaseValue)))
        }

        mutating func end() throws {
            statement = nil
        }

        static func databaseValue(_ value: DemoValue) -> DatabaseValue {
            switch value {
            case .null: .null
            case .integer(let i): i.databaseValue
            case .decimal(let d): d.databaseValue
            case .text(let t): t.databaseValue
            case .boolean(let b): (b ? 1 : 0).databaseValue
            case .date(let d): d.databaseValue
            case .timestamp(let t): t.databaseValue
            }
        }
    }

    /// Copies every table of a SQLite registrar into PostgreSQL with `COPY … FROM STDIN`. The PostgreSQL
    /// tables must exist and be empty.
    ///
    /// Tables are copied in the order the SQLite file created them, which is the order of the generated
    /// schema: the catalog's dependency order, referenced tables first, as foreign keys need.
    public static func copy(sqlite path: String, to connection: PostgresConnection, logger: Logger) async throws {
        let queue = try DatabaseQueue(path: path, configuration: { var c = Configuration(); c.readonly = true; return c }())
        defer { try? queue.close() }
        let tables = try await queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
        }
        for table in tables {
            let columns = try await queue.read { db in try db.columns(in: table).map { ($0.name, $0.type.uppercased()) } }
            try await connection.copyFrom(table: table, columns: columns.map(\.0), format: .text(.init()), logger: logger) { writer in
                var last: Int64 = 0
                while true {
                    // Batches by rowid keep memory flat whatever the size of the table.
                    let after = last
                    let (text, next) = try await queue.read { db -> (String, Int64?) in
                        let rows = try Row.fetchAll(db, sql: "SELECT rowid, * FROM \"\(table)\" WHERE rowid > ? ORDER BY rowid LIMIT 5000", arguments: [after])
                        var text = ""
                        for row in rows {
                            for (index, column) in columns.enumerated() {
                                if index > 0 { text += "\t" }
                                text += copyText(row[index + 1] as DatabaseValue, type: column.1)
                            }
                            text += "\n"
                        }
                        return (text, rows.last.map { $0[0] as Int64 })
                    }
                    guard let next else { break }
                    try await writer.write(ByteBuffer(string: text))
                    last = next
                }
            }
        }
    }

    /// A value in COPY's text format.
    static func copyText(_ value: DatabaseValue, type: String) -> String {
        switch value.storage {
        case .null: return "\\N"
        case .int64(let i): return type == "BOOLEAN" ? (i != 0 ? "t" : "f") : String(i)
        case .double(let d): return String(d)
        case .string(let s):
            return s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\t", with: "\\t")
                .replacingOccurrences(of: "\n", with: "\\n").replacingOccurrences(of: "\r", with: "\\r")
        case .blob: return "\\N"
        }
    }
}
