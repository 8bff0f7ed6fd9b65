import Hummingbird
import NIOCore
import SanyaModel

/// A streamed answer (NDJSON, CSV, HTML table): the whole result, batch by batch, from the database cursor
/// to the socket, so that a slow client holds back the cursor instead of filling memory.
struct StreamWriter {
    let rows: ContractRows
    let query: DialectQuery
    let encoder: any RowEncoder

    func respond(headers: HTTPFields, outcome: AuditOutcome) async throws -> Response {
        let cursor = try await rows.open(query)
        let first: [ResultRow]?
        do {
            first = try await cursor.next()
        } catch let error as DatabaseError {
            cursor.cancel()
            throw rows.answer(error)
        }
        let rowLimit = rows.definition.rowLimit ?? Int.max
        let box = EncoderBox(encoder)
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            do {
                var buffer = ByteBuffer()
                box.encoder.begin(into: &buffer)
                var pending = first
                while var batch = pending, outcome.rows < rowLimit {
                    if outcome.rows + batch.count > rowLimit { batch.removeLast(outcome.rows + batch.count - rowLimit) }
                    box.encoder.encode(batch, into: &buffer)
                    outcome.rows += batch.count
                    try await writer.write(buffer)
                    buffer.clear()
                    pending = outcome.rows < rowLimit ? try await cursor.next() : nil
                }
                cursor.cancel()
                box.encoder.end(next: nil, into: &buffer)
                try await writer.write(buffer)
                try await writer.finish(nil)
            } catch {
                cursor.cancel()
                ContractRows.streamFailed(error, outcome)
                throw error
            }
        })
    }
}

/// Lets the response body closure own the encoder.
final class EncoderBox: @unchecked Sendable {
    var encoder: any RowEncoder
    init(_ encoder: any RowEncoder) { self.encoder = encoder }
}
