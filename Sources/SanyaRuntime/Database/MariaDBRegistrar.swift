import CMariaDB
import Foundation
import Logging
import SanyaModel
import Synchronization

/// A `mariadb://user:password@host:port/database` (or `mysql://`) URL; `?socket=/path` reaches the server over a
/// Unix socket instead of TCP.
public struct MariaDBURL: Sendable {
    public let host: String
    public let port: Int
    public let user: String
    public let password: String?
    public let database: String
    public let socket: String?

    /// Nil when the text is not a mariadb:// (or mysql://) URL with a host and a database.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text), ["mariadb", "mysql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty, components.path.count > 1 else { return nil }
        self.host = host
        self.port = components.port ?? 3306
        self.user = components.user ?? "root"
        self.password = components.password
        self.database = String(components.path.dropFirst())
        self.socket = components.queryItems?.first { $0.name == "socket" }?.value
    }
}

/// A registrar kept in MariaDB (or MySQL): the runtime's third backend, for the many registrars whose student
/// system runs on it. It reads through MariaDB Connector/C (`CMariaDB`): a fixed pool of blocking connections,
/// each with a serial queue of its own, server-side prepared statements (values are never spliced into SQL),
/// and results streamed unbuffered from the server, so an export's memory does not grow with its rows.
///
/// Every session is read-only (`SET SESSION TRANSACTION READ ONLY`). The time budget is enforced by the server:
/// each statement runs as `SET STATEMENT max_statement_time=… FOR …` (error 1969 when it is over); a client that
/// goes away stops its statement with `KILL QUERY` sent on a connection of its own (error 1317), and the
/// connection comes back to the pool usable.
public final class MariaDBRegistrar: RegistrarDatabase, @unchecked Sendable {
    public var dialect: DialectName { .mysql }
    let pool: MariaDBPool
    private let logger: Logger
    /// Rows handed to the consumer at once.
    static let batchSize = 512
    /// How long a query may wait for a connection before the database counts as unreachable.
    static let connectTimeout: Duration = .seconds(3)
    public let schemaLocation: String?

    /// - Parameter size: connections kept at most (opened as queries need them, then kept).
    public init(url: String, size: Int = 8, logger: Logger = Logger(label: "sanya.mariadb")) throws {
        guard let parsed = MariaDBURL(url) else {
            throw DatabaseError.unavailable("not a mariadb:// URL: \(PostgresRegistrar.redact(url))")
        }
        pool = MariaDBPool(url: parsed, size: size, logger: logger)
        self.schemaLocation = url
        self.logger = logger
    }

    /// Closes the connections no statement holds: for a registrar used once (a schema reading, a command).
    public func closeIdleConnections() {
        pool.closeIdle()
    }

    public func ping() async throws {
        let connection = try await pool.lease(within: Self.connectTimeout)
        defer { pool.release(connection) }
        try await connection.run { connection in
            if mysql_ping(connection.handle) != 0 {
                connection.broken = true
                throw DatabaseError.unavailable(connection.lastError)
            }
        }
    }

    /// A page: one prepared statement on a pooled connection within its budget, its rows collected whole.
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow] {
        let values = try Self.values(query, arguments)
        let shapes = fields.map(CellShape.init)
        let connection = try await pool.lease(within: Self.connectTimeout)
        defer { pool.release(connection) }
        let killer = pool.killer
        return try await connection.run { connection in
            var rows: [ResultRow] = []
            try connection.query(query.sql, values, shapes: shapes, budget: budget, killer: killer) { row in
                rows.append(row)
                return true
            }
            return rows
        }
    }

    /// A stream: the statement's rows read from the server as the client takes them, a batch at a time.
    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> any RowCursor {
        let values = try Self.values(query, arguments)
        let shapes = fields.map(CellShape.init)
        let connection = try await pool.lease(within: Self.connectTimeout)
        let channel = BatchChannel<[ResultRow]>()
        let pool = self.pool
        connection.queue.async {
            defer { pool.release(connection) }
            do {
                var batcher = RowBatcher(channel, size: Self.batchSize)
                try connection.query(query.sql, values, shapes: shapes, budget: budget, killer: pool.killer) { batcher.add($0) }
                batcher.finish()
            } catch {
                channel.finish((error as? DatabaseError) ?? DatabaseError.queryFailed("\(error)"))
            }
        }
        return MariaDBCursor(channel: channel)
    }

    /// A bind value as the server should see it: integers (and booleans, which MariaDB keeps as 0/1) as
    /// integers, since `LIMIT ?` takes nothing else; a list as the JSON array `JSON_TABLE` reads; the rest as
    /// text, which the server converts to the column's type.
    enum Value: Equatable {
        case null
        case integer(Int64)
        case text(String)
    }

    static func values(_ query: DialectQuery, _ arguments: [String: BoundArgument]) throws -> [Value] {
        try query.binds.map { name in
            switch arguments[name] {
            case .absent?: return .null
            case .value(.integer(let i))?: return .integer(i)
            case .value(.boolean(let b))?: return .integer(b ? 1 : 0)
            case .value(let value)?: return .text(value.description)
            case .list(let items)?:
                let json = try JSONSerialization.data(withJSONObject: items.map(\.description), options: [.withoutEscapingSlashes])
                return .text(String(decoding: json, as: UTF8.self))
            case nil: throw DatabaseError.queryFailed("no value for bind '\(name)'")
            }
        }
    }

    /// MariaDB's text for a value, in the output field's kind (`DATETIME(n)` adds a fraction; the runtime's
    /// timestamps have whole seconds).
    static func cell(_ text: String, _ shape: CellShape) -> CellValue {
        CellValue(text: shape.kind == .timestamp && text.count > 19 ? String(text.prefix(19)) : text, shape)
    }
}

/// The rows of a streamed MariaDB statement.
final class MariaDBCursor: RowCursor, @unchecked Sendable {
    private let channel: BatchChannel<[ResultRow]>

    init(channel: BatchChannel<[ResultRow]>) {
        self.channel = channel
    }

    func next() async throws -> [ResultRow]? { try await channel.next() }

    /// The producer stops at its next batch, stops the statement on the server and gives the connection back.
    func cancel() { channel.cancel() }

    deinit { channel.cancel() }
}

/// The C library is initialised once, before any thread uses it (`mysql_init` would do it too, but not safely
/// from two threads at once).
private let libraryInitialised: Bool = mysql_server_init(0, nil, nil) == 0

/// One connection to the server. Its C handle is used by one thread at a time: statements run on `queue`.
final class MariaDBConnection: @unchecked Sendable {
    let handle: UnsafeMutablePointer<MYSQL>
    /// The server's id of this session, which `KILL QUERY` names.
    let threadID: UInt
    let queue: DispatchQueue
    /// Set when the server or the network failed under a statement: the pool closes the connection.
    var broken = false

    private init(handle: UnsafeMutablePointer<MYSQL>) {
        self.handle = handle
        self.threadID = UInt(mysql_thread_id(handle))
        self.queue = DispatchQueue(label: "sanya.mariadb.connection")
    }

    /// Connects (blocking). A serving session is read-only, in UTF-8 (utf8mb4), and may wait an hour for a slow
    /// client of an export before the server gives up writing to it (`net_write_timeout`, 60 s by default).
    static func connect(_ url: MariaDBURL, setUp: Bool = true, timeout: UInt32 = 3) throws -> MariaDBConnection {
        guard libraryInitialised, let handle = mysql_init(nil) else {
            throw DatabaseError.unavailable("MariaDB Connector/C could not be initialised")
        }
        var seconds = timeout
        mysql_options(handle, MYSQL_OPT_CONNECT_TIMEOUT, &seconds)
        mysql_options(handle, MYSQL_SET_CHARSET_NAME, "utf8mb4")
        let host: String? = url.socket == nil ? url.host : nil
        guard mysql_real_connect(handle, host, url.user, url.password, url.database, UInt32(url.port), url.socket, 0) != nil else {
            let message = String(cString: mysql_error(handle))
            mysql_close(handle)
            throw DatabaseError.unavailable(message)
        }
        let connection = MariaDBConnection(handle: handle)
        if setUp {
            for statement in ["SET SESSION TRANSACTION READ ONLY", "SET SESSION net_write_timeout = 3600"] where mysql_query(handle, statement) != 0 {
                let message = connection.lastError
                mysql_close(handle)
                throw DatabaseError.unavailable(message)
            }
        }
        return connection
    }

    var lastError: String { String(cString: mysql_error(handle)) }

    func close() { mysql_close(handle) }

    /// `body` on the connection's queue.
    func run<T: Sendable>(_ body: @escaping @Sendable (MariaDBConnection) throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try body(self) }) }
        }
    }

    /// Runs `sql` as a prepared statement with `values` bound to its `?`s, within `budget`, calling `row` for each
    /// row until it returns false (blocking; on `queue`).
    func query(_ sql: String, _ values: [MariaDBRegistrar.Value], shapes: [CellShape], budget: QueryBudget,
               killer: MariaDBKiller, row: (ResultRow) throws -> Bool) throws {
        // The statement carries its own limit: nothing stays set on the session.
        let text = budget.remainingMilliseconds.map { "SET STATEMENT max_statement_time=\(Self.seconds($0)) FOR \(sql)" } ?? sql
        guard let statement = mysql_stmt_init(handle) else { throw DatabaseError.unavailable(lastError) }
        defer { mysql_stmt_close(statement) }
        guard mysql_stmt_prepare(statement, text, UInt(text.utf8.count)) == 0 else { throw failure(statement, budget) }

        let parameters = Parameters(values)
        defer { parameters.deallocate() }
        guard Int(mysql_stmt_param_count(statement)) == values.count else {
            throw DatabaseError.queryFailed("the query has \(mysql_stmt_param_count(statement)) parameters, \(values.count) values were given")
        }
        if !values.isEmpty, mysql_stmt_bind_param(statement, parameters.binds) != 0 { throw failure(statement, budget) }

        // A client that leaves stops the statement on the server; the connection goes back to the pool only once
        // a kill under way has been delivered, so that it cannot stop the next statement run on it.
        let kills = DispatchGroup()
        let token = budget.onCancel { [threadID] in
            kills.enter()
            killer.kill(threadID) { kills.leave() }
        }
        defer {
            budget.forget(token)
            kills.wait()
        }
        if budget.isCancelled { throw DatabaseError.cancelled }
        guard mysql_stmt_execute(statement) == 0 else { throw failure(statement, budget) }

        let columns = Int(mysql_stmt_field_count(statement))
        let results = Results(columns: columns)
        defer { results.deallocate() }
        if columns > 0, mysql_stmt_bind_result(statement, results.binds) != 0 { throw failure(statement, budget) }
        let read = min(columns, shapes.count)
        while true {
            let code = mysql_stmt_fetch(statement)
            if code == MYSQL_NO_DATA { return }
            if code == 1 { throw failure(statement, budget) }
            var cells: ResultRow = []
            cells.reserveCapacity(read)
            for column in 0..<read {
                guard let text = results.text(column, statement) else {
                    cells.append(.null)
                    continue
                }
                cells.append(MariaDBRegistrar.cell(text, shapes[column]))
            }
            if try !row(cells) {
                // Stopped early (the client left, or has all it wants): the server stops sending rather than
                // the connection reading and dropping the rest when the statement is closed.
                killer.killNow(threadID)
                return
            }
        }
    }

    /// Seconds for `max_statement_time`, to the millisecond.
    static func seconds(_ milliseconds: Int) -> String {
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000).\(String(repeating: "0", count: 3 - fraction.count))\(fraction)"
    }

    /// What a failed statement means for a request: over its budget (1969), stopped for a client that left
    /// (1317), the server or the network gone (the client library's 2xxx codes; the connection is dropped), or a
    /// query the server refused.
    private func failure(_ statement: UnsafeMutablePointer<MYSQL_STMT>, _ budget: QueryBudget) -> DatabaseError {
        let code = Int32(mysql_stmt_errno(statement))
        let message = String(cString: mysql_stmt_error(statement))
        switch code {
        case ER_STATEMENT_TIMEOUT: return budget.stopped(message)
        case ER_QUERY_INTERRUPTED where budget.isCancelled: return .cancelled
        case 2000..<3000, ER_CON_COUNT_ERROR, ER_SERVER_SHUTDOWN, ER_CONNECTION_KILLED:
            broken = true
            return .unavailable(message)
        default: return .queryFailed(message)
        }
    }

    /// The bound values of a statement, in memory of their own for as long as it runs.
    private final class Parameters {
        let binds: UnsafeMutablePointer<MYSQL_BIND>
        private var storage: [UnsafeMutableRawPointer] = []
        private let count: Int

        init(_ values: [MariaDBRegistrar.Value]) {
            count = values.count
            binds = .allocate(capacity: max(1, count))
            binds.initialize(repeating: MYSQL_BIND(), count: max(1, count))
            for (index, value) in values.enumerated() {
                switch value {
                case .null:
                    binds[index].buffer_type = MYSQL_TYPE_NULL
                case .integer(let number):
                    let buffer = UnsafeMutableRawPointer.allocate(byteCount: 8, alignment: 8)
                    buffer.storeBytes(of: number, as: Int64.self)
                    storage.append(buffer)
                    binds[index].buffer_type = MYSQL_TYPE_LONGLONG
                    binds[index].buffer = buffer
                case .text(let text):
                    let bytes = Array(text.utf8)
                    let buffer = UnsafeMutableRawPointer.allocate(byteCount: max(1, bytes.count), alignment: 1)
                    bytes.withUnsafeBytes { buffer.copyMemory(from: $0.baseAddress!, byteCount: bytes.count) }
                    storage.append(buffer)
                    binds[index].buffer_type = MYSQL_TYPE_STRING
                    binds[index].buffer = buffer
                    binds[index].buffer_length = UInt(bytes.count)
                }
            }
        }

        func deallocate() {
            for buffer in storage { buffer.deallocate() }
            binds.deinitialize(count: max(1, count))
            binds.deallocate()
        }
    }

    /// Where each column of a fetched row lands, as text: a buffer of `capacity` bytes per column; a longer
    /// value is fetched again whole (`mysql_stmt_fetch_column`).
    private final class Results {
        static let capacity = 256
        let binds: UnsafeMutablePointer<MYSQL_BIND>
        private let buffers: UnsafeMutablePointer<UInt8>
        private let lengths: UnsafeMutablePointer<UInt>
        private let nulls: UnsafeMutablePointer<my_bool>
        private let errors: UnsafeMutablePointer<my_bool>
        private let columns: Int

        init(columns: Int) {
            self.columns = columns
            let count = max(1, columns)
            binds = .allocate(capacity: count)
            binds.initialize(repeating: MYSQL_BIND(), count: count)
            buffers = .allocate(capacity: count * Self.capacity)
            lengths = .allocate(capacity: count)
            lengths.initialize(repeating: 0, count: count)
            nulls = .allocate(capacity: count)
            nulls.initialize(repeating: 0, count: count)
            errors = .allocate(capacity: count)
            errors.initialize(repeating: 0, count: count)
            for column in 0..<columns {
                binds[column].buffer_type = MYSQL_TYPE_STRING
                binds[column].buffer = UnsafeMutableRawPointer(buffers + column * Self.capacity)
                binds[column].buffer_length = UInt(Self.capacity)
                binds[column].length = lengths + column
                binds[column].is_null = nulls + column
                binds[column].error = errors + column
            }
        }

        /// The column of the current row as text; nil for NULL.
        func text(_ column: Int, _ statement: UnsafeMutablePointer<MYSQL_STMT>) -> String? {
            if nulls[column] != 0 { return nil }
            let length = Int(lengths[column])
            if length <= Self.capacity {
                return String(decoding: UnsafeBufferPointer(start: buffers + column * Self.capacity, count: length), as: UTF8.self)
            }
            let whole = UnsafeMutablePointer<UInt8>.allocate(capacity: length)
            defer { whole.deallocate() }
            var fetched: UInt = 0
            var bind = MYSQL_BIND()
            bind.buffer_type = MYSQL_TYPE_STRING
            bind.buffer = UnsafeMutableRawPointer(whole)
            bind.buffer_length = UInt(length)
            return withUnsafeMutablePointer(to: &fetched) { fetchedLength in
                bind.length = fetchedLength
                guard mysql_stmt_fetch_column(statement, &bind, UInt32(column), 0) == 0 else { return nil }
                return String(decoding: UnsafeBufferPointer(start: whole, count: min(length, Int(fetchedLength.pointee))), as: UTF8.self)
            }
        }

        func deallocate() {
            let count = max(1, columns)
            binds.deinitialize(count: count)
            binds.deallocate()
            buffers.deallocate()
            lengths.deallocate()
            nulls.deallocate()
            errors.deallocate()
        }
    }
}

/// Stops a running statement with `KILL QUERY`, sent on a connection of its own (the statement's connection is
/// busy running it). The same user may stop its own sessions' statements without any further privilege.
final class MariaDBKiller: Sendable {
    let url: MariaDBURL
    private let logger: Logger

    init(url: MariaDBURL, logger: Logger) {
        self.url = url
        self.logger = logger
    }

    /// Sends the kill off the caller's thread (a hang-up is noticed on an event loop), then calls `done`.
    func kill(_ thread: UInt, then done: @escaping @Sendable () -> Void) {
        DispatchQueue.global().async { [self] in
            killNow(thread)
            done()
        }
    }

    func killNow(_ thread: UInt) {
        do {
            let connection = try MariaDBConnection.connect(url, setUp: false)
            defer { connection.close() }
            if mysql_query(connection.handle, "KILL QUERY \(thread)") != 0 {
                logger.warning("KILL QUERY failed", metadata: ["thread": "\(thread)", "error": "\(connection.lastError)"])
            }
        } catch {
            logger.warning("could not reach MariaDB to stop a statement", metadata: ["thread": "\(thread)", "error": "\(error)"])
        }
    }
}

/// At most `size` connections, opened as queries need them and kept; a query waits for one up to its connect
/// timeout, then the database counts as unreachable (503). A connection whose server or network failed is
/// closed, and its place opened again for the next query.
final class MariaDBPool: Sendable {
    let url: MariaDBURL
    let size: Int
    let killer: MariaDBKiller
    private let logger: Logger
    private let state = Mutex(State())

    private struct State {
        var idle: [MariaDBConnection] = []
        var opened = 0
        var waiters: [(id: UInt64, continuation: CheckedContinuation<MariaDBConnection, any Error>)] = []
        var next: UInt64 = 0
    }

    init(url: MariaDBURL, size: Int, logger: Logger) {
        self.url = url
        self.size = max(1, size)
        self.logger = logger
        self.killer = MariaDBKiller(url: url, logger: logger)
    }

    private enum Step {
        case ready(MariaDBConnection)
        case open
        case wait(UInt64)
    }

    func lease(within timeout: Duration) async throws -> MariaDBConnection {
        try await withCheckedThrowingContinuation { continuation in
            let step = state.withLock { state -> Step in
                if let connection = state.idle.popLast() { return .ready(connection) }
                if state.opened < size {
                    state.opened += 1
                    return .open
                }
                state.next += 1
                state.waiters.append((state.next, continuation))
                return .wait(state.next)
            }
            switch step {
            case .ready(let connection): continuation.resume(returning: connection)
            case .open: open(for: continuation)
            case .wait(let id):
                let (seconds, attoseconds) = timeout.components
                let nanoseconds = Int(seconds) * 1_000_000_000 + Int(attoseconds / 1_000_000_000)
                DispatchQueue.global().asyncAfter(deadline: .now() + .nanoseconds(nanoseconds)) { [self] in
                    let expired = state.withLock { state -> CheckedContinuation<MariaDBConnection, any Error>? in
                        guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
                        return state.waiters.remove(at: index).continuation
                    }
                    expired?.resume(throwing: DatabaseError.unavailable("no MariaDB connection was free within \(timeout)"))
                }
            }
        }
    }

    /// Opens a connection for one query (its place in the pool already counted).
    private func open(for continuation: CheckedContinuation<MariaDBConnection, any Error>) {
        DispatchQueue.global().async { [self] in
            do {
                continuation.resume(returning: try MariaDBConnection.connect(url))
            } catch {
                logger.warning("could not connect to MariaDB", metadata: ["error": "\(error)"])
                continuation.resume(throwing: error)
                placeFreed()
            }
        }
    }

    /// A place in the pool is free again: a waiting query gets a new connection in it.
    private func placeFreed() {
        let waiter = state.withLock { state -> CheckedContinuation<MariaDBConnection, any Error>? in
            guard !state.waiters.isEmpty else {
                state.opened -= 1
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        if let waiter { open(for: waiter) }
    }

    func release(_ connection: MariaDBConnection) {
        if connection.broken {
            connection.queue.async { connection.close() }
            placeFreed()
            return
        }
        let waiter = state.withLock { state -> CheckedContinuation<MariaDBConnection, any Error>? in
            guard !state.waiters.isEmpty else {
                state.idle.append(connection)
                return nil
            }
            return state.waiters.removeFirst().continuation
        }
        waiter?.resume(returning: connection)
    }

    /// Closes the idle connections (the pool of a command, or of a reading, that is done).
    func closeIdle() {
        let idle = state.withLock { state -> [MariaDBConnection] in
            defer { state.idle = [] }
            state.opened -= state.idle.count
            return state.idle
        }
        for connection in idle { connection.queue.sync { connection.close() } }
    }
}
