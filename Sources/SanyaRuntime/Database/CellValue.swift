import Foundation
import SanyaModel

/// One value of a result row, already in the output field's kind, whatever the database returned.
public enum CellValue: Sendable, Equatable {
    case null
    case integer(Int64)
    /// A decimal as its exact text with the field's scale, e.g. `3.50`.
    case decimal(String)
    case text(String)
    case boolean(Bool)
    /// `YYYY-MM-DD`
    case date(String)
    /// `YYYY-MM-DD HH:MM:SS`
    case timestamp(String)

    /// The value as plain text, as CSV and HTML show it; empty for null.
    public var text: String {
        switch self {
        case .null: ""
        case .integer(let i): String(i)
        case .decimal(let d): d
        case .text(let t): t
        case .boolean(let b): b ? "true" : "false"
        case .date(let d): d
        case .timestamp(let t): t
        }
    }

    /// Formats a floating-point database value with a fixed number of decimals, or, for a number without declared
    /// scale (`numeric`), as the shortest text that reads back as the same value.
    static func decimal(_ value: Double, scale: Int?) -> CellValue {
        guard let scale else { return .decimal(plain(value)) }
        return .decimal(fixedPoint(value, scale: scale))
    }

    /// A double as the shortest decimal text that reads back as it, never in exponent form (`1e-07` → `0.0000001`),
    /// whole numbers without a point.
    static func plain(_ value: Double) -> String {
        let shortest = "\(value)"
        guard value.isFinite else { return shortest }
        if shortest.hasSuffix(".0") { return String(shortest.dropLast(2)) }
        guard shortest.contains("e") else { return shortest }
        return Decimal(string: shortest)?.description ?? shortest
    }

    /// `value` with exactly `scale` decimals, rounded half away from zero. Hand-written because
    /// `String(format:)` dominated the cost of streaming rows with decimals.
    static func fixedPoint(_ value: Double, scale: Int) -> String {
        guard value.isFinite, scale >= 0 else { return String(value) }
        guard abs(value) < 9e15 / pow10(scale) else { return String(format: "%.\(scale)f", value) }
        var magnitude = UInt64((abs(value) * pow10(scale)).rounded())
        let negative = value < 0 && magnitude != 0
        // At most 16 digits (the guard), a leading zero, the point and the sign.
        let capacity = Swift.max(20, scale + 3)
        // Built on the stack and then made a String, so that short results (most are) become small strings
        // stored inline, with no allocation per cell.
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { bytes in
            var index = capacity
            func put(_ byte: UInt8) {
                index -= 1
                bytes[index] = byte
            }
            for _ in 0..<scale {
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            }
            if scale > 0 { put(UInt8(ascii: ".")) }
            repeat {
                put(UInt8(ascii: "0") + UInt8(magnitude % 10))
                magnitude /= 10
            } while magnitude > 0
            if negative { put(UInt8(ascii: "-")) }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[index...]), as: UTF8.self)
        }
    }

    static func pow10(_ n: Int) -> Double {
        var result = 1.0
        for _ in 0..<n { result *= 10 }
        return result
    }

    /// Normalises decimal text to a fixed number of decimals.
    static func decimal(text: String, scale: Int?) -> CellValue {
        guard let scale, let value = Double(text) else { return .decimal(text) }
        if let dot = text.firstIndex(of: "."), text.distance(from: dot, to: text.endIndex) - 1 == scale { return .decimal(text) }
        if scale == 0, !text.contains(".") { return .decimal(text) }
        return decimal(value, scale: scale)
    }
}

/// What a cell becomes: the output field's kind and, for decimals, its scale.
struct CellShape: Sendable {
    var kind: ScalarKind
    var scale: Int?

    init(kind: ScalarKind, scale: Int?) {
        self.kind = kind
        self.scale = scale
    }

    init(_ field: OutputField) {
        self.init(kind: field.kind, scale: field.scale)
    }
}

extension CellValue {
    /// A value the database gave as text (SQLite's TEXT storage, MariaDB's text results), in the field's kind.
    init(text: String, _ shape: CellShape) {
        switch shape.kind {
        case .string: self = .text(text)
        case .integer: self = Int64(text).map { .integer($0) } ?? .text(text)
        case .decimal: self = CellValue.decimal(text: text, scale: shape.scale)
        case .boolean: self = .boolean(text == "1" || text.lowercased() == "true")
        case .date: self = .date(text)
        case .timestamp: self = .timestamp(text)
        }
    }
}

/// A row of a result, in the order of the handler's fields.
public typealias ResultRow = [CellValue]
