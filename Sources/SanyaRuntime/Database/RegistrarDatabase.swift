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
    /// - Throws: `DatabaseError` when the database cannot be reached or refuses the query.
    func open(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> any RowCursor

    /// Runs a query whose result is small (a page) and returns all its rows.
    func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> [ResultRow]

    /// Whether the database answers now.
    func ping() async throws

    /// Where reads go now, for `/readyz` (nil for a single database).
    var readiness: String? { get }
}

extension RegistrarDatabase {
    public var readiness: String? { nil }

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
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> [ResultRow] {
        let cursor = try await open(query, arguments: arguments, fields: fields)
        var rows: [ResultRow] = []
        while let batch = try await cursor.next() { rows += batch }
        return rows
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

    public var description: String {
        switch self {
        case .unavailable(let m): "database unavailable: \(m)"
        case .queryFailed(let m): "query failed: \(m)"
        }
    }
}
