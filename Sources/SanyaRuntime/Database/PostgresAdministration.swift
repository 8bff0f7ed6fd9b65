import Logging
import PostgresNIO
import SanyaModel

/// Runs the administration statements of `sanya apply` and `sanya dbuser` on PostgreSQL: all of them in
/// one transaction, or none.
public struct PostgresAdministration: Sendable {
    public let url: String
    let logger: Logger

    public init(url: String, logger: Logger = Logger(label: "sanya.admin")) throws {
        guard PostgresURL(url)?.connection != nil else { throw Failure(message: "not a postgres:// URL: \(PostgresRegistrar.redact(url))") }
        self.url = url
        self.logger = logger
    }

    /// What PostgreSQL said when it refused; nothing was changed.
    public struct Failure: Error, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }

    /// Runs `statements` in one transaction; on any failure rolls back and throws `Failure`.
    public func transaction(_ statements: [String]) async throws {
        try await withConnection { connection in
            _ = try await connection.collect("BEGIN", logger: logger)
            do {
                for statement in statements {
                    _ = try await connection.collect(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                _ = try await connection.collect("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.collect("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Whether a role exists, and whether it may log in.
    public func role(_ name: String) async throws -> (exists: Bool, canLogin: Bool) {
        try await withConnection { connection in
            let rows = try await connection.collect("SELECT rolcanlogin FROM pg_roles WHERE rolname = \(name)", logger: logger)
            guard let row = rows.first else { return (false, false) }
            return (true, try row.decode(Bool.self))
        }
    }

    private func withConnection<T: Sendable>(_ body: (PostgresConnection) async throws -> T) async throws -> T {
        guard let configuration = PostgresURL(url)?.connection else { throw Failure(message: "not a postgres:// URL") }
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        } catch {
            throw Failure(message: "cannot connect to \(PostgresRegistrar.redact(url)): \(Self.message(error))")
        }
        do {
            let result = try await body(connection)
            try? await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw Failure(message: Self.message(error))
        }
    }

    static func message(_ error: any Error) -> String {
        if let failure = error as? Failure { return failure.message }
        if let error = error as? PSQLError, let message = error.serverInfo?[.message] { return message }
        return String(describing: error)
    }
}
