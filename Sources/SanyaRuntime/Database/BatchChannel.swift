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

/// Gathers a producer's rows into batches of `size` for a channel: a full batch is sent at once, the rest when
/// the rows end.
struct RowBatcher {
    private let channel: BatchChannel<[ResultRow]>
    private let size: Int
    private var batch: [ResultRow] = []
    /// Whether the consumer went away (a send was refused): the producer stops and sends nothing more.
    private(set) var consumerLeft = false

    init(_ channel: BatchChannel<[ResultRow]>, size: Int) {
        self.channel = channel
        self.size = size
        batch.reserveCapacity(size)
    }

    /// Adds a row; false once the consumer has gone away.
    mutating func add(_ row: ResultRow) -> Bool {
        batch.append(row)
        guard batch.count == size else { return true }
        guard channel.send(batch) else {
            consumerLeft = true
            return false
        }
        batch.removeAll(keepingCapacity: true)
        return true
    }

    /// The rows ended: the last batch is sent and the channel finished (unless the consumer left).
    func finish() {
        if consumerLeft { return }
        if !batch.isEmpty { _ = channel.send(batch) }
        channel.finish()
    }
}
