import Foundation
import NIOCore
import SanyaModel

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
