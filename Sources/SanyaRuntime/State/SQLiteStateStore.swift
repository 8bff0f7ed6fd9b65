import Foundation
import GRDB

/// Keys and audit in a SQLite file of their own (the default; the registrar database is opened read-only).
public final class SQLiteStateStore: StateStore, @unchecked Sendable {
    private let queue: DatabaseQueue

    public init(path: String) throws {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        var configuration = Configuration()
        // Like a PostgreSQL state store's connect timeout: a request gets its 503 instead of waiting on a lock.
        configuration.busyMode = .timeout(3)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        queue = try DatabaseQueue(path: path, configuration: configuration)
    }

    /// One runtime per SQLite state file: its rate limits are counted in memory.
    public func rateLimiter() -> any RateLimiting { RateLimiter() }

    public func migrate() async throws {
        try await queue.write { db in
            try db.execute(sql: """
                CREATE TABLE IF NOT EXISTS api_key (
                  id TEXT PRIMARY KEY, contract TEXT NOT NULL, label TEXT NOT NULL, hash TEXT NOT NULL,
                  created_at REAL NOT NULL, revoked_at REAL, last_used_at REAL);
                CREATE TABLE IF NOT EXISTS audit (
                  id INTEGER PRIMARY KEY AUTOINCREMENT, time REAL NOT NULL, contract TEXT NOT NULL, unit TEXT NOT NULL,
                  key_id TEXT, client TEXT, method TEXT NOT NULL, parameters TEXT NOT NULL, format TEXT, rows INTEGER NOT NULL,
                  status INTEGER NOT NULL, code TEXT, duration_ms REAL NOT NULL);
                CREATE INDEX IF NOT EXISTS audit_contract_time ON audit (contract, time);
                CREATE TABLE IF NOT EXISTS notice (
                  key TEXT PRIMARY KEY, contract TEXT NOT NULL, kind TEXT NOT NULL, recipient TEXT NOT NULL, message_id TEXT NOT NULL,
                  state TEXT NOT NULL, claimed_at REAL NOT NULL, sent_at REAL, detail TEXT);
                CREATE TABLE IF NOT EXISTS secret (name TEXT PRIMARY KEY, value TEXT NOT NULL, created_at REAL NOT NULL);
                """)
        }
    }

    public func secret(_ name: String) async throws -> String? {
        try await queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM secret WHERE name = ?", arguments: [name]) }
    }

    public func keepSecret(_ name: String, _ value: String) async throws -> String {
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO secret (name, value, created_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING",
                           arguments: [name, value, Date().timeIntervalSince1970])
            return try String.fetchOne(db, sql: "SELECT value FROM secret WHERE name = ?", arguments: [name]) ?? value
        }
    }

    public func insertKey(_ key: StoredKey) async throws {
        try await queue.write { db in
            try db.execute(sql: "INSERT INTO api_key (id, contract, label, hash, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [key.id, key.contract, key.label, key.hash, key.createdAt.timeIntervalSince1970])
        }
    }

    public func keys(contract: String?) async throws -> [StoredKey] {
        try await queue.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM api_key WHERE ? IS NULL OR contract = ? ORDER BY contract, created_at", arguments: [contract, contract])
            return rows.map(Self.key)
        }
    }

    public func key(id: String) async throws -> StoredKey? {
        try await queue.read { db in try Row.fetchOne(db, sql: "SELECT * FROM api_key WHERE id = ?", arguments: [id]).map(Self.key) }
    }

    public func revokeKey(id: String, at time: Date) async throws -> Bool {
        try await queue.write { db in
            try db.execute(sql: "UPDATE api_key SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", arguments: [time.timeIntervalSince1970, id])
            return db.changesCount > 0
        }
    }

    public func touchKey(id: String, at time: Date) async throws {
        try await queue.write { db in
            try db.execute(sql: "UPDATE api_key SET last_used_at = ? WHERE id = ?", arguments: [time.timeIntervalSince1970, id])
        }
    }

    public func append(_ records: [AuditRecord]) async throws {
        guard !records.isEmpty else { return }
        try await queue.write { db in
            let statement = try db.makeStatement(sql: """
                INSERT INTO audit (time, contract, unit, key_id, client, method, parameters, format, rows, status, code, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for r in records {
                try statement.execute(arguments: [r.time.timeIntervalSince1970, r.contract, r.unit, r.keyID, r.client, r.method, r.parameters,
                                                  r.format, r.rows, r.status, r.code, r.durationMilliseconds])
            }
        }
    }

    public func audit(_ filter: AuditFilter) async throws -> [AuditRecord] {
        try await queue.read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT * FROM audit
                WHERE (?1 IS NULL OR contract = ?1) AND (?2 IS NULL OR unit = ?2) AND (?3 IS NULL OR time >= ?3)
                  AND (?4 IS NULL OR time < ?4) AND (?5 IS NULL OR status = ?5)
                ORDER BY time, id LIMIT ?6
                """, arguments: [filter.contract, filter.unit, filter.since?.timeIntervalSince1970, filter.until?.timeIntervalSince1970, filter.status, filter.limit ?? -1])
            return rows.map { row in
                AuditRecord(time: Date(timeIntervalSince1970: row["time"]), contract: row["contract"], unit: row["unit"], keyID: row["key_id"],
                            client: row["client"], method: row["method"], parameters: row["parameters"], format: row["format"], rows: row["rows"],
                            status: row["status"], code: row["code"], durationMilliseconds: row["duration_ms"])
            }
        }
    }

    public func claimNotice(_ record: NoticeRecord, staleBefore: Date) async throws -> Bool {
        try await queue.write { db in
            try db.execute(sql: """
                INSERT INTO notice (key, contract, kind, recipient, message_id, state, claimed_at) VALUES (?, ?, ?, ?, ?, 'claimed', ?)
                ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at
                WHERE notice.state = 'claimed' AND notice.claimed_at < ?
                """, arguments: [record.key, record.contract, record.kind, record.recipient, record.messageID,
                                 record.claimedAt.timeIntervalSince1970, staleBefore.timeIntervalSince1970])
            return db.changesCount > 0
        }
    }

    public func finishNotice(key: String, state: NoticeState, detail: String?, at time: Date) async throws {
        try await queue.write { db in
            try db.execute(sql: "UPDATE notice SET state = ?, sent_at = ?, detail = ? WHERE key = ?",
                           arguments: [state.rawValue, time.timeIntervalSince1970, detail, key])
        }
    }

    public func releaseNotice(key: String) async throws {
        try await queue.write { db in try db.execute(sql: "DELETE FROM notice WHERE key = ? AND state = 'claimed'", arguments: [key]) }
    }

    public func notices() async throws -> [NoticeRecord] {
        try await queue.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM notice ORDER BY claimed_at, key").map { row in
                NoticeRecord(key: row["key"], contract: row["contract"], kind: row["kind"], recipient: row["recipient"], messageID: row["message_id"],
                             state: NoticeState(rawValue: row["state"]) ?? .claimed, claimedAt: Date(timeIntervalSince1970: row["claimed_at"]),
                             sentAt: (row["sent_at"] as Double?).map(Date.init(timeIntervalSince1970:)), detail: row["detail"])
            }
        }
    }

    static func key(_ row: Row) -> StoredKey {
        StoredKey(id: row["id"], contract: row["contract"], label: row["label"], hash: row["hash"],
                  createdAt: Date(timeIntervalSince1970: row["created_at"]),
                  revokedAt: (row["revoked_at"] as Double?).map(Date.init(timeIntervalSince1970:)),
                  lastUsedAt: (row["last_used_at"] as Double?).map(Date.init(timeIntervalSince1970:)))
    }
}
