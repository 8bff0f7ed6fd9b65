extension Literal {
    /// Parses text as a value of a kind: a contract's fixed value, a query-string item or a JSON scalar.
    ///
    /// - Returns: nil when the text does not fit (too long, not a number, not a real date …).
    public static func parse(_ text: String, kind: ScalarKind, maxLength: Int? = nil) -> Literal? {
        switch kind {
        case .string:
            if let maxLength, text.count > maxLength { return nil }
            return .string(text)
        case .integer:
            return Int64(text).map { .integer($0) }
        case .decimal:
            guard let value = Double(text), value.isFinite, text.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "." || $0 == "-") }) else { return nil }
            return .decimal(text)
        case .boolean:
            switch text.lowercased() {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: return nil
            }
        case .date:
            return LocalDate(text).map { .date($0) }
        case .timestamp:
            let normalized = text.replacingOccurrences(of: "T", with: " ")
            let parts = normalized.split(separator: " ")
            guard parts.count == 2, LocalDate(String(parts[0])) != nil else { return nil }
            let time = parts[1].split(separator: ":")
            guard (2...3).contains(time.count), time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
                  Int(time[0])! < 24, Int(time[1])! < 60, time.count == 2 || Int(time[2])! < 60 else { return nil }
            return .timestamp(time.count == 2 ? normalized + ":00" : normalized)
        }
    }
}
