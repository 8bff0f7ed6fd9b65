import Foundation

/// One access to a contract's data, allowed or refused: an HTTP request or an export.
public struct AuditRecord: Sendable, Equatable, Codable {
    public var time: Date
    public var contract: String
    public var unit: String
    public var keyID: String?
    public var client: String?
    /// `GET`, `POST`, or `EXPORT` for a document export.
    public var method: String
    public var parameters: String
    public var format: String?
    public var rows: Int
    public var status: Int
    /// The stable error code of a refusal, nil when served.
    public var code: String?
    public var durationMilliseconds: Double

    public init(time: Date, contract: String, unit: String, keyID: String?, client: String?, method: String, parameters: String, format: String?, rows: Int, status: Int, code: String?, durationMilliseconds: Double) {
        self.time = time
        self.contract = contract
        self.unit = unit
        self.keyID = keyID
        self.client = client
        self.method = method
        self.parameters = parameters
        self.format = format
        self.rows = rows
        self.status = status
        self.code = code
        self.durationMilliseconds = durationMilliseconds
    }
}

/// Which audit records to list.
public struct AuditFilter: Sendable {
    public var contract: String?
    public var unit: String?
    public var since: Date?
    public var until: Date?
    public var status: Int?
    public var limit: Int?

    public init(contract: String? = nil, unit: String? = nil, since: Date? = nil, until: Date? = nil, status: Int? = nil, limit: Int? = nil) {
        self.contract = contract
        self.unit = unit
        self.since = since
        self.until = until
        self.status = status
        self.limit = limit
    }
}

/// The runtime's own state: API keys and the audit log.
public protocol StateStore: Sendable {
    func migrate() async throws
    func insertKey(_ key: StoredKey) async throws
    func keys(contract: String?) async throws -> [StoredKey]
    func key(id: String) async throws -> StoredKey?
    /// Marks a key revoked; false when there is no such key or it was already revoked.
    func revokeKey(id: String, at time: Date) async throws -> Bool
    func touchKey(id: String, at time: Date) async throws
    func append(_ records: [AuditRecord]) async throws
    func audit(_ filter: AuditFilter) async throws -> [AuditRecord]
    /// The rate limiter that holds for every runtime sharing this state: in memory for a single SQLite
    /// runtime, in the database when several runtimes share PostgreSQL.
    func rateLimiter() -> any RateLimiting
    /// Claims a notice for sending (`record.state` is `.claimed`): true when this run may send it — it was never
    /// claimed, or its claim is older than `staleBefore` (a run that died half way) and not sent. Two runs at once
    /// never both get true for one notice.
    func claimNotice(_ record: NoticeRecord, staleBefore: Date) async throws -> Bool
    /// A claimed notice was sent, or its recipient refused for good.
    func finishNotice(key: String, state: NoticeState, detail: String?, at time: Date) async throws
    /// A claimed notice could not be sent this time (the server was down): the next run sends it.
    func releaseNotice(key: String) async throws
    /// Every notice recorded, oldest claim first.
    func notices() async throws -> [NoticeRecord]
    /// A secret the runtime keeps (the pseudonym key), or nil before it is first kept.
    func secret(_ name: String) async throws -> String?
    /// Keeps `value` as the secret `name` unless one is kept already; returns the one kept, so that runtimes
    /// sharing a state database agree on it.
    func keepSecret(_ name: String, _ value: String) async throws -> String
}
