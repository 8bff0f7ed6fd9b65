import Foundation

/// Text as a YAML scalar: plain when YAML reads it back as the same text, double-quoted (JSON escaping, which
/// is valid YAML) otherwise.
public enum YAMLText {
    public static func scalar(_ text: String) -> String {
        let plainSafe = !text.isEmpty && text == text.trimmingCharacters(in: .whitespaces)
            && !"-?:,[]{}#&*!|>'\"%@`".contains(text.first!)
            && !text.contains(": ") && !text.contains(" #") && !text.hasSuffix(":")
            && !text.contains(where: { $0.isNewline || $0 == "\t" })
            && !["true", "false", "yes", "no", "null", "~", "on", "off", "y", "n"].contains(text.lowercased())
            && Double(text) == nil && LocalDate(text) == nil
        return plainSafe ? text : quoted(text)
    }

    /// Text as a double-quoted YAML scalar (JSON's escaping, which YAML reads the same), safe anywhere a flow
    /// mapping or list may stand.
    public static func quoted(_ text: String) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])) ?? Data("[\"\"]".utf8)
        return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
    }
}
