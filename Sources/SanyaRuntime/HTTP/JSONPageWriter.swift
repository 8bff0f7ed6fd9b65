import Foundation
import Hummingbird
import NIOCore
import SanyaModel

/// A JSON answer: a page of at most `limit` rows (`RuntimeParameter.defaultPageSize`, at most
/// `maximumPageSize`), and the cursor of the next page while there is one.
struct JSONPageWriter: Sendable {
    static let defaultPageSize = RuntimeParameter.defaultPageSize
    static let maximumPageSize = RuntimeParameter.maximumPageSize

    let rows: ContractRows
    let query: DialectQuery

    /// The page a request asks for: `limit` and the offset of `cursor`. Read for every request, whatever
    /// its format, so that a wrong value is refused the same way everywhere.
    static func paging(_ parameters: Parameters) throws -> (limit: Int, offset: Int) {
        var limit = defaultPageSize
        if let text = parameters.get(RuntimeParameter.limit.rawValue) {
            guard let value = Int(text), (1...maximumPageSize).contains(value) else {
                throw SanyaError.badParameter(RuntimeParameter.limit.rawValue, "limit must be a whole number from 1 to \(maximumPageSize)")
            }
            limit = value
        }
        var offset = 0
        if let cursor = parameters.get(RuntimeParameter.cursor.rawValue), !cursor.isEmpty {
            guard let decoded = Self.offset(fromCursor: cursor) else {
                throw SanyaError(.badRequest, "BAD_CURSOR", "the cursor is not one this server gave", parameter: RuntimeParameter.cursor.rawValue)
            }
            offset = decoded
        }
        return (limit, offset)
    }

    func respond(_ paging: (limit: Int, offset: Int), headers: HTTPFields, outcome: AuditOutcome) async throws -> Response {
        let definition = rows.definition
        var (limit, offset) = paging
        if let rowLimit = definition.rowLimit { limit = max(0, min(limit, rowLimit - offset)) }
        var page: [ResultRow] = []
        if limit > 0 {
            var bound = rows.arguments
            bound[Vocabulary.limitBind] = .value(.integer(Int64(limit + 1)))
            bound[Vocabulary.offsetBind] = .value(.integer(Int64(offset)))
            page = try await rows.page(query, arguments: bound)
        }
        var more = page.count > limit
        if more { page.removeLast(page.count - limit) }
        if let rowLimit = definition.rowLimit, offset + limit >= rowLimit { more = false }
        var encoder = JSONRowEncoder(fields: definition.fields, envelope: (definition.contract, definition.version))
        var buffer = ByteBufferAllocator().buffer(capacity: 256 + page.count * 24 * definition.fields.count)
        encoder.begin(into: &buffer)
        encoder.encode(page, into: &buffer)
        encoder.end(next: more ? Self.cursor(offset: offset + limit) : nil, into: &buffer)
        outcome.rows = page.count
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    /// The cursor of the page that starts at `offset`: `o` and the offset (`Vocabulary.cursorPattern`).
    /// Clients follow `next` and never build one; the form is plain so that the OpenAPI document can state
    /// exactly which cursors exist.
    static func cursor(offset: Int) -> String { "o\(offset)" }

    static func offset(fromCursor cursor: String) -> Int? {
        guard cursor.hasPrefix("o"), (2...19).contains(cursor.utf8.count), cursor.utf8.dropFirst().allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(cursor.dropFirst())
    }
}
