import Foundation
import Logging
import SanyaModel
import Synchronization

/// Whether each served contract's source — every column its queries read (`HandlerDefinition.reads`) — is still
/// in the registrar database with a type that fits what the catalog said when the contract was built.
///
/// The database's own catalogs are read (`SchemaReader`, a read-only login is enough) when the contracts load —
/// at start, on `SIGHUP`, when `Generated/` changes — again a few seconds after a query fails (a column renamed
/// under a running server shows first as a failing query), and every few minutes. A contract whose source changed
/// is answered 503 `SOURCE_CHANGED` naming its column, instead of failing on each request with the database's
/// message; the others go on. When the catalogs cannot be read (the database is down), what was known stays and
/// the reading is tried again with growing pauses.
public final class SourceCheck: Sendable {
    /// Why a contract is not served.
    public struct Problem: Sendable, Hashable {
        public let contract: String
        public let table: String
        public let column: String
        public let reason: String
        /// The column is there but this login may not read it: the DBA's grant, not a change to the schema.
        public var denied: Bool = false
    }

    struct State {
        var problems: [String: Problem] = [:]
        /// When the catalogs were last read, or tried.
        var attempted: ContinuousClock.Instant?
        var failures = 0
        /// A query failed since the last reading.
        var suspected = false
        var reading = false
    }

    private let state = Mutex(State())
    /// How often the catalogs are read again while all is well.
    let recheckInterval: Duration
    /// The shortest pause between two readings, whatever asks for them.
    static let minimumPause: Duration = .seconds(3)

    public init(recheckInterval: Duration = .seconds(300)) {
        self.recheckInterval = recheckInterval
    }

    /// The reason `contract` is not served now, if its source changed.
    public func problem(_ contract: String) -> Problem? { state.withLock { $0.problems[contract] } }

    /// Every contract not served for its source, by contract.
    public var problems: [Problem] { state.withLock { $0.problems.values.sorted { $0.contract < $1.contract } } }

    /// Whether the last reading of the catalogs failed.
    public var unread: Bool { state.withLock { $0.failures > 0 } }

    /// Each approved definition served over HTTP whose columns `schema` no longer holds as it reads them: its first such column.
    public static func judge(_ definitions: some Sequence<HandlerDefinition>, against schema: DatabaseSchema) -> [String: Problem] {
        var problems: [String: Problem] = [:]
        for definition in definitions where definition.method.isServed && definition.status == .approved {
            problems[definition.contract] = problem(of: definition, in: schema)
        }
        return problems
    }

    /// The first column of `definition` that `schema` no longer holds as the contract reads it.
    public static func problem(of definition: HandlerDefinition, in schema: DatabaseSchema) -> Problem? {
        for source in definition.reads {
            if let reason = schema.problem(with: source) {
                return Problem(contract: definition.contract, table: source.table, column: source.column, reason: reason,
                               denied: schema.denied(source))
            }
        }
        return nil
    }

    /// Reads the database's catalogs now and judges `definitions` against them; logs each contract that stops or
    /// starts being served. Returns false when the catalogs could not be read (what was known stays).
    @discardableResult
    public func refresh(_ definitions: some Sequence<HandlerDefinition>, database: any RegistrarDatabase, logger: Logger) async -> Bool {
        let started = state.withLock { state -> Bool in
            guard !state.reading else { return false }
            state.reading = true
            state.attempted = .now
            state.suspected = false
            return true
        }
        guard started else { return true }
        let schema: DatabaseSchema?
        do {
            schema = try await database.readSchema(schemas: Set(definitions.flatMap { $0.reads.compactMap(\.schema) }))
        } catch {
            let failures = state.withLock { state -> Int in
                state.reading = false
                state.failures += 1
                return state.failures
            }
            if failures == 1 {
                logger.warning("cannot read the registrar database's catalogs to check the contracts' columns; serving them as built, trying again",
                               metadata: ["error": "\(error)"])
            }
            return false
        }
        let fresh = schema.map { Self.judge(definitions, against: $0) } ?? [:]
        let before = state.withLock { state -> [String: Problem] in
            let before = state.problems
            state.problems = fresh
            state.failures = 0
            state.reading = false
            return before
        }
        for (contract, problem) in fresh.sorted(by: { $0.key < $1.key }) where before[contract] != problem {
            logger.error(problem.denied ? "not serving a contract whose source this login may not read" : "not serving a contract whose source changed in the database",
                         metadata: ["contract": "\(contract)", "table": "\(problem.table)", "column": "\(problem.column)", "reason": "\(problem.reason)"])
        }
        for contract in before.keys.sorted() where fresh[contract] == nil {
            logger.info("serving again a contract whose source is back as built", metadata: ["contract": "\(contract)"])
        }
        return true
    }

    /// A query failed in a way a changed table explains: the catalogs are read again at the next housekeeping round.
    func suspect() {
        state.withLock { $0.suspected = true }
    }

    /// Whether a reading is due now: a query failed, the last reading failed and its pause is over (1 s doubling
    /// to a minute), or `recheckInterval` has passed.
    func due(now: ContinuousClock.Instant = .now) -> Bool {
        state.withLock { state in
            guard !state.reading, let attempted = state.attempted else { return !state.reading }
            let since = now - attempted
            if since < Self.minimumPause { return false }
            if state.suspected { return true }
            if state.failures > 0 { return since >= min(.seconds(1 << min(state.failures, 6)), .seconds(60)) }
            return since >= recheckInterval
        }
    }
}
