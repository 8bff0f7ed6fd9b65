import Foundation

/// Splits generated SQL scripts into statements.
public enum SQLScript {
    public static func statements(_ script: String) -> [String] {
        script.components(separatedBy: ";\n").map { part in
            part.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("--") }.joined(separator: "\n")
        }.map { $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: CharacterSet(charactersIn: ";")) }
        .filter { !$0.isEmpty }
    }

    /// The tables of a schema script in the order they are created.
    public static func tableOrder(_ script: String) -> [String] {
        script.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("CREATE TABLE \"") else { return nil }
            return line.dropFirst("CREATE TABLE \"".count).split(separator: "\"").first.map(String.init)
        }
    }
}
