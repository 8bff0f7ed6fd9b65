import Foundation
import PostgresNIO

/// A `postgres://user:password@host:port/database` URL, read once for every PostgreSQL connection Sanya makes.
public struct PostgresURL: Sendable {
    public let host: String
    public let port: Int
    public let user: String
    public let password: String?
    public let database: String

    /// Nil when the text is not a postgres:// (or postgresql://) URL with a host and a database.
    public init?(_ text: String) {
        guard let components = URLComponents(string: text), ["postgres", "postgresql"].contains(components.scheme ?? ""),
              let host = components.host, !host.isEmpty, components.path.count > 1 else { return nil }
        self.host = host
        self.port = components.port ?? 5432
        self.user = components.user ?? "postgres"
        self.password = components.password
        self.database = String(components.path.dropFirst())
    }

    /// For a single connection (`sanya apply`, `sanya demo --postgres`).
    public var connection: PostgresConnection.Configuration {
        PostgresConnection.Configuration(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// For the runtime's pool.
    public var client: PostgresClient.Configuration {
        PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: .disable)
    }

    /// libpq's connection keywords for the same server, user and database, and like the pool without TLS
    /// (`CSVCopy`).
    var libpqParameters: [(String, String)] {
        [("host", host), ("port", String(port)), ("user", user), ("dbname", database), ("sslmode", "disable")]
            + (password.map { [("password", $0)] } ?? [])
    }
}
