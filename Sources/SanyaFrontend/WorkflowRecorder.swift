import Foundation
import SanyaModel

/// Writes a workflow step into a contract file as staff would by hand: a `delivered:` entry in the block
/// `workflow:` mapping, before `valid_until`, keeping every other line and comment as it was.
public enum WorkflowRecorder {
    /// The file's text with the step added; nil when the workflow is not a block mapping this can edit (then
    /// the caller says what line to add).
    public static func adding(_ kind: WorkflowStepKind, by: String, on day: LocalDate, to text: String) -> String? {
        var lines = text.components(separatedBy: "\n")
        guard let start = lines.firstIndex(where: { $0.hasPrefix("workflow:") && $0.dropFirst("workflow:".count).trimmingCharacters(in: .whitespaces).first.map { $0 == "#" } ?? true }) else {
            return nil
        }
        var end = start + 1
        while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].hasPrefix("#") { end += 1 }
        // The block's own lines, without blank or comment lines that trail it.
        while end > start + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty || lines[end - 1].hasPrefix("#") { end -= 1 }
        guard end > start + 1 else { return nil }
        let indent = String(lines[start + 1].prefix { $0 == " " })
        guard !indent.isEmpty else { return nil }
        let entry = [
            "\(indent)\(kind.rawValue):",
            "\(indent)\(indent)by: \(YAMLText.scalar(by))",
            "\(indent)\(indent)date: \(day)",
        ]
        let position = (start + 1..<end).first { lines[$0].hasPrefix(indent + "valid_until:") } ?? end
        lines.insert(contentsOf: entry, at: position)
        return lines.joined(separator: "\n")
    }
}

extension WorkflowRecorder {
    /// The file's text with `step` written as a block mapping that carries `signature` (replacing a signature
    /// it had), every other line and comment kept; nil when the step is not an entry of a block `workflow:`.
    public static func signing(_ step: WorkflowStep, signature: ApprovalSignature, in text: String) -> String? {
        let document = SourceDocument.parse(Data(text.utf8), displayPath: "contract")
        guard let root = document.root, case .mapping(let top) = root.kind, let workflow = top.first(where: { $0.key == "workflow" }),
              case .mapping(let entries) = workflow.value.kind, let index = entries.firstIndex(where: { $0.key == step.kind.rawValue }) else { return nil }
        var lines = text.components(separatedBy: "\n")
        let first = entries[index].keyLocation.line - 1
        guard first > workflow.keyLocation.line - 1 else { return nil } // a flow `workflow: { … }` on one line
        var end: Int
        if index + 1 < entries.count {
            end = entries[index + 1].keyLocation.line - 1
        } else {
            end = first + 1
            while end < lines.count, lines[end].isEmpty || lines[end].first == " " || lines[end].hasPrefix("#") { end += 1 }
        }
        while end > first + 1, lines[end - 1].trimmingCharacters(in: .whitespaces).isEmpty || lines[end - 1].trimmingCharacters(in: .whitespaces).hasPrefix("#") { end -= 1 }
        let indent = String(lines[first].prefix { $0 == " " })
        guard !indent.isEmpty else { return nil }
        let inner = indent + indent, deeper = inner + indent
        var entry = ["\(indent)\(step.kind.rawValue):", "\(inner)by: \(YAMLText.scalar(step.by))", "\(inner)date: \(step.on)"]
        if let note = step.note { entry.append("\(inner)note: \(YAMLText.scalar(note))") }
        entry.append("\(inner)signature:")
        entry.append("\(deeper)digest: \(signature.digest)")
        entry.append("\(deeper)sshsig: |")
        entry += signature.sshsig.split(whereSeparator: \.isNewline).map { deeper + indent + $0 }
        lines.replaceSubrange(first..<end, with: entry)
        return lines.joined(separator: "\n")
    }
}
