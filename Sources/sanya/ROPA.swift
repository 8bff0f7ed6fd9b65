import ArgumentParser
import Foundation
import SanyaFrontend
import SanyaGovernance
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya ropa`: the record of processing (PDPA s.39) and the s.27 register, from the contracts.
    struct ROPA: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "ropa",
            abstract: "Write the record of processing (PDPA s.39) and the register of disclosures without consent (s.27) from the contracts.",
            discussion: """
            Lists every approved contract in force today that discloses personal data: the data, purpose, recipient and \
            contacts, legal basis and s.26 approvals, retention, access and its conditions, security measures. The \
            controller and DPO come from Contracts/controller.yaml. With --audit, each entry adds what was delivered \
            per month (requests, rows, exports) from the runtime's audit log. Exit status: 0 written, 1 contract errors, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var runtime: RuntimeOptions

        @Option(name: .long, help: "Output form: html, markdown, csv, xlsx or json.")
        var format: RecordOfProcessingRenderer.Format = .html

        @Option(name: [.short, .customLong("output")], help: "The file to write (required for xlsx; default standard output).")
        var output: String?

        @Flag(name: .long, help: "Add what was delivered per month, from the audit log (--database/--state as for sanya audit).")
        var audit = false

        func validate() throws {
            if format == .xlsx, output == nil { throw ValidationError("--format xlsx writes a file: give -o FILE") }
        }

        func run() async throws {
            let (_, result) = try repository.checkedProject()
            var deliveries: [String: [MonthlyDelivery]]?
            if audit {
                let records = try await runtime.withState { try await $0.audit(AuditFilter(contract: nil, unit: nil, since: nil, until: nil, status: nil, limit: nil)) }
                deliveries = Self.monthly(records)
            }
            let record = RecordOfProcessing(contracts: result.contracts, catalog: result.catalog, controller: result.controller,
                                            inForceOn: repository.day, deliveries: deliveries)
            if result.controller == nil { printError("warning: Contracts/controller.yaml is missing: the record does not name the controller and DPO\n") }
            let renderer = RecordOfProcessingRenderer(record)
            let text: String
            switch format {
            case .xlsx:
                let sheets = renderer.tables().map { TableWorkbook.Sheet(name: $0.name, header: $0.header, rows: $0.rows, widths: $0.header.map { _ in 30 }) }
                try TableWorkbook.write(sheets, to: output!)
                print("Wrote \(output!): \(record.entries.count) entries, \(record.disclosures.count) disclosure(s) without consent.")
                return
            case .html: text = renderer.html()
            case .markdown: text = renderer.markdown()
            case .csv: text = renderer.csv()
            case .json: text = renderer.json()
            }
            if let output {
                try Data(text.utf8).write(to: URL(fileURLWithPath: output))
            } else {
                print(text, terminator: "")
            }
        }

        /// Requests answered with data, rows and exports per contract and month (Bangkok time).
        static func monthly(_ records: [AuditRecord]) -> [String: [MonthlyDelivery]] {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(identifier: Vocabulary.timeZone)!
            var tally: [String: [String: MonthlyDelivery]] = [:]
            for record in records where record.status == 200 {
                let parts = calendar.dateComponents([.year, .month], from: record.time)
                let month = String(format: "%04d-%02d", parts.year!, parts.month!)
                var entry = tally[record.contract, default: [:]][month] ?? MonthlyDelivery(month: month, requests: 0, rows: 0, exports: 0)
                if record.method == "EXPORT" { entry.exports += 1 } else { entry.requests += 1 }
                entry.rows += record.rows
                tally[record.contract, default: [:]][month] = entry
            }
            return tally.mapValues { $0.values.sorted { $0.month < $1.month } }
        }
    }
}

extension RecordOfProcessingRenderer.Format: ExpressibleByArgument {}
