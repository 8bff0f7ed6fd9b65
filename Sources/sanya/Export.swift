import ArgumentParser
import Foundation
import Logging
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya export`: the Export document delivery.
    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a contract's data to a file: Excel (xlsx), CSV, JSON or NDJSON.",
            discussion: "Refuses draft, revoked and expired contracts. Each export is recorded in the audit log as a delivery."
        )

        @OptionGroup var runtime: RuntimeOptions

        @Argument(help: "The contract id.")
        var contract: String

        @Option(name: .customLong("param"), help: "A parameter as NAME=VALUE; repeat it, or separate values with commas, for a list.")
        var parameters: [String] = []

        @Option(name: .long, help: "excel, csv, json or ndjson.")
        var format: String

        @Option(name: [.short, .long], help: "The file to write.")
        var output: String

        @Option(name: .long, help: "How long the query may run before the database stops it (500ms, 5m, 2h); default the contract's time_limit, else 10m.")
        var timeLimit: String?

        @Flag(name: .long, help: "CSV only: start with a byte-order mark so that Excel shows Thai text.")
        var bom = false

        func validate() throws {
            guard ["excel", "xlsx", "csv", "json", "ndjson"].contains(format) else { throw ValidationError("--format must be excel, csv, json or ndjson") }
        }

        func run() async throws {
            let outputFormat: OutputFormat = format == "xlsx" ? .excel : OutputFormat(rawValue: format)!
            guard let definition = try runtime.definition(contract) else {
                throw ValidationError("no contract '\(contract)' in Generated/handlers/ (View Table contracts are delivered with 'sanya apply')")
            }
            do {
                try Exporter.checkDeliverable(definition, today: LocalDate.today())
                guard definition.formats.contains(outputFormat) else {
                    throw Exporter.Refusal(description: "'\(contract)' is agreed in \(definition.formats.map(\.rawValue).joined(separator: ", ")), not \(outputFormat.rawValue)")
                }
                let arguments = try Exporter.arguments(parameters, for: definition)
                var limit = (definition.timeLimits ?? .none).applying(defaults: .none).export
                if let timeLimit {
                    guard let milliseconds = DurationText.milliseconds(timeLimit), QueryTimeLimits.exportRange.contains(milliseconds) else {
                        throw Exporter.Refusal(description: "--time-limit must be \(DurationText.hint), at most \(DurationText.text(QueryTimeLimits.exportRange.upperBound)); not '\(timeLimit)'")
                    }
                    limit = milliseconds
                }
                let interactive = isatty(STDERR_FILENO) == 1
                let rows = try await Self.write(definition, arguments: arguments, format: outputFormat, byteOrderMark: bom, to: output,
                                                timeLimit: limit, runtime: runtime, progress: interactive)
                if interactive { printError("\n") }
                print("Exported \(rows) rows of \(contract) v\(definition.version) to \(output) (\(outputFormat.rawValue)).")
            } catch let refusal as Exporter.Refusal {
                printError("error: \(refusal.description)\n")
                throw ExitCode(1)
            } catch let error as ExitCode {
                throw error
            } catch {
                // The database failed, or the disk is full, or the folder cannot be written: Exporter has
                // removed what it had written.
                let reason = Self.reason(error)
                printError("\nerror: the export of '\(contract)' failed and no file was written to \(output): \(reason)\n")
                throw ExitCode(1)
            }
        }

        /// Writes the contract's rows to `output`; returns how many. The export is audited as a delivery.
        static func write(_ definition: HandlerDefinition, arguments: [String: BoundArgument], format: OutputFormat, byteOrderMark: Bool,
                          to output: String, timeLimit: Int, runtime: RuntimeOptions, progress: Bool) async throws -> Int {
            let (database, state, pool) = try runtime.open(logger: Logger(label: "sanya.export"))
            return try await withThrowingTaskGroup(of: Int?.self) { group in
                if let pool { group.addTask { await pool.run(); return nil } }
                group.addTask {
                    try await state.migrate()
                    return try await Exporter(database: database, state: state).export(
                        definition, arguments: arguments, format: format, byteOrderMark: byteOrderMark, to: output,
                        budget: QueryBudget(milliseconds: timeLimit)) { count in
                        if progress { printError("\r\(Self.bar(count)) \(count.formatted()) rows") }
                    }
                }
                while let result = try await group.next() {
                    if let rows = result {
                        group.cancelAll()
                        return rows
                    }
                }
                return 0
            }
        }

        /// Why an export failed, in words: the database's failure, or the system's (a full disk: "No space
        /// left on device") rather than Foundation's error dump.
        static func reason(_ error: any Error) -> String {
            if let failure = error as? DatabaseError { return failure.description }
            if let failure = error as? XLSXWriter.Failure { return failure.description }
            let error = error as NSError
            let system = (error.userInfo[NSUnderlyingErrorKey] as? NSError).flatMap { $0.domain == NSPOSIXErrorDomain ? $0 : nil }
                ?? (error.domain == NSPOSIXErrorDomain ? error : nil)
            if let system { return "writing the file failed: " + String(cString: strerror(Int32(system.code))) }
            return String(describing: error)
        }

        /// A spinner-like bar for a count whose total is not known in advance.
        static func bar(_ count: Int) -> String {
            let frames = ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
            return "[" + String(repeating: "█", count: min(20, count / 50_000)) + frames[(count / 512) % frames.count] + "]"
        }
    }
}
