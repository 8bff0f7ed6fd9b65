import Foundation

/// A parameter refused: a stable code (`UNKNOWN_PARAMETER`, `MISSING_PARAMETER`, `BAD_PARAMETER`,
/// `BAD_BODY`), a message, and the parameter's name where there is one. The runtime answers it as 400.
public struct ParameterError: Error, Equatable, CustomStringConvertible {
    public let code: String
    public let message: String
    public let parameter: String?

    init(_ code: String, parameter: String, _ message: String) {
        self.code = code
        self.message = message
        self.parameter = parameter
    }

    init(_ code: String, _ message: String, parameter: String? = nil) {
        self.code = code
        self.message = message
        self.parameter = parameter
    }

    public var description: String { message }
}

/// Reads and validates a request's parameters against the handler definition: unknown, missing and
/// malformed values are refused with the parameter's name. Shared by the runtime (query string, JSON body)
/// and `sanya export --param`.
public enum ParameterReader {
    /// From a GET query string: `name=value`, repeated or comma-separated for lists.
    public static func fromQuery(_ items: [(String, String)], definition: HandlerDefinition) throws -> [String: BoundArgument] {
        var texts: [String: [String]] = [:]
        for (name, value) in items where !Vocabulary.reservedParameters.contains(name) {
            guard definition.parameters.contains(where: { $0.name == name }) else {
                throw ParameterError("UNKNOWN_PARAMETER", "this contract has no parameter '\(name)'\(known(definition))", parameter: name)
            }
            texts[name, default: []].append(value)
        }
        var arguments: [String: BoundArgument] = [:]
        for parameter in definition.parameters {
            guard let values = texts[parameter.name] else {
                if parameter.required { throw missing(parameter) }
                arguments[parameter.name] = .absent
                continue
            }
            if parameter.list {
                let items = values.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
                arguments[parameter.name] = .list(try parseList(items, parameter))
            } else {
                guard values.count == 1 else {
                    throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' takes one value, not \(values.count)")
                }
                arguments[parameter.name] = .value(try parse(values[0], parameter))
            }
        }
        return arguments
    }

    /// The name–value pairs of a URL's query as HTML forms and most HTTP clients write them
    /// (`application/x-www-form-urlencoded`): `+` is a space, `%2B` a plus; a malformed escape is kept as written.
    public static func formPairs(_ query: String) -> [(String, String)] {
        func decode(_ part: Substring) -> String {
            let spaced = String(part.replacing("+", with: " "))
            return spaced.removingPercentEncoding ?? spaced
        }
        return query.split(separator: "&", omittingEmptySubsequences: true).map { item in
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (decode(parts[0]), parts.count > 1 ? decode(parts[1]) : "")
        }
    }

    /// From a POST body: a JSON object with one member per parameter (arrays for lists).
    public static func fromJSON(_ data: Data, definition: HandlerDefinition) throws -> [String: BoundArgument] {
        // The document requires the body: `{}` when no parameter is given, never nothing.
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw ParameterError("BAD_BODY", "the body is required: send the parameters as a JSON object ({} when you give none)")
        }
        if let name = JSONMemberScanner.duplicate(in: data) {
            throw ParameterError("BAD_BODY", "the body names '\(name)' twice; send each parameter once", parameter: name)
        }
        let object: [String: JSONValue]
        do {
            object = try JSONDecoder().decode([String: JSONValue].self, from: data)
        } catch {
            throw ParameterError("BAD_BODY", "the body must be a JSON object of parameters, e.g. {\"\(definition.parameters.first?.name ?? "name")\": …}")
        }
        for name in object.keys.sorted() where !definition.parameters.contains(where: { $0.name == name }) {
            throw ParameterError("UNKNOWN_PARAMETER", "this contract has no parameter '\(name)'\(known(definition))", parameter: name)
        }
        var arguments: [String: BoundArgument] = [:]
        for parameter in definition.parameters {
            guard let value = object[parameter.name], value != .null else {
                if parameter.required { throw missing(parameter) }
                arguments[parameter.name] = .absent
                continue
            }
            switch (value, parameter.list) {
            case (.array(let items), true):
                let texts = try items.map { item -> String in
                    guard let text = item.text(as: parameter.kind) else {
                        throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' must be a list of \(parameter.kind.rawValue) values")
                    }
                    return text
                }
                arguments[parameter.name] = .list(try parseList(texts, parameter))
            case (_, true):
                throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' must be a JSON array")
            case (_, false):
                guard let text = value.text(as: parameter.kind) else {
                    throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' takes one \(parameter.kind.rawValue) value")
                }
                arguments[parameter.name] = .value(try parse(text, parameter))
            }
        }
        return arguments
    }

    static func parseList(_ texts: [String], _ parameter: InputParameter) throws -> [ParameterValue] {
        guard !texts.isEmpty else { throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' needs at least one value") }
        if let maximum = parameter.maxItems, texts.count > maximum {
            throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(parameter.name)' takes at most \(maximum) values, not \(texts.count)")
        }
        return try texts.map { try parse($0, parameter) }
    }

    static func parse(_ text: String, _ parameter: InputParameter) throws -> ParameterValue {
        // A number as the OpenAPI document's `number` allows it, exponents included (`DecimalText`).
        let parsed = parameter.kind == .decimal ? DecimalText.plain(text).map(ParameterValue.decimal)
            : ParameterValue.parse(text, kind: parameter.kind, maxLength: parameter.maxLength)
        guard let value = parsed else {
            let expected = parameter.kind == .string ? parameter.maxLength.map { "text of at most \($0) characters" } ?? parameter.kind.expectedText
                : parameter.kind.expectedText
            throw ParameterError("BAD_PARAMETER", parameter: parameter.name, "'\(text.prefix(60))' is not a valid '\(parameter.name)': expected \(expected)")
        }
        return value
    }

    static func missing(_ parameter: InputParameter) -> ParameterError {
        ParameterError("MISSING_PARAMETER", "'\(parameter.name)' is required", parameter: parameter.name)
    }

    static func known(_ definition: HandlerDefinition) -> String {
        definition.parameters.isEmpty ? " (it takes none)" : "; its parameters: \(definition.parameters.map(\.name).joined(separator: ", "))"
    }
}

/// A JSON value of a request body.
enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null; return }
        if let b = try? container.decode(Bool.self) { self = .bool(b); return }
        if let i = try? container.decode(Int64.self) { self = .number(String(i)); return }
        if let d = try? container.decode(Double.self) { self = .number(String(d)); return }
        if let s = try? container.decode(String.self) { self = .string(s); return }
        if let a = try? container.decode([JSONValue].self) { self = .array(a); return }
        self = .object
    }

    /// The value as text, when it is of the JSON type the OpenAPI document gives that kind of parameter: a
    /// string for text, dates and times, a number for numbers, `true`/`false` for a boolean. `false` is not
    /// the text "false", nor "12" the number 12.
    func text(as kind: ScalarKind) -> String? {
        switch (self, kind) {
        case (.string(let s), .string), (.string(let s), .date), (.string(let s), .timestamp): s
        case (.number(let n), .integer), (.number(let n), .decimal): n
        case (.bool(let b), .boolean): b ? "true" : "false"
        default: nil
        }
    }
}
