import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import SanyaModel

/// Serves `/api/{contract}` once `AccessGate` has let the request through: chooses the format, reads the
/// parameters, picks the query, and hands the rows to the writer of that format (a JSON page, a stream, a
/// workbook). Access checks live in the gate; the audit record in `AuditMiddleware`.
struct ContractEndpoint: Sendable {
    static let contractHeader = HTTPField.Name("X-Sanya-Contract")!

    let database: any RegistrarDatabase
    let temporaryDirectory: String
    /// The deployment's time limits, for contracts that set none.
    let timeLimits: QueryTimeLimits
    let bulkhead: QueryBulkhead
    let sources: SourceCheck
    let pseudonyms: PseudonymKey
    let state: any StateStore

    func handle(_ request: Request, context: SanyaRequestContext) async throws -> Response {
        guard let definition = context.contract, let outcome = context.outcome else {
            throw SanyaError(.internalServerError, "INTERNAL", "the endpoint runs behind the access gate")
        }
        if let problem = sources.problem(definition.contract) {
            throw SanyaError(.serviceUnavailable, SanyaError.sourceChangedCode,
                             "'\(definition.contract)' is not served for now: the registrar's database changed under it (\(problem.reason)); "
                             + "the registrar's staff see this on their readiness page", headers: [.retryAfter: "300"])
        }
        let query = request.uri.queryParameters
        try Self.checkRuntimeParameters(query)
        // `bom=1` exists so that Excel opens the answer: then formula-like text is neutralised too.
        let forExcel = try Self.flag(query.get(RuntimeParameter.bom.rawValue), RuntimeParameter.bom.rawValue)
        let paging = try JSONPageWriter.paging(query)
        let format = try FormatNegotiation.choose(query: query.get(RuntimeParameter.format.rawValue), accept: request.headers[.accept], allowed: definition.formats).get()
        outcome.format = format.rawValue
        let arguments = try await Self.arguments(of: request, context: context, definition: definition)
        outcome.parameters = ParameterReader.auditText(arguments)
        guard let querySet = definition.queries[database.dialect] else {
            throw SanyaError(.internalServerError, "NO_QUERY", "'\(definition.contract)' has no query for \(database.dialect.rawValue); rebuild Generated/")
        }
        let queries = querySet.queries(for: arguments)
        // The pseudonym key joins the binds after the audit text and the choice of queries were made from the
        // client's own parameters.
        let bound: [String: BoundArgument]
        do {
            bound = try await pseudonyms.arguments(arguments, for: [queries.all, queries.page] + (queries.csv.map { [$0] } ?? []), state: state, database: database)
        } catch {
            throw SanyaError.unavailable("the runtime's state database cannot be reached; try again shortly")
        }
        var headers: HTTPFields = [
            .contentType: format.mediaType,
            .cacheControl: "no-store",
            .xContentTypeOptions: "nosniff",
            Self.contractHeader: "\(definition.contract); version=\(definition.version)",
        ]
        if format == .table { headers[.contentSecurityPolicy] = HTMLTableRowEncoder.contentSecurityPolicy }
        if format == .csv || format == .excel || format == .ndjson {
            headers[.contentDisposition] = "attachment; filename=\"\(definition.contract).\(format.fileExtension)\""
        }
        // A JSON page has the page's budget; every other format streams the whole result, within an export's.
        let limits = (definition.timeLimits ?? .none).applying(defaults: timeLimits)
        let budget = QueryBudget(milliseconds: format == .json ? limits.page : limits.export)
        let admission = try await bulkhead.admit(definition.contract)
        let ticket = ClientDisconnectWatch.shared.watch(context.channel, budget)
        outcome.endOfAnswer = {
            ClientDisconnectWatch.shared.forget(ticket)
            admission.release()
        }
        let rows = ContractRows(database: database, definition: definition, arguments: bound, budget: budget, sources: sources)
        // PostgreSQL writes a plain CSV itself; a file for spreadsheets (bom=1) goes row by row, to neutralise formulas.
        if format == .csv, !forExcel, let csv = queries.csv, let copier = database as? any CSVCopying,
           let response = try await CSVCopyWriter(rows: rows, query: csv, database: copier).respond(headers: headers, outcome: outcome) {
            return response
        }
        switch format {
        case .json:
            return try await JSONPageWriter(rows: rows, query: queries.page).respond(paging, headers: headers, outcome: outcome)
        case .excel:
            return try await WorkbookWriter(rows: rows, query: queries.all, temporaryDirectory: temporaryDirectory).respond(headers: headers, outcome: outcome)
        case .ndjson, .csv, .table:
            let encoder = format.rowEncoder(for: definition, byteOrderMark: forExcel, forSpreadsheets: forExcel)!
            return try await StreamWriter(rows: rows, query: queries.all, encoder: encoder).respond(headers: headers, outcome: outcome)
        }
    }

    /// The query names the runtime reads itself are given at most once, and a key never travels in a URL
    /// (where proxies and browsers keep it in their logs).
    static func checkRuntimeParameters(_ query: Parameters) throws {
        for name in RuntimeParameter.read.map(\.rawValue) where query.getAll(name).count > 1 {
            throw SanyaError.badParameter(name, "'\(name)' is given more than once")
        }
        if query.get(RuntimeParameter.key.rawValue) != nil {
            throw SanyaError(.badRequest, "KEY_IN_URL", "send the key in the Authorization header (Authorization: Bearer <key>), never in the URL",
                             parameter: RuntimeParameter.key.rawValue)
        }
    }

    /// A yes/no query value, as OpenAPI writes a boolean (`true`, `false`), or `1`/`0`, `yes`/`no`.
    static func flag(_ text: String?, _ name: String) throws -> Bool {
        guard let text else { return false }
        switch text.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw SanyaError.badParameter(name, "'\(name)' is true or false, not '\(text)'")
        }
    }

    /// The contract's parameters: from the query string for GET, from the JSON body for POST; a refused
    /// parameter is answered 400 with its code and name.
    static func arguments(of request: Request, context: SanyaRequestContext, definition: HandlerDefinition) async throws -> [String: BoundArgument] {
        do {
            guard definition.httpMethod == "POST" else {
                return try ParameterReader.fromQuery(ParameterReader.formPairs(request.uri.query ?? ""), definition: definition)
            }
            var body: ByteBuffer
            do {
                body = try await request.body.collect(upTo: context.maxUploadSize)
            } catch {
                throw SanyaError(.contentTooLarge, "PAYLOAD_TOO_LARGE", "the body is larger than \(context.maxUploadSize) bytes")
            }
            return try ParameterReader.fromJSON(Data(body.readBytes(length: body.readableBytes) ?? []), definition: definition)
        } catch let refusal as ParameterError {
            throw SanyaError(.badRequest, refusal.code, refusal.message, parameter: refusal.parameter)
        }
    }
}

/// The rows of one request: its contract, its arguments, and the database they come from.
struct ContractRows: Sendable {
    let database: any RegistrarDatabase
    let definition: HandlerDefinition
    let arguments: [String: BoundArgument]
    /// The request's time budget, cancelled if its client leaves.
    let budget: QueryBudget
    /// Told when a query fails, so the database's catalogs are read again soon.
    var sources: SourceCheck? = nil

    /// Opens a cursor over `query`; a database failure becomes the runtime's answer (503, 504, or 500).
    func open(_ query: DialectQuery) async throws -> any RowCursor {
        do {
            return try await database.open(query, arguments: arguments, fields: definition.fields, budget: budget)
        } catch let error as DatabaseError {
            throw answer(error)
        }
    }

    /// A page's rows, or the runtime's answer to a database failure.
    func page(_ query: DialectQuery, arguments: [String: BoundArgument]) async throws -> [ResultRow] {
        do {
            return try await database.rows(query, arguments: arguments, fields: definition.fields, budget: budget)
        } catch let error as DatabaseError {
            throw answer(error)
        }
    }

    func answer(_ error: DatabaseError) -> SanyaError {
        if case .queryFailed = error { sources?.suspect() }
        return Self.answer(error, contract: definition.contract)
    }

    /// A streamed answer failed after its status line went out: the connection closes without the last chunk,
    /// so the client sees an incomplete answer (curl: exit 18), never a complete-looking file, and the audit
    /// record says why: the database failed (503 or 500), or else the client went away (499).
    static func streamFailed(_ error: any Error, _ outcome: AuditOutcome) {
        if let failure = error as? DatabaseError {
            let answer = answer(failure, contract: outcome.contract)
            outcome.failure = (Int(answer.status.code), answer.code)
        }
    }

    /// What a database failure is answered with.
    static func answer(_ error: DatabaseError, contract: String) -> SanyaError {
        switch error {
        case .unavailable: SanyaError.unavailable("the registrar database cannot be reached; try again shortly")
        case .queryFailed(let message): SanyaError(.internalServerError, "QUERY_FAILED", "the contract's query failed: \(message)")
        case .timedOut(let limit, _):
            SanyaError(.gatewayTimeout, SanyaError.queryTimeoutCode,
                       "the query of '\(contract)' ran longer than its time limit of \(DurationText.text(limit)) and the database stopped it; "
                       + "ask for fewer rows or narrower parameters, or ask the registrar to look at the contract")
        case .cancelled:
            SanyaError(HTTPResponse.Status(code: 499, reasonPhrase: "Client Closed Request"), SanyaError.clientClosedCode,
                       "the client went away; its query was stopped")
        }
    }
}
