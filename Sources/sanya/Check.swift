import ArgumentParser
import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

extension Sanya {
    /// `sanya check`: the compiler's front end on its own.
    struct Check: ParsableCommand {
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

        @Argument(help: "Contract files or folders to check (default: all of Contracts/).")
        var paths: [String] = []

        func validate() throws {
            guard (0...3650).contains(expiryNotice) else { throw ValidationError("--expiry-notice takes 0 to 3650 days, not \(expiryNotice)") }
        }

        func run() throws {
            let project = try repository.project()
            let result = project.check(paths: paths, today: repository.day, expiryNoticeDays: expiryNotice)
            let output = result.report.render(format)
            if format == .text {
                printError(output)
            } else {
                print(output, terminator: "")
            }
            if result.hasErrors { throw ExitCode(1) }
        }
    }
}
