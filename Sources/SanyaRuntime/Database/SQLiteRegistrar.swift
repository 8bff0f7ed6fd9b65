import Crypto
import Foundation
import GRDB
import GRDBSQLite
import SanyaModel

/// The embedded registrar: a SQLite file read through a GRDB pool of read-only connections.
public final class SQLiteRegistrar: RegistrarDatabase, @unchecked Sendable {
    public var dialect: DialectName { .sqlite }
    public let path: String
    private let pool: DatabasePool
    public var schemaLocation: String? { path }
    /// Rows handed to the consumer at once.
    static let batchSize = 2_048

    /// Opens the database read-only.
    ///
    /// - Throws: `DatabaseError.unavailable` when the file cannot be opened.
    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw DatabaseError.unavailable("no SQLite database at \(path)")
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.maximumReaderCount = 8
        configuration.prepareDatabase { db in
            SQLiteRegistrar.registerFunctions(db)
            // 1 MiB of page cache per connection instead of SQLite's 2 MiB: the operating system caches the
            // file for all readers anyway, and eight private caches could hold 16 MiB of the RSS budget.
            try db.execute(sql: "PRAGMA cache_size = -1024")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw DatabaseError.unavailable("\(error)")
        }
    }

    /// The functions generated SQLite queries use: `sanya_sha256(text)`, lower-case hex.
    public static func registerFunctions(_ db: Database) {
        db.add(function: DatabaseFunction("sanya_sha256", argumentCount: 1, pure: true) { values in
            guard let text = String.fromDatabaseValue(values[0]) else { return nil }
            return APIKey.hex(SHA256.hash(data: Data(text.utf8)))
        })
    }

    public func ping() async throws {
        do {
            _ = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT 1") }
        } catch {
            throw DatabaseError.unavailable("\(error)")
        }
    }

    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> any RowCursor {
        let values = try Self.values(query, arguments)
        let shapes = fields.map(CellShape.init)
        let channel = BatchChannel<[ResultRow]>()
        // On one of GRDB's reader queues (not a thread of its own per request, not the cooperative pool): the
        // producer blocks there while the client is slower than the cursor. One SELECT reads one snapshot by
        // itself, so no explicit read transaction is opened; the statement is reset (its read lock released)
        // however the cursor ends.
        pool.asyncUnsafeRead { result in
            do {
                let db = try result.get()
                let statement = try db.cachedStatement(sql: query.sql)
                var batcher = RowBatcher(channel, size: Self.batchSize)
                try Self.step(statement, values, in: db, budget: budget) { sqlite in batcher.add(Self.cells(sqlite, shapes)) }
                batcher.finish()
            } catch {
                channel.finish((error as? DatabaseError) ?? DatabaseError.queryFailed("\(error)"))
            }
        }
        return SQLiteCursor(channel: channel)
    }

    /// A page: read on one of GRDB's reader queues with the connection's cached statement.
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow] {
        let values = try Self.values(query, arguments)
        let shapes = fields.map(CellShape.init)
        let pool = self.pool
        return try await withCheckedThrowingContinuation { continuation in
            pool.asyncUnsafeRead { result in
                continuation.resume(with: Result {
                    let db = try result.get()
                    let statement = try db.cachedStatement(sql: query.sql)
                    var rows: [ResultRow] = []
                    try Self.step(statement, values, in: db, budget: budget) { sqlite in
                        rows.append(Self.cells(sqlite, shapes))
                        return true
                    }
                    return rows
                }.mapError { ($0 as? DatabaseError) ?? DatabaseError.queryFailed("\($0)") })
            }
        }
    }

    /// The query's bind values in parameter order (?1…?n).
    static func values(_ query: DialectQuery, _ arguments: [String: BoundArgument]) throws -> [DatabaseValue] {
        try query.binds.map { name in
            guard let argument = arguments[name] else { throw DatabaseError.queryFailed("no value for bind '\(name)'") }
            return databaseValue(argument)
        }
    }

    /// Binds `values` to ?1…?n and steps through the rows with SQLite's C API, calling `row` on each until it
    /// returns false; the statement is reset (its read lock released) however it ends. The hot path of every
    /// read: GRDB's generic arguments and cursors cost more than the rows themselves on small pages.
    ///
    /// While it steps, SQLite's progress handler asks the budget every `progressInterval` virtual-machine
    /// instructions whether to go on: past the deadline, or once the client has gone, it answers no and SQLite
    /// stops the statement (`SQLITE_INTERRUPT`) wherever it is, in a sort or a scan as much as between rows.
    static func step(_ statement: Statement, _ values: [DatabaseValue], in db: Database, budget: QueryBudget = .unlimited,
                     row: (SQLiteStatement) throws -> Bool) throws {
        let sqlite = statement.sqliteStatement
        sqlite3_reset(sqlite)
        sqlite3_clear_bindings(sqlite)
        let connection = db.sqliteConnection
        budget.begin()
        // The budget outlives the statement: the caller holds it until `step` returns.
        sqlite3_progress_handler(connection, progressInterval, { context in
            Unmanaged<QueryBudget>.fromOpaque(context!).takeUnretainedValue().shouldStop ? 1 : 0
        }, Unmanaged.passUnretained(budget).toOpaque())
        defer {
            sqlite3_progress_handler(connection, 0, nil, nil)
            sqlite3_reset(sqlite)
        }
        guard Int(sqlite3_bind_parameter_count(sqlite)) == values.count else {
            throw DatabaseError.queryFailed("the query has \(sqlite3_bind_parameter_count(sqlite)) parameters, \(values.count) values were given")
        }
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32 = switch value.storage {
            case .null: sqlite3_bind_null(sqlite, index)
            case .int64(let i): sqlite3_bind_int64(sqlite, index, i)
            case .double(let d): sqlite3_bind_double(sqlite, index, d)
            case .string(let text): text.withCString { sqlite3_bind_text(sqlite, index, $0, Int32(text.utf8.count), sqliteTransient) }
            case .blob(let data): data.withUnsafeBytes { sqlite3_bind_blob(sqlite, index, $0.baseAddress, Int32($0.count), sqliteTransient) }
            }
            guard code == SQLITE_OK else { throw DatabaseError.queryFailed(String(cString: sqlite3_errmsg(db.sqliteConnection))) }
        }
        while true {
            switch sqlite3_step(sqlite) {
            case SQLITE_ROW: guard try row(sqlite) else { return }
            case SQLITE_DONE: return
            case SQLITE_INTERRUPT: throw budget.stopped("SQLite interrupted the statement")
            default: throw DatabaseError.queryFailed(String(cString: sqlite3_errmsg(db.sqliteConnection)))
            }
        }
    }

    /// Virtual-machine instructions between two questions to the budget: a few microseconds of work, so a
    /// statement stops within a millisecond of its deadline, at a cost too small to measure on a page.
    static let progressInterval: Int32 = 1_000

    /// SQLite copies bound text and blobs (`SQLITE_TRANSIENT`).
    static let sqliteTransient = unsafeBitCast(OpaquePointer(bitPattern: -1), to: sqlite3_destructor_type.self)

    final class SQLiteCursor: RowCursor, @unchecked Sendable {
        let channel: BatchChannel<[ResultRow]>

        init(channel: BatchChannel<[ResultRow]>) {
            self.channel = channel
        }

        func next() async throws -> [ResultRow]? {
            try await channel.next()
        }

        func cancel() {
            channel.cancel()
        }

        deinit {
            channel.cancel()
        }
    }

    static func databaseValue(_ argument: BoundArgument) -> DatabaseValue {
        switch argument {
        case .absent: return .null
        case .value(let value): return databaseValue(value)
        case .list(let items):
            let json = "[" + items.map { item -> String in
                switch item {
                case .integer(let i): String(i)
                case .decimal(let d): d
                case .boolean(let b): b ? "1" : "0"
                default: JSONText.string(item.description)
                }
            }.joined(separator: ",") + "]"
            return json.databaseValue
        }
    }

    static func databaseValue(_ value: ParameterValue) -> DatabaseValue {
        switch value {
        case .string(let s): s.databaseValue
        case .integer(let i): i.databaseValue
        case .decimal(let d): (Double(d) ?? 0).databaseValue
        case .boolean(let b): (b ? 1 : 0).databaseValue
        case .date(let d): d.description.databaseValue
        case .timestamp(let t): t.databaseValue
        }
    }

    /// What the conversion of a cell needs of its field, without copying the field's strings per row.
    /// The current row of a stepped statement, read through SQLite's column functions: the hot path of
    /// streaming, without GRDB's generic row decoding.
    static func cells(_ statement: SQLiteStatement, _ shapes: [CellShape]) -> ResultRow {
        var cells: ResultRow = []
        cells.reserveCapacity(shapes.count)
        for index in shapes.indices {
            let column = Int32(index)
            let storage: DatabaseValue.Storage
            switch sqlite3_column_type(statement, column) {
            case SQLITE_INTEGER: storage = .int64(sqlite3_column_int64(statement, column))
            case SQLITE_FLOAT: storage = .double(sqlite3_column_double(statement, column))
            case SQLITE_TEXT:
                let count = Int(sqlite3_column_bytes(statement, column))
                if let text = sqlite3_column_text(statement, column) {
                    storage = .string(String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self))
                } else {
                    storage = .string("")
                }
            default: storage = .null
            }
            cells.append(cell(storage, shapes[index]))
        }
        return cells
    }

    static func cell(_ storage: DatabaseValue.Storage, _ field: CellShape) -> CellValue {
        switch (storage, field.kind) {
        case (.null, _), (.blob, _): return .null
        case (.int64(let i), .integer): return .integer(i)
        case (.int64(let i), .boolean): return .boolean(i != 0)
        case (.int64(let i), .decimal): return CellValue.decimal(Double(i), scale: field.scale)
        case (.int64(let i), _): return .text(String(i))
        case (.double(let d), .decimal): return CellValue.decimal(d, scale: field.scale)
        case (.double(let d), .integer): return .integer(Int64(d))
        case (.double(let d), _): return .text(String(d))
        case (.string(let s), _): return CellValue(text: s, field)
        }
    }
}
