import SanyaModel

/// A registrar database the runtime reads contracts' data from.
public protocol RegistrarDatabase: Sendable {
    /// The dialect whose queries this database runs.
    var dialect: DialectName { get }

    /// Starts a query; its rows come in batches from the database cursor as the caller asks for them, so
    /// memory does not grow with the size of the result.
    ///
    /// - Parameters:
    ///   - query: the dialect's query from the handler definition.
    ///   - arguments: the value of each bind name.
    ///   - fields: the output fields, to convert each cell to its kind.
    ///   - budget: how long the database lets the query run in all, and how a client that left stops it.
    /// - Throws: `DatabaseError` when the database cannot be reached or refuses the query, `.timedOut` when the
    ///   database stopped it over budget, `.cancelled` when the budget was cancelled.
    func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> any RowCursor

    /// Runs a query whose result is small (a page) and returns all its rows, within `budget`.
    func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow]

    /// Whether the database answers now.
    func ping() async throws

    /// Where reads go now, for `/readyz` (nil for a single database).
    var readiness: String? { get }

    /// The database whose system catalogs `SchemaReader` reads to check the served contracts' columns (a SQLite
    /// path, a postgres:// or mariadb:// URL), or nil when there is none to read.
    var schemaLocation: String? { get }
}

extension RegistrarDatabase {
    public var readiness: String? { nil }
    public var schemaLocation: String? { nil }

    /// The database's own account of its tables, or nil when it has no catalogs to read (see `schemaLocation`):
    /// the connection's own schema and the `schemas` the catalog places tables in.
    public func readSchema(schemas: Set<String> = []) async throws -> DatabaseSchema? {
        guard let schemaLocation else { return nil }
        return try await SchemaReader.read(schemaLocation, schemas: schemas.sorted(), withDefault: true)
    }

    /// For a command run by hand (not a request): waits up to `limit` for the database to answer, since a
    /// pool's first connection may take longer than the 3 s a request is given. Throws the last failure.
    public func waitUntilReachable(_ limit: Duration = .seconds(15)) async throws {
        let deadline = ContinuousClock.now + limit
        while true {
            do {
                try await ping()
                return
            } catch {
                if ContinuousClock.now >= deadline { throw error }
                try await Task.sleep(for: .milliseconds(250))
            }
        }
    }

    /// Runs a query and collects every row from its cursor.
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField], budget: QueryBudget) async throws -> [ResultRow] {
        let cursor = try await open(query, arguments: arguments, fields: fields, budget: budget)
        var rows: [ResultRow] = []
        while let batch = try await cursor.next() { rows += batch }
        return rows
    }

    /// A query of a command run by hand, without a time limit.
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> [ResultRow] {
        try await rows(query, arguments: arguments, fields: fields, budget: .unlimited)
    }

    public func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> any RowCursor {
        try await open(query, arguments: arguments, fields: fields, budget: .unlimited)
    }
}

/// The rows of a running query, batch by batch.
public protocol RowCursor: AnyObject, Sendable {
    /// The next batch, or nil after the last.
    func next() async throws -> [ResultRow]?
    /// Stops the query early (the client went away, or a row limit was reached).
    func cancel()
}

/// Errors of the database layer, each with the HTTP status and stable code the runtime answers with.
public enum DatabaseError: Error, Sendable, CustomStringConvertible {
    case unavailable(String)
    case queryFailed(String)
    /// The database stopped the query when its time limit (milliseconds) had passed.
    case timedOut(milliseconds: Int, String)
    /// The query was stopped because the client went away.
    case cancelled

    public var description: String {
        switch self {
        case .unavailable(let m): "database unavailable: \(m)"
        case .queryFailed(let m): "query failed: \(m)"
        case .timedOut(let limit, let m): "query over its time limit of \(DurationText.text(limit)): \(m)"
        case .cancelled: "query cancelled: the client went away"
        }
    }
}
