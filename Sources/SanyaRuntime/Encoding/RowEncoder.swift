import Crypto
import Foundation
import NIOCore
import SanyaModel

/// Turns a stream of typed rows into the bytes of one output format. Independent of HTTP: the runtime writes
/// the bytes to a socket, `sanya export` to a file.
///
/// The encoders assemble a batch in a byte array they keep (its capacity is reused from batch to batch) and
/// append it to the buffer at once: many small `ByteBuffer` writes, each with its own uniqueness and
/// capacity checks, were the largest cost of a JSON page.
public protocol RowEncoder {
    /// What comes before the first row.
    mutating func begin(into buffer: inout ByteBuffer)
    /// A batch of rows.
    mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer)
    /// What comes after the last row; `next` is the cursor of a following page, where the format pages.
    mutating func end(next: String?, into buffer: inout ByteBuffer)
}

/// A JSON page: `{"contract": …, "version": …, "data": [rows…], "next": cursor}`; or, without a contract,
/// a plain array of row objects.
public struct JSONRowEncoder: RowEncoder {
    let fields: [OutputField]
    let envelope: (contract: String, version: Int)?
    private let keys: JSONText.Keys
    private var first = true
    private var scratch: [UInt8] = []

    public init(fields: [OutputField], envelope: (contract: String, version: Int)?) {
        self.fields = fields
        self.envelope = envelope
        self.keys = JSONText.keys(fields)
    }

    public mutating func begin(into buffer: inout ByteBuffer) {
        if let envelope {
            buffer.writeString("{\"contract\":\(JSONText.string(envelope.contract)),\"version\":\(envelope.version),\"data\":[")
        } else {
            buffer.writeString("[")
        }
    }

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        scratch.removeAll(keepingCapacity: true)
        scratch.reserveCapacity(rows.count * 24 * keys.ranges.count)
        for row in rows {
            if !first { scratch.append(UInt8(ascii: ",")) }
            first = false
            JSONText.appendObject(row, keys: keys, to: &scratch)
        }
        buffer.writeBytes(scratch)
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {
        if envelope != nil {
            buffer.writeString("],\"next\":" + (next.map(JSONText.string) ?? "null") + "}")
        } else {
            buffer.writeString("]")
        }
    }
}

/// Newline-delimited JSON: one object a line.
public struct NDJSONRowEncoder: RowEncoder {
    private let keys: JSONText.Keys
    private var scratch: [UInt8] = []

    public init(fields: [OutputField]) {
        keys = JSONText.keys(fields)
    }

    public mutating func begin(into buffer: inout ByteBuffer) {}

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        scratch.removeAll(keepingCapacity: true)
        for row in rows {
            JSONText.appendObject(row, keys: keys, to: &scratch)
            scratch.append(UInt8(ascii: "\n"))
        }
        buffer.writeBytes(scratch)
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {}
}

/// RFC 4180 CSV in UTF-8 with CRLF line ends and a header row; optionally a byte-order mark so that Excel
/// reads Thai text correctly.
public struct CSVRowEncoder: RowEncoder {
    let fields: [OutputField]
    let byteOrderMark: Bool
    /// Whether text that a spreadsheet would run as a formula is neutralised (see `neutralised`).
    let forSpreadsheets: Bool
    private var scratch: [UInt8] = []

    /// - Parameters:
    ///   - byteOrderMark: start with a UTF-8 byte-order mark, so that Excel shows Thai text.
    ///   - forSpreadsheets: the file is meant for Excel or LibreOffice (`bom=1`, every `sanya export`):
    ///     neutralise formula-like text (OWASP's CSV-injection guidance).
    public init(fields: [OutputField], byteOrderMark: Bool, forSpreadsheets: Bool) {
        self.fields = fields
        self.byteOrderMark = byteOrderMark
        self.forSpreadsheets = forSpreadsheets
    }

    /// The bytes a spreadsheet reads as the start of a formula (`=`, `+`, `-`, `@`, tab, carriage return).
    static let formulaStarts: Set<UInt8> = [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D]

    /// Text that a spreadsheet would run as a formula (`=HYPERLINK(…)`), prefixed with `'` so that it is
    /// shown as the text it is; other text unchanged. Numbers, dates and times are typed cells, never text.
    static func neutralised(_ text: String) -> String {
        guard let first = text.utf8.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    public mutating func begin(into buffer: inout ByteBuffer) {
        if byteOrderMark { buffer.writeBytes([0xEF, 0xBB, 0xBF]) }
        buffer.writeString(fields.map { Self.field($0.name, alone: fields.count == 1) }.joined(separator: ",") + "\r\n")
    }

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        scratch.removeAll(keepingCapacity: true)
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { scratch.append(UInt8(ascii: ",")) }
                switch cell {
                case .null: break
                case .integer(let i): JSONText.appendInteger(i, to: &scratch)
                case .decimal(let d): Bytes.append(d, to: &scratch)
                case .boolean(let b): Bytes.literal(b ? "true" : "false", to: &scratch)
                case .text(let t): Self.appendField(forSpreadsheets ? Self.neutralised(t) : t, alone: row.count == 1, to: &scratch)
                case .date(let t), .timestamp(let t): Self.appendField(t, alone: row.count == 1, to: &scratch)
                }
            }
            scratch.append(0x0D)
            scratch.append(0x0A)
        }
        buffer.writeBytes(scratch)
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {}

    /// A field, quoted when it holds a comma, quote or line break, when it is empty (so that an empty text
    /// differs from a missing value, which is written as nothing), or when it is `\.` alone on its line (a
    /// row of one field; old readers take that line for the end of the data). These are PostgreSQL's
    /// `COPY … CSV` rules to the byte: on PostgreSQL the database writes the CSV itself (`CSVCopy`), and both
    /// must give the same file.
    static func field(_ text: String, alone: Bool) -> String {
        Bytes.string { appendField(text, alone: alone, to: &$0) }
    }

    static func appendField(_ text: String, alone: Bool, to out: inout [UInt8]) {
        var text = text
        text.withUTF8 { bytes in
            var needsQuotes = bytes.isEmpty || (alone && bytes.count == 2 && bytes[0] == UInt8(ascii: "\\") && bytes[1] == UInt8(ascii: "."))
            if !needsQuotes {
                for byte in bytes where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
                    needsQuotes = true
                    break
                }
            }
            guard needsQuotes else {
                out.append(contentsOf: bytes)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in bytes {
                out.append(byte)
                if byte == UInt8(ascii: "\"") { out.append(byte) }
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}

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
