import CLibPQ
import Foundation
import NIOCore
import SanyaModel
import Synchronization

/// A database that writes a contract's CSV itself, the runtime passing its bytes through.
public protocol CSVCopying: Sendable {
    /// Starts the export of `query` (a handler's `csv` query); returns once the first chunk has arrived, or
    /// throws `DatabaseError` (`unavailable` when the database cannot be reached). Nil when as many exports as
    /// the database allows at once are running: the caller then writes the CSV row by row (the same bytes,
    /// over the pooled connections).
    func copyCSV(_ query: DialectQuery, arguments: [String: BoundArgument], budget: QueryBudget) async throws -> CSVCopy?
}

extension CSVCopying {
    /// An export of a command run by hand, without a time limit.
    public func copyCSV(_ query: DialectQuery, arguments: [String: BoundArgument]) async throws -> CSVCopy? {
        try await copyCSV(query, arguments: arguments, budget: .unlimited)
    }
}

/// A CSV export written by PostgreSQL (`COPY (…) TO STDOUT WITH (FORMAT csv, HEADER)`), read through libpq
/// on a thread of its own and handed on in chunks of about 64 KiB.
///
/// Why libpq: PostgresNIO (1.33) has no `COPY … TO`, and `COPY` is what lets a whole-table CSV leave at the
/// database's own speed: PostgreSQL's C code turns each row into CSV, and the runtime neither decodes a row nor
/// encodes a cell (`Benchmarks/postgres-floor.sh`: the row-by-row path spent 2.8 µs of the runtime's CPU a row).
/// The `csv` query's columns are already the text of Sanya's CSV (`SQLDialect.exportText`), the quoting
/// rules are the same (`CSVRowEncoder.appendField`), and each line end becomes CRLF here, so the file is
/// byte for byte the one the row-by-row path writes on SQLite (tested).
///
/// Memory and a slow client: at most four chunks wait for the socket; then the thread waits, libpq stops
/// reading, and PostgreSQL waits on its socket. A client that goes away ends the export (the connection is
/// closed, which ends the `COPY`). The export runs in a read-only transaction with `SET LOCAL` settings, so it
/// also works through PgBouncer in transaction mode. `COPY` takes no bind parameters: each is written into
/// the statement as a literal escaped by libpq (`PQescapeLiteral`), outside quoted text and names only.
public final class CSVCopy: Sendable {
    /// A chunk of the file and the data rows it completes.
    struct Chunk: Sendable {
        var bytes: ByteBuffer
        var rows: Int
    }

    private let channel: BatchChannel<Chunk>
    /// The first chunk, read before the export counts as started (so that a database that cannot be reached
    /// is answered 503, or a read standby's failure falls back to the primary, before any byte goes out).
    private let first: Mutex<Chunk?>

    private init(channel: BatchChannel<Chunk>, first: Chunk?) {
        self.channel = channel
        self.first = Mutex(first)
    }

    /// An export nobody reads any more (its answer was dropped before its body was written) ends too: its
    /// thread stops waiting, closes the connection and frees its place.
    deinit {
        channel.cancel()
    }

    /// The next chunk and the data rows it holds, or nil after the last.
    public func next() async throws -> (bytes: ByteBuffer, rows: Int)? {
        if let chunk = first.withLock({ first in defer { first = nil }; return first }) { return (chunk.bytes, chunk.rows) }
        guard let chunk = try await channel.next() else { return nil }
        return (chunk.bytes, chunk.rows)
    }

    /// Ends the export early (the client went away).
    public func cancel() {
        channel.cancel()
    }

    static let chunkSize = 64 * 1024
    /// How an export's session shows in `pg_stat_activity`.
    static let applicationName = "sanya-export"

    /// Connects, starts the `COPY` and hands its output on, on a thread of its own; returns with the first
    /// chunk read, or throws what stopped it.
    /// `finished` runs on the export's thread when it ends, however it ends.
    /// - Parameter connections: where a connection that ended its export cleanly waits for the next one (nil: each
    ///   export connects and disconnects).
    static func start(server: PostgresURL, query: DialectQuery, arguments: [String: BoundArgument], budget: QueryBudget = .unlimited,
                      connections: CopyConnections? = nil, finished: @escaping @Sendable () -> Void = {}) async throws -> CSVCopy {
        let channel = BatchChannel<Chunk>()
        let thread = Thread {
            defer { finished() }
            do {
                try run(server: server, query: query, arguments: arguments, budget: budget, connections: connections, channel: channel)
                channel.finish()
            } catch {
                channel.finish(error)
            }
        }
        thread.name = "sanya-copy"
        thread.start()
        do {
            return CSVCopy(channel: channel, first: try await channel.next())
        } catch {
            channel.cancel()
            throw error
        }
    }

    /// The COPY is one statement, so its `statement_timeout` (the budget left when it starts) bounds the whole
    /// export; a client that leaves sends PostgreSQL a cancel request for it (`PQcancel`, made for another thread).
    private static func run(server: PostgresURL, query: DialectQuery, arguments: [String: BoundArgument], budget: QueryBudget,
                            connections: CopyConnections?, channel: BatchChannel<Chunk>) throws {
        let connection = try lease(server, connections)
        let cancel = CancelHandle(connection)
        // Off the caller's thread: PQcancel connects and waits for the server, and a hang-up is noticed on an event loop.
        let token = budget.onCancel { DispatchQueue.global().async { cancel.cancel() } }
        var reusable = false
        defer {
            budget.forget(token)
            // After this no cancel request can be sent for the connection (one under way is waited for).
            cancel.free()
            if reusable, let connections { connections.keep(connection) } else { PQfinish(connection) }
        }
        do {
            // Kept only after a COPY that ran to its end and committed, for a client that stayed: an export cut short
            // leaves its COPY running, and one whose client left may still have a cancel request on its way.
            reusable = try copy(connection, query, arguments, budget: budget, channel: channel)
                && PQstatus(connection) == CONNECTION_OK && PQtransactionStatus(connection) == PQTRANS_IDLE && !budget.isCancelled
        } catch DatabaseError.timedOut(_, let message) {
            // 57014: over the statement timeout, or cancelled for a client that left; the budget knows which.
            throw budget.stopped(message)
        }
    }

    /// An idle connection from `connections` that still answers (an empty statement, one round trip), else a new one.
    private static func lease(_ server: PostgresURL, _ connections: CopyConnections?) throws -> OpaquePointer {
        while let connection = connections?.take() {
            if PQstatus(connection) == CONNECTION_OK, let result = PQexec(connection, "") {
                let alive = PQresultStatus(result) == PGRES_EMPTY_QUERY
                PQclear(result)
                if alive { return connection }
            }
            PQfinish(connection)
        }
        return try connect(server)
    }

    /// Runs the export; true when it ran to its end (false: the consumer left and the COPY was abandoned).
    private static func copy(_ connection: OpaquePointer, _ query: DialectQuery, _ arguments: [String: BoundArgument], budget: QueryBudget,
                             channel: BatchChannel<Chunk>) throws -> Bool {
        try execute(connection, "BEGIN READ ONLY; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL TimeZone = 'UTC'; "
                    + "SET LOCAL statement_timeout = \(budget.remainingMilliseconds ?? 0)", expect: PGRES_COMMAND_OK)
        let select = try inline(query, arguments, connection)
        try execute(connection, "COPY (\(select)) TO STDOUT WITH (FORMAT csv, HEADER)", expect: PGRES_COPY_OUT)
        var chunk = ByteBufferAllocator().buffer(capacity: chunkSize + 1024)
        var rows = -1  // the first line is the header
        while true {
            var line: UnsafeMutablePointer<CChar>?
            let length = PQgetCopyData(connection, &line, 0)
            if length == -1 { break }
            guard length > 0, let line else { throw failure(connection, nil) }
            // One call, one CSV record (quoted line breaks included), ending in LF: written with CRLF.
            let bytes = UnsafeRawBufferPointer(start: line, count: Int(length))
            if bytes.last == 0x0A {
                chunk.writeBytes(UnsafeRawBufferPointer(rebasing: bytes.dropLast()))
                chunk.writeStaticString("\r\n")
            } else {
                chunk.writeBytes(bytes)
            }
            PQfreemem(line)
            rows += 1
            if chunk.readableBytes >= chunkSize {
                guard channel.send(Chunk(bytes: chunk, rows: max(rows, 0))) else { return false }
                rows = 0
                chunk = ByteBufferAllocator().buffer(capacity: chunkSize + 1024)
            }
        }
        // The COPY's own result, then the end of the transaction.
        while let result = PQgetResult(connection) {
            defer { PQclear(result) }
            guard PQresultStatus(result) == PGRES_COMMAND_OK else { throw failure(connection, result) }
        }
        try execute(connection, "COMMIT", expect: PGRES_COMMAND_OK)
        if chunk.readableBytes > 0 || rows > 0 { _ = channel.send(Chunk(bytes: chunk, rows: max(rows, 0))) }
        return true
    }

    private static func connect(_ server: PostgresURL) throws -> OpaquePointer {
        let parameters = server.libpqParameters
            + [("connect_timeout", String(PostgresRegistrar.connectTimeout.components.seconds)), ("client_encoding", "UTF8"), ("application_name", applicationName)]
        let connection = withCStrings(parameters.map(\.0)) { keys in
            withCStrings(parameters.map(\.1)) { values in PQconnectdbParams(keys, values, 0) }
        }
        guard let connection else { throw DatabaseError.unavailable("libpq could not allocate a connection") }
        guard PQstatus(connection) == CONNECTION_OK else {
            let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
            PQfinish(connection)
            throw DatabaseError.unavailable(message)
        }
        return connection
    }

    private static func execute(_ connection: OpaquePointer, _ sql: String, expect: ExecStatusType) throws {
        guard let result = PQexec(connection, sql) else { throw failure(connection, nil) }
        defer { PQclear(result) }
        guard PQresultStatus(result) == expect else { throw failure(connection, result) }
    }

    /// What went wrong, as the runtime answers it: the server went away or is shutting down (SQLSTATE classes
    /// 08, 53, 57) is `unavailable`; anything else the query's failure.
    private static func failure(_ connection: OpaquePointer, _ result: OpaquePointer?) -> DatabaseError {
        let message = String(cString: PQerrorMessage(connection)).trimmingCharacters(in: .whitespacesAndNewlines)
        guard PQstatus(connection) == CONNECTION_OK else { return .unavailable(message) }
        if let result, let state = PQresultErrorField(result, Int32(UInt8(ascii: "C"))) {
            if String(cString: state) == "57014" { return .timedOut(milliseconds: 0, message) }
            if ["08", "53", "57"].contains(String(String(cString: state).prefix(2))) { return .unavailable(message) }
        }
        return .queryFailed(message)
    }

    /// The statement with each `$n` outside quoted text and quoted names replaced by its value as a literal.
    static func inline(_ query: DialectQuery, _ arguments: [String: BoundArgument], _ connection: OpaquePointer) throws -> String {
        func literal(_ text: String) throws -> String {
            guard let escaped = PQescapeLiteral(connection, text, text.utf8.count) else { throw failure(connection, nil) }
            defer { PQfreemem(escaped) }
            return String(cString: escaped)
        }
        var values: [String] = []
        for name in query.binds {
            switch arguments[name] {
            case .absent?: values.append("NULL")
            case .value(let value)?: values.append(try literal(value.description))
            case .list(let items)?: values.append("ARRAY[" + (try items.map { try literal($0.description) }).joined(separator: ",") + "]::TEXT[]")
            case nil: throw DatabaseError.queryFailed("no value for bind '\(name)'")
            }
        }
        return try substitute(query.sql, values)
    }

    /// `sql` with `$1` … `$n` replaced by `values`, leaving `'…'` and `"…"` untouched.
    static func substitute(_ sql: String, _ values: [String]) throws -> String {
        let bytes = Array(sql.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + values.reduce(0) { $0 + $1.utf8.count })
        var quote: UInt8?
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
                out.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "'") || byte == UInt8(ascii: "\"") {
                quote = byte
                out.append(byte)
                index += 1
            } else if byte == UInt8(ascii: "$"), index + 1 < bytes.count, (48...57).contains(bytes[index + 1]) {
                var end = index + 1
                var number = 0
                while end < bytes.count, (48...57).contains(bytes[end]) {
                    number = number * 10 + Int(bytes[end] - 48)
                    end += 1
                }
                guard number >= 1, number <= values.count else { throw DatabaseError.queryFailed("the query names bind $\(number), which it does not have") }
                out.append(contentsOf: values[number - 1].utf8)
                index = end
            } else {
                out.append(byte)
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// libpq's cancel object for one connection, usable from any thread until the connection's thread frees it.
/// (A lock, not `Mutex`: the pointer is not `Sendable`, and the lock is what makes sharing it safe.)
/// libpq connections that ended an export cleanly, kept for the next: a CSV page of a hundred rows otherwise
/// spends most of its time opening a connection and authenticating (8.7 ms of the runtime's CPU with SCRAM,
/// `Benchmarks/pages.sh`). At most `capacity` wait; the rest are closed. Each is used by one export's thread at
/// a time; `SET LOCAL` settings end with each export's transaction, so nothing carries over.
final class CopyConnections: @unchecked Sendable {
    private let lock = NSLock()
    private var idle: [OpaquePointer] = []
    let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
    }

    func take() -> OpaquePointer? { lock.withLock { idle.popLast() } }

    func keep(_ connection: OpaquePointer) {
        let kept = lock.withLock { () -> Bool in
            guard idle.count < capacity else { return false }
            idle.append(connection)
            return true
        }
        if !kept { PQfinish(connection) }
    }

    deinit {
        for connection in idle { PQfinish(connection) }
    }
}

private final class CancelHandle: @unchecked Sendable {
    private var handle: OpaquePointer?
    private let lock = NSLock()

    init(_ connection: OpaquePointer) {
        handle = PQgetCancel(connection)
    }

    func cancel() {
        lock.withLock {
            guard let handle else { return }
            var message = [CChar](repeating: 0, count: 256)
            _ = PQcancel(handle, &message, Int32(message.count))
        }
    }

    func free() {
        lock.withLock {
            if let handle { PQfreeCancel(handle) }
            handle = nil
        }
    }
}

/// `body` with the strings as an array of C strings (for libpq's keyword/value arrays, NULL-terminated).
private func withCStrings<T>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> T) -> T {
    let pointers = strings.map { strdup($0) }
    defer { pointers.forEach { free($0) } }
    let array: [UnsafePointer<CChar>?] = pointers.map { UnsafePointer($0) } + [nil]
    return array.withUnsafeBufferPointer { body($0.baseAddress!) }
}
