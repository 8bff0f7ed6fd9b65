import Foundation
import NIOCore
import SanyaModel

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
