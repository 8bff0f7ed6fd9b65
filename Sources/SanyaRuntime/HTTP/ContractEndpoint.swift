import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SanyaModel

/// Serves `/api/{contract}`: checks access in order (contract served, client address, key, validity,
/// method, rate, format, parameters), runs the contract's query and streams the rows in the chosen
/// format. Every request, allowed or refused, leaves one audit record.
struct ContractEndpoint: Sendable {
    let registry: ContractRegistry
    let database: any RegistrarDatabase
    let keys: KeyVerifier
    let audit: AuditWriter
    let limiter: RateLimiter
    let hosts: HostDirectory
    let resolver: ClientAddressResolver
    let metrics: RuntimeMetrics
    let today: @Sendable () -> LocalDate
    let temporaryDirectory: String

    static let forwardedFor = HTTPField.Name("X-Forwarded-For")!
    static let contractHeader = HTTPField.Name("X-Sanya-Contract")!
    static let defaultPageSize = 1_000
    static let maximumPageSize = 10_000

    /// What the audit record of a request says so far.
    final class Outcome: @unchecked Sendable {
        let started = ContinuousClock.now
        let time = Date()
        var contract: String
        var unit = ""
        var keyID: String?
        var client: String?
        var method: String
        var parameters = "{}"
        var format: String?
        var rows = 0
        var status = 200
        var code: String?

        init(contract: String, method: String) {
            self.contract = contract
            self.method = method
        }

        var seconds: Double {
            let elapsed = ContinuousClock.now - started
            return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        }

        func record() -> AuditRecord {
            AuditRecord(time: time, contract: contract, unit: unit, keyID: keyID, client: client, method: method, parameters: parameters,
                        format: format, rows: rows, status: status, code: code, durationMilliseconds: seconds * 1000)
        }
    }

    func handle(_ request: Request, context: SanyaRequestContext) async throws -> Response {
        let id = context.parameters.get("contract") ?? ""
        let outcome = Outcome(contract: id, method: request.method.rawValue)
        do {
            let response = try await respond(request, context: context, outcome: outcome)
            return response
        } catch let error as SanyaError {
            await finish(outcome, status: Int(error.status.code), code: error.code)
            throw error
        } catch {
            await finish(outcome, status: 500, code: "INTERNAL")
            throw error
        }
    }

    func finish(_ outcome: Outcome, status: Int, code: String?) async {
        outcome.status = status
        outcome.code = code
        metrics.requestFinished(contract: outcome.contract, status: status, rows: outcome.rows, seconds: outcome.seconds)
        await audit.record(outcome.record())
    }

    private func respond(_ request: Request, context: SanyaRequestContext, outcome: Outcome) async throws -> Response {
        outcome.client = resolver.client(peer: context.peerAddress, forwardedFor: request.headers[values: Self.forwardedFor])
        guard let definition = registry.contracts.definitions[outcome.contract], definition.method.isServed,
              definition.status == .approved else {
            throw SanyaError.notFound("no contract '\(outcome.contract)' is being served")
        }
        outcome.unit = definition.unit
        guard definition.allows(outcome.client, hosts: hosts) else { throw SanyaError.forbidden }
        outcome.keyID = try await keys.verify(authorization: request.headers[.authorization], contract: definition.contract)
        if let until = definition.validUntil, until < today() {
            throw SanyaError(.gone, "EXPIRED", "the approval of '\(definition.contract)' ended on \(until) (\(until.thai)); ask the registrar to renew it")
        }
        guard request.method.rawValue == definition.httpMethod else {
            throw SanyaError(.methodNotAllowed, "METHOD_NOT_ALLOWED", "'\(definition.contract)' is served with \(definition.httpMethod ?? "-")",
                             headers: [.allow: definition.httpMethod ?? ""])
        }
        if let wait = limiter.admit(definition.contract, limit: definition.rateLimit) {
            throw SanyaError(.tooManyRequests, "RATE_LIMITED", "over the limit of \(definition.rateLimit!.description) for this contract; retry in \(wait) s",
                             headers: [.retryAfter: String(wait)])
        }
        let query = request.uri.queryParameters
        let format = try FormatNegotiation.choose(query: query.get("format"), accept: request.headers[.accept], allowed: definition.formats).get()
        outcome.format = format.rawValue
        let arguments: [String: BoundArgument]
        if definition.httpMethod == "POST" {
            var body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: context.maxUploadSize)
            } catch {
                throw SanyaError(.contentTooLarge, "PAYLOAD_TOO_LARGE", "the body is larger than \(context.maxUploadSize) bytes")
            }
            arguments = try ParameterReader.fromJSON(Data(body.readBytes(length: body.readableBytes) ?? []), definition: definition)
        } else {
            arguments = try ParameterReader.fromQuery(query.map { (String($0.key), String($0.value)) }, definition: definition)
        }
        outcome.parameters = ParameterReader.auditText(arguments)
        guard let querySet = definition.queries[database.dialect] else {
            throw SanyaError(.internalServerError, "NO_QUERY", "'\(definition.contract)' has no query for \(database.dialect.rawValue); rebuild Generated/")
        }
        let present = Set(arguments.filter { $0.value != .absent }.map(\.key))
        let queries = querySet.queries(present: present)
        var headers: HTTPFields = [
            .contentType: format.mediaType,
            .cacheControl: "no-store",
            Self.contractHeader: "\(definition.contract); version=\(definition.version)",
        ]
        if format == .csv || format == .excel || format == .ndjson {
            headers[.contentDisposition] = "attachment; filename=\"\(definition.contract).\(format.fileExtension)\""
        }
        switch format {
        case .json:
            return try await page(definition, queries.page, arguments, query: query, headers: headers, outcome: outcome)
        case .excel:
            return try await workbook(definition, queries.all, arguments, headers: headers, outcome: outcome)
        case .ndjson, .csv, .table:
            var encoder: any RowEncoder = switch format {
            case .ndjson: NDJSONRowEncoder(fields: definition.fields)
            case .csv: CSVRowEncoder(fields: definition.fields, byteOrderMark: ["1", "true", "yes"].contains(query.get("bom")?.lowercased() ?? ""))
            default: HTMLTableRowEncoder(fields: definition.fields, title: definition.title)
            }
            return try await stream(definition, queries.all, arguments, encoder: &encoder, headers: headers, outcome: outcome)
        }
    }

    private func open(_ query: DialectQuery, _ arguments: [String: BoundArgument], _ definition: HandlerDefinition) async throws -> any RowCursor {
        do {
            return try await database.open(query, arguments: arguments, fields: definition.fields)
        } catch let error as DatabaseError {
            throw Self.map(error)
        }
    }

    static func map(_ error: DatabaseError) -> SanyaError {
        switch error {
        case .unavailable: SanyaError.unavailable("the registrar database cannot be reached; try again shortly")
        case .queryFailed(let message): SanyaError(.internalServerError, "QUERY_FAILED", "the contract's query failed: \(message)")
        }
    }

    /// A JSON page of at most `limit` rows and the cursor of the next page.
    private func page(_ definition: HandlerDefinition, _ query: DialectQuery, _ arguments: [String: BoundArgument], query parameters: Parameters,
                      headers: HTTPFields, outcome: Outcome) async throws -> Response {
        var limit = Self.defaultPageSize
        if let text = parameters.get("limit") {
            guard let value = Int(text), (1...Self.maximumPageSize).contains(value) else {
                throw SanyaError.badParameter("limit", "limit must be a whole number from 1 to \(Self.maximumPageSize)")
            }
            limit = value
        }
        var offset = 0
        if let cursor = parameters.get("cursor") {
            guard let decoded = Self.offset(fromCursor: cursor) else {
                throw SanyaError(.badRequest, "BAD_CURSOR", "the cursor is not one this server gave", parameter: "cursor")
            }
            offset = decoded
        }
        if let rowLimit = definition.rowLimit { limit = max(0, min(limit, rowLimit - offset)) }
        var rows: [ResultRow] = []
        if limit > 0 {
            var bound = arguments
            bound[Vocabulary.limitBind] = .value(.integer(Int64(limit + 1)))
            bound[Vocabulary.offsetBind] = .value(.integer(Int64(offset)))
            do {
                rows = try await database.rows(query, arguments: bound, fields: definition.fields)
            } catch let error as DatabaseError {
                throw Self.map(error)
            }
        }
        var more = rows.count > limit
        if more { rows.removeLast(rows.count - limit) }
        if let rowLimit = definition.rowLimit, offset + limit >= rowLimit { more = false }
        var encoder = JSONRowEncoder(fields: definition.fields, envelope: (definition.contract, definition.version))
        var buffer = ByteBufferAllocator().buffer(capacity: 256 + rows.count * 24 * definition.fields.count)
        encoder.begin(into: &buffer)
        encoder.encode(rows, into: &buffer)
        encoder.end(next: more ? Self.cursor(offset: offset + limit) : nil, into: &buffer)
        outcome.rows = rows.count
        await finish(outcome, status: 200, code: nil)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    static func cursor(offset: Int) -> String {
        Data("o:\(offset)".utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
    }

    static func offset(fromCursor cursor: String) -> Int? {
        var text = cursor
        while text.count % 4 != 0 { text += "=" }
        guard text.count <= 32, let data = Data(base64Encoded: text), let plain = String(data: data, encoding: .utf8),
              plain.hasPrefix("o:"), let offset = Int(plain.dropFirst(2)), offset >= 0 else { return nil }
        return offset
    }

    /// Streams the whole result, from the database cursor to the socket, in batches.
    private func stream(_ definition: HandlerDefinition, _ query: DialectQuery, _ arguments: [String: BoundArgument], encoder: inout any RowEncoder,
                        headers: HTTPFields, outcome: Outcome) async throws -> Response {
        let cursor = try await open(query, arguments, definition)
        let first: [ResultRow]?
        do {
            first = try await cursor.next()
        } catch let error as DatabaseError {
            throw Self.map(error)
        }
        let rowLimit = definition.rowLimit ?? Int.max
        let endpoint = self
        let box = EncoderBox(encoder)
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            var status = 200
            var code: String?
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
                // The status line has gone out: the connection is closed without the last chunk, so the
                // client sees an incomplete answer (curl: exit 18), never a complete-looking file. The audit
                // record says why: the database failed (503/500), or the client went away (499).
                cursor.cancel()
                if let failure = error as? DatabaseError {
                    let mapped = Self.map(failure)
                    (status, code) = (Int(mapped.status.code), mapped.code)
                } else {
                    (status, code) = (499, "ABORTED")
                }
                await endpoint.finish(outcome, status: status, code: code)
                throw error
            }
            await endpoint.finish(outcome, status: status, code: code)
        })
    }

    /// Writes an XLSX workbook to a temporary file in constant memory, then sends it.
    private func workbook(_ definition: HandlerDefinition, _ query: DialectQuery, _ arguments: [String: BoundArgument],
                          headers: HTTPFields, outcome: Outcome) async throws -> Response {
        let cursor = try await open(query, arguments, definition)
        let path = (temporaryDirectory as NSString).appendingPathComponent("sanya-\(UUID().uuidString).xlsx")
        let writer = try XLSXWriter(path: path, fields: definition.fields, identity: XLSXWriter.Identity(
            contract: definition.contract, version: definition.version, title: definition.title, unit: definition.unit, purpose: definition.purpose,
            approvedOn: definition.approvedOn, validUntil: definition.validUntil, generatedAt: Self.now()), temporaryDirectory: temporaryDirectory)
        let rowLimit = definition.rowLimit ?? Int.max
        do {
            while outcome.rows < rowLimit, var batch = try await cursor.next() {
                if outcome.rows + batch.count > rowLimit { batch.removeLast(outcome.rows + batch.count - rowLimit) }
                writer.write(batch)
                outcome.rows += batch.count
            }
            cursor.cancel()
            try writer.close()
        } catch {
            cursor.cancel()
            try? writer.close()
            try? FileManager.default.removeItem(atPath: path)
            if let error = error as? DatabaseError { throw Self.map(error) }
            throw error
        }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw SanyaError(.internalServerError, "INTERNAL", "the workbook could not be read back")
        }
        // The file stays open while it is sent, so it can be unlinked now; its space is freed at close.
        try? FileManager.default.removeItem(atPath: path)
        await finish(outcome, status: 200, code: nil)
        return Response(status: .ok, headers: headers, body: ResponseBody { body in
            defer { try? file.close() }
            while let chunk = try file.read(upToCount: 1 << 16), !chunk.isEmpty {
                try await body.write(ByteBuffer(bytes: chunk))
            }
            try await body.finish(nil)
        })
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "Asia/Bangkok")
        return formatter.string(from: Date())
    }
}

/// Lets the response body closure own the encoder.
final class EncoderBox: @unchecked Sendable {
    var encoder: any RowEncoder
    init(_ encoder: any RowEncoder) { self.encoder = encoder }
}
