extension Literal {
    /// Parses text as a value of a kind: a contract's fixed value, a query-string item or a JSON scalar.
    ///
    /// - Returns: nil when the text does not fit (too long, not a number, not a real date …).
    /// Exactly the timestamps `parse` reads, as a regular expression for the OpenAPI document.
    public static let timestampPattern = "^\(LocalDate.pattern)[T ](?:[01][0-9]|2[0-3]):[0-5][0-9](?::[0-5][0-9])?$"
    /// Exactly the dates `parse` reads.
    public static let datePattern = "^\(LocalDate.pattern)$"

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
            let parts = normalized.split(separator: " ", omittingEmptySubsequences: false)
            guard parts.count == 2, LocalDate(String(parts[0])) != nil else { return nil }
            let time = parts[1].split(separator: ":")
            guard (2...3).contains(time.count), time.allSatisfy({ $0.count == 2 && $0.allSatisfy(\.isNumber) }),
                  Int(time[0])! < 24, Int(time[1])! < 60, time.count == 2 || Int(time[2])! < 60 else { return nil }
            return .timestamp(time.count == 2 ? normalized + ":00" : normalized)
        }
    }
}

/// A client's decimal number as the database compares it: written plainly (`3.25`, `-0.5`) or with an
/// exponent (`1e2`, `5.7E+16`), as JSON and OpenAPI's `number` allow, and bound as plain decimal text. Any
/// finite number can be compared with a column, whatever its precision and scale; only numbers of more than
/// `maximumDigits` significant digits, or whose plain form would be longer than that, are refused.
public enum DecimalText {
    public static let maximumDigits = 40

    /// The plain decimal text of `text`, without leading or trailing zeros; nil when it is no number.
    public static func plain(_ text: String) -> String? {
        var bytes = Substring(text).utf8[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var pointAt: Int?
        var exponentText: Substring.UTF8View.SubSequence?
        var index = bytes.startIndex
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte >= 0x30 && byte <= 0x39 {
                digits.append(byte)
            } else if byte == UInt8(ascii: "."), pointAt == nil {
                pointAt = digits.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                exponentText = bytes[bytes.index(after: index)...]
                break
            } else {
                return nil
            }
            index = bytes.index(after: index)
        }
        guard !digits.isEmpty else { return nil }
        var exponent = 0
        if let exponentText {
            guard let value = Int(String(decoding: exponentText, as: UTF8.self)), abs(value) <= 1_000 else { return nil }
            exponent = value
        }
        // The value is 0.digits × 10^(point + exponent): strip the zeros that carry no digit.
        var point = (pointAt ?? digits.count) + exponent
        while let first = digits.first, first == UInt8(ascii: "0") {
            digits.removeFirst()
            point -= 1
        }
        while let last = digits.last, last == UInt8(ascii: "0") { digits.removeLast() }
        guard !digits.isEmpty else { return "0" }
        guard digits.count <= maximumDigits, point <= maximumDigits, point >= -maximumDigits else { return nil }
        var out = negative ? "-" : ""
        if point <= 0 {
            out += "0." + String(repeating: "0", count: -point) + String(decoding: digits, as: UTF8.self)
        } else if point >= digits.count {
            out += String(decoding: digits, as: UTF8.self) + String(repeating: "0", count: point - digits.count)
        } else {
            out += String(decoding: digits[..<point], as: UTF8.self) + "." + String(decoding: digits[point...], as: UTF8.self)
        }
        return out
    }
}
