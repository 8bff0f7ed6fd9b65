import ArgumentParser
import Foundation
import Logging
import PostgresNIO
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya apply`: the View Table delivery.
    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or replace, in one transaction, the views, roles and grants of every View Table contract.",
            discussion: "Contracts revoked, expired or still in draft lose their view and role. Running it twice changes nothing. With --dry-run the SQL is printed and no database is needed."
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "The PostgreSQL database: postgres://user:password@host:port/db (env SANYA_DATABASE).")
        var database: String?

        @Flag(name: .long, help: "Print the SQL instead of running it.")
        var dryRun = false

        func run() async throws {
            let project = try repository.project()
            let result = project.check(today: repository.day)
            if result.hasErrors {
                printError(result.report.render(.text))
                throw ExitCode(1)
            }
            let statements = ApplyPlanner(contracts: result.contracts, today: repository.day).statements()
            if dryRun {
                print("BEGIN;")
                for statement in statements { print(statement + ";") }
                print("COMMIT;")
                return
            }
            guard let url = database ?? ProcessInfo.processInfo.environment["SANYA_DATABASE"], url.hasPrefix("postgres") else {
                throw ValidationError("--database postgres://… is required (or --dry-run)")
            }
            guard let configuration = PostgresURL(url)?.connection else { throw ValidationError("--database must be a postgres:// URL") }
            let logger = Logger(label: "sanya.apply")
            let connection = try await PostgresConnection.connect(configuration: configuration, id: 1, logger: logger)
            do {
                _ = try await connection.query("BEGIN", logger: logger).get()
                do {
                    for statement in statements {
                        _ = try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger).get()
                    }
                    _ = try await connection.query("""
                        INSERT INTO sanya_secret (name, secret) SELECT 'pseudonym', encode(sha256(gen_random_uuid()::text::bytea), 'hex')
                        WHERE NOT EXISTS (SELECT FROM sanya_secret WHERE name = 'pseudonym')
                        """, logger: logger).get()
                    _ = try await connection.query("COMMIT", logger: logger).get()
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger).get()
                    throw error
                }
                try await connection.close()
            } catch let error as PSQLError {
                try? await connection.close()
                printError("error: \(error.serverInfo?[.message] ?? String(reflecting: error)); nothing was changed\n")
                throw ExitCode(1)
            }
            let views = ApplyPlanner(contracts: result.contracts, today: repository.day).contracts
            let inForce = views.filter { $0.isInForce(on: repository.day) }
            print("Applied \(inForce.count) View Table contract(s)\(inForce.isEmpty ? "" : ": " + inForce.map(\.id).joined(separator: ", ")); removed \(views.count - inForce.count).")
        }
    }
}
