import Foundation
import Logging
import PostgresNIO
import SanyaSQL

/// A PostgreSQL database of its own for a test suite, on the server that `scripts/postgres` starts.
///
/// Tests that need it are enabled only when `SANYA_TEST_POSTGRES_URL` is set; `scripts/test` (and so CI)
/// always sets it.
public enum PostgresTestDatabase {
    public static var baseURL: String? { ProcessInfo.processInfo.environment["SANYA_TEST_POSTGRES_URL"] }

    /// Whether the PostgreSQL suites run: when `SANYA_TEST_POSTGRES_URL` is set, and always under `CI=true`
    /// (where a missing server must fail the run, not skip it). A skip is announced on standard error, once.
    public static var isAvailable: Bool { TestRequirement.met("PostgreSQL", hint: "set SANYA_TEST_POSTGRES_URL (scripts/test does)", baseURL != nil) }
    public static let logger = Logger(label: "sanya.tests.postgres")

    /// Drops and creates database `name`; returns its URL.
    public static func create(_ name: String) async throws -> String {
        guard let base = baseURL, var components = URLComponents(string: base) else {
            throw TestDatabaseError("SANYA_TEST_POSTGRES_URL is not set; run the tests through scripts/test")
        }
        // Suites run at once: a pool of the previous test may still be closing its connections, and another
        // suite may be creating its database from the same template. A few tries, then the server's own words.
        var attempt = 0
        while true {
            attempt += 1
            do {
                try await withConnection(base) { connection in
                    _ = try await connection.query("DROP DATABASE IF EXISTS \"\(unescaped: name)\" WITH (FORCE)", logger: logger)
                    _ = try await connection.query("CREATE DATABASE \"\(unescaped: name)\"", logger: logger)
                }
                break
            } catch {
                guard attempt < 5 else { throw TestDatabaseError("creating database \(name): \(String(reflecting: error))") }
                FileHandle.standardError.write(Data("creating database \(name), try \(attempt): \(String(reflecting: error))\n".utf8))
                try await Task.sleep(for: .milliseconds(200 * attempt))
            }
        }
        components.path = "/" + name
        return components.string!
    }

    /// Runs `body` with one connection to the database at `url`.
    public static func withConnection<T: Sendable>(_ url: String, _ body: (PostgresConnection) async throws -> T) async throws -> T {
        guard let components = URLComponents(string: url), let host = components.host else { throw TestDatabaseError("bad URL \(url)") }
        let configuration = PostgresConnection.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: String(components.path.dropFirst()), tls: .disable)
        let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
        do {
            let result = try await body(connection)
            try await connection.close()
            return result
        } catch {
            try? await connection.close()
            throw error
        }
    }

    /// Runs a script of statements separated by `;` at line ends, one by one.
    public static func execute(script: String, on connection: PostgresConnection) async throws {
        for statement in SQLScript.statements(script) {
            _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
        }
    }
}

public struct TestDatabaseError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// Whether a suite that needs a server or a tool runs, said loudly when it does not.
public enum TestRequirement {
    private static let announced = Announced()

    /// True when `available`, or under `CI=true` (there the suite runs and fails with its own error);
    /// otherwise false, with a warning on standard error the first time.
    public static func met(_ what: String, hint: String, _ available: Bool) -> Bool {
        if available { return true }
        if ProcessInfo.processInfo.environment["CI"] == "true" { return true }
        if announced.first(what) {
            FileHandle.standardError.write(Data("warning: the suites that need \(what) are SKIPPED: \(hint)\n".utf8))
        }
        return false
    }

    private final class Announced: @unchecked Sendable {
        private var seen = Set<String>()
        private let lock = NSLock()
        func first(_ what: String) -> Bool { lock.withLock { seen.insert(what).inserted } }
    }
}
