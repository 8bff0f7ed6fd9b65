import Crypto
import Foundation
import NIOCore
import SanyaModel

/// A self-contained HTML page with one table, readable in a browser and pasteable into a spreadsheet.
public struct HTMLTableRowEncoder: RowEncoder {
    let fields: [OutputField]
    let title: String
    private var scratch: [UInt8] = []

    public init(fields: [OutputField], title: String) {
        self.fields = fields
        self.title = title
    }

    /// The page's only style sheet; nothing else is loaded or run.
    static let style = #"body{font-family:"Sarabun","Noto Sans Thai","Tahoma",sans-serif}table{border-collapse:collapse}th,td{border:1px solid #ccd;padding:.2rem .4rem}th{background:#eef}td.n{text-align:right}"#

    /// The Content-Security-Policy of the page: no script, no request of any kind, no framing; only the
    /// page's own style element, named by its digest.
    public static let contentSecurityPolicy = "default-src 'none'; style-src 'sha256-"
        + Data(SHA256.hash(data: Data(style.utf8))).base64EncodedString()
        + "'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    public mutating func begin(into buffer: inout ByteBuffer) {
        buffer.writeString("""
        <!DOCTYPE html>
        <html lang="th"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
        <style>\(Self.style)</style>
        </head><body><h1>\(Self.escape(title))</h1><table><thead><tr>
        """)
        for field in fields {
            buffer.writeString("<th title=\"\(Self.escape(field.description.en)) · \(Self.escape(field.description.th))\">\(Self.escape(field.name))</th>")
        }
        buffer.writeString("</tr></thead><tbody>\n")
    }

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        scratch.removeAll(keepingCapacity: true)
        for row in rows {
            Bytes.literal("<tr>", to: &scratch)
            for cell in row {
                switch cell {
                case .null: Bytes.literal("<td></td>", to: &scratch)
                case .integer(let i):
                    Bytes.literal("<td class=\"n\">", to: &scratch)
                    JSONText.appendInteger(i, to: &scratch)
                    Bytes.literal("</td>", to: &scratch)
                case .decimal(let d):
                    Bytes.literal("<td class=\"n\">", to: &scratch)
                    Bytes.append(d, to: &scratch)
                    Bytes.literal("</td>", to: &scratch)
                case .boolean(let b): Bytes.literal(b ? "<td>true</td>" : "<td>false</td>", to: &scratch)
                case .text(let t), .date(let t), .timestamp(let t):
                    Bytes.literal("<td>", to: &scratch)
                    Self.appendEscaped(t, to: &scratch)
                    Bytes.literal("</td>", to: &scratch)
                }
            }
            Bytes.literal("</tr>\n", to: &scratch)
        }
        buffer.writeBytes(scratch)
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {
        buffer.writeString("</tbody></table></body></html>\n")
    }

    static func escape(_ text: String) -> String {
        Bytes.string { appendEscaped(text, to: &$0) }
    }

    /// Text with `& < > " '` as character references; every other byte (Thai included) as it is.
    static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "&"): Bytes.literal("&amp;", to: &out)
                case UInt8(ascii: "<"): Bytes.literal("&lt;", to: &out)
                case UInt8(ascii: ">"): Bytes.literal("&gt;", to: &out)
                case UInt8(ascii: "\""): Bytes.literal("&quot;", to: &out)
                case UInt8(ascii: "'"): Bytes.literal("&#39;", to: &out)
                default: out.append(byte)
                }
            }
        }
    }
}

/// Appending the UTF-8 of strings to byte arrays.
enum Bytes {
    /// The text that `write` appends to an empty byte array.
    static func string(_ write: (inout [UInt8]) -> Void) -> String {
        var out: [UInt8] = []
        write(&out)
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always)
    static func literal(_ text: StaticString, to out: inout [UInt8]) {
        out.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { out.append(contentsOf: $0) }
    }
}

/// JSON text of values.
enum JSONText {
    /// Each field's `"name":`, encoded once per response rather than once per row.
    /// Every field's `"name":` in one byte array, with each one's range: per cell, a slice of one buffer
    /// rather than an array of its own to retain and release.
    struct Keys {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
    }

    static func keys(_ fields: [OutputField]) -> Keys {
        var keys = Keys()
        for field in fields {
            let start = keys.bytes.count
            appendString(field.name, to: &keys.bytes)
            keys.bytes.append(UInt8(ascii: ":"))
            keys.ranges.append(start..<keys.bytes.count)
        }
        return keys
    }

    static func appendObject(_ row: ResultRow, keys: Keys, to out: inout [UInt8]) {
        keys.bytes.withUnsafeBufferPointer { names in
            keys.ranges.withUnsafeBufferPointer { ranges in
                row.withUnsafeBufferPointer { cells in
                    appendObject(cells, names: names, ranges: ranges, to: &out)
                }
            }
        }
    }

    private static func appendObject(_ row: UnsafeBufferPointer<CellValue>, names: UnsafeBufferPointer<UInt8>, ranges: UnsafeBufferPointer<Range<Int>>,
                                     to out: inout [UInt8]) {
        out.append(UInt8(ascii: "{"))
        for index in 0..<min(row.count, ranges.count) {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: names[ranges[index]]))
            switch row[index] {
            case .null: Bytes.literal("null", to: &out)
            case .integer(let i): appendInteger(i, to: &out)
            case .decimal(let d): Bytes.append(d, to: &out)
            case .boolean(let b): Bytes.literal(b ? "true" : "false", to: &out)
            case .text(let t), .date(let t): appendString(t, to: &out)
            case .timestamp(let t): appendTimestamp(t, to: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }

    /// Decimal digits of an integer, written without making a String.
    static func appendInteger(_ value: Int64, to out: inout [UInt8]) {
        var magnitude = value.magnitude
        // 19 digits and a sign at most, written right to left on the stack, then appended at once.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
            var index = 20
            repeat {
                index -= 1
                digits[index] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
            } while magnitude > 0
            if value < 0 {
                index -= 1
                digits[index] = UInt8(ascii: "-")
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: digits[index...]))
        }
    }

    static func writeInteger(_ value: Int64, into buffer: inout ByteBuffer) {
        var out: [UInt8] = []
        appendInteger(value, to: &out)
        buffer.writeBytes(out)
    }

    /// `YYYY-MM-DD HH:MM:SS[.fff]` as ISO 8601 (`T` between date and time), quoted.
    static func appendTimestamp(_ text: String, to out: inout [UInt8]) {
        let start = out.count
        appendString(text, to: &out)
        if out.count - start > 12, out[start + 11] == UInt8(ascii: " ") { out[start + 11] = UInt8(ascii: "T") }
    }

    static func string(_ text: String) -> String {
        Bytes.string { appendString(text, to: &$0) }
    }

    static func appendString(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { bytes in
            var clean = true
            for byte in bytes where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                clean = false
                break
            }
            guard !clean else {
                out.append(contentsOf: bytes)
                return
            }
            let hex = Array("0123456789abcdef".utf8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "\""): Bytes.literal("\\\"", to: &out)
                case UInt8(ascii: "\\"): Bytes.literal("\\\\", to: &out)
                case 0x0A: Bytes.literal("\\n", to: &out)
                case 0x0D: Bytes.literal("\\r", to: &out)
                case 0x09: Bytes.literal("\\t", to: &out)
                case 0..<0x20:
                    Bytes.literal("\\u00", to: &out)
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 0x0F)])
                default: out.append(byte)
                }
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
