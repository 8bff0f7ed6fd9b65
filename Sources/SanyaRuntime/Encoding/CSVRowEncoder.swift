import Foundation
import NIOCore
import SanyaModel

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
