import Foundation
import NIOCore
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Synchronization
import Testing

@Suite("CSV for spreadsheets")
struct CSVInjectionTests {
    static let fields = [OutputField(name: "name", kind: .string, scale: nil, nullable: true, sensitivity: .public, mask: nil, description: Bilingual(en: "", th: "")),
                         OutputField(name: "amount", kind: .decimal, scale: 2, nullable: true, sensitivity: .public, mask: nil, description: Bilingual(en: "", th: ""))]

    static func csv(_ rows: [ResultRow], forSpreadsheets: Bool) -> String {
        var encoder = CSVRowEncoder(fields: fields, byteOrderMark: false, forSpreadsheets: forSpreadsheets)
        var buffer = ByteBuffer()
        encoder.encode(rows, into: &buffer)
        return buffer.readString(length: buffer.readableBytes) ?? ""
    }

    @Test("formula-like text is neutralised with a leading quote for spreadsheets, and left as it is otherwise; numbers stay numbers")
    func formulas() {
        let rows: [ResultRow] = [
            [.text(#"=HYPERLINK("http://evil.example","click")"#), .decimal("-5.00")],
            [.text("+66 2 329 8000"), .decimal("1.50")], [.text("-1"), .null], [.text("@SUM(A1)"), .null], [.text("\tx"), .null],
            [.text("ปกติ"), .null], [.text("a=b"), .null],
        ]
        #expect(Self.csv(rows, forSpreadsheets: true) == [
            #""'=HYPERLINK(""http://evil.example"",""click"")",-5.00"#, "'+66 2 329 8000,1.50", "'-1,", "'@SUM(A1),", "'\tx,", "ปกติ,", "a=b,", "",
        ].joined(separator: "\r\n"))
        #expect(Self.csv(rows, forSpreadsheets: false).hasPrefix(#""=HYPERLINK(""http://evil.example"",""click"")",-5.00"#))
    }
}

@Suite("Cell values")
struct CellValueTests {
    @Test("decimals are written with exactly their scale", arguments: [
        (3.5, 2, "3.50"), (0, 2, "0.00"), (-0.004, 2, "0.00"), (-1.005, 1, "-1.0"), (18900, 2, "18900.00"), (2.675, 0, "3"), (0.05, 2, "0.05"), (-12.345, 2, "-12.35"),
        (0.000123, 6, "0.000123"), (-5, 3, "-5.000"), (123_456_789.5, 0, "123456790"), (7, 20, "7.00000000000000000000"), (1e20, 1, "100000000000000000000.0"),
    ])
    func decimals(_ value: Double, _ scale: Int, _ text: String) {
        #expect(CellValue.decimal(value, scale: scale) == .decimal(text))
    }
}

@Suite("Encoders")
struct EncoderTests {
    @Test("integers are written digit for digit", arguments: [Int64(0), 7, -7, 25_691, Int64.max, Int64.min + 1])
    func integers(_ value: Int64) {
        var buffer = ByteBuffer()
        JSONText.writeInteger(value, into: &buffer)
        #expect(buffer.readString(length: buffer.readableBytes) == String(value))
    }

    @Test("CSV quotes fields with commas, quotes and line breaks, empty text, and a lone \\. — PostgreSQL's COPY rules — and nothing else")
    func csvQuoting() {
        #expect(CSVRowEncoder.field("สมชาย", alone: false) == "สมชาย")
        #expect(CSVRowEncoder.field("a,b", alone: false) == "\"a,b\"")
        #expect(CSVRowEncoder.field("say \"hi\"", alone: false) == "\"say \"\"hi\"\"\"")
        #expect(CSVRowEncoder.field("two\nlines", alone: false) == "\"two\nlines\"")
        #expect(CSVRowEncoder.field("cr\rhere", alone: false) == "\"cr\rhere\"")
        #expect(CSVRowEncoder.field(" padded ", alone: false) == " padded ")
        #expect(CSVRowEncoder.field("", alone: false) == "\"\"", "empty text is not a missing value")
        #expect(CSVRowEncoder.field("\\.", alone: true) == "\"\\.\"")
        #expect(CSVRowEncoder.field("\\.", alone: false) == "\\.")
        #expect(CSVRowEncoder.field("'single'", alone: false) == "'single'")
    }

    static func field(_ name: String) -> OutputField {
        OutputField(name: name, kind: .string, scale: nil, nullable: true, sensitivity: .public, mask: nil, description: Bilingual(en: name, th: name))
    }

    @Test("JSON strings escape quotes, backslashes and control characters, and keep Thai as it is")
    func jsonStrings() throws {
        let tricky = "สมชาย \"ใจดี\" \\ a\nb\tc\u{1F}"
        let text = JSONText.string(tricky)
        #expect(text == #""สมชาย \"ใจดี\" \\ a\nb\tc\u001f""#)
        let decoded = try JSONSerialization.jsonObject(with: Data("[\(text)]".utf8)) as? [String]
        #expect(decoded == [tricky], "an independent parser reads back the same string")
    }

    @Test("a JSON row writes every kind of cell; timestamps get ISO 8601's T")
    func jsonRow() throws {
        let fields = ["n", "d", "t", "b", "day", "at", "none"].map { Self.field($0) }
        var encoder = JSONRowEncoder(fields: fields, envelope: nil)
        var buffer = ByteBuffer()
        encoder.begin(into: &buffer)
        encoder.encode([[.integer(-42), .decimal("3.50"), .text("ก,\"ข\""), .boolean(true), .date("2025-06-30"), .timestamp("2025-06-30 10:00:00"), .null]], into: &buffer)
        encoder.encode([[.integer(0), .decimal("0.00"), .text(""), .boolean(false), .date("2025-07-01"), .timestamp("2025-07-01 08:30:15.250"), .null]], into: &buffer)
        encoder.end(next: nil, into: &buffer)
        let text = buffer.readString(length: buffer.readableBytes) ?? ""
        #expect(text == #"[{"n":-42,"d":3.50,"t":"ก,\"ข\"","b":true,"day":"2025-06-30","at":"2025-06-30T10:00:00","none":null},"#
            + #"{"n":0,"d":0.00,"t":"","b":false,"day":"2025-07-01","at":"2025-07-01T08:30:15.250","none":null}]"#)
        #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [[String: Any]])
    }

    @Test("HTML cells escape markup and keep Thai; numbers are right-aligned")
    func htmlCells() {
        let fields = [Self.field("a"), Self.field("b")]
        var encoder = HTMLTableRowEncoder(fields: fields, title: "<ตาราง>")
        var buffer = ByteBuffer()
        encoder.encode([[.text("<b>ก & 'ข'</b>"), .integer(7)], [.null, .decimal("1.50")]], into: &buffer)
        #expect(buffer.readString(length: buffer.readableBytes)
            == "<tr><td>&lt;b&gt;ก &amp; &#39;ข&#39;&lt;/b&gt;</td><td class=\"n\">7</td></tr>\n<tr><td></td><td class=\"n\">1.50</td></tr>\n")
        #expect(HTMLTableRowEncoder.escape("<ตาราง>") == "&lt;ตาราง&gt;")
    }
}
