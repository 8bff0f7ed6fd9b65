import CXLSXWriter
import Foundation

/// A workbook of plain text tables, one sheet each, for the office's reports (the record of processing):
/// a bold header row, frozen, filtered, wrapped text. Data exports use `XLSXWriter`, which streams typed rows.
public enum TableWorkbook {
    public struct Sheet: Sendable {
        public var name: String
        public var header: [String]
        public var rows: [[String]]
        /// Column widths in characters; the header's length when absent.
        public var widths: [Double]

        public init(name: String, header: [String], rows: [[String]], widths: [Double] = []) {
            self.name = name
            self.header = header
            self.rows = rows
            self.widths = widths
        }
    }

    public static func write(_ sheets: [Sheet], to path: String) throws {
        guard let workbook = workbook_new(path) else { throw XLSXWriter.Failure(description: "cannot create the workbook \(path)") }
        let header = workbook_add_format(workbook)!
        format_set_bold(header)
        format_set_bg_color(header, 0xDDE4F0)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        format_set_text_wrap(header)
        let wrap = workbook_add_format(workbook)!
        format_set_text_wrap(wrap)
        format_set_align(wrap, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        for sheet in sheets {
            let worksheet = workbook_add_worksheet(workbook, String(sheet.name.prefix(31)))
            for (column, title) in sheet.header.enumerated() {
                let width = column < sheet.widths.count ? sheet.widths[column] : max(10, min(40, Double(title.count) + 4))
                worksheet_set_column(worksheet, lxw_col_t(column), lxw_col_t(column), width, nil)
                worksheet_write_string(worksheet, 0, lxw_col_t(column), title, header)
            }
            for (index, row) in sheet.rows.enumerated() {
                for (column, value) in row.enumerated() {
                    worksheet_write_string(worksheet, lxw_row_t(index + 1), lxw_col_t(column), value, wrap)
                }
            }
            worksheet_freeze_panes(worksheet, 1, 0)
            if !sheet.header.isEmpty {
                worksheet_autofilter(worksheet, 0, 0, lxw_row_t(max(sheet.rows.count, 1)), lxw_col_t(sheet.header.count - 1))
            }
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw XLSXWriter.Failure(description: "cannot write the workbook: \(String(cString: lxw_strerror(result)))")
        }
    }
}
