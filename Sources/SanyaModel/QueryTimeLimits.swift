import Foundation

/// How long one served query may run before the database stops it: one budget for a page (a JSON page, and
/// the first batch of anything), one for a streamed export (a CSV, NDJSON or HTML table, a workbook, `sanya export`),
/// which may be long but never unbounded.
///
/// Written in a contract's `delivery.time_limit` (`5s`, or `{page: 5s, export: 20m}`), set for a deployment by
/// `sanya serve --page-time-limit/--export-time-limit`; the contract's value wins over the deployment's for its
/// own queries. The compiler checks the ranges, the handler definition carries the values, the runtime has the
/// database enforce them (PostgreSQL `statement_timeout`, SQLite an interrupt from its progress handler).
public struct QueryTimeLimits: Hashable, Sendable, Codable {
    /// Milliseconds a page's query may run; nil for the deployment's default.
    public var pageMilliseconds: Int?
    /// Milliseconds an export's query may run in all; nil for the deployment's default.
    public var exportMilliseconds: Int?

    public init(pageMilliseconds: Int? = nil, exportMilliseconds: Int? = nil) {
        self.pageMilliseconds = pageMilliseconds
        self.exportMilliseconds = exportMilliseconds
    }

    enum CodingKeys: String, CodingKey {
        case pageMilliseconds = "page_ms"
        case exportMilliseconds = "export_ms"
    }

    /// Datasette stops a query after 1 s; a registrar's page joins more, on a busier server: 3 s.
    public static let defaultPageMilliseconds = 3_000
    /// A whole table of the large registrar leaves in well under a minute; ten minutes is a query gone wrong.
    public static let defaultExportMilliseconds = 600_000
    /// What a contract may ask for: a page needs at least a tenth of a second, and no page is worth a minute.
    public static let pageRange = 100...60_000
    /// An export: at least a second, at most two hours.
    public static let exportRange = 1_000...7_200_000

    /// The limits a deployment applies: the contract's own where it sets them, else `defaults`.
    public func applying(defaults: QueryTimeLimits) -> (page: Int, export: Int) {
        (pageMilliseconds ?? defaults.pageMilliseconds ?? Self.defaultPageMilliseconds,
         exportMilliseconds ?? defaults.exportMilliseconds ?? Self.defaultExportMilliseconds)
    }

    public static let none = QueryTimeLimits()

    /// What the documentation says of the limits the contract sets: `page 5s, export 20m`.
    public var summary: String {
        [pageMilliseconds.map { "page \(DurationText.text($0))" }, exportMilliseconds.map { "export \(DurationText.text($0))" }]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

/// A span of time as contracts and command lines write it: `250ms`, `5s`, `20m`, `2h`, or a bare number of seconds.
public enum DurationText {
    /// The milliseconds `text` names, or nil when it is not of that form.
    public static func milliseconds(_ text: String) -> Int? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(suffix: String, factor: Int)] = [("ms", 1), ("s", 1_000), ("m", 60_000), ("min", 60_000), ("h", 3_600_000)]
        for (suffix, factor) in units.sorted(by: { $0.suffix.count > $1.suffix.count }) where trimmed.hasSuffix(suffix) {
            let number = trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let value = Int(number), value > 0, value <= Int.max / factor else { return nil }
            return value * factor
        }
        guard let seconds = Int(trimmed), seconds > 0, seconds <= Int.max / 1_000 else { return nil }
        return seconds * 1_000
    }

    /// The shortest exact spelling: `250ms`, `5s`, `20m`, `2h`.
    public static func text(_ milliseconds: Int) -> String {
        if milliseconds % 3_600_000 == 0 { return "\(milliseconds / 3_600_000)h" }
        if milliseconds % 60_000 == 0 { return "\(milliseconds / 60_000)m" }
        if milliseconds % 1_000 == 0 { return "\(milliseconds / 1_000)s" }
        return "\(milliseconds)ms"
    }

    /// What a malformed duration should look like, for error notes.
    public static let hint = "a number with ms, s, m or h: 500ms, 5s, 20m, 2h"
}
