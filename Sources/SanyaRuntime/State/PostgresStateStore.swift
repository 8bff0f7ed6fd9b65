import Foundation
import Logging
import PostgresNIO
import SanyaModel

/// The login may not create the runtime's schema: a read-only login on the registrar's database.
public struct StateStoreRefusal: Error, CustomStringConvertible {
    public let reason: String

    public var description: String {
        "the runtime's state (keys, audit, rate limits, the pseudonym key) cannot be kept in schema sanya_state of this "
            + "PostgreSQL database: \(reason). A login that may only read the registrar's database needs a state database "
            + "of the runtime's own: --state FILE (SQLite) or --state postgres://… (env SANYA_STATE, setting state)"
    }
}

/// Keys and audit in PostgreSQL, schema `sanya_state`, when the runtime serves from PostgreSQL.
public final class PostgresStateStore: StateStore, @unchecked Sendable {
    private let client: PostgresClient
    private let logger: Logger

    public init(client: PostgresClient, logger: Logger = Logger(label: "sanya.state")) {
        self.client = client
        self.logger = logger
    }

    /// Creates the schema. Several runtimes starting at once on one database take turns (an advisory lock):
    /// PostgreSQL's `IF NOT EXISTS` and `OR REPLACE` do not keep concurrent DDL from failing.
    public func migrate() async throws {
        let statements = [
            "CREATE SCHEMA IF NOT EXISTS sanya_state",
            """
            CREATE TABLE IF NOT EXISTS sanya_state.api_key (
              id TEXT PRIMARY KEY, contract TEXT NOT NULL, label TEXT NOT NULL, hash TEXT NOT NULL,
              created_at TIMESTAMPTZ NOT NULL, revoked_at TIMESTAMPTZ, last_used_at TIMESTAMPTZ)
            """,
            """
            CREATE TABLE IF NOT EXISTS sanya_state.audit (
              id BIGSERIAL PRIMARY KEY, time TIMESTAMPTZ NOT NULL, contract TEXT NOT NULL, unit TEXT NOT NULL,
              key_id TEXT, client TEXT, method TEXT NOT NULL, parameters TEXT NOT NULL, format TEXT, rows INTEGER NOT NULL,
              status INTEGER NOT NULL, code TEXT, duration_ms DOUBLE PRECISION NOT NULL)
            """,
            "CREATE INDEX IF NOT EXISTS audit_contract_time ON sanya_state.audit (contract, time)",
            // What `sanya notify` sent, to whom, once (a claim first, so that two runs never both send).
            """
            CREATE TABLE IF NOT EXISTS sanya_state.notice (
              key TEXT PRIMARY KEY, contract TEXT NOT NULL, kind TEXT NOT NULL, recipient TEXT NOT NULL, message_id TEXT NOT NULL,
              state TEXT NOT NULL, claimed_at TIMESTAMPTZ NOT NULL, sent_at TIMESTAMPTZ, detail TEXT)
            """,
            // The requests admitted under each contract's rate limit, shared by every runtime on this database.
            "CREATE TABLE IF NOT EXISTS sanya_state.rate_event (contract TEXT NOT NULL, at TIMESTAMPTZ NOT NULL)",
            "CREATE INDEX IF NOT EXISTS rate_event_contract_at ON sanya_state.rate_event (contract, at)",
            // The runtime's secrets (the pseudonym key): in the state database, never in the registrar's.
            "CREATE TABLE IF NOT EXISTS sanya_state.secret (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL)",
            // One admission at a time per contract (an advisory lock held to the end of the call), each step
            // with a fresh snapshot (a volatile function's statements each get one), so that runtimes admitting
            // at the same moment count each other's requests. Returns 0 when admitted, else the seconds to wait.
            """
            CREATE OR REPLACE FUNCTION sanya_state.admit(p_contract TEXT, p_seconds INTEGER, p_limit INTEGER) RETURNS INTEGER
            LANGUAGE plpgsql VOLATILE AS $$
            DECLARE
              used INTEGER;
              oldest TIMESTAMPTZ;
            BEGIN
              PERFORM pg_advisory_xact_lock(hashtext('sanya_rate:' || p_contract));
              DELETE FROM sanya_state.rate_event WHERE contract = p_contract AND at <= clock_timestamp() - make_interval(secs => p_seconds);
              SELECT count(*), min(at) INTO used, oldest FROM sanya_state.rate_event WHERE contract = p_contract;
              IF used >= p_limit THEN
                RETURN greatest(1, ceil(extract(epoch FROM oldest + make_interval(secs => p_seconds) - clock_timestamp())))::INTEGER;
              END IF;
              INSERT INTO sanya_state.rate_event (contract, at) VALUES (p_contract, clock_timestamp());
              RETURN 0;
            END
            $$
            """,
        ]
        let logger = self.logger
        // One transaction holding a transaction-level lock: it works through PgBouncer in transaction mode too,
        // where a session lock could be taken on one server connection and released on another.
        try await client.withConnection { connection in
            _ = try await connection.collect("BEGIN", logger: logger)
            do {
                _ = try await connection.collect("SELECT pg_advisory_xact_lock(hashtext('sanya_state migrate'))", logger: logger)
                for statement in statements { _ = try await connection.collect(PostgresQuery(unsafeSQL: statement), logger: logger) }
                _ = try await connection.collect("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.collect("ROLLBACK", logger: logger)
                if let error = error as? PSQLError, error.serverInfo?[.sqlState] == "42501" {
                    throw StateStoreRefusal(reason: error.serverInfo?[.message] ?? "permission denied")
                }
                throw error
            }
        }
    }

    public func rateLimiter() -> any RateLimiting { SharedRateLimiter(store: self) }

    /// Admits a request under the limit shared with every runtime on this database.
    func admit(_ contract: String, limit: RateLimit) async throws -> Int? {
        let rows = try await client.collect("SELECT sanya_state.admit(\(contract), \(Int32(limit.seconds)), \(Int32(limit.requests)))", logger: logger)
        let wait = try rows.first?.decode(Int32.self) ?? 0
        return wait == 0 ? nil : Int(wait)
    }

    public func insertKey(_ key: StoredKey) async throws {
        _ = try await client.collect("""
            INSERT INTO sanya_state.api_key (id, contract, label, hash, created_at)
            VALUES (\(key.id), \(key.contract), \(key.label), \(key.hash), \(key.createdAt))
            """, logger: logger)
    }

    public func keys(contract: String?) async throws -> [StoredKey] {
        var keys: [StoredKey] = []
        let rows = try await client.collect("""
            SELECT id, contract, label, hash, created_at, revoked_at, last_used_at FROM sanya_state.api_key
            WHERE \(contract)::text IS NULL OR contract = \(contract) ORDER BY contract, created_at
            """, logger: logger)
        for row in rows {
            let (id, contract, label, hash, created, revoked, used) = try row.decode((String, String, String, String, Date, Date?, Date?).self)
            keys.append(StoredKey(id: id, contract: contract, label: label, hash: hash, createdAt: created, revokedAt: revoked, lastUsedAt: used))
        }
        return keys
    }

    /// Within the runtime's connect timeout: a request must get its 503, not wait for a database that is down.
    public func key(id: String) async throws -> StoredKey? {
        try await Deadline.run { [client, logger] in
            let rows = try await client.collect("""
                SELECT id, contract, label, hash, created_at, revoked_at, last_used_at FROM sanya_state.api_key WHERE id = \(id)
                """, logger: logger)
            for row in rows {
                let (id, contract, label, hash, created, revoked, used) = try row.decode((String, String, String, String, Date, Date?, Date?).self)
                return StoredKey(id: id, contract: contract, label: label, hash: hash, createdAt: created, revokedAt: revoked, lastUsedAt: used)
            }
            return nil
        }
    }

    public func revokeKey(id: String, at time: Date) async throws -> Bool {
        let rows = try await client.collect("""
            UPDATE sanya_state.api_key SET revoked_at = \(time) WHERE id = \(id) AND revoked_at IS NULL RETURNING id
            """, logger: logger)
        return !rows.isEmpty
    }

    public func claimNotice(_ record: NoticeRecord, staleBefore: Date) async throws -> Bool {
        let rows = try await client.collect("""
            INSERT INTO sanya_state.notice (key, contract, kind, recipient, message_id, state, claimed_at)
            VALUES (\(record.key), \(record.contract), \(record.kind), \(record.recipient), \(record.messageID), 'claimed', \(record.claimedAt))
            ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at
            WHERE sanya_state.notice.state = 'claimed' AND sanya_state.notice.claimed_at < \(staleBefore)
            RETURNING key
            """, logger: logger)
        return !rows.isEmpty
    }

    public func finishNotice(key: String, state: NoticeState, detail: String?, at time: Date) async throws {
        _ = try await client.collect("UPDATE sanya_state.notice SET state = \(state.rawValue), sent_at = \(time), detail = \(detail) WHERE key = \(key)",
                                     logger: logger)
    }

    public func releaseNotice(key: String) async throws {
        _ = try await client.collect("DELETE FROM sanya_state.notice WHERE key = \(key) AND state = 'claimed'", logger: logger)
    }

    public func secret(_ name: String) async throws -> String? {
        try await client.collect("SELECT value FROM sanya_state.secret WHERE name = \(name)", logger: logger).first?.decode(String.self)
    }

    public func keepSecret(_ name: String, _ value: String) async throws -> String {
        _ = try await client.collect("""
            INSERT INTO sanya_state.secret (name, value, created_at) VALUES (\(name), \(value), \(Date())) ON CONFLICT (name) DO NOTHING
            """, logger: logger)
        return try await secret(name) ?? value
    }

    public func notices() async throws -> [NoticeRecord] {
        let rows = try await client.collect("""
            SELECT key, contract, kind, recipient, message_id, state, claimed_at, sent_at, detail FROM sanya_state.notice ORDER BY claimed_at, key
            """, logger: logger)
        return try rows.map { row in
            let (key, contract, kind, recipient, messageID, state, claimedAt, sentAt, detail) =
                try row.decode((String, String, String, String, String, String, Date, Date?, String?).self)
            return NoticeRecord(key: key, contract: contract, kind: kind, recipient: recipient, messageID: messageID,
                                state: NoticeState(rawValue: state) ?? .claimed, claimedAt: claimedAt, sentAt: sentAt, detail: detail)
        }
    }

    public func touchKey(id: String, at time: Date) async throws {
        try await Deadline.run { [client, logger] in
            _ = try await client.collect("UPDATE sanya_state.api_key SET last_used_at = \(time) WHERE id = \(id)", logger: logger)
        }
    }

    /// Within the connect timeout and a millisecond a record, so that the audit writer can spool the
    /// records instead of waiting for a database that is down.
    public func append(_ records: [AuditRecord]) async throws {
        guard !records.isEmpty else { return }
        try await Deadline.run(PostgresRegistrar.connectTimeout + .milliseconds(records.count)) { [client, logger] in
            try await Self.insert(records, client: client, logger: logger)
        }
    }

    /// The audit table's columns, in the order a record is written and read.
    static let auditColumns = "time, contract, unit, key_id, client, method, parameters, format, rows, status, code, duration_ms"
    static let auditWidth = auditColumns.split(separator: ",").count

    /// One multi-row INSERT a batch (at most `AuditWriter.chunk` records, a bind a column each): one round trip
    /// and one commit however many requests the batch records, so that the audit keeps up with the runtime.
    private static func insert(_ records: [AuditRecord], client: PostgresClient, logger: Logger) async throws {
        var bindings = PostgresBindings(capacity: records.count * auditWidth)
        var rows: [String] = []
        rows.reserveCapacity(records.count)
        for (index, r) in records.enumerated() {
            let first = index * auditWidth
            rows.append("(" + (1...auditWidth).map { "$\(first + $0)" }.joined(separator: ",") + ")")
            bindings.append(r.time)
            bindings.append(r.contract)
            bindings.append(r.unit)
            bindings.append(r.keyID)
            bindings.append(r.client)
            bindings.append(r.method)
            bindings.append(r.parameters)
            bindings.append(r.format)
            bindings.append(r.rows)
            bindings.append(r.status)
            bindings.append(r.code)
            bindings.append(r.durationMilliseconds)
        }
        let sql = "INSERT INTO sanya_state.audit (\(auditColumns)) VALUES "
            + rows.joined(separator: ",")
        _ = try await client.collect(PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
    }

    public func audit(_ filter: AuditFilter) async throws -> [AuditRecord] {
        let rows = try await client.collect("""
            SELECT \(unescaped: Self.auditColumns) FROM sanya_state.audit
            WHERE (\(filter.contract)::text IS NULL OR contract = \(filter.contract)) AND (\(filter.unit)::text IS NULL OR unit = \(filter.unit))
              AND (\(filter.since)::timestamptz IS NULL OR time >= \(filter.since)) AND (\(filter.until)::timestamptz IS NULL OR time < \(filter.until))
              AND (\(filter.status)::integer IS NULL OR status = \(filter.status))
            ORDER BY time, id LIMIT \(filter.limit ?? Int(Int32.max))
            """, logger: logger)
        var records: [AuditRecord] = []
        for row in rows {
            let (time, contract, unit, key, client, method, parameters, format, count, status, code, duration) = try row.decode(
                (Date, String, String, String?, String?, String, String, String?, Int, Int, String?, Double).self)
            records.append(AuditRecord(time: time, contract: contract, unit: unit, keyID: key, client: client, method: method, parameters: parameters,
                                       format: format, rows: count, status: status, code: code, durationMilliseconds: duration))
        }
        return records
    }
}

/// The rate limit of several runtimes on one PostgreSQL: the count lives in `sanya_state.rate_event`.
struct SharedRateLimiter: RateLimiting {
    let store: PostgresStateStore

    func admit(_ contract: String, limit: RateLimit?) async throws -> Int? {
        guard let limit else { return nil }
        return try await store.admit(contract, limit: limit)
    }
}
