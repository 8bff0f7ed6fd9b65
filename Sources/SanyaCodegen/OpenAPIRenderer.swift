import Foundation
import OpenAPIKit
import SanyaModel

/// Renders one OpenAPI 3.1 document of every served endpoint from the handler definitions the runtime
/// enforces: each parameter is published from the same `InputParameter` the runtime validates it with, each
/// field from the `OutputField` its encoders write, so that the document says what the runtime accepts and
/// returns, and nothing else.
public struct OpenAPIRenderer: Sendable {
    public let definitions: [HandlerDefinition]

    public init(definitions: [HandlerDefinition]) {
        self.definitions = definitions.filter { $0.method.isServed && $0.status == .approved }.sorted { $0.contract < $1.contract }
    }

    /// The document of the contracts: their definitions as published (no SQL needed).
    public init(contracts: [Contract]) {
        self.init(definitions: contracts.filter { $0.delivery.method.isServed && $0.status == .approved }
            .map { HandlerTranslator.definition(for: $0, withQueries: false) })
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
        "limit": .query(name: RuntimeParameter.limit.rawValue, required: false,
                        schema: .integer(maximum: (RuntimeParameter.maximumPageSize, exclusive: false), minimum: (1, exclusive: false)),
                        description: "Rows per JSON page (default \(RuntimeParameter.defaultPageSize))."),
        "cursor": .query(name: RuntimeParameter.cursor.rawValue, required: false, schema: .string(pattern: Vocabulary.cursorPattern),
                         description: "The `next` cursor of the previous JSON page; empty or absent for the first."),
        "bom": .query(name: RuntimeParameter.bom.rawValue, required: false, schema: .boolean, description: "CSV only: start with a byte-order mark so that Excel shows Thai text."),
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
        for definition in definitions {
            let rowName = Self.schemaName(definition.contract)
            schemas[OpenAPI.ComponentKey(stringLiteral: rowName)] = rowSchema(definition)
            schemas[OpenAPI.ComponentKey(stringLiteral: rowName + "Page")] = .object(
                description: "One page of \(definition.contract).",
                properties: [
                    "contract": .string(description: "The contract id."),
                    "version": .integer(description: "The contract version."),
                    "data": .array(items: .reference(.component(named: rowName))),
                    "next": .string(nullable: true, description: "The cursor of the next page; null on the last page."),
                ])
            let operation = self.operation(definition, rowName: rowName)
            let item = definition.method == .apiGet ? OpenAPI.PathItem(get: operation) : OpenAPI.PathItem(post: operation)
            paths[OpenAPI.Path(rawValue: definition.route)] = .b(item)
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

    private func rowSchema(_ definition: HandlerDefinition) -> JSONSchema {
        var properties: OrderedDictionary<String, JSONSchema> = [:]
        for field in definition.fields {
            properties[field.name] = Self.schema(kind: field.kind, nullable: field.nullable,
                                                 description: "\(field.description.en) · \(field.description.th)"
                                                     + (field.codes.map { "; codes: \($0.summary(\.en))" } ?? ""))
        }
        return .object(description: definition.title, properties: properties)
    }

    /// A value of a kind, as the encoders write it (in a row) or the parameter reader accepts it (a parameter:
    /// `pattern` where the reader accepts less than the JSON type).
    static func schema(kind: ScalarKind, nullable: Bool, description: String? = nil, required: Bool = true, maxLength: Int? = nil,
                       input: Bool = false) -> JSONSchema {
        switch kind {
        case .string: .string(required: required, nullable: nullable, description: description, maxLength: maxLength)
        // The runtime reads whole numbers as 64-bit integers and refuses larger ones.
        case .integer: .integer(format: .int64, required: required, nullable: nullable, description: description,
                                maximum: (Int(Int64.max), exclusive: false), minimum: (Int(Int64.min), exclusive: false))
        // A parameter takes any number, exponents included (`DecimalText`): any number can be compared.
        case .decimal: .number(required: required, nullable: nullable, description: description)
        case .boolean: .boolean(required: required, nullable: nullable, description: description)
        case .date: input ? .string(format: .date, required: required, nullable: nullable, description: description, pattern: Literal.datePattern)
            : .string(format: .date, required: required, nullable: nullable, description: description)
        case .timestamp:
            input ? .string(required: required, nullable: nullable, description: (description.map { $0 + " " } ?? "") + "(local time, YYYY-MM-DDTHH:MM[:SS])",
                            pattern: Literal.timestampPattern)
                : .string(required: required, nullable: nullable, description: (description.map { $0 + " " } ?? "") + "(local time, YYYY-MM-DDTHH:MM:SS)")
        }
    }

    /// What a parameter compares, for its description: the column and the comparison.
    static func comparison(_ parameter: InputParameter) -> String {
        "Compared with \(parameter.column) (\(parameter.comparison.symbol))."
    }

    private func operation(_ definition: HandlerDefinition, rowName: String) -> OpenAPI.Operation {
        var parameters: OpenAPI.Parameter.Array = [
            .b(.query(name: RuntimeParameter.format.rawValue, required: false,
                      schema: .string(allowedValues: definition.formats.map { AnyCodable($0.rawValue) }),
                      description: "The output format; the Accept header is used when it is absent.")),
        ]
        if definition.formats.contains(.json) {
            parameters.append(.reference(.component(named: "limit")))
            parameters.append(.reference(.component(named: "cursor")))
        }
        parameters.append(.reference(.component(named: "bom")))
        var body: OpenAPI.Request?
        if definition.method == .apiGet {
            for parameter in definition.parameters {
                let element = Self.schema(kind: parameter.kind, nullable: false, maxLength: parameter.maxLength, input: true)
                // A list given is never empty: the runtime refuses a list without values.
                let schema: JSONSchema = parameter.list ? .array(minItems: 1, maxItems: parameter.maxItems, items: element) : element
                parameters.append(.b(.query(name: parameter.name, required: parameter.required, schema: schema,
                                            description: parameter.description ?? Self.comparison(parameter))))
            }
        } else {
            var properties: OrderedDictionary<String, JSONSchema> = [:]
            for parameter in definition.parameters {
                // An optional member may be null, which the runtime reads as absent.
                let element = Self.schema(kind: parameter.kind, nullable: false, maxLength: parameter.maxLength, input: true)
                properties[parameter.name] = parameter.list
                    ? .array(required: parameter.required, nullable: !parameter.required, description: parameter.description, minItems: 1,
                             maxItems: parameter.maxItems, items: element)
                    : Self.schema(kind: parameter.kind, nullable: !parameter.required, description: parameter.description,
                                  required: parameter.required, maxLength: parameter.maxLength, input: true)
            }
            body = OpenAPI.Request(description: "The parameters, as a JSON object.",
                                   content: [.json: .b(OpenAPI.Content(schema: JSONSchema.object(properties: properties, additionalProperties: .a(false))))],
                                   required: true)
        }
        var content: OpenAPI.Content.Map = [:]
        for format in definition.formats {
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
            tags: [definition.unit],
            summary: definition.title,
            description: "\(definition.purpose)\n\nFor \(definition.unit), project \(definition.project). Version \(definition.version), valid until \(definition.validUntil?.description ?? "-").",
            operationId: definition.contract,
            parameters: parameters,
            requestBody: body,
            responses: responses
        )
    }
}
