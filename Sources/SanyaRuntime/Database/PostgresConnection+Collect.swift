import Logging
import NIOCore
import PostgresNIO

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
        let result: EventLoopFuture<PostgresQueryResult> = self.query(query, logger: logger)
        result.cascade(to: answer)
        // Completing a completed promise does nothing, so whichever comes first wins.
        closeFuture.whenComplete { _ in answer.fail(DatabaseError.unavailable("PostgreSQL closed the connection")) }
        return try await answer.futureResult.get()
    }
}

extension PostgresClient {
    /// Runs one statement on a pooled connection and returns all its rows (see `PostgresConnection.collect`).
    func collect(_ query: PostgresQuery, logger: Logger) async throws -> PostgresQueryResult {
        try await withConnection { connection in try await connection.collect(query, logger: logger) }
    }
}
