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
/// The future-based `query` is itself safe only when called **on the connection's event loop**: it writes the
/// statement and then attaches `all()` to the row stream's future. Called from another thread, the loop may
/// receive the answer's first rows before `all()` is attached (attaching to a completed future from outside
/// the loop is deferred to a later tick); the rows then wait for demand, NIO's next `read` pauses the stream,
/// and a server that closes the socket in that tick ends the process as above (seen in
/// `DatabaseFailureTests` on a loaded machine). `send` therefore submits `query` to the loop.
///
/// A second trap of the same release: a statement written to a connection whose socket has already closed
/// (the server died while the connection sat idle between two `FETCH`es) reaches no channel handler, and
/// its future never completes. `collect` therefore also ends when the connection closes.
extension PostgresConnection {
    /// Runs one statement to its end and returns all its rows; fails with `DatabaseError.unavailable` if the
    /// connection closes first.
    func collect(_ query: PostgresQuery, logger: Logger) async throws -> PostgresQueryResult {
        try await send(query, logger: logger).get()
    }

    /// Queues one statement on the connection and returns its answer to come, without waiting: statements
    /// sent one after another run in that order without a return to the caller in between.
    func send(_ query: PostgresQuery, logger: Logger) throws -> EventLoopFuture<PostgresQueryResult> {
        guard !isClosed else { throw DatabaseError.unavailable("the connection to PostgreSQL is closed") }
        let answer = closeFuture.eventLoop.makePromise(of: PostgresQueryResult.self)
        let watch = ClosingWatch.shared.watch(self, answer)
        // On the loop, so that `all()` is attached before any row of the answer can arrive (see above). Submitted
        // tasks run in order, so statements sent one after another are written in that order.
        let result: EventLoopFuture<PostgresQueryResult> = eventLoop.flatSubmit { self.query(query, logger: logger) }
        result.cascade(to: answer)
        // Completing a completed promise does nothing, so whichever comes first wins.
        answer.futureResult.whenComplete { _ in ClosingWatch.shared.forget(watch) }
        return answer.futureResult
    }

    /// Runs `statement` within `budget`: in a read-only transaction whose `statement_timeout` is the budget
    /// left (`SET LOCAL`, through `set_config(…, true)`, so it holds behind PgBouncer in transaction mode and
    /// never outlives the transaction), the backend's process id registered with the budget so that a client
    /// that leaves cancels the statement on the server. The four statements are queued at once, so the
    /// caller waits once.
    func collect(_ statement: PostgresQuery, within budget: QueryBudget, cancel: PostgresCanceller, logger: Logger) async throws -> PostgresQueryResult {
        _ = try send("BEGIN READ ONLY", logger: logger)
        let setup = try send(PostgresQuery.budget(budget), logger: logger)
        let result = try send(statement, logger: logger)
        let commit = try send("COMMIT", logger: logger)
        let pending = PendingCancel()
        let token = try? await setup.get().first.map { row -> UInt64? in
            guard let cell = row.first, let pid = try? cell.decode(Int32.self) else { return nil }
            return budget.onCancel { pending.start { await cancel.cancel(pid) } }
        } ?? nil
        let outcome: Result<PostgresQueryResult, any Error>
        do {
            let rows = try await result.get()
            _ = try await commit.get()
            outcome = .success(rows)
        } catch {
            _ = try? await commit.get()
            outcome = .failure(PostgresRegistrar.classify(error, budget: budget))
        }
        budget.forget(token)
        try await settle(pending, logger: logger)
        return try outcome.get()
    }

    /// Before the connection goes back to the pool: waits for a cancel under way for its statement to be
    /// delivered, then rolls back, in case it reached the `COMMIT`. Otherwise a late `pg_cancel_backend` stops
    /// whatever statement runs next on the backend, another client's (Benchmarks/pages.sh saw a 100-row page
    /// answered 504 QUERY_TIMEOUT after 84 ms, under load, as clients of earlier requests hung up).
    func settle(_ pending: PendingCancel, logger: Logger) async throws {
        if await pending.settle() { _ = try? await collect("ROLLBACK", logger: logger) }
    }
}

/// A cancel sent for one statement, if its client left while it ran. Once the statement is over, `settle`
/// waits for a cancel that was started and keeps any later one from starting: the backend may by then be
/// running somebody else's statement.
final class PendingCancel: Sendable {
    private struct State {
        var task: Task<Void, Never>?
        var settled = false
    }

    private let state = Mutex(State())

    func start(_ body: @escaping @Sendable () async -> Void) {
        state.withLock { state in
            guard !state.settled, state.task == nil else { return }
            state.task = Task { await body() }
        }
    }

    /// Waits for the cancel, if one was started; returns whether one was.
    func settle() async -> Bool {
        guard let task = state.withLock({ state -> Task<Void, Never>? in
            state.settled = true
            return state.task
        }) else { return false }
        await task.value
        return true
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

extension PostgresQuery {
    /// Sets the transaction's statement timeout to what is left of `budget` (0, none, for an unlimited one)
    /// and returns the backend's process id.
    static func budget(_ budget: QueryBudget) -> PostgresQuery {
        "SELECT pg_backend_pid(), set_config('statement_timeout', \(String(budget.remainingMilliseconds ?? 0)), true)"
    }
}

/// Stops a statement running on the server, from a connection of its own (the pool may be busy with the very
/// statements to stop): `pg_cancel_backend`, which PostgreSQL answers as it answers a cancel request.
struct PostgresCanceller: Sendable {
    let server: PostgresURL
    let logger: Logger

    /// Returns once PostgreSQL has signalled the backend (or the attempt failed, which is logged).
    func cancel(_ pid: Int32) async {
        do {
            let connection = try await PostgresConnection.connect(configuration: server.connection, id: 0, logger: logger)
            let cancelled = await Task { try await connection.collect("SELECT pg_cancel_backend(\(pid))", logger: logger) }.result
            // Closed before it goes: PostgresNIO asserts that no connection is released open.
            try? await connection.close()
            _ = try cancelled.get()
        } catch {
            logger.warning("could not cancel a statement whose client went away", metadata: ["pid": "\(pid)", "error": "\(error)"])
        }
    }
}

extension PostgresClient {
    /// Runs one statement on a pooled connection and returns all its rows (see `PostgresConnection.collect`).
    func collect(_ query: PostgresQuery, logger: Logger) async throws -> PostgresQueryResult {
        try await withConnection { connection in try await connection.collect(query, logger: logger) }
    }
}
