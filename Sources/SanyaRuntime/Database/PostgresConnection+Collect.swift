import Logging
import NIOCore
import PostgresNIO
import Synchronization

/// Every statement the runtime sends to PostgreSQL goes through `collect`, never through the async
/// `query(_:logger:) -> PostgresRowSequence`.
///
/// Why: that row sequence stops reading from the socket when its consumer falls behind (back-pressure). In
/// PostgresNIO 1.33.2 — the newest release in the package mirror — a server that closes the socket while
/// the sequence is paused (a crash, an OOM kill, `pg_ctl stop -m immediate`, a backend killed with SIGKILL)
/// makes NIO deliver the remaining bytes without a read request, and `RowStreamStateMachine.channelReadComplete()`
/// ends the whole process with a precondition failure (`waitingForDemand`: "no read has been forwarded yet").
/// The future-based `query` collects rows with `PSQLRowStream.all()`, which asks for more after every read,
/// so the stream is never paused and cannot reach that state. Long results are read in bounded batches
/// through a server-side cursor instead (`PostgresRegistrar.PostgresCursor`), so back-pressure happens
/// between `FETCH`es, where no row stream is open.
///
/// A second trap of the same release: a statement written to a connection whose socket has already closed
/// (the server died while the connection sat idle between two `FETCH`es) reaches no channel handler, and
/// its future never completes. `collect` therefore also ends when the connection closes.
extension PostgresConnection {
    /// Runs one statement to its end and returns all its rows; fails with `DatabaseError.unavailable` if the
    /// connection closes first.
    func collect(_ query: PostgresQuery, logger: Logger) async throws -> PostgresQueryResult {
        guard !isClosed else { throw DatabaseError.unavailable("the connection to PostgreSQL is closed") }
        let answer = closeFuture.eventLoop.makePromise(of: PostgresQueryResult.self)
        let watch = ClosingWatch.shared.watch(self, answer)
        let result: EventLoopFuture<PostgresQueryResult> = self.query(query, logger: logger)
        result.cascade(to: answer)
        // Completing a completed promise does nothing, so whichever comes first wins.
        answer.futureResult.whenComplete { _ in ClosingWatch.shared.forget(watch) }
        return try await answer.futureResult.get()
    }
}

/// Fails the statements in flight on a connection when it closes.
///
/// One callback on each connection's `closeFuture`, registered when the connection runs its first
/// statement, and a table of the statements in flight. Not a callback per statement: a pooled connection
/// lives for hours, and every callback — with the promise it holds and, through it, the statement's rows —
/// would stay until the connection closes (that was a leak of every row read, found by the PostgreSQL
/// benchmark: 180 MB of resident memory every 5 seconds under load).
final class ClosingWatch: Sendable {
    static let shared = ClosingWatch()

    struct Ticket: Sendable {
        var connection: ObjectIdentifier
        var id: UInt64
    }

    private struct State {
        var inFlight: [ObjectIdentifier: [UInt64: EventLoopPromise<PostgresQueryResult>]] = [:]
        var next: UInt64 = 0
    }

    private let state = Mutex(State())

    func watch(_ connection: PostgresConnection, _ promise: EventLoopPromise<PostgresQueryResult>) -> Ticket {
        let key = ObjectIdentifier(connection)
        let (ticket, first) = state.withLock { state -> (Ticket, Bool) in
            state.next &+= 1
            let first = state.inFlight[key] == nil
            state.inFlight[key, default: [:]][state.next] = promise
            return (Ticket(connection: key, id: state.next), first)
        }
        if first {
            connection.closeFuture.whenComplete { _ in self.closed(key) }
        }
        return ticket
    }

    func forget(_ ticket: Ticket) {
        state.withLock { _ = $0.inFlight[ticket.connection]?.removeValue(forKey: ticket.id) }
    }

    private func closed(_ key: ObjectIdentifier) {
        let promises = state.withLock { $0.inFlight.removeValue(forKey: key) ?? [:] }
        for promise in promises.values { promise.fail(DatabaseError.unavailable("PostgreSQL closed the connection")) }
    }
}

extension PostgresClient {
    /// Runs one statement on a pooled connection and returns all its rows (see `PostgresConnection.collect`).
    func collect(_ query: PostgresQuery, logger: Logger) async throws -> PostgresQueryResult {
        try await withConnection { connection in try await connection.collect(query, logger: logger) }
    }
}
