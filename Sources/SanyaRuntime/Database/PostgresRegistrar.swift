import Foundation
import Logging
import PostgresNIO
import SanyaModel
import Synchronization

/// The production registrar: PostgreSQL through a PostgresNIO connection pool.
public final class PostgresRegistrar: RegistrarDatabase, CSVCopying, @unchecked Sendable {
    public var dialect: DialectName { .postgres }
    public let client: PostgresClient
    /// For the CSV exports, which libpq reads on a connection of their own (`CSVCopy`).
    private let server: PostgresURL
    private let copyLimit: Int
    private let copiesRunning = Atomic<Int>(0)
    /// The exports' libpq connections between two exports.
    private let copyConnections: CopyConnections
    private let logger: Logger
    /// Stops the statements of clients that went away.
    let canceller: PostgresCanceller
    static let batchSize = 512
    public let schemaLocation: String?

    /// How many connections the registrar keeps.
    public enum Pool: Sendable {
        /// Opened as statements need them (up to 4), closed after a minute idle, pinged while idle: for
        /// commands run by hand.
        case onDemand
        /// Exactly this many, opened at start and kept, never pinged: for `sanya serve`. PostgresNIO's pool starts
        /// a timer (a sleeping task) every time it parks a connection that can time out or is pinged when idle:
        /// one or two per request, each a libdispatch timer with its thread switches, about a tenth of the CPU
        /// of a PostgreSQL page (`Benchmarks/postgres-floor.sh`). Connections within the minimum never time out;
        /// one that died while idle is found by the next statement on it (answered 503; the pool opens another).
        case fixed(Int)

        /// Connections a serving runtime keeps by default: with two cores' worth of PostgreSQL, more only wait.
        public static let defaultServingSize = 8
    }

    /// Creates the pool; call `run()` in a task for it to work.
    public init(url: String, pool: Pool = .onDemand, logger: Logger = Logger(label: "sanya.postgres")) throws {
        guard let parsed = PostgresURL(url) else {
            throw DatabaseError.unavailable("not a postgres:// URL: \(PostgresRegistrar.redact(url))")
        }
        var configuration = parsed.client
        switch pool {
        case .onDemand:
            configuration.options.minimumConnections = 0
            configuration.options.maximumConnections = 4
            configuration.options.connectionIdleTimeout = .seconds(60)
            copyLimit = 4
        case .fixed(let size):
            configuration.options.minimumConnections = size
            configuration.options.maximumConnections = size
            configuration.options.keepAliveBehavior = nil
            copyLimit = size
        }
        self.copyConnections = CopyConnections(capacity: copyLimit)
        self.client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.logger = logger
        self.server = parsed
        self.schemaLocation = url
        self.canceller = PostgresCanceller(server: parsed, logger: logger)
    }

    /// At most as many exports at once as the pool has connections (each holds a connection and a thread of
    /// its own); more are written row by row over the pool.
    public func copyCSV(_ query: DialectQuery, arguments: [String: BoundArgument], budget: QueryBudget) async throws -> CSVCopy? {
        guard copiesRunning.add(1, ordering: .relaxed).newValue <= copyLimit else {
            copiesRunning.subtract(1, ordering: .relaxed)
            return nil
        }
        return try await CSVCopy.start(server: server, query: query, arguments: arguments, budget: budget, connections: copyConnections) { [self] in
            copiesRunning.subtract(1, ordering: .relaxed)
        }
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

    /// How long a query may wait for a connection before the database counts as unreachable (the pool keeps
    /// retrying a database that is down; requests must not wait for it).
    static let connectTimeout: Duration = .seconds(3)

    public func ping() async throws {
        _ = try await Deadline.run { [client, logger] in
            do {
                _ = try await client.collect("SELECT 1", logger: logger)
            } catch {
                throw DatabaseError.unavailable(String(reflecting: error))
            }
        }
    }

    /// `body` with a connection from the pool, failing with `unavailable` when no connection is lent within the
    /// connect timeout. Once lent, the statement takes as long as it takes (a page of a slow view is not a
    /// database that is down).
    static func withLeasedConnection<T: Sendable>(_ client: PostgresClient, _ body: @escaping @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await Deadline.run { deadline in
            try await client.withConnection { connection in
                deadline.disarm()
                return try await body(connection)
            }
        }
    }

    /// Streams a long result through a server-side cursor, a bounded batch at a time.
    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> any RowCursor {
        try await PostgresCursor.open(client: client, logger: logger, query: try Self.statement(query, arguments), fields: fields,
                                      budget: budget, canceller: canceller)
    }

    /// A page: one statement on a pooled connection within its budget, its rows collected whole (a page is
    /// bounded by its `LIMIT`).
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow] {
        let statement = try Self.statement(query, arguments)
        do {
            let result = try await Self.withLeasedConnection(client) { [logger, canceller] connection in
                try await connection.collect(statement, within: budget, cancel: canceller, logger: logger)
            }
            var rows: [ResultRow] = []
            rows.reserveCapacity(result.count)
            for row in result { rows.append(try Self.cells(row, fields)) }
            return rows
        } catch {
            throw Self.classify(error)
        }
    }

    static func statement(_ query: DialectQuery, _ arguments: [String: BoundArgument]) throws -> PostgresQuery {
        var bindings = PostgresBindings(capacity: query.binds.count)
        for name in query.binds {
            switch arguments[name] {
            case .absent?: bindings.append(String?.none)
            case .value(let value)?: bindings.append(value.description)
            case .list(let items)?: bindings.append(items.map(\.description))
            case nil: throw DatabaseError.queryFailed("no value for bind '\(name)'")
            }
        }
        return PostgresQuery(unsafeSQL: query.sql, binds: bindings)
    }

    /// What a PostgresNIO error means for a request: the database went away (503), or refused the query, or
    /// stopped it (57014, `query_canceled`): over its budget, or for a client that left.
    static func classify(_ error: any Error, budget: QueryBudget? = nil) -> DatabaseError {
        if let error = error as? DatabaseError { return error }
        if let error = error as? PSQLError, let info = error.serverInfo {
            let message = info[.message] ?? String(reflecting: error)
            if let budget, info[.sqlState] == "57014" { return budget.stopped(message) }
            // SQLSTATE classes 08 (connection exception), 53 (insufficient resources) and 57 (operator
            // intervention: administrator or crash shutdown, cancelled): the server, not the query, failed.
            if let state = info[.sqlState], ["08", "53", "57"].contains(String(state.prefix(2))) {
                return .unavailable(message)
            }
            return .queryFailed(message)
        }
        return .unavailable(String(reflecting: error))
    }

    /// The rows of one statement, read on a pooled connection that a producer task holds while the cursor
    /// lives.
    ///
    /// The statement becomes a server-side cursor in a read-only transaction
    /// (`DECLARE … NO SCROLL CURSOR`, then `FETCH FORWARD batchSize` each time the consumer asks), so a
    /// slow client holds back the database cursor and at most two batches (the one being written and the
    /// next, fetched meanwhile) are in memory. Each `FETCH` is collected whole (see
    /// `PostgresConnection.collect` for why the async row sequence is never used). When the server goes
    /// away between or during fetches, the next batch fails with `DatabaseError.unavailable`; nothing in
    /// PostgresNIO is left in a state that can stop the process.
    final class PostgresCursor: RowCursor, @unchecked Sendable {
        private let demand: AsyncStream<Void>.Continuation
        private var batches: AsyncThrowingStream<[ResultRow], any Error>.AsyncIterator
        private var finished = false

        private init(demand: AsyncStream<Void>.Continuation, batches: AsyncThrowingStream<[ResultRow], any Error>) {
            self.demand = demand
            self.batches = batches.makeAsyncIterator()
        }

        deinit {
            demand.finish()
        }

        /// Leases a connection and declares the cursor; returns once it is declared, or fails with
        /// `unavailable` after the connect timeout.
        static func open(client: PostgresClient, logger: Logger, query: PostgresQuery, fields: [OutputField], budget: QueryBudget,
                         canceller: PostgresCanceller) async throws -> PostgresCursor {
            let (demands, demand) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
            let (batches, output) = AsyncThrowingStream<[ResultRow], any Error>.makeStream()
            let (ready, started) = AsyncThrowingStream<Void, any Error>.makeStream()
            let producer = Task {
                do {
                    try await client.withConnection { connection in
                        try await fetch(query, on: connection, logger: logger, fields: fields, budget: budget, canceller: canceller,
                                        demands: demands, started: started, output: output)
                    }
                    output.finish()
                } catch {
                    let failure = PostgresRegistrar.classify(error, budget: budget)
                    started.finish(throwing: failure)
                    output.finish(throwing: failure)
                }
            }
            let cursor = PostgresCursor(demand: demand, batches: batches)
            do {
                try await Deadline.run {
                    var iterator = ready.makeAsyncIterator()
                    _ = try await iterator.next()
                }
            } catch {
                cursor.cancel()
                producer.cancel()
                throw PostgresRegistrar.classify(error)
            }
            demand.yield()
            return cursor
        }

        /// The whole cursor keeps within one budget: before each `FETCH` the statement timeout is set to what is
        /// left of it (queued with the `FETCH`, so without a wait of its own), and a budget spent between
        /// fetches (a slow client) ends the cursor.
        private static func fetch(_ query: PostgresQuery, on connection: PostgresConnection, logger: Logger, fields: [OutputField],
                                  budget: QueryBudget, canceller: PostgresCanceller,
                                  demands: AsyncStream<Void>, started: AsyncThrowingStream<Void, any Error>.Continuation,
                                  output: AsyncThrowingStream<[ResultRow], any Error>.Continuation) async throws {
            _ = try connection.send("BEGIN READ ONLY", logger: logger)
            let setup = try connection.send(PostgresQuery.budget(budget), logger: logger)
            let pending = PendingCancel()
            let token = try await setup.get().first.flatMap { row -> UInt64? in
                guard let cell = row.first, let pid = try? cell.decode(Int32.self) else { return nil }
                return budget.onCancel { pending.start { await canceller.cancel(pid) } }
            }
            let outcome: Result<Void, any Error>
            do {
                _ = try await connection.collect(PostgresQuery(unsafeSQL: "DECLARE sanya_rows NO SCROLL CURSOR FOR " + query.sql, binds: query.binds),
                                                 logger: logger)
                started.finish()
                let fetch = PostgresQuery(unsafeSQL: "FETCH FORWARD \(PostgresRegistrar.batchSize) FROM sanya_rows")
                for await _ in demands {
                    if budget.isCancelled { throw DatabaseError.cancelled }
                    if budget.isOverdue { throw budget.stopped("the export's time limit passed between two batches") }
                    if budget.milliseconds != nil { _ = try connection.send(PostgresQuery.budget(budget), logger: logger) }
                    let result = try await connection.collect(fetch, logger: logger)
                    output.yield(try result.map { try PostgresRegistrar.cells($0, fields) })
                    if result.count < PostgresRegistrar.batchSize { break }
                }
                _ = try await connection.collect("COMMIT", logger: logger)
                outcome = .success(())
            } catch {
                _ = try? await connection.collect("ROLLBACK", logger: logger)
                outcome = .failure(error)
            }
            // The connection goes back to the pool only once a cancel under way has been delivered.
            budget.forget(token)
            try await connection.settle(pending, logger: logger)
            try outcome.get()
        }

        func next() async throws -> [ResultRow]? {
            guard !finished else { return nil }
            let batch: [ResultRow]?
            do {
                batch = try await batches.next()
            } catch {
                finished = true
                throw PostgresRegistrar.classify(error)
            }
            guard let batch, !batch.isEmpty else {
                finished = true
                return nil
            }
            // Fetch the next batch while the caller writes this one.
            if batch.count == PostgresRegistrar.batchSize { demand.yield() }
            return batch
        }

        /// Ends the cursor; the producer commits the read-only transaction and returns the connection.
        func cancel() {
            finished = true
            demand.finish()
        }
    }

    static func cells(_ row: PostgresRow, _ fields: [OutputField]) throws -> ResultRow {
        var cells: ResultRow = []
        cells.reserveCapacity(fields.count)
        var index = 0
        // Fields by index, not zipped: zipping copies each OutputField (four strings to retain) per cell.
        for cell in row {
            defer { index += 1 }
            guard index < fields.count else { break }
            guard let bytes = cell.bytes else {
                cells.append(.null)
                continue
            }
            switch fields[index].kind {
            case .string:
                if cell.dataType == .varchar || cell.dataType == .text || cell.dataType == .bpchar || cell.dataType == .name {
                    // Text arrives as its UTF-8 bytes in either format (the database's encoding is UTF8).
                    cells.append(.text(String(buffer: bytes)))
                } else if cell.dataType == .int2 || cell.dataType == .int4 || cell.dataType == .int8 {
                    cells.append(.text(String(try cell.decode(Int64.self))))
                } else {
                    cells.append(.text(try cell.decode(String.self)))
                }
            case .integer:
                if cell.dataType == .numeric, let text = PostgresNumeric.text(bytes, format: cell.format), let value = Int64(text) {
                    cells.append(.integer(value))
                } else if cell.dataType == .numeric {
                    cells.append(.integer(Int64(truncating: try cell.decode(Decimal.self) as NSNumber)))
                } else {
                    cells.append(.integer(try cell.decode(Int64.self)))
                }
            case .decimal:
                let scale = fields[index].scale
                if cell.dataType == .numeric {
                    if let text = PostgresNumeric.text(bytes, format: cell.format) {
                        cells.append(CellValue.decimal(text: text, scale: scale))
                    } else {
                        cells.append(CellValue.decimal(text: "\(try cell.decode(Decimal.self))", scale: scale))
                    }
                } else if cell.dataType == .float4 || cell.dataType == .float8 {
                    cells.append(CellValue.decimal(try cell.decode(Double.self), scale: scale))
                } else {
                    cells.append(CellValue.decimal(Double(try cell.decode(Int64.self)), scale: scale))
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

/// PostgreSQL's binary `numeric` read straight into its exact decimal text (`3.25`, `-0.50`, `1234567`),
/// with as many decimals as the value's display scale. Foundation's `Decimal` made the same text at several
/// times the cost (a fifth of the CPU of a 100-row page of grades); the text is written byte by byte into
/// one string (inline, without allocating, up to 15 bytes).
enum PostgresNumeric {
    /// Nil for text-format cells, NaN and infinities, and malformed input (the caller then decodes the usual way).
    static func text(_ buffer: ByteBuffer, format: PostgresFormat) -> String? {
        guard format == .binary else { return nil }
        var buffer = buffer
        guard let count = buffer.readInteger(as: Int16.self), let weight = buffer.readInteger(as: Int16.self),
              let sign = buffer.readInteger(as: UInt16.self), let scale = buffer.readInteger(as: Int16.self),
              count >= 0, scale >= 0, sign == 0x0000 || sign == 0x4000, buffer.readableBytes == Int(count) * 2 else { return nil }
        return buffer.withUnsafeReadableBytes { raw -> String? in
            func digit(_ group: Int) -> Int {
                guard group >= 0, group < Int(count) else { return 0 }
                return Int(UInt16(raw[group * 2]) << 8 | UInt16(raw[group * 2 + 1]))
            }
            for group in 0..<Int(count) where digit(group) >= 10_000 { return nil }
            // Integer part: groups 0 … weight, 4 digits each (the first without leading zeros); a 0 when weight < 0.
            let integerGroups = max(Int(weight) + 1, 0)
            let capacity = 2 + max(integerGroups * 4, 1) + 1 + Int(scale)
            return String(unsafeUninitializedCapacity: capacity) { out in
                var length = 0
                func put(_ byte: UInt8) {
                    out[length] = byte
                    length += 1
                }
                if sign == 0x4000 { put(UInt8(ascii: "-")) }
                let afterSign = length
                if integerGroups == 0 {
                    put(UInt8(ascii: "0"))
                } else {
                    for group in 0..<integerGroups {
                        var value = digit(group)
                        var divisor = 1_000
                        var leading = group == 0
                        for _ in 0..<4 {
                            let d = value / divisor
                            value %= divisor
                            divisor /= 10
                            if leading && d == 0 && divisor > 0 { continue }
                            leading = false
                            put(UInt8(ascii: "0") + UInt8(d))
                        }
                    }
                }
                var nonZero = false
                for index in afterSign..<length where out[index] != UInt8(ascii: "0") { nonZero = true }
                if scale > 0 {
                    put(UInt8(ascii: "."))
                    // Fraction: the groups after the point, cut to the display scale.
                    var written = 0
                    var group = Int(weight) + 1
                    while written < Int(scale) {
                        var value = digit(group)
                        var divisor = 1_000
                        for _ in 0..<4 where written < Int(scale) {
                            let d = value / divisor
                            value %= divisor
                            divisor /= 10
                            if d != 0 { nonZero = true }
                            put(UInt8(ascii: "0") + UInt8(d))
                            written += 1
                        }
                        group += 1
                    }
                }
                // Negative zero is printed as PostgreSQL prints it: without the sign.
                if sign == 0x4000, !nonZero {
                    for index in 1..<length { out[index - 1] = out[index] }
                    length -= 1
                }
                return length
            }
        }
    }
}
