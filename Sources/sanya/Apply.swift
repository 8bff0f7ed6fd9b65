import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya apply`: the View Table delivery.
    struct Apply: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create or replace, in one transaction, the views, roles and grants of every View Table contract.",
            discussion: """
                Contracts revoked, expired or still in draft lose their view, role and open sessions; the logins of the \
                others end with their valid_until. Running it twice changes nothing. With --dry-run the SQL is printed \
                and no database is needed. Logins are issued with 'sanya dbuser'.
                """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "The PostgreSQL database: postgres://user:password@host:port/db (env SANYA_DATABASE).")
        var database: String?

        @Flag(name: .long, help: "Print the SQL instead of running it.")
        var dryRun = false

        func run() async throws {
            let (_, result) = try repository.checkedProject()
            let planner = ApplyPlanner(contracts: result.contracts, today: repository.day)
            if dryRun {
                print("BEGIN;")
                for statement in planner.sql() { print(statement) }
                print("COMMIT;")
                return
            }
            let administration = try Self.administration(database)
            do {
                try await administration.transaction(planner.sql())
            } catch let failure as PostgresAdministration.Failure {
                printError("error: \(failure.message); nothing was changed\n")
                throw ExitCode(1)
            }
            let inForce = planner.contracts.filter { $0.isInForce(on: repository.day) }
            print("Applied \(inForce.count) View Table contract(s)\(inForce.isEmpty ? "" : ": " + inForce.map(\.id).joined(separator: ", ")); removed \(planner.contracts.count - inForce.count).")
        }

        /// The database of `--database`, else `SANYA_DATABASE`.
        static func administration(_ database: String?) throws -> PostgresAdministration {
            guard let url = database ?? ProcessInfo.processInfo.environment["SANYA_DATABASE"], Vocabulary.isPostgresURL(url) else {
                throw ValidationError("--database postgres://… is required (or --dry-run)")
            }
            do {
                return try PostgresAdministration(url: url)
            } catch {
                throw ValidationError("--database must be a postgres:// URL")
            }
        }
    }
}
