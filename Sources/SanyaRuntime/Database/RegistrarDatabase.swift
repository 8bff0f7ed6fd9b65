import SanyaModel

/// A registrar database the runtime reads contracts' data from.
public protocol RegistrarDatabase: Sendable {
    /// The dialect whose queries this database runs (`sqlite`, `postgres`).
    var dialect: String { get }

    /// Runs a query and hands its rows, in batches, to `consume` as they come from the database cursor, so
    /// memory does not grow with the size of the result.
    ///
    /// - Parameters:
    ///   - query: the dialect's query from the handler definition.
    ///   - arguments: the value of each bind name.
    ///   - fields: the output fields, to convert each cell to its kind.
    func stream(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField],
                consume: @Sendable ([ResultRow]) async throws -> Void) async throws

    /// Whether the database answers now.
    func ping() async throws
}

extension RegistrarDatabase {
    /// Runs a query and collects every row (for small results and tests).
    public func rows(_ query: DialectQuery, arguments: [String: BoundArgument], fields: [OutputField]) async throws -> [ResultRow] {
        let collector = RowCollector()
        try await stream(query, arguments: arguments, fields: fields) { batch in await collector.append(batch) }
        return await collector.rows
    }
}

actor RowCollector {
    var rows: [ResultRow] = []
    func append(_ batch: [ResultRow]) { rows += batch }
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
