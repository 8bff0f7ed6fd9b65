import NIOCore
import SanyaModel

/// Turns a stream of typed rows into the bytes of one output format. Independent of HTTP: the runtime writes
/// the bytes to a socket, `sanya export` to a file.
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
    private let keys: [[UInt8]]
    private var first = true

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
        for row in rows {
            if !first { buffer.writeInteger(UInt8(ascii: ",")) }
            first = false
            JSONText.writeObject(row, keys: keys, into: &buffer)
        }
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
    private let keys: [[UInt8]]

    public init(fields: [OutputField]) {
        keys = JSONText.keys(fields)
    }

    public mutating func begin(into buffer: inout ByteBuffer) {}

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        for row in rows {
            JSONText.writeObject(row, keys: keys, into: &buffer)
            buffer.writeInteger(UInt8(ascii: "\n"))
        }
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {}
}

/// RFC 4180 CSV in UTF-8 with CRLF line ends and a header row; optionally a byte-order mark so that Excel
/// reads Thai text correctly.
public struct CSVRowEncoder: RowEncoder {
    let fields: [OutputField]
    let byteOrderMark: Bool

    public init(fields: [OutputField], byteOrderMark: Bool) {
        self.fields = fields
        self.byteOrderMark = byteOrderMark
    }

    public mutating func begin(into buffer: inout ByteBuffer) {
        if byteOrderMark { buffer.writeBytes([0xEF, 0xBB, 0xBF]) }
        buffer.writeString(fields.map { Self.field($0.name) }.joined(separator: ",") + "\r\n")
    }

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        for row in rows {
            for (index, cell) in row.enumerated() {
                if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
                switch cell {
                case .null: break
                case .integer(let i): JSONText.writeInteger(i, into: &buffer)
                case .decimal(let d): buffer.writeString(d)
                case .boolean(let b): buffer.writeStaticString(b ? "true" : "false")
                case .text(let t): buffer.writeString(Self.field(t))
                default: buffer.writeString(Self.field(cell.text))
                }
            }
            buffer.writeBytes([0x0D, 0x0A])
        }
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {}

    /// A field, quoted when it holds a comma, quote, line break or leading/trailing space.
    static func field(_ text: String) -> String {
        let utf8 = text.utf8
        let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            || utf8.first == UInt8(ascii: " ") || utf8.last == UInt8(ascii: " ")
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A self-contained HTML page with one table, readable in a browser and pasteable into a spreadsheet.
public struct HTMLTableRowEncoder: RowEncoder {
    let fields: [OutputField]
    let title: String

    public init(fields: [OutputField], title: String) {
        self.fields = fields
        self.title = title
    }

    public mutating func begin(into buffer: inout ByteBuffer) {
        buffer.writeString("""
        <!DOCTYPE html>
        <html lang="th"><head><meta charset="utf-8"><title>\(Self.escape(title))</title>
        <style>body{font-family:"Sarabun","Noto Sans Thai","Tahoma",sans-serif}table{border-collapse:collapse}th,td{border:1px solid #ccd;padding:.2rem .4rem}th{background:#eef}td.n{text-align:right}</style>
        </head><body><h1>\(Self.escape(title))</h1><table><thead><tr>
        """)
        for field in fields {
            buffer.writeString("<th title=\"\(Self.escape(field.description.en)) · \(Self.escape(field.description.th))\">\(Self.escape(field.name))</th>")
        }
        buffer.writeString("</tr></thead><tbody>\n")
    }

    public mutating func encode(_ rows: [ResultRow], into buffer: inout ByteBuffer) {
        for row in rows {
            buffer.writeString("<tr>")
            for cell in row {
                switch cell {
                case .integer, .decimal: buffer.writeString("<td class=\"n\">\(cell.text)</td>")
                default: buffer.writeString("<td>\(Self.escape(cell.text))</td>")
                }
            }
            buffer.writeString("</tr>\n")
        }
    }

    public mutating func end(next: String?, into buffer: inout ByteBuffer) {
        buffer.writeString("</tbody></table></body></html>\n")
    }

    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// JSON text of values, written straight into buffers.
enum JSONText {
    /// Each field's `"name":`, encoded once per response rather than once per row.
    static func keys(_ fields: [OutputField]) -> [[UInt8]] {
        fields.map { Array(string($0.name).utf8) + [UInt8(ascii: ":")] }
    }

    static func writeObject(_ row: ResultRow, keys: [[UInt8]], into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "{"))
        for (index, cell) in row.enumerated() {
            if index > 0 { buffer.writeInteger(UInt8(ascii: ",")) }
            buffer.writeBytes(keys[index])
            switch cell {
            case .null: buffer.writeStaticString("null")
            case .integer(let i): writeInteger(i, into: &buffer)
            case .decimal(let d): buffer.writeString(d)
            case .boolean(let b): buffer.writeStaticString(b ? "true" : "false")
            case .text(let t): writeString(t, into: &buffer)
            case .date(let d): writeString(d, into: &buffer)
            case .timestamp(let t): writeString(t.replacingOccurrences(of: " ", with: "T"), into: &buffer)
            }
        }
        buffer.writeInteger(UInt8(ascii: "}"))
    }

    /// Decimal digits of an integer, written without making a String.
    static func writeInteger(_ value: Int64, into buffer: inout ByteBuffer) {
        if value == 0 {
            buffer.writeInteger(UInt8(ascii: "0"))
            return
        }
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { bytes in
            while magnitude > 0 {
                bytes[23 - count] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                magnitude /= 10
                count += 1
            }
            if value < 0 {
                bytes[23 - count] = UInt8(ascii: "-")
                count += 1
            }
            buffer.writeBytes(UnsafeRawBufferPointer(rebasing: bytes[(24 - count)...]))
        }
    }

    static func string(_ text: String) -> String {
        var buffer = ByteBuffer()
        writeString(text, into: &buffer)
        return buffer.readString(length: buffer.readableBytes) ?? "\"\""
    }

    static func writeString(_ text: String, into buffer: inout ByteBuffer) {
        buffer.writeInteger(UInt8(ascii: "\""))
        var needsEscape = false
        for byte in text.utf8 where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
            needsEscape = true
            break
        }
        if !needsEscape {
            buffer.writeString(text)
        } else {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): buffer.writeStaticString("\\\"")
                case UInt8(ascii: "\\"): buffer.writeStaticString("\\\\")
                case 0x0A: buffer.writeStaticString("\\n")
                case 0x0D: buffer.writeStaticString("\\r")
                case 0x09: buffer.writeStaticString("\\t")
                case 0..<0x20: buffer.writeString(String(format: "\\u%04x", byte))
                default: buffer.writeInteger(byte)
                }
            }
        }
        buffer.writeInteger(UInt8(ascii: "\""))
    }
}
