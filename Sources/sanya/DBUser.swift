import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya dbuser`: the database login of a View Table contract.
    struct DBUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "dbuser",
            abstract: "Issue, rotate or revoke the database login of a View Table contract.",
            discussion: """
                The login is the contract's role (sanya_<id>), created by 'sanya apply'. Its password is shown once, on \
                this terminal; PostgreSQL receives only its SCRAM-SHA-256 verifier. It stops working at the end of the \
                contract's valid_until (Asia/Bangkok), and from the addresses of Generated/sql/postgres/pg_hba.conf only.
                """,
            subcommands: [Issue.self, Rotate.self, Revoke.self]
        )

        struct Target: ParsableArguments {
            @OptionGroup var repository: RepositoryOptions

            @Option(name: .long, help: "The PostgreSQL database: postgres://user:password@host:port/db (env SANYA_DATABASE).")
            var database: String?

            @Argument(help: "The contract id.")
            var contract: String

            /// The checked contract of that id.
            func load() throws -> Contract {
                let (_, result) = try repository.checkedProject()
                guard let contract = result.contracts.first(where: { $0.id == contract }) else {
                    throw ValidationError("no contract '\(contract)' under Contracts/")
                }
                return contract
            }
        }

        struct Issue: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Give the contract's role a login and a new password.")
            @OptionGroup var target: Target

            func run() async throws {
                try await DBUser.login(target, rotating: false)
            }
        }

        struct Rotate: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Replace the password of the contract's login; the old one stops working at once.")
            @OptionGroup var target: Target

            func run() async throws {
                try await DBUser.login(target, rotating: true)
            }
        }

        struct Revoke: AsyncParsableCommand {
            static let configuration = CommandConfiguration(abstract: "Take the login away and end its open sessions.")
            @OptionGroup var target: Target

            func run() async throws {
                let contract = try target.load()
                let planner = LoginPlanner(contract)
                guard contract.delivery.method == .view else { throw DBUser.refuse(planner.refusal(on: target.repository.day) ?? "") }
                let administration = try Apply.administration(target.database)
                try await DBUser.run(administration) {
                    guard try await administration.role(planner.role).exists else { return "no role \(planner.role) in the database: nothing to revoke" }
                    try await administration.transaction(planner.revoke())
                    return nil
                }
                print("The login \(planner.role) of \(contract.id) is revoked; its sessions were ended.")
            }
        }

        static func login(_ target: Target, rotating: Bool) async throws {
            _ = try await issueLogin(try target.load(), database: target.database, day: target.repository.day, rotating: rotating)
        }

        /// Gives the contract's role a login with a new password, printed once on this terminal; returns where
        /// and as whom the unit connects.
        static func issueLogin(_ contract: Contract, database: String?, day: LocalDate, rotating: Bool) async throws -> (host: String, port: Int, database: String, role: String) {
            let planner = LoginPlanner(contract)
            if let refusal = planner.refusal(on: day) { throw refuse(refusal) }
            let administration = try Apply.administration(database)
            let password = DatabasePassword.generate()
            let verifier = try password.scramVerifier()
            try await run(administration) {
                let role = try await administration.role(planner.role)
                guard role.exists else { return "no role \(planner.role) in the database: run 'sanya apply' first" }
                if rotating && !role.canLogin { return "\(planner.role) has no login to rotate: use 'sanya dbuser issue'" }
                if !rotating && role.canLogin { return "\(planner.role) already has a login: use 'sanya dbuser rotate' for a new password" }
                try await administration.transaction(planner.issue(verifier: verifier))
                return nil
            }
            let url = PostgresURL(administration.url)
            print(password.text)
            printError("""
                \(rotating ? "New password" : "Login") for \(contract.id): user \(planner.role), valid until \
                \(contract.workflow.validUntil.map { "\($0) (\($0.thai))" } ?? "revoked"). The password above is shown only now: \
                give it to \(contract.request.coordinator.name) over a safe channel.
                Connect: psql "host=\(url?.host ?? "…") port=\(url?.port ?? 5432) dbname=\(url?.database ?? "…") user=\(planner.role) sslmode=require" \
                -c 'SELECT * FROM \(Vocabulary.viewSchema).\(contract.sqlName)'

                """)
            return (url?.host ?? "…", url?.port ?? 5432, url?.database ?? "…", planner.role)
        }

        /// Runs `body`; a refusal it returns, or PostgreSQL's own, ends the command with exit status 1.
        static func run(_ administration: PostgresAdministration, _ body: () async throws -> String?) async throws {
            let refusal: String?
            do {
                refusal = try await body()
            } catch let failure as PostgresAdministration.Failure {
                refusal = "\(failure.message); nothing was changed"
            }
            if let refusal { throw Self.refuse(refusal) }
        }

        static func refuse(_ message: String) -> ExitCode {
            printError("error: \(message)\n")
            return ExitCode(1)
        }
    }
}
