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
        case .sarif: toolReport.sarif()
        case .github: github()
        case .junit: toolReport.junit()
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
        return ToolReport.json(document)
    }

    // MARK: - SARIF and JUnit

    /// The comparison as the CI formats see it: a rule per rule that fired with its level, a result per finding
    /// (its side and contracts as properties, a waiver as a suppression), and a test case per finding.
    var toolReport: ToolReport {
        let used = Array(Set(findings.map(\.rule))).sorted { $0.rawValue < $1.rawValue }
        let level = { (l: ChangeLevel) -> ToolReport.Level in l == .error ? .error : l == .warning ? .warning : .note }
        return ToolReport(
            tool: "sanya diff", uriBase: "%SRCROOT%",
            rules: used.map { ToolReport.Rule(id: $0.rawValue, summary: $0.summary, defaultLevel: level($0.level)) },
            results: findings.map { finding in
                ToolReport.Result(rule: finding.rule.rawValue, level: level(finding.level),
                                  message: finding.message + (finding.parties.isEmpty ? "" : " (tell: \(Self.who(finding)))"), location: finding.location,
                                  properties: ["side": .text(finding.side.rawValue), "contracts": .list(finding.parties.map(\.contract))],
                                  suppression: finding.waiver)
            },
            suite: "\(base) → \(head)",
            cases: findings.map { finding in
                ToolReport.TestCase(
                    classname: finding.contract ?? "catalog", name: "\(finding.rule.rawValue) \(finding.location.file):\(finding.location.line)",
                    failure: finding.waiver == nil && finding.level == .error ? (type: finding.rule.rawValue, message: finding.message, body: Self.who(finding)) : nil,
                    skipped: finding.waiver,
                    output: finding.waiver == nil && finding.level != .error ? finding.level.rawValue + ": " + finding.message : nil)
            })
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
}
