import Foundation
import Logging
import Synchronization

/// Writes audit records in the background, many to a transaction, so that a request does not wait for a
/// disk flush; `flush()` (called on shutdown and by tests) waits until everything queued is stored.
///
/// When the state store cannot take a batch (PostgreSQL is down), the batch goes to a local spool file
/// (JSON lines, synced to disk) instead of being dropped; the spool is moved into the store as soon as a
/// write succeeds again, at start-up, and every few seconds while it is not empty. Records are written at least once: a batch whose
/// commit was lost with the connection may appear twice, never not at all.
public actor AuditWriter {
    private let store: any StateStore
    private let spool: URL?
    private let logger: Logger
    private var pending: [AuditRecord] = []
    private var writing = false
    private var waiters: [CheckedContinuation<Void, Never>] = []
    /// Attempts at the store before a batch goes to the spool (without a spool: before it is given up).
    private let attempts: Int
    /// Whether the last batch reached neither the store nor the spool (see `canRecord`).
    private let losing = Mutex(false)

    /// False once a batch could be neither stored nor spooled, until one is again: the runtime then refuses
    /// contract requests (503 `AUDIT_UNAVAILABLE`) rather than serve them unrecorded. Only the requests
    /// already under way when that is found out are answered without a durable record; they are logged.
    public nonisolated var canRecord: Bool { !losing.withLock { $0 } }

    /// - Parameter spool: where batches wait while the store is unreachable (after two failed attempts); nil
    ///   keeps them in memory for a while (50 attempts, over a minute) and then gives them up with a critical
    ///   log line.
    public init(store: any StateStore, spool: URL? = nil, logger: Logger = Logger(label: "sanya.audit")) {
        self.store = store
        self.spool = spool
        self.logger = logger
        self.attempts = spool == nil ? 50 : 2
    }

    /// Queues a record; it is stored within milliseconds.
    public func record(_ record: AuditRecord) {
        pending.append(record)
        startIfIdle()
    }

    /// Moves what waits in the spool into the store, if anything does (at start-up, and every few seconds
    /// from the server's housekeeping, so that the spool empties even when no request comes).
    public func recoverSpool() {
        guard let spool, FileManager.default.fileExists(atPath: spool.path) else { return }
        startIfIdle()
    }

    /// Waits until every record queued so far is stored, or safe in the spool.
    public func flush() async {
        guard writing || !pending.isEmpty else { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    /// Records waiting in the spool file.
    public var spooledCount: Int {
        guard let spool, let data = FileManager.default.contents(atPath: spool.path) else { return 0 }
        return data.split(separator: UInt8(ascii: "\n")).count
    }

    private func startIfIdle() {
        guard !writing else { return }
        writing = true
        Task { await self.drain() }
    }

    private func drain() async {
        // Started for the spool alone (start-up, housekeeping), or the store took a batch just now: the
        // moment to move the spool. Not after a batch failed: the store is still down.
        let forSpool = pending.isEmpty
        var storeAnswered = false
        while !pending.isEmpty {
            let batch = Array(pending.prefix(Self.chunk))
            pending.removeFirst(batch.count)
            if await store(batch) {
                storeAnswered = true
                losing.withLock { $0 = false }
            } else if let spool {
                do {
                    try Self.append(batch, to: spool)
                    losing.withLock { $0 = false }
                    logger.warning("audit store unreachable; records kept in the spool", metadata: ["records": "\(batch.count)", "spool": "\(spool.path)"])
                } catch {
                    losing.withLock { $0 = true }
                    logger.critical("audit records could be neither stored nor spooled; contract requests are refused until they can",
                                    metadata: ["records": "\(batch.count)", "error": "\(error)", "lost": "\(batch)"])
                }
            } else {
                losing.withLock { $0 = true }
                logger.critical("audit records could not be stored; contract requests are refused until they can",
                                metadata: ["records": "\(batch.count)", "lost": "\(batch)"])
            }
        }
        if let spool, FileManager.default.fileExists(atPath: spool.path), storeAnswered || forSpool {
            await moveSpool(spool)
        }
        writing = false
        let waiting = waiters
        waiters.removeAll()
        for waiter in waiting { waiter.resume() }
        if !pending.isEmpty { startIfIdle() }
    }

    /// Tries the store a few times; true when the batch is stored.
    private func store(_ batch: [AuditRecord]) async -> Bool {
        for attempt in 1...attempts {
            do {
                try await store.append(batch)
                return true
            } catch {
                logger.error("audit write failed", metadata: ["error": "\(error)", "records": "\(batch.count)", "attempt": "\(attempt)"])
                if attempt < attempts { try? await Task.sleep(for: .milliseconds(100 * min(attempt, 20))) }
            }
        }
        return false
    }

    /// One attempt to move the spooled records into the store; the file is removed only once they are in.
    private func moveSpool(_ spool: URL) async {
        guard let data = FileManager.default.contents(atPath: spool.path) else { return }
        var records: [AuditRecord] = []
        for line in data.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
            do {
                records.append(try JSONDecoder().decode(AuditRecord.self, from: Data(line)))
            } catch {
                // Only a line cut short by a crash while it was written can be unreadable.
                logger.error("unreadable line in the audit spool skipped", metadata: ["spool": "\(spool.path)", "line": "\(String(decoding: line, as: UTF8.self))"])
            }
        }
        var stored = 0
        do {
            while stored < records.count {
                let end = min(stored + Self.chunk, records.count)
                try await store.append(Array(records[stored..<end]))
                stored = end
            }
            try FileManager.default.removeItem(at: spool)
            logger.notice("spooled audit records stored", metadata: ["records": "\(records.count)"])
        } catch {
            logger.warning("audit store still unreachable; records stay in the spool", metadata: ["records": "\(records.count - stored)"])
            if stored > 0 {
                // Keep only what is not stored yet, so that nothing is stored twice.
                try? Self.lines(records[stored...]).write(to: spool, options: .atomic)
            }
        }
    }

    /// Records moved from the spool to the store per transaction.
    static let chunk = 500

    static func lines(_ records: some Sequence<AuditRecord>) throws -> Data {
        var lines = Data()
        let encoder = JSONEncoder()
        for record in records {
            lines.append(try encoder.encode(record))
            lines.append(UInt8(ascii: "\n"))
        }
        return lines
    }

    /// Appends a batch as JSON lines and syncs the file to disk.
    static func append(_ batch: [AuditRecord], to spool: URL) throws {
        try FileManager.default.createDirectory(at: spool.deletingLastPathComponent(), withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: spool.path) {
            guard FileManager.default.createFile(atPath: spool.path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: spool.path])
            }
        }
        let data = try lines(batch)
        let handle = try FileHandle(forWritingTo: spool)
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
        try handle.synchronize()
    }
}
