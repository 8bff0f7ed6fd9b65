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
