import Foundation
import SanyaModel
import SanyaRuntime
import SanyaTestSupport
import Testing

@Suite("XLSX workbooks")
struct XLSXWriterTests {
    @Test("past a sheet's row limit the data continues on further sheets, each with its header")
    func continuation() throws {
        let fields = [
            OutputField(name: "n", kind: .integer, scale: nil, nullable: false, sensitivity: .public, mask: nil, description: Bilingual(en: "Number", th: "ลำดับ")),
            OutputField(name: "name", kind: .string, scale: nil, nullable: true, sensitivity: .public, mask: nil, description: Bilingual(en: "Name", th: "ชื่อ")),
        ]
        let path = Repository.temporaryDirectory("xlsx").appendingPathComponent("sheets.xlsx").path
        let writer = try XLSXWriter(path: path, fields: fields, identity: XLSXWriter.Identity(
            contract: "x", version: 1, title: "t", unit: "u", purpose: "p", approvedOn: nil, validUntil: nil, generatedAt: "now"), rowsPerSheet: 3)
        writer.write((1...8).map { [.integer(Int64($0)), $0 == 5 ? .null : .text("แถว \($0)")] })
        try writer.close()
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        print(json.dumps({name: [list(r) for r in wb[name].iter_rows(values_only=True)] for name in wb.sheetnames}, ensure_ascii=False))
        """
        let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", script, path])
        #expect(read.status == 0, Comment(rawValue: read.error))
        let sheets = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: [[Any]]])
        #expect(Set(sheets.keys) == ["data", "data (2)", "data (3)", "dictionary"])
        #expect(sheets["data"]?.count == 4 && sheets["data (2)"]?.count == 4 && sheets["data (3)"]?.count == 3)
        #expect(sheets["data (3)"]?.first?.first as? String == "n")
        #expect((sheets["data (3)"]?.last?.first as? NSNumber)?.intValue == 8)
        #expect(sheets["data (2)"]?[2][1] is NSNull, "an empty value stays empty")
        #expect(sheets["data (2)"]?[1][1] as? String == "แถว 4")
    }
}
