import CXLSXWriter
import Foundation
import SanyaModel

/// Writes an Excel workbook with libxlsxwriter in constant-memory mode: each row goes to disk as it is
/// written, so memory stays flat whatever the number of rows.
///
/// The data sheet has a bold, frozen header row with an autofilter, typed cells (numbers as numbers, dates
/// as dates) and column widths by type; past Excel's 1,048,575 data rows the data continues on further
/// sheets. A last sheet holds the data dictionary and the contract's identity.
public final class XLSXWriter {
    /// Data rows a sheet holds below its header: Excel's limit.
    public static let excelRowsPerSheet = 1_048_575
    private let rowsPerSheet: Int

    public struct Identity: Sendable {
        public var contract: String
        public var version: Int
        public var title: String
        public var unit: String
        public var purpose: String
        public var approvedOn: LocalDate?
        public var validUntil: LocalDate?
        public var generatedAt: String

        public init(contract: String, version: Int, title: String, unit: String, purpose: String, approvedOn: LocalDate?, validUntil: LocalDate?, generatedAt: String) {
            self.contract = contract
            self.version = version
            self.title = title
            self.unit = unit
            self.purpose = purpose
            self.approvedOn = approvedOn
            self.validUntil = validUntil
            self.generatedAt = generatedAt
        }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    private let workbook: UnsafeMutablePointer<lxw_workbook>
    private let fields: [OutputField]
    private let identity: Identity
    private var sheet: UnsafeMutablePointer<lxw_worksheet>?
    private var sheetCount = 0
    /// Every data sheet: their temporary files are checked before the workbook is assembled.
    private var dataSheets: [UnsafeMutablePointer<lxw_worksheet>] = []
    private var row: UInt32 = 0
    public private(set) var rowsWritten = 0
    private let header: UnsafeMutablePointer<lxw_format>
    private let dateFormat: UnsafeMutablePointer<lxw_format>
    private let timestampFormat: UnsafeMutablePointer<lxw_format>
    private var decimalFormats: [Int: UnsafeMutablePointer<lxw_format>] = [:]
    private let wrapFormat: UnsafeMutablePointer<lxw_format>
    private var closed = false

    /// Starts a workbook at `path`.
    public init(path: String, fields: [OutputField], identity: Identity, temporaryDirectory: String = NSTemporaryDirectory(),
                rowsPerSheet: Int = XLSXWriter.excelRowsPerSheet) throws {
        self.rowsPerSheet = max(1, min(rowsPerSheet, Self.excelRowsPerSheet))
        var options = lxw_workbook_options()
        options.constant_memory = 1
        let tmp = strdup(temporaryDirectory)
        defer { free(tmp) }
        options.tmpdir = tmp
        guard let workbook = workbook_new_opt(path, &options) else {
            throw Failure(description: "cannot create the workbook \(path)")
        }
        self.workbook = workbook
        self.fields = fields
        self.identity = identity
        header = workbook_add_format(workbook)!
        format_set_bold(header)
        format_set_bg_color(header, 0xDDE4F0)
        format_set_border(header, UInt8(LXW_BORDER_THIN.rawValue))
        dateFormat = workbook_add_format(workbook)!
        format_set_num_format(dateFormat, "yyyy-mm-dd")
        timestampFormat = workbook_add_format(workbook)!
        format_set_num_format(timestampFormat, "yyyy-mm-dd hh:mm:ss")
        wrapFormat = workbook_add_format(workbook)!
        format_set_text_wrap(wrapFormat)
        format_set_align(wrapFormat, UInt8(LXW_ALIGN_VERTICAL_TOP.rawValue))
        newSheet()
    }

    deinit {
        if !closed { workbook_close(workbook) }
    }

    /// The decimal text as a spreadsheet number when the number holds it exactly (at most 15 significant digits,
    /// Excel's precision), else nil.
    static func exactNumber(_ text: String) -> Double? {
        let digits = text.drop { $0 == "-" || $0 == "0" || $0 == "." }.filter(\.isNumber)
        let significant = text.contains(".") ? digits.reversed().drop { $0 == "0" }.count : digits.count
        guard significant <= 15 else { return nil }
        return Double(text)
    }

    private func decimalFormat(_ scale: Int) -> UnsafeMutablePointer<lxw_format> {
        if let format = decimalFormats[scale] { return format }
        let format = workbook_add_format(workbook)!
        format_set_num_format(format, scale == 0 ? "0" : "#,##0." + String(repeating: "0", count: scale))
        decimalFormats[scale] = format
        return format
    }

    private func newSheet() {
        if let sheet { finishSheet(sheet) }
        sheetCount += 1
        let name = sheetCount == 1 ? "data" : "data (\(sheetCount))"
        sheet = workbook_add_worksheet(workbook, name)
        if let sheet { dataSheets.append(sheet) }
        for (index, field) in fields.enumerated() {
            worksheet_set_column(sheet, lxw_col_t(index), lxw_col_t(index), Self.width(field), nil)
            worksheet_write_string(sheet, 0, lxw_col_t(index), field.name, header)
        }
        worksheet_freeze_panes(sheet, 1, 0)
        row = 0
    }

    private func finishSheet(_ sheet: UnsafeMutablePointer<lxw_worksheet>) {
        if !fields.isEmpty {
            worksheet_autofilter(sheet, 0, 0, max(row, 1), lxw_col_t(fields.count - 1))
        }
    }

    static func width(_ field: OutputField) -> Double {
        let header = Double(field.name.count) + 2
        let byKind: Double = switch field.kind {
        case .string: 18
        case .integer: 10
        case .decimal: 12
        case .boolean: 8
        case .date: 12
        case .timestamp: 20
        }
        return min(50, max(header, byKind))
    }

    /// Appends rows.
    public func write(_ rows: [ResultRow]) {
        for values in rows {
            if row == UInt32(rowsPerSheet) { newSheet() }
            row += 1
            for (index, cell) in values.enumerated() {
                let column = lxw_col_t(index)
                switch cell {
                case .null: break
                case .integer(let i): worksheet_write_number(sheet, row, column, Double(i), nil)
                case .decimal(let d):
                    if let scale = fields[index].scale {
                        worksheet_write_number(sheet, row, column, Double(d) ?? 0, decimalFormat(scale))
                    } else if let value = Self.exactNumber(d) {
                        // A number without declared scale: as many decimals as it has (Excel's General format).
                        worksheet_write_number(sheet, row, column, value, nil)
                    } else {
                        // More digits than a spreadsheet number keeps (15): written as its text, never rounded.
                        worksheet_write_string(sheet, row, column, d, nil)
                    }
                case .boolean(let b): worksheet_write_boolean(sheet, row, column, b ? 1 : 0, nil)
                case .text(let t): worksheet_write_string(sheet, row, column, t, nil)
                case .date(let d):
                    var value = Self.datetime(d)
                    worksheet_write_datetime(sheet, row, column, &value, dateFormat)
                case .timestamp(let t):
                    var value = Self.datetime(t)
                    worksheet_write_datetime(sheet, row, column, &value, timestampFormat)
                }
            }
            rowsWritten += 1
        }
    }

    static func datetime(_ text: String) -> lxw_datetime {
        let digits = text.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        func part(_ i: Int) -> Int32 { i < digits.count ? Int32(digits[i]) : 0 }
        return lxw_datetime(year: part(0), month: part(1), day: part(2), hour: part(3), min: part(4), sec: Double(part(5)))
    }

    /// Adds the dictionary sheet and writes the file.
    public func close() throws {
        guard !closed else { return }
        if let sheet { finishSheet(sheet) }
        let dictionary = workbook_add_worksheet(workbook, "dictionary")
        let widths: [Double] = [26, 12, 48, 40, 34, 12]
        for (index, width) in widths.enumerated() {
            worksheet_set_column(dictionary, lxw_col_t(index), lxw_col_t(index), width, nil)
        }
        var line: UInt32 = 0
        func put(_ values: [String], _ format: UnsafeMutablePointer<lxw_format>? = nil) {
            for (index, value) in values.enumerated() {
                worksheet_write_string(dictionary, line, lxw_col_t(index), value, format ?? wrapFormat)
            }
            line += 1
        }
        put(["field", "type", "description", "คำอธิบาย", "protection", "sensitivity"], header)
        for field in fields {
            let codes = field.codes ?? []
            put([field.name, field.kind.rawValue + (field.nullable ? ", may be empty" : ""),
                 field.description.en + (codes.isEmpty ? "" : " — codes: " + codes.summary(\.en)),
                 field.description.th + (codes.isEmpty ? "" : " — รหัส: " + codes.summary(\.th)),
                 field.mask.map { "masked: \($0.summary)" } ?? "", field.sensitivity.rawValue])
        }
        line += 1
        put(["contract", "", "สัญญาข้อมูล", "", "", ""], header)
        put(["id", identity.contract])
        put(["version", String(identity.version)])
        put(["title", identity.title])
        put(["unit", identity.unit])
        put(["purpose", identity.purpose])
        put(["approved", identity.approvedOn.map { "\($0) (\($0.thai))" } ?? "-"])
        put(["valid until", identity.validUntil.map { "\($0) (\($0.thai))" } ?? "-"])
        put(["generated at", identity.generatedAt])
        put(["rows", String(rowsWritten)])
        closed = true
        // In constant-memory mode libxlsxwriter writes each sheet's rows to a temporary file and does not
        // check those writes: on a full disk it would zip a truncated sheet and report success. So every
        // sheet's temporary file is flushed and its error flag read before the workbook is assembled.
        for data in dataSheets {
            guard let file = data.pointee.optimize_tmpfile else { continue }
            if fflush(file) != 0 || ferror(file) != 0 {
                let reason = String(cString: strerror(errno == 0 ? EIO : errno))
                _ = workbook_close(workbook)
                throw Failure(description: "cannot write the workbook: \(reason)")
            }
        }
        let result = workbook_close(workbook)
        guard result == LXW_NO_ERROR else {
            throw Failure(description: "cannot write the workbook: \(String(cString: lxw_strerror(result)))")
        }
    }
}
