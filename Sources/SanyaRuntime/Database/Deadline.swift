import Synchronization
import NIOCore

/// A time limit on async work, kept by a timer on one of NIO's event loops.
///
/// Not `Task.sleep` in a task group racing the work: on Linux a sleeping task is a libdispatch timer, and the
/// thread switches to and from libdispatch's timer thread were a tenth of the runtime's CPU per PostgreSQL
/// request (`Benchmarks/postgres-floor.sh`, perf). An event-loop timer costs one scheduled closure.
final class Deadline: Sendable {
    private let armed = Mutex(true)

    /// Stops the timer from failing the work: what it guarded (a connection lease) has happened.
    func disarm() {
        armed.withLock { $0 = false }
    }

    /// `body`'s result, or `DatabaseError.unavailable` once `limit` has passed while the deadline is armed; the
    /// work is then cancelled. Cancelling the caller cancels the work.
    ///
    /// The clock starts when the work does, and the timer's verdict is given by a task of its own: on a machine
    /// so busy that tasks wait for a thread, the work and the verdict wait alike, as two racing tasks did
    /// (a timer that failed the work straight from the event loop gave false timeouts in the test suite, where
    /// every suite starts at once).
    static func run<T: Sendable>(_ limit: Duration = PostgresRegistrar.connectTimeout, _ body: @escaping @Sendable (Deadline) async throws -> T) async throws -> T {
        let deadline = Deadline()
        let loop = NIOSingletons.posixEventLoopGroup.any()
        let answer = loop.makePromise(of: T.self)
        let components = limit.components
        let nanoseconds = components.seconds * 1_000_000_000 + components.attoseconds / 1_000_000_000
        let work = Task {
            let timer = loop.scheduleTask(in: .nanoseconds(nanoseconds)) {
                Task {
                    // Completing a completed promise does nothing: whichever comes first wins.
                    if deadline.armed.withLock({ $0 }) { answer.fail(DatabaseError.unavailable("no answer within \(limit)")) }
                }
            }
            defer { timer.cancel() }
            do {
                answer.succeed(try await body(deadline))
            } catch {
                answer.fail(error)
            }
        }
        do {
            return try await withTaskCancellationHandler {
                try await answer.futureResult.get()
            } onCancel: {
                work.cancel()
            }
        } catch {
            work.cancel()
            throw error
        }
    }

    static func run<T: Sendable>(_ limit: Duration = PostgresRegistrar.connectTimeout, _ body: @escaping @Sendable () async throws -> T) async throws -> T {
        try await run(limit) { (_: Deadline) in try await body() }
    }
}
