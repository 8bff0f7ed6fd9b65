import SanyaDiagnostics
import SanyaModel

/// A change `sanya diff` reports that the office accepted: which rule, for which contract (and, optionally,
/// only the findings whose message holds `match`), why, and until when.
public struct Waiver: Hashable, Sendable {
    public var rule: String
    public var contract: String
    public var match: String?
    public var reason: String
    public var expires: LocalDate
    public var location: SourceLocation
}

/// Reads the committed waiver file (`sanya-waivers.yaml` at the repository root):
///
/// ```yaml
/// waivers:
///   - { rule: FIELD_REMOVED, contract: library-active-students, reason: "…", expires: 2027-01-31 }
/// ```
public struct WaiverChecker {
    static let topKeys = ["waivers"]
    static let waiverKeys = ["rule", "contract", "match", "reason", "expires"]

    public init() {}

    /// - Parameter rules: the rule ids that exist; another is an error with a suggestion.
    public func check(_ document: SourceDocument?, rules: [String]) -> ([Waiver], [Diagnostic]) {
        guard let document else { return ([], []) }
        let reader = SyntaxReader()
        var waivers: [Waiver] = []
        if let root = document.root, let map = reader.mapping(root, "the waiver file", keys: Self.topKeys) {
            for item in reader.list(map.required("waivers"), "the waivers") ?? [] {
                guard let entry = reader.mapping(item, "a waiver", keys: Self.waiverKeys) else { continue }
                let rule = reader.string(entry.required("rule"), "the rule id")
                if let rule, !rules.contains(rule), let node = entry.optional("rule") {
                    reader.error(.unknownValue, "'\(rule)' is not a rule of sanya diff", at: node, note: Suggestion.note(for: rule, in: rules))
                }
                let contract = reader.string(entry.required("contract"), "the contract id")
                let match = entry.optional("match").flatMap { reader.string($0, "the text to match") }
                let reason = reader.string(entry.required("reason"), "why the change is accepted")
                let expires = reader.date(entry.required("expires"), "the expiry date")
                guard let rule, rules.contains(rule), let contract, let reason, let expires else { continue }
                waivers.append(Waiver(rule: rule, contract: contract, match: match, reason: reason, expires: expires, location: item.location))
            }
        }
        return (waivers, document.diagnostics + reader.diagnostics)
    }
}
