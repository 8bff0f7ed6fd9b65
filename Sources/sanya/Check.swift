import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya check`: the compiler's front end on its own.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every contract against the catalog.",
            discussion: """
            With no paths, checks the catalog and every contract under Contracts/. Prints each finding as \
            path:line:col: error|warning: message [CODE]. Exit status: 0 clean, 1 errors found, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "Output form: text, json, sarif or junit.")
        var format: DiagnosticFormat = .text

        @Option(name: .long, help: "Warn this many days before a contract's valid_until (CONTRACT_EXPIRING).")
        var expiryNotice: Int = Vocabulary.expiryNoticeDays

        @Option(name: .long, help: "Also ask this database (a SQLite file or a postgres:// URL; the large demo registrar is the one to ask) how it would run each API contract's page queries: prints the plans, and warns of a large table read whole (PLAN_FULL_SCAN).")
        var explain: String?

        @Argument(help: "Contract files or folders to check (default: all of Contracts/).")
        var paths: [String] = []

        func validate() throws {
            guard (0...3650).contains(expiryNotice) else { throw ValidationError("--expiry-notice takes 0 to 3650 days, not \(expiryNotice)") }
        }

        func run() async throws {
            let project = try repository.project()
            var result = project.check(paths: paths, today: repository.day, expiryNoticeDays: expiryNotice)
            if let explain, !result.hasErrors {
                result.diagnostics += try await Self.explainPlans(result.contracts, on: explain, root: project.root, printing: format == .text)
            }
            let output = result.report.render(format)
            if format == .text {
                printError(output)
            } else {
                print(output, terminator: "")
            }
            if result.hasErrors { throw ExitCode(1) }
        }

        /// The plans of the API contracts' page queries on `database`, printed, and a warning for each large
        /// table one of them reads whole, at the contract's `data.from`.
        static func explainPlans(_ contracts: [Contract], on database: String, root: URL, printing: Bool) async throws -> [Diagnostic] {
            let served = contracts.filter { $0.delivery.method == .apiGet || $0.delivery.method == .apiPost }
            let plans: [QueryPlan]
            do {
                plans = try await QueryPlanInspector.plans(of: served.map { HandlerTranslator.definition(for: $0) }, on: database)
            } catch {
                printError("error: cannot explain the queries on \(PostgresRegistrar.redact(database)): \(error)\n")
                throw ExitCode(2)
            }
            var findings: [Diagnostic] = []
            for plan in plans {
                if printing {
                    print("\(plan.contract) — \(plan.query):")
                    for line in plan.lines { print("    \(line)") }
                }
                guard let contract = served.first(where: { $0.id == plan.contract }) else { continue }
                for (table, rows) in plan.fullScans {
                    findings.append(.warning(
                        .planFullScan, "the \(plan.query) query of '\(contract.id)' reads all \(rows.formatted()) rows of '\(table)' on this database: no index serves it",
                        at: Self.location(of: contract, root: root),
                        note: "a page should find its rows through an index: filter or order by indexed columns, or ask IT for an index on '\(table)'"))
                }
            }
            return findings
        }

        /// Where the contract says what it reads: its `data.from`.
        static func location(of contract: Contract, root: URL) -> SourceLocation {
            let document = SourceDocument.load(root.appendingPathComponent(contract.source), displayPath: contract.source)
            var node = document.root
            for key in ["data", "from"] {
                guard case .mapping(let pairs)? = node?.kind, let pair = pairs.first(where: { $0.key == key }) else { break }
                node = pair.value
            }
            return node?.location ?? SourceLocation(file: contract.source, line: 1, column: 1)
        }
    }
}
