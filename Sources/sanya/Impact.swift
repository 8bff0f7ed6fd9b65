import ArgumentParser
import Foundation
import SanyaGovernance

extension Sanya {
    /// `sanya impact`: who depends on a table or column.
    struct Impact: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List every contract that reads a table or a column: how (field, path, filter, parameter, mask, aggregate), and whom to tell.",
            discussion: "Exit status: 0 done (also when no contract reads it), 1 unknown table or column, 2 usage error."
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "TABLE or TABLE.COLUMN, as the catalog names them.")
        var target: String

        @Option(name: .long, help: "Output form: text, markdown or json.")
        var format: ImpactReport.Format = .text

        func run() throws {
            let result = try repository.project().check(today: repository.day)
            do {
                let report = try ImpactReport(target: target, catalog: result.catalog, contracts: result.contracts)
                print(report.render(format), terminator: "")
            } catch let failure as ImpactReport.Failure {
                printError("error: \(failure)\n")
                throw ExitCode(1)
            }
            if result.hasErrors {
                printError("note: some contracts do not check and are not listed; run 'sanya check'\n")
            }
        }
    }
}

extension ImpactReport.Format: ExpressibleByArgument {}
