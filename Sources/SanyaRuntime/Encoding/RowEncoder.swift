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

extension OutputFormat {
    /// The encoder that streams this format's rows, or nil for the workbook, which `XLSXWriter` writes.
    ///
    /// - Parameters:
    ///   - byteOrderMark: CSV only: start with a byte-order mark, so that Excel reads Thai text.
    ///   - forSpreadsheets: CSV only: neutralise text a spreadsheet would take for a formula.
    public func rowEncoder(for definition: HandlerDefinition, byteOrderMark: Bool, forSpreadsheets: Bool) -> (any RowEncoder)? {
        switch self {
        case .json: JSONRowEncoder(fields: definition.fields, envelope: nil)
        case .ndjson: NDJSONRowEncoder(fields: definition.fields)
        case .csv: CSVRowEncoder(fields: definition.fields, byteOrderMark: byteOrderMark, forSpreadsheets: forSpreadsheets)
        case .table: HTMLTableRowEncoder(fields: definition.fields, title: definition.title)
        case .excel: nil
        }
    }
}
