import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaFrontend

extension Sanya {
    /// `sanya sla`: how long each request took at each step of the manual.
    struct SLA: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sla",
            abstract: "Report the business days each request spent at each step of W-REG6-001, against the manual's budget.",
            discussion: """
            Business days are Monday to Friday less the holidays in Contracts/calendar.yaml. A step's days are \
            those after the previous step's date up to and including its own. Open requests show the step they \
            wait at and for how long. Exit status: 0 done, 1 contract errors, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "Output form: text, markdown, csv, json or html.")
        var format: ServiceLevelFormat = .text

        @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
        var output: String?

        func run() throws {
            let (_, result) = try repository.checkedProject()
            let report = ServiceLevelReport(contracts: result.contracts, calendar: result.calendar, today: repository.day)
            let text = ServiceLevelRenderer(report).render(format)
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                print(text, terminator: "")
            }
        }
    }
}

extension ServiceLevelFormat: ExpressibleByArgument {}
