import Foundation

/// Hands batches from a synchronous producer thread (a SQLite cursor) to an async consumer, blocking the
/// producer while `capacity` batches wait, so that a slow client holds back the cursor instead of
/// letting rows pile up in memory.
final class BatchChannel<Element: Sendable>: @unchecked Sendable {
    private let lock = NSCondition()
    private var queue: [Element] = []
    private var finished = false
    private var failure: (any Error)?
    private var cancelled = false
    private var waiter: CheckedContinuation<Element?, any Error>?
    private let capacity: Int

    init(capacity: Int = 4) {
        self.capacity = capacity
    }

    /// Producer: waits while the queue is full. Returns false once the consumer has gone away.
    func send(_ element: Element) -> Bool {
        lock.lock()
        while queue.count >= capacity && !cancelled { lock.wait() }
        if cancelled {
            lock.unlock()
            return false
        }
        if let waiter {
            self.waiter = nil
            lock.unlock()
            waiter.resume(returning: element)
            return true
        }
        queue.append(element)
        lock.unlock()
        return true
    }

    /// Producer: no more batches, optionally because of an error.
    func finish(_ error: (any Error)? = nil) {
        lock.lock()
        finished = true
        failure = error
        let waiter = self.waiter
        self.waiter = nil
        lock.unlock()
        if let waiter {
            if let error { waiter.resume(throwing: error) } else { waiter.resume(returning: nil) }
        }
    }

    /// Consumer: the next batch, or nil at the end.
    func next() async throws -> Element? {
        try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            if !queue.isEmpty {
                let element = queue.removeFirst()
                lock.signal()
                lock.unlock()
                continuation.resume(returning: element)
            } else if finished {
                let failure = self.failure
                lock.unlock()
                if let failure { continuation.resume(throwing: failure) } else { continuation.resume(returning: nil) }
            } else {
                waiter = continuation
                lock.unlock()
            }
        }
    }

    /// Consumer: stop the producer (the client went away or an error happened downstream).
    func cancel() {
        lock.lock()
        cancelled = true
        lock.broadcast()
        lock.unlock()
    }
}
