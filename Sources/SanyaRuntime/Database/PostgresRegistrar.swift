import Foundation
import Logging
import PostgresNIO
import SanyaModel

/// The production registrar: PostgreSQL through a PostgresNIO connection pool.
public final class PostgresRegistrar: RegistrarDatabase, @unchecked Sendable {
    public var dialect: String { "postgres" }
    public let client: PostgresClient
    private let logger: Logger
    static let batchSize = 512

    /// Creates the pool; call `run()` in a task for it to work.
    public init(url: String, logger: Logger = Logger(label: "sanya.postgres")) throws {
        guard let parsed = PostgresURL(url) else {
            throw DatabaseError.unavailable("not a postgres:// URL: \(PostgresRegistrar.redact(url))")
        }
        var configuration = parsed.client
        configuration.options.minimumConnections = 0
        configuration.options.maximumConnections = 16
        configuration.options.connectionIdleTimeout = .seconds(60)
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
    }

    /// The URL with its password hidden, for logs and errors.
    public static func redact(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }

    /// Runs the pool until the task is cancelled.
    public func run() async {
        await client.run()
    }

    /// How long a query may wait for a connection before the database counts as unreachable.
    static let connectTimeout: Duration = .seconds(3)

    public func ping() async throws {
        _ = try await Self.withTimeout { [client, logger] in
            do {
                let rows = try await client.query("SELECT 1", logger: logger)
                for try await _ in rows {}
            } catch {
                throw DatabaseError.unavailable(String(reflecting: error))
            }
        }
    }

    /// Runs `body`, or fails with `unavailable` when it has not finished within `limit`, by default the connect
    /// timeout (the pool keeps retrying a database that is down; requests must not wait for it).
    static func withTimeout<T: Sendable>(_ limit: Duration = connectTimeout, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await body() }
            group.addTask {
                try await Task.sleep(for: limit)
                return nil
            }
            defer { group.cancelAll() }
            guard let first = try await group.next(), let value = first else {
                throw DatabaseError.unavailable("no answer within \(limit)")
            }
            return value
        }
    }

    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> any RowCursor {
        var bindings = PostgresBindings(capacity: query.binds.count)
        for name in query.binds {
            switch arguments[name] {
            case .absent?: bindings.append(String?.none)
            case .value(let value)?: bindings.append(value.description)
            case .list(let items)?: bindings.append(items.map(\.description))
            case nil: throw DatabaseError.queryFailed("no value for bind '\(name)'")
            }
        }
        let statement = PostgresQuery(unsafeSQL: query.sql, binds: bindings)
        let sequence = try await Self.withTimeout { [client, logger] in
            do {
                return SequenceBox(sequence: try await client.query(statement, logger: logger))
            } catch let error as PSQLError where error.serverInfo != nil {
                throw DatabaseError.queryFailed(error.serverInfo?[.message] ?? String(reflecting: error))
            } catch {
                throw DatabaseError.unavailable(String(reflecting: error))
            }
        }.sequence
        return PostgresCursor(iterator: sequence.makeAsyncIterator(), fields: fields)
    }

    /// Carries a row sequence out of the timeout's task; it is consumed by one task only.
    struct SequenceBox: @unchecked Sendable {
        let sequence: PostgresRowSequence
    }

    final class PostgresCursor: RowCursor, @unchecked Sendable {
        private var iterator: PostgresRowSequence.AsyncIterator?
        let fields: [OutputField]

        init(iterator: PostgresRowSequence.AsyncIterator, fields: [OutputField]) {
            self.iterator = iterator
            self.fields = fields
        }

        func next() async throws -> [ResultRow]? {
            guard var iterator else { return nil }
            var batch: [ResultRow] = []
            do {
                while batch.count < PostgresRegistrar.batchSize, let row = try await iterator.next() {
                    batch.append(try PostgresRegistrar.cells(row, fields))
                }
            } catch let error as PSQLError {
                self.iterator = nil
                throw DatabaseError.queryFailed(error.serverInfo?[.message] ?? String(reflecting: error))
            }
            self.iterator = batch.count < PostgresRegistrar.batchSize ? nil : iterator
            return batch.isEmpty ? nil : batch
        }

        /// Dropping the iterator cancels the rest of the result on the connection.
        func cancel() {
            iterator = nil
        }
    }

    static func cells(_ row: PostgresRow, _ fields: [OutputField]) throws -> ResultRow {
        var cells: ResultRow = []
        cells.reserveCapacity(fields.count)
        for (cell, field) in zip(row, fields) {
            guard cell.bytes != nil else {
                cells.append(.null)
                continue
            }
            switch field.kind {
            case .string:
                if cell.dataType == .int2 || cell.dataType == .int4 || cell.dataType == .int8 {
                    cells.append(.text(String(try cell.decode(Int64.self))))
                } else {
                    cells.append(.text(try cell.decode(String.self)))
                }
            case .integer:
                if cell.dataType == .numeric {
                    cells.append(.integer(Int64(truncating: try cell.decode(Decimal.self) as NSNumber)))
                } else {
                    cells.append(.integer(try cell.decode(Int64.self)))
                }
            case .decimal:
                if cell.dataType == .numeric {
                    cells.append(CellValue.decimal(text: "\(try cell.decode(Decimal.self))", scale: field.scale))
                } else if cell.dataType == .float4 || cell.dataType == .float8 {
                    cells.append(CellValue.decimal(try cell.decode(Double.self), scale: field.scale))
                } else {
                    cells.append(CellValue.decimal(Double(try cell.decode(Int64.self)), scale: field.scale))
                }
            case .boolean:
                cells.append(.boolean(try cell.decode(Bool.self)))
            case .date:
                cells.append(.date(String(Self.format(try cell.decode(Date.self)).prefix(10))))
            case .timestamp:
                cells.append(.timestamp(Self.format(try cell.decode(Date.self))))
            }
        }
        return cells
    }

    static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d:%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }
}
