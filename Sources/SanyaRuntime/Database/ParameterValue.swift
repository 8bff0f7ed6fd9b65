import SanyaModel

/// A client's parameter value, validated against its declared kind.
public enum ParameterValue: Sendable, Equatable, CustomStringConvertible {
    case string(String)
    case integer(Int64)
    /// Decimal text as sent, validated as a number.
    case decimal(String)
    case boolean(Bool)
    case date(LocalDate)
    /// `YYYY-MM-DD HH:MM:SS`
    case timestamp(String)

    public var description: String {
        switch self {
        case .string(let s): s
        case .integer(let i): String(i)
        case .decimal(let d): d
        case .boolean(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .timestamp(let t): t
        }
    }

    /// Parses text (a query string item or a JSON scalar's text) as a value of `kind`.
    public static func parse(_ text: String, kind: ScalarKind, maxLength: Int?) -> ParameterValue? {
        switch kind {
        case .string:
            if let maxLength, text.count > maxLength { return nil }
            return .string(text)
        case .integer:
            return Int64(text).map { .integer($0) }
        case .decimal:
            guard let value = Double(text), value.isFinite, text.allSatisfy({ $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
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
            guard (2...3).contains(time.count), time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }) else { return nil }
            return .timestamp(time.count == 2 ? normalized + ":00" : normalized)
        }
    }
}

/// What a placeholder is bound to.
public enum BoundArgument: Sendable, Equatable {
    /// An optional parameter the client did not send: binds NULL, and its condition is skipped.
    case absent
    case value(ParameterValue)
    case list([ParameterValue])
}
