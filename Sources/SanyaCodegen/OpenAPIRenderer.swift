import Foundation
import OpenAPIKit
import SanyaModel

/// Renders one OpenAPI 3.1 document of every served endpoint, with schemas that match what the runtime returns.
public struct OpenAPIRenderer: Sendable {
    public let contracts: [Contract]

    public init(contracts: [Contract]) {
        self.contracts = contracts.filter { $0.delivery.method.isServed && $0.status == .approved }.sorted { $0.id < $1.id }
    }

    /// The errors every endpoint can answer with, their names under `components/responses` (each operation
    /// refers to them there rather than repeating them: a thousand contracts' document is then a third the size),
    /// and what they mean.
    static let errorResponses: [(status: Int, name: String, meaning: String)] = [
        (400, "BadRequest", "A parameter is missing, unknown or malformed (code BAD_PARAMETER, UNKNOWN_PARAMETER, MISSING_PARAMETER or BAD_CURSOR)."),
        (401, "Unauthorized", "No API key, or a wrong or revoked one (code UNAUTHORIZED)."),
        (403, "Forbidden", "The client address is not on the contract's allow-list (code FORBIDDEN)."),
        (404, "NotFound", "No such contract being served (code NOT_FOUND)."),
        (406, "NotAcceptable", "A format the contract does not allow (code NOT_ACCEPTABLE)."),
        (410, "Expired", "The contract's approval has expired (code EXPIRED)."),
        (413, "PayloadTooLarge", "The request body is too large (code PAYLOAD_TOO_LARGE)."),
        (429, "RateLimited", "Over the contract's rate limit; see Retry-After (code RATE_LIMITED)."),
        (503, "Unavailable", "The registrar database cannot be reached (code UNAVAILABLE)."),
    ]

    /// The query parameters that mean the same on every endpoint that takes them, under `components/parameters`.
    static let sharedParameters: OpenAPI.ComponentDictionary<OpenAPI.Parameter> = [
        "limit": .query(name: "limit", required: false, schema: .integer(maximum: (10_000, exclusive: false), minimum: (1, exclusive: false)),
                        description: "Rows per JSON page (default 1,000)."),
        "cursor": .query(name: "cursor", required: false, schema: .string(pattern: Vocabulary.cursorPattern),
                         description: "The `next` cursor of the previous JSON page; empty or absent for the first."),
        "bom": .query(name: "bom", required: false, schema: .boolean, description: "CSV only: start with a byte-order mark so that Excel shows Thai text."),
    ]

    public func document() -> OpenAPI.Document {
        var errorComponents: OpenAPI.ComponentDictionary<OpenAPI.Response> = [:]
        for error in Self.errorResponses {
            errorComponents[OpenAPI.ComponentKey(stringLiteral: error.name)] =
                OpenAPI.Response(description: error.meaning, content: [.json: .b(OpenAPI.Content(schemaReference: .component(named: "Error")))])
        }
        var paths: OpenAPI.PathItem.Map = [:]
        var schemas: OpenAPI.ComponentDictionary<JSONSchema> = [
            "Error": .object(
                description: "Every error body has this shape; `code` is stable, `message` is for people.",
                properties: [
                    "error": .object(properties: [
                        "code": .string(description: "A stable error code, e.g. FORBIDDEN."),
                        "message": .string(description: "What went wrong, in English."),
                        "parameter": .string(required: false, description: "The parameter at fault, if any."),
                    ]),
                ]),
        ]
        for contract in contracts {
            let rowName = Self.schemaName(contract.id)
            schemas[OpenAPI.ComponentKey(stringLiteral: rowName)] = rowSchema(contract)
            schemas[OpenAPI.ComponentKey(stringLiteral: rowName + "Page")] = .object(
                description: "One page of \(contract.id).",
                properties: [
                    "contract": .string(description: "The contract id."),
                    "version": .integer(description: "The contract version."),
                    "data": .array(items: .reference(.component(named: rowName))),
                    "next": .string(nullable: true, description: "The cursor of the next page; null on the last page."),
                ])
            let operation = self.operation(contract, rowName: rowName)
            let item = contract.delivery.method == .apiGet ? OpenAPI.PathItem(get: operation) : OpenAPI.PathItem(post: operation)
            paths[OpenAPI.Path(rawValue: "/api/\(contract.id)")] = .b(item)
        }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_1,
            info: .init(title: "Sanya — registrar data contracts",
                        description: "Endpoints of the approved data contracts of the registrar (สำนักทะเบียนและประมวลผล). Each endpoint serves one contract to the clients on its allow-list, with a key issued to the receiving unit.",
                        version: "1"),
            servers: [],
            paths: paths,
            components: .direct(
                schemas: schemas,
                responses: errorComponents,
                parameters: Self.sharedParameters,
                securitySchemes: ["apiKey": .http(scheme: "bearer", description: "The contract's API key, issued by the registrar with `sanya keys issue`.")]),
            security: [[.component(named: "apiKey"): []]]
        )
    }

    /// The document as JSON, keys sorted so that it is byte-identical for the same contracts.
    public func render() -> String {
        Generator.json(document())
    }

    static func schemaName(_ id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + "Row"
    }

    private func rowSchema(_ contract: Contract) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = [:]
        for field in contract.query.fields {
            properties[field.name] = Self.schema(kind: field.type.kind, nullable: field.nullable,
                                                 description: "\(field.description.en) · \(field.description.th)")
        }
        return .object(description: contract.title, properties: properties)
    }

    static func schema(kind: ScalarKind, nullable: Bool, description: String? = nil, required: Bool = true, maxLength: Int? = nil) -> JSONSchema {
        switch kind {
        case .string: .string(required: required, nullable: nullable, description: description, maxLength: maxLength)
        // The runtime reads whole numbers as 64-bit integers and refuses larger ones.
        case .integer: .integer(format: .int64, required: required, nullable: nullable, description: description,
                                maximum: (Int(Int64.max), exclusive: false), minimum: (Int(Int64.min), exclusive: false))
        case .decimal: .number(required: required, nullable: nullable, description: description)
        case .boolean: .boolean(required: required, nullable: nullable, description: description)
        case .date: .string(format: .date, required: required, nullable: nullable, description: description)
        case .timestamp: .string(required: required, nullable: nullable, description: (description.map { $0 + " " } ?? "") + "(local time, YYYY-MM-DDTHH:MM:SS)")
        }
    }

    private func operation(_ contract: Contract, rowName: String) -> OpenAPI.Operation {
        var parameters: OpenAPI.Parameter.Array = [
            .b(.query(name: "format", required: false,
                      schema: .string(allowedValues: contract.delivery.formats.map { AnyCodable($0.rawValue) }),
                      description: "The output format; the Accept header is used when it is absent.")),
        ]
        if contract.delivery.formats.contains(.json) {
            parameters.append(.reference(.component(named: "limit")))
            parameters.append(.reference(.component(named: "cursor")))
        }
        parameters.append(.reference(.component(named: "bom")))
        var body: OpenAPI.Request?
        if contract.delivery.method == .apiGet {
            for parameter in contract.query.parameters {
                let element = Self.schema(kind: parameter.type.kind, nullable: false, maxLength: parameter.type.length)
                // A list given is never empty: the runtime refuses a list without values.
                let schema: JSONSchema = parameter.list ? .array(minItems: 1, maxItems: parameter.maxItems, items: element) : element
                parameters.append(.b(.query(name: parameter.name, required: parameter.required, schema: schema,
                                            description: parameter.description ?? "Compared with \(parameter.column.path) (\(parameter.op.symbol)).")))
            }
        } else {
            var properties: OrderedDictionary<String, JSONSchema> = [:]
            for parameter in contract.query.parameters {
                // An optional member may be null, which the runtime reads as absent.
                let element = Self.schema(kind: parameter.type.kind, nullable: false, maxLength: parameter.type.length)
                properties[parameter.name] = parameter.list
                    ? .array(required: parameter.required, nullable: !parameter.required, description: parameter.description, minItems: 1,
                             maxItems: parameter.maxItems, items: element)
                    : Self.schema(kind: parameter.type.kind, nullable: !parameter.required, description: parameter.description, required: parameter.required,
                                  maxLength: parameter.type.length)
            }
            body = OpenAPI.Request(description: "The parameters, as a JSON object.",
                                   content: [.json: .b(OpenAPI.Content(schema: JSONSchema.object(properties: properties, additionalProperties: .a(false))))],
                                   required: true)
        }
        var content: OpenAPI.Content.Map = [:]
        for format in contract.delivery.formats {
            switch format {
            case .json: content[.json] = .b(OpenAPI.Content(schemaReference: .component(named: rowName + "Page")))
            case .ndjson: content[OpenAPI.ContentType(rawValue: "application/x-ndjson")!] = .b(OpenAPI.Content(schema: JSONSchema.string(description: "One JSON object (\(rowName)) a line.")))
            case .csv: content[.csv] = .b(OpenAPI.Content(schema: JSONSchema.string(description: "RFC 4180 CSV, UTF-8, a header row of field names.")))
            case .table: content[.html] = .b(OpenAPI.Content(schema: JSONSchema.string(description: "An HTML table.")))
            case .excel: content[OpenAPI.ContentType(rawValue: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")!] = .b(OpenAPI.Content(schema: JSONSchema.string(description: "An Excel workbook (binary): the data, then the data dictionary.")))
            }
        }
        var responses: OpenAPI.Response.Map = [200: .response(description: "The data the contract allows.", content: content)]
        for error in Self.errorResponses {
            responses[OpenAPI.Response.StatusCode(integerLiteral: error.status)] = .reference(.component(named: error.name))
        }
        return OpenAPI.Operation(
            tags: [contract.request.unit],
            summary: contract.title,
            description: "\(contract.request.purpose)\n\nFor \(contract.request.unit), project \(contract.request.project). Version \(contract.version), valid until \(contract.workflow.validUntil?.description ?? "-").",
            operationId: contract.id,
            parameters: parameters,
            requestBody: body,
            responses: responses
        )
    }
}
