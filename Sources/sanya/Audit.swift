import ArgumentParser
import Foundation
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya audit`: the access log.
    struct Audit: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the audit log of every access, filtered, as text or CSV.")

        @OptionGroup var runtime: RuntimeOptions

        @Option(name: .long, help: "Only this contract.")
        var contract: String?

        @Option(name: .long, help: "Only this receiving unit (as written in the contract).")
        var unit: String?

        @Option(name: .long, help: "From this day (YYYY-MM-DD, Asia/Bangkok).")
        var since: String?

        @Option(name: .long, help: "Before this day (YYYY-MM-DD, Asia/Bangkok).")
        var until: String?

        @Option(name: .long, help: "Only this HTTP status.")
        var status: Int?

        @Option(name: .long, help: "text or csv.")
        var format: String = "text"

        @Option(name: .long, help: "At most this many records.")
        var limit: Int?

        func validate() throws {
            for (name, value) in [("--since", since), ("--until", until)] where value != nil && LocalDate(value!) == nil {
                throw ValidationError("\(name) must be a date YYYY-MM-DD")
            }
            guard ["text", "csv"].contains(format) else { throw ValidationError("--format must be text or csv") }
        }

        static func date(_ text: String?) -> Date? {
            guard let text, let day = LocalDate(text) else { return nil }
            return Date(timeIntervalSince1970: Double(day.daysSinceEpoch) * 86_400 - 7 * 3600)
        }

        func run() async throws {
            let filter = AuditFilter(contract: contract, unit: unit, since: Self.date(since), until: Self.date(until), status: status, limit: limit)
            let records = try await runtime.withState { try await $0.audit(filter) }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: Vocabulary.timeZone)
            let header = ["time", "contract", "unit", "key", "client", "method", "parameters", "format", "rows", "status", "code", "duration_ms"]
            let rows = records.map { r in
                [formatter.string(from: r.time), r.contract, r.unit, r.keyID ?? "", r.client ?? "", r.method, r.parameters, r.format ?? "",
                 String(r.rows), String(r.status), r.code ?? "", String(format: "%.1f", r.durationMilliseconds)]
            }
            if format == "csv" {
                var encoder = CSVLines()
                print(encoder.line(header), terminator: "")
                for row in rows { print(encoder.line(row), terminator: "") }
            } else {
                print(header.joined(separator: "\t"))
                for row in rows { print(row.joined(separator: "\t")) }
                printError("\(records.count) record(s)\n")
            }
        }
    }
}

/// CSV lines for command output (RFC 4180).
struct CSVLines {
    mutating func line(_ fields: [String]) -> String {
        fields.map { field in
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
        }.joined(separator: ",") + "\r\n"
    }
}
