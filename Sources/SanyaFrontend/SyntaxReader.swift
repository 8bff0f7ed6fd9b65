import Foundation
import SanyaDiagnostics
import SanyaModel

/// Reads typed values out of a syntax tree, emitting a located diagnostic for each thing that is wrong
/// and carrying on, so that one run reports every problem of a file.
final class SyntaxReader {
    private(set) var diagnostics: [Diagnostic] = []

    func emit(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    func error(_ code: DiagnosticCode, _ message: String, at node: SyntaxNode, note: String? = nil) {
        emit(.error(code, message, at: node.location, note: note))
    }

    /// A mapping whose keys are checked against the allowed set (unknown keys get "did you mean").
    func mapping(_ node: SyntaxNode?, _ what: String, keys allowed: [String]) -> Mapping? {
        guard let node else { return nil }
        guard case .mapping(let pairs) = node.kind else {
            error(.wrongType, "\(what) must be a mapping, not \(node.shape)", at: node)
            return nil
        }
        for pair in pairs where !allowed.contains(pair.key) {
            emit(.error(.unknownKey, "unknown key '\(pair.key)' in \(what)", at: pair.keyLocation,
                        note: Suggestion.note(for: pair.key, in: allowed) ?? "allowed keys: \(allowed.joined(separator: ", "))"))
        }
        return Mapping(node: node, pairs: pairs, what: what, reader: self)
    }

    func list(_ node: SyntaxNode?, _ what: String) -> [SyntaxNode]? {
        guard let node else { return nil }
        guard case .sequence(let items) = node.kind else {
            error(.wrongType, "\(what) must be a list, not \(node.shape)", at: node)
            return nil
        }
        return items
    }

    /// A list, or a single scalar taken as a one-item list.
    func listOrScalar(_ node: SyntaxNode?, _ what: String) -> [SyntaxNode]? {
        guard let node else { return nil }
        if case .scalar = node.kind { return [node] }
        return list(node, what)
    }

    func string(_ node: SyntaxNode?, _ what: String, allowEmpty: Bool = false) -> String? {
        guard let node else { return nil }
        guard let scalar = node.scalar, !scalar.isNull else {
            error(.wrongType, "\(what) must be text, not \(node.shape)", at: node)
            return nil
        }
        let text = scalar.text.trimmed
        if text.isEmpty && !allowEmpty {
            error(.invalidValue, "\(what) must not be empty", at: node)
            return nil
        }
        return text
    }

    func integer(_ node: SyntaxNode?, _ what: String, range: ClosedRange<Int>? = nil) -> Int? {
        guard let node else { return nil }
        guard let scalar = node.scalar, scalar.plain, let value = Int(scalar.text.replacingOccurrences(of: "_", with: "")) else {
            error(.wrongType, "\(what) must be a whole number, not \(node.scalar.map { "'\($0.text)'" } ?? node.shape)", at: node)
            return nil
        }
        if let range, !range.contains(value) {
            error(.invalidValue, "\(what) must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: node)
            return nil
        }
        return value
    }

    func boolean(_ node: SyntaxNode?, _ what: String) -> Bool? {
        guard let node else { return nil }
        switch node.scalar.map({ $0.plain ? $0.text.lowercased() : "" }) {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            error(.wrongType, "\(what) must be true or false, not \(node.scalar.map { "'\($0.text)'" } ?? node.shape)", at: node)
            return nil
        }
    }

    func date(_ node: SyntaxNode?, _ what: String) -> LocalDate? {
        guard let text = string(node, what) else { return nil }
        guard let date = LocalDate(text) else {
            error(.invalidDate, "\(what) '\(text)' is not a date in YYYY-MM-DD form", at: node!,
                  note: "dates are Common Era (CE): write 2026-05-01 for 1 พ.ค. 2569")
            return nil
        }
        return date
    }

    /// One of an enumeration's raw values, with "did you mean" for near misses.
    func choice<E: RawRepresentable & CaseIterable>(_ node: SyntaxNode?, _ what: String, _ type: E.Type) -> E? where E.RawValue == String {
        guard let text = string(node, what) else { return nil }
        if let value = E(rawValue: text) { return value }
        let names = E.allCases.map(\.rawValue)
        error(.unknownValue, "unknown \(what) '\(text)'", at: node!,
              note: Suggestion.note(for: text, in: names) ?? "expected one of: \(names.joined(separator: ", "))")
        return nil
    }
}

/// A mapping being read: required and optional members, each reported where it stands or is missing.
struct Mapping {
    let node: SyntaxNode
    let pairs: [SyntaxPair]
    let what: String
    let reader: SyntaxReader

    func optional(_ key: String) -> SyntaxNode? {
        guard let value = pairs.first(where: { $0.key == key })?.value else { return nil }
        if let scalar = value.scalar, scalar.isNull { return nil }
        return value
    }

    func required(_ key: String) -> SyntaxNode? {
        if let value = optional(key) { return value }
        reader.error(.missingKey, "\(what) is missing '\(key)'", at: node)
        return nil
    }

    func has(_ key: String) -> Bool { optional(key) != nil }

    func keyLocation(_ key: String) -> SourceLocation {
        pairs.first { $0.key == key }?.keyLocation ?? node.location
    }
}
