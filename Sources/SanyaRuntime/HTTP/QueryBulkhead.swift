import NIOCore
import Synchronization

/// How many contract queries may run at once (`QueryBulkhead`): a deployment's setting.
public struct QueryConcurrency: Sendable {
    public var total: Int
    public var perContract: Int
    /// How long a request beyond a limit waits for a place before it is answered `BUSY`.
    public var wait: Duration

    public init(total: Int, perContract: Int, wait: Duration = .seconds(1)) {
        self.total = max(1, total)
        self.perContract = max(1, min(perContract, total))
        self.wait = wait
    }

    /// As many as the database has connections, half of them for one contract (so another always finds some),
    /// a second's wait.
    public static func `default`(connections: Int) -> QueryConcurrency {
        QueryConcurrency(total: connections, perContract: max(1, connections / 2))
    }
}

/// At most `total` contract queries at once, and at most `perContract` of any one contract: the database's
/// connections are shared by every contract, so one unit's heavy export must not take them all from the
/// others' pages. A request beyond either limit waits up to `wait` for a place (the first waiter whose
/// contract has room gets it), then is answered 503 `BUSY` with `Retry-After`.
///
/// A place is held from before the query starts until the answer is written to the end (a stream holds its
/// cursor, and so its connection, that long).
final class QueryBulkhead: Sendable {
    typealias Limits = QueryConcurrency

    let limits: Limits
    private let state = Mutex(State())
    private let waiterIDs = Atomic<UInt64>(0)

    private struct Waiter {
        var id: UInt64
        var contract: String
        var continuation: CheckedContinuation<Void, any Error>
    }

    private struct State {
        var running = 0
        var byContract: [String: Int] = [:]
        var waiters: [Waiter] = []

        func hasRoom(_ contract: String, _ limits: Limits) -> Bool {
            running < limits.total && byContract[contract, default: 0] < limits.perContract
        }

        /// A request goes ahead of the queue when its contract has room and none of its own contract's requests
        /// waits before it. Waiters of a contract at its share do not hold back another contract's requests:
        /// that is the bulkhead (a heavy contract's queue must not become everyone's). A waiter whose contract has
        /// room was woken when the place freed, so none waits here with room.
        func mayEnter(_ contract: String, _ limits: Limits) -> Bool {
            hasRoom(contract, limits) && !waiters.contains { $0.contract == contract }
        }

        mutating func take(_ contract: String) {
            running += 1
            byContract[contract, default: 0] += 1
        }
    }

    init(_ limits: Limits) {
        self.limits = limits
    }

    /// Queries running now, for tests and `/metrics`.
    var running: Int { state.withLock { $0.running } }

    /// Takes a place for a query of `contract`, waiting briefly for one; throws `BUSY` when none frees in time.
    func admit(_ contract: String) async throws -> Admission {
        let admitted = state.withLock { state -> Bool in
            guard state.mayEnter(contract, limits) else { return false }
            state.take(contract)
            return true
        }
        if admitted { return Admission(bulkhead: self, contract: contract) }
        guard limits.wait > .zero else { throw Self.busy(contract, limits) }
        let id = waiterIDs.add(1, ordering: .relaxed).newValue
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
                // Looked at again under the lock that queues: a place freed since is taken now, not missed.
                let queued = state.withLock { state -> Bool in
                    if state.mayEnter(contract, limits) {
                        state.take(contract)
                        return false
                    }
                    state.waiters.append(Waiter(id: id, contract: contract, continuation: continuation))
                    return true
                }
                guard queued else { return continuation.resume() }
                // Woken by a place freed (`release`), the wait ending, or the request cancelled: whichever
                // removes the waiter first resumes it.
                let nanoseconds = limits.wait.components.seconds * 1_000_000_000 + limits.wait.components.attoseconds / 1_000_000_000
                NIOSingletons.posixEventLoopGroup.any().scheduleTask(in: .nanoseconds(nanoseconds)) { [self] in
                    remove(id)?.resume(throwing: Self.busy(contract, limits))
                }
            }
        } onCancel: {
            remove(id)?.resume(throwing: CancellationError())
        }
        return Admission(bulkhead: self, contract: contract)
    }

    private func remove(_ id: UInt64) -> CheckedContinuation<Void, any Error>? {
        state.withLock { state in
            guard let index = state.waiters.firstIndex(where: { $0.id == id }) else { return nil }
            return state.waiters.remove(at: index).continuation
        }
    }

    fileprivate func release(_ contract: String) {
        let woken = state.withLock { state -> CheckedContinuation<Void, any Error>? in
            state.running -= 1
            state.byContract[contract, default: 1] -= 1
            if state.byContract[contract] == 0 { state.byContract[contract] = nil }
            guard let index = state.waiters.firstIndex(where: { state.hasRoom($0.contract, limits) }) else { return nil }
            let waiter = state.waiters.remove(at: index)
            state.take(waiter.contract)
            return waiter.continuation
        }
        woken?.resume()
    }

    static func busy(_ contract: String, _ limits: Limits) -> SanyaError {
        SanyaError(.serviceUnavailable, SanyaError.busyCode, "'\(contract)' already runs as many queries as it may at once (\(limits.perContract) of \(limits.total) for all "
                   + "contracts); try again shortly", headers: [.retryAfter: "1"])
    }
}

/// A place in the bulkhead, given back once (`release`), however the request ends.
final class Admission: Sendable {
    private let bulkhead: QueryBulkhead
    private let contract: String
    private let released = Atomic<Bool>(false)

    fileprivate init(bulkhead: QueryBulkhead, contract: String) {
        self.bulkhead = bulkhead
        self.contract = contract
    }

    func release() {
        guard !released.exchange(true, ordering: .acquiringAndReleasing) else { return }
        bulkhead.release(contract)
    }

    deinit {
        release()
    }
}
