import Foundation

/// Splits generated SQL scripts into statements.
public enum SQLScript {
    public static func statements(_ script: String) -> [String] {
        script.components(separatedBy: ";\n").map { part in
            part.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }.joined(separator: "\n")
        }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: ";")) }
        .filter { !$0.isEmpty }
    }
}
