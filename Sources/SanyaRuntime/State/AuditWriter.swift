import Foundation
import Logging

/// Writes audit records in the background, many to a transaction, so that a request does not wait for a
/// disk flush; `flush()` (called on shutdown and by tests) waits until everything queued is stored.
public actor AuditWriter {
    private let store: any StateStore
    private let logger: Logger
    private var pending: [AuditRecord] = []
    private var writing = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    public init(store: any StateStore, logger: Logger = Logger(label: "sanya.audit")) {
        self.store = store
        self.logger = logger
    }

    /// Queues a record; it is stored within milliseconds.
    public func record(_ record: AuditRecord) {
        pending.append(record)
        if !writing {
            writing = true
            Task { await self.drain() }
        }
    }

    /// Waits until every record queued so far is stored.
    public func flush() async {
        guard writing || !pending.isEmpty else { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    private func drain() async {
        while !pending.isEmpty {
            let batch = pending
            pending.removeAll(keepingCapacity: true)
            var attempt = 0
            while true {
                do {
                    try await store.append(batch)
                    break
                } catch {
                    attempt += 1
                    logger.error("audit write failed, retrying", metadata: ["error": "\(error)", "records": "\(batch.count)"])
                    if attempt >= 50 {
                        logger.critical("audit records could not be stored", metadata: ["records": "\(batch.count)"])
                        break
                    }
                    try? await Task.sleep(for: .milliseconds(100 * min(attempt, 20)))
                }
            }
        }
        writing = false
        let waiting = waiters
        waiters.removeAll()
        for waiter in waiting { waiter.resume() }
    }
}
