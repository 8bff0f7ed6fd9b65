import ArgumentParser
import Foundation
import SanyaDiagnostics
import SanyaFrontend

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

        @Argument(help: "Contract files or folders to check (default: all of Contracts/).")
        var paths: [String] = []

        func run() throws {
            let project = try repository.project()
            let result = project.check(paths: paths, today: repository.day)
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
