import Foundation
import Synchronization

/// One query's time budget and the way to stop it early.
///
/// The database enforces the budget itself, so that the server stops working rather than the runtime merely
/// ceasing to wait: PostgreSQL through `SET LOCAL statement_timeout` in the query's transaction, SQLite through
/// a progress handler that interrupts the statement once the deadline has passed. A client that goes away
/// cancels the budget; the database layer has registered how to stop its statement on the server
/// (`pg_cancel_backend`, `sqlite3_interrupt`), and that runs at once.
public final class QueryBudget: Sendable {
    /// Milliseconds the query may run; nil for no limit (commands run by hand).
    public let milliseconds: Int?
    /// The monotonic instant (`DispatchTime.now().uptimeNanoseconds`) after which the query is over budget;
    /// 0 until the query starts (`begin`), so that waiting for a connection (a standby that does not answer, a
    /// busy pool) is not counted as the query's time.
    private let deadline = Atomic<UInt64>(0)
    private let state = Mutex(State())
    /// `cancelled`, readable without the lock: SQLite's progress handler asks every few thousand instructions.
    private let cancelledFlag = Atomic<Bool>(false)

    private struct State {
        var cancelled = false
        var stoppers: [UInt64: @Sendable () -> Void] = [:]
        var next: UInt64 = 0
    }

    public init(milliseconds: Int?) {
        self.milliseconds = milliseconds
    }

    /// The query starts on the database: its time counts from now (from its first start, if it is begun again
    /// on another server).
    func begin() {
        let now = DispatchTime.now().uptimeNanoseconds
        let end = milliseconds.map { now &+ UInt64($0) * 1_000_000 } ?? .max
        _ = deadline.compareExchange(expected: 0, desired: end, ordering: .relaxed)
    }

    /// A budget without a limit that nobody cancels: for queries of commands run by hand.
    public static var unlimited: QueryBudget { QueryBudget(milliseconds: nil) }

    /// Whether the deadline has passed.
    var isOverdue: Bool {
        let end = deadline.load(ordering: .relaxed)
        return end != 0 && DispatchTime.now().uptimeNanoseconds >= end
    }

    /// Milliseconds left, at least 1 (a timeout of 0 means none to PostgreSQL), the query begun if it was not;
    /// nil without a limit.
    var remainingMilliseconds: Int? {
        guard milliseconds != nil else { return nil }
        begin()
        let end = deadline.load(ordering: .relaxed)
        let now = DispatchTime.now().uptimeNanoseconds
        return now >= end ? 1 : max(1, Int((end - now) / 1_000_000))
    }

    /// Whether the client went away.
    public var isCancelled: Bool { cancelledFlag.load(ordering: .acquiring) }

    /// Whether the statement should stop now: over budget, or its client gone.
    var shouldStop: Bool { isCancelled || isOverdue }

    /// The client went away: every registered stopper runs, once.
    public func cancel() {
        let stoppers = state.withLock { state -> [@Sendable () -> Void] in
            guard !state.cancelled else { return [] }
            state.cancelled = true
            cancelledFlag.store(true, ordering: .releasing)
            defer { state.stoppers = [:] }
            return Array(state.stoppers.values)
        }
        for stop in stoppers { stop() }
    }

    /// Registers how to stop the running statement on the server; runs it at once if the budget is already
    /// cancelled. Returns the token to `forget` once the statement has ended.
    @discardableResult
    func onCancel(_ stop: @escaping @Sendable () -> Void) -> UInt64? {
        let token = state.withLock { state -> UInt64? in
            guard !state.cancelled else { return nil }
            state.next += 1
            state.stoppers[state.next] = stop
            return state.next
        }
        if token == nil { stop() }
        return token
    }

    func forget(_ token: UInt64?) {
        guard let token else { return }
        state.withLock { _ = $0.stoppers.removeValue(forKey: token) }
    }

    /// The error for a query the database stopped: over budget, or stopped because the client left.
    func stopped(_ message: String) -> DatabaseError {
        isCancelled ? .cancelled : .timedOut(milliseconds: milliseconds ?? 0, message)
    }
}
