import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// The output forms of `sanya diff`.
public enum ChangeFormat: String, CaseIterable, Sendable {
    case text, markdown, json, sarif, github, junit
}

/// The findings of one comparison, with the waivers applied.
public struct ChangeReport: Sendable {
    public var base: String
    public var head: String
    public var findings: [ChangeFinding]
    /// Waivers that matched a finding but have expired, and so waive nothing.
    public var expiredWaivers: [Waiver]

    /// Applies the waivers in force on `today` to `findings`.
    public init(base: String, head: String, findings: [ChangeFinding], waivers: [Waiver], today: LocalDate) {
        self.base = base
        self.head = head
        var expired: [Waiver] = []
        self.findings = findings.map { finding in
            var finding = finding
            let matching = waivers.filter { waiver in
                waiver.rule == finding.rule.rawValue && finding.parties.contains { $0.contract == waiver.contract }
                    && (waiver.match.map { finding.message.contains($0) } ?? true)
            }
            if let waiver = matching.first(where: { !($0.expires < today) }) {
                finding.waiver = "\(waiver.reason) (waived until \(waiver.expires))"
            } else {
                expired += matching.filter { !expired.contains($0) }
            }
            return finding
        }
        self.expiredWaivers = expired
    }

    /// The findings that count: not waived.
    public var open: [ChangeFinding] { findings.filter { $0.waiver == nil } }

    public func count(_ level: ChangeLevel) -> Int { open.filter { $0.level == level }.count }

    public func render(_ format: ChangeFormat) -> String {
        switch format {
        case .text: text()
        case .markdown: markdown()
        case .json: json()
        case .sarif: sarif()
        case .github: github()
        case .junit: junit()
        }
    }

    var summary: String {
        "\(count(.error)) ERR, \(count(.warning)) WARN, \(count(.info)) INFO" + (findings.count > open.count ? ", \(findings.count - open.count) waived" : "")
    }

    static func who(_ finding: ChangeFinding) -> String {
        finding.parties.map { "\($0.contract) — \($0.unit), \($0.coordinator) <\($0.email)>" }.joined(separator: "; ")
    }

    // MARK: - Text

    func text() -> String {
        var out = "sanya diff \(base) → \(head)\n"
        for finding in findings {
            out += "\(finding.location): \(finding.level.rawValue) \(finding.rule.rawValue): \(finding.message)\n"
            if !finding.parties.isEmpty { out += "    tell: \(Self.who(finding))\n" }
            if let waiver = finding.waiver { out += "    waived: \(waiver)\n" }
        }
        for waiver in expiredWaivers {
            out += "\(waiver.location): note: the waiver of \(waiver.rule) for \(waiver.contract) expired on \(waiver.expires) and waives nothing\n"
        }
        return out + "\(findings.count) change(s): \(summary)\n"
    }

    // MARK: - Markdown (a pull-request comment)

    func markdown() -> String {
        var out = "### Sanya: what this change means for the receiving units\n\n"
        out += "`\(base)` → `\(head)`: **\(summary)**\n\n"
        guard !findings.isEmpty else { return out + "No change to what any unit receives.\n" }
        out += "| level | rule | where | change | tell |\n|-|-|-|-|-|\n"
        func cell(_ text: String) -> String { text.markdownCell }
        for finding in findings {
            let level = finding.waiver == nil ? "**\(finding.level.rawValue)**" : "~~\(finding.level.rawValue)~~ waived"
            let tell = finding.parties.map { "\(cell($0.unit)): \(cell($0.coordinator)) (\($0.email))" }.joined(separator: "<br>")
            out += "| \(level) | `\(finding.rule.rawValue)` | `\(finding.location.file):\(finding.location.line)` | \(cell(finding.message))\(finding.waiver.map { "<br>*\(cell($0))*" } ?? "") | \(tell) |\n"
        }
        for waiver in expiredWaivers {
            out += "\nThe waiver of `\(waiver.rule)` for `\(waiver.contract)` expired on \(waiver.expires) and waives nothing.\n"
        }
        return out
    }

    // MARK: - JSON

    func json() -> String {
        struct Document: Encodable {
            var base: String
            var head: String
            var summary: [String: Int]
            var findings: [Item]
            var expiredWaivers: [ExpiredWaiver]
            enum CodingKeys: String, CodingKey { case base, head, summary, findings, expiredWaivers = "expired_waivers" }
        }
        struct Item: Encodable {
            var rule: String, level: String, message: String, file: String, line: Int, column: Int, side: String
            var contracts: [ContractParty]
            var waiver: String?
            func encode(to encoder: any Encoder) throws {
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(rule, forKey: .rule); try c.encode(level, forKey: .level); try c.encode(message, forKey: .message)
                try c.encode(file, forKey: .file); try c.encode(line, forKey: .line); try c.encode(column, forKey: .column)
                try c.encode(side, forKey: .side); try c.encode(contracts, forKey: .contracts); try c.encode(waiver, forKey: .waiver)
            }
            enum Keys: String, CodingKey { case rule, level, message, file, line, column, side, contracts, waiver }
        }
        struct ExpiredWaiver: Encodable { var rule: String, contract: String, expires: String }
        let document = Document(
            base: base, head: head,
            summary: ["ERR": count(.error), "WARN": count(.warning), "INFO": count(.info), "waived": findings.count - open.count],
            findings: findings.map { Item(rule: $0.rule.rawValue, level: $0.level.rawValue, message: $0.message, file: $0.location.file,
                                          line: $0.location.line, column: $0.location.column, side: $0.side.rawValue, contracts: $0.parties, waiver: $0.waiver) },
            expiredWaivers: expiredWaivers.map { ExpiredWaiver(rule: $0.rule, contract: $0.contract, expires: $0.expires.description) })
        return Self.encode(document)
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }

    // MARK: - SARIF 2.1.0 (code scanning)

    func sarif() -> String {
        let used = Array(Set(findings.map(\.rule))).sorted { $0.rawValue < $1.rawValue }
        let level = { (l: ChangeLevel) in l == .error ? "error" : l == .warning ? "warning" : "note" }
        let rules: [[String: Any]] = used.map { rule in
            ["id": rule.rawValue, "shortDescription": ["text": rule.summary], "defaultConfiguration": ["level": level(rule.level)]]
        }
        let results: [[String: Any]] = findings.map { finding in
            var result: [String: Any] = [
                "ruleId": finding.rule.rawValue,
                "ruleIndex": used.firstIndex(of: finding.rule)!,
                "level": level(finding.level),
                "message": ["text": finding.message + (finding.parties.isEmpty ? "" : " (tell: \(Self.who(finding)))")],
                "locations": [["physicalLocation": [
                    "artifactLocation": ["uri": finding.location.file, "uriBaseId": "%SRCROOT%"],
                    "region": ["startLine": finding.location.line, "startColumn": finding.location.column],
                ]]],
                "properties": ["side": finding.side.rawValue, "contracts": finding.parties.map(\.contract)],
            ]
            if let waiver = finding.waiver {
                result["suppressions"] = [["kind": "external", "justification": waiver]]
            }
            return result
        }
        let log: [String: Any] = [
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "version": "2.1.0",
            "runs": [[
                "tool": ["driver": ["name": "sanya diff", "rules": rules]],
                "results": results,
            ]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    // MARK: - GitHub workflow annotations

    func github() -> String {
        func escape(_ text: String) -> String {
            text.escaping("%", as: "%25").escaping("\r", as: "%0D").escaping("\n", as: "%0A")
        }
        func property(_ text: String) -> String { escape(text).escaping(":", as: "%3A").escaping(",", as: "%2C") }
        var out = ""
        for finding in open {
            let command = finding.level == .error ? "error" : finding.level == .warning ? "warning" : "notice"
            out += "::\(command) file=\(property(finding.location.file)),line=\(finding.location.line),col=\(finding.location.column),title=\(property(finding.rule.rawValue))::"
            out += escape(finding.message + (finding.parties.isEmpty ? "" : " — tell \(Self.who(finding))")) + "\n"
        }
        return out
    }

    // MARK: - JUnit

    func junit() -> String {
        func xml(_ text: String) -> String { text.htmlEscaped }
        let failures = open.filter { $0.level == .error }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"sanya diff\" tests=\"\(findings.count)\" failures=\"\(failures.count)\">\n"
        out += "  <testsuite name=\"\(xml(base)) → \(xml(head))\" tests=\"\(findings.count)\" failures=\"\(failures.count)\" skipped=\"\(findings.count - open.count)\">\n"
        for finding in findings {
            out += "    <testcase classname=\"\(xml(finding.contract ?? "catalog"))\" name=\"\(finding.rule.rawValue) \(xml(finding.location.file)):\(finding.location.line)\">"
            if finding.waiver != nil {
                out += "<skipped message=\"\(xml(finding.waiver!))\"/>"
            } else if finding.level == .error {
                out += "<failure type=\"\(finding.rule.rawValue)\" message=\"\(xml(finding.message))\">\(xml(Self.who(finding)))</failure>"
            } else {
                out += "<system-out>\(xml(finding.level.rawValue + ": " + finding.message))</system-out>"
            }
            out += "</testcase>\n"
        }
        return out + "  </testsuite>\n</testsuites>\n"
    }
}
