import Foundation
import Logging
import SanyaModel
import Synchronization

/// What runs in the background for a database: a connection pool, a health check.
public protocol DatabaseService: Sendable {
    /// Runs until the task is cancelled.
    func run() async
}

extension PostgresRegistrar: DatabaseService {}

/// Reads from a streaming standby and falls back to the primary while the standby is down: the contracts'
/// queries are all reads, so a standby takes their load; keys, audit and rate limits stay on the primary
/// (the state store is opened on the primary, never here).
///
/// A background check pings the standby every `checkInterval`; a request that finds the standby unreachable
/// marks it down at once and is answered from the primary, so that only the first request after a failure
/// waits for the connect timeout.
public final class ReadReplicaRegistrar: RegistrarDatabase, CSVCopying, DatabaseService, @unchecked Sendable {
    public var dialect: DialectName { .postgres }
    public let primary: PostgresRegistrar
    public let standby: PostgresRegistrar
    private let standbyUp = Atomic<Bool>(true)
    private let logger: Logger
    let checkInterval: Duration

    public init(primary: PostgresRegistrar, standby: PostgresRegistrar, logger: Logger, checkInterval: Duration = .seconds(2)) {
        self.primary = primary
        self.standby = standby
        self.logger = logger
        self.checkInterval = checkInterval
    }

    /// Whether reads go to the standby now.
    public var readsFromStandby: Bool { standbyUp.load(ordering: .relaxed) }

    /// The primary's catalogs: a streaming standby has the same tables, and the primary is the one that answers
    /// while the standby is away.
    public var schemaLocation: String? { primary.schemaLocation }

    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            group.addTask { await self.primary.run() }
            group.addTask { await self.standby.run() }
            group.addTask {
                while !Task.isCancelled {
                    do {
                        try await self.standby.ping()
                        self.mark(up: true)
                    } catch {
                        self.mark(up: false)
                    }
                    try? await Task.sleep(for: self.checkInterval)
                }
            }
            await group.waitForAll()
        }
    }

    private func mark(up: Bool) {
        let was = standbyUp.exchange(up, ordering: .relaxed)
        if was != up {
            if up { logger.notice("the read standby answers again: reads go to it") } else { logger.warning("the read standby is down: reads go to the primary") }
        }
    }

    /// The standby when it is up; the primary when it is down or turns out unreachable.
    private func read<T: Sendable>(_ body: (PostgresRegistrar) async throws -> T) async throws -> T {
        if readsFromStandby {
            do {
                return try await body(standby)
            } catch DatabaseError.unavailable {
                mark(up: false)
            }
        }
        return try await body(primary)
    }

    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> any RowCursor {
        try await read { try await $0.open(query, arguments: arguments, fields: fields, budget: budget) }
    }

    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow] {
        try await read { try await $0.rows(query, arguments: arguments, fields: fields, budget: budget) }
    }

    public func copyCSV(_ query: DialectQuery, arguments: [String: BoundArgument], budget: QueryBudget) async throws -> CSVCopy? {
        try await read { try await $0.copyCSV(query, arguments: arguments, budget: budget) }
    }

    /// Ready while the primary answers (it holds the state and takes the reads when it must).
    public func ping() async throws {
        try await primary.ping()
    }

    public var readiness: String? { readsFromStandby ? "standby" : "primary (the standby is down)" }
}
