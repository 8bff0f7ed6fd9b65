import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaTestSupport
import Testing

/// The OpenAPI document and the runtime's parameter reader read one projection of a contract, its handler
/// definition: every rule the reader enforces of a parameter is in the document, nothing else is, and what
/// the document allows the reader accepts.
@Suite("What the OpenAPI document publishes of each parameter")
struct PublishedParameterTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/parameters")

    /// A GET and a POST contract with a parameter of every kind and the codegen cases, against the tests'
    /// catalog; and the repository's examples, against theirs.
    static func definitions(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [HandlerDefinition] {
        let tests = Project(root: Repository.root, catalogDirectory: Repository.testCatalog).check(paths: [fixtures.path, CodegenCase.directory.path], today: CodegenCase.today)
        let examples = Project(root: Repository.root).check(today: CodegenCase.today)
        for result in [tests, examples] {
            #expect(result.report.errorCount == 0, Comment(rawValue: result.report.render(.text)), sourceLocation: sourceLocation)
        }
        return (tests.contracts + examples.contracts).filter { $0.delivery.method.isServed && $0.status == .approved }.map { HandlerTranslator.definition(for: $0) }
    }

    /// The schema a parameter's value must have, stated here from what `ParameterReader` enforces.
    static func expectedElement(_ parameter: InputParameter) -> [String: AnyHashable] {
        switch parameter.kind {
        case .string: parameter.maxLength.map { ["type": "string", "maxLength": $0] } ?? ["type": "string"]
        case .integer: ["type": "integer", "format": "int64", "minimum": Int(Int64.min), "maximum": Int(Int64.max)]
        case .decimal: ["type": "number"]
        case .boolean: ["type": "boolean"]
        case .date: ["type": "string", "format": "date", "pattern": Literal.datePattern]
        case .timestamp: ["type": "string", "pattern": Literal.timestampPattern]
        }
    }

    /// The constraining keys of a schema (its descriptions aside).
    static func rules(_ schema: [String: Any]) -> [String: AnyHashable] {
        var out: [String: AnyHashable] = [:]
        for (key, value) in schema where key != "description" {
            switch value {
            // The constraints are whole numbers (lengths, list sizes, integer bounds).
            case let number as NSNumber: out[key] = number.intValue
            case let text as String: out[key] = text
            case let list as [String]: out[key] = list
            default: break
            }
        }
        return out
    }

    @Test("every parameter's name, requirement, list size, length, type, format and pattern is published, and no other parameter")
    func everyRuleIsPublished() throws {
        let definitions = try Self.definitions()
        #expect(definitions.contains { $0.contract == "every-kind-get" } && definitions.contains { $0.contract == "every-kind-post" })
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIRenderer(definitions: definitions).render().utf8)) as? [String: Any])
        let paths = try #require(document["paths"] as? [String: [String: Any]])
        #expect(Set(paths.keys) == Set(definitions.map(\.route)))
        var checked = 0
        for definition in definitions {
            let operation = try #require(paths[definition.route]?[definition.httpMethod!.lowercased()] as? [String: Any], "\(definition.contract)")
            let published = (operation["parameters"] as? [[String: Any]] ?? []).filter { $0["$ref"] == nil }
            // The runtime's own query parameters are the shared ones, referenced, and `format`.
            let references = (operation["parameters"] as? [[String: Any]] ?? []).compactMap { $0["$ref"] as? String }.map { $0.split(separator: "/").last.map(String.init)! }
            let runtime = Set(references + published.compactMap { $0["name"] as? String }.filter { $0 == RuntimeParameter.format.rawValue })
            #expect(runtime.isSubset(of: Set(RuntimeParameter.read.map(\.rawValue))) && runtime.contains(RuntimeParameter.bom.rawValue), "\(runtime)")
            if definition.httpMethod == "GET" {
                let own = published.filter { $0["name"] as? String != RuntimeParameter.format.rawValue }
                #expect(Set(own.compactMap { $0["name"] as? String }) == Set(definition.parameters.map(\.name)), "\(definition.contract): no other parameter")
                #expect(operation["requestBody"] == nil)
                for parameter in definition.parameters {
                    let item = try #require(own.first { $0["name"] as? String == parameter.name })
                    #expect(item["in"] as? String == "query" && (item["required"] as? Bool ?? false) == parameter.required, "\(parameter.name)")
                    let schema = try #require(item["schema"] as? [String: Any])
                    if parameter.list {
                        #expect(Self.rules(schema) == ["type": "array", "minItems": 1, "maxItems": parameter.maxItems!], "\(parameter.name)")
                        #expect(Self.rules(try #require(schema["items"] as? [String: Any])) == Self.expectedElement(parameter), "\(parameter.name)")
                    } else {
                        #expect(Self.rules(schema) == Self.expectedElement(parameter), "\(definition.contract).\(parameter.name): \(schema)")
                    }
                    checked += 1
                }
            } else {
                #expect(published.allSatisfy { $0["name"] as? String == RuntimeParameter.format.rawValue }, "a POST contract's parameters are its body")
                let body = try #require(operation["requestBody"] as? [String: Any])
                #expect(body["required"] as? Bool == true)
                let schema = try #require(((body["content"] as? [String: Any])?["application/json"] as? [String: Any])?["schema"] as? [String: Any])
                #expect(schema["additionalProperties"] as? Bool == false)
                let properties = try #require(schema["properties"] as? [String: [String: Any]])
                #expect(Set(properties.keys) == Set(definition.parameters.map(\.name)))
                #expect(Set(schema["required"] as? [String] ?? []) == Set(definition.parameters.filter(\.required).map(\.name)))
                for parameter in definition.parameters {
                    let member = try #require(properties[parameter.name])
                    // An optional member may be null: the reader takes null as absent.
                    func type(_ name: String) -> AnyHashable { parameter.required ? name : [name, "null"] as [String] }
                    if parameter.list {
                        #expect(Self.rules(member) == ["type": type("array"), "minItems": 1, "maxItems": parameter.maxItems!], "\(parameter.name): \(member)")
                        #expect(Self.rules(try #require(member["items"] as? [String: Any])) == Self.expectedElement(parameter), "\(parameter.name)")
                    } else {
                        var expected = Self.expectedElement(parameter)
                        expected["type"] = type(expected["type"] as! String)
                        #expect(Self.rules(member) == expected, "\(definition.contract).\(parameter.name): \(member)")
                    }
                    checked += 1
                }
            }
        }
        #expect(checked >= 14, "every kind, in a query and in a body")
    }

    @Test("numbers as the document's 'number' allows them are accepted, exponents included, and bound as plain decimals")
    func decimals() throws {
        let definition = try #require(try Self.definitions().first { $0.contract == "every-kind-get" })
        let cases = ["1e2": "100", "5.7e16": "57000000000000000", "5.7E+16": "57000000000000000", "-0.5": "-0.5", "3.25": "3.25", "1E-3": "0.001",
                     "0": "0", "-0": "0", "007.50": "7.5", "2.": "2", ".5": "0.5", "1e-40": "0.0000000000000000000000000000000000000001"]
        for (text, plain) in cases {
            let arguments = try ParameterReader.fromQuery([("faculty", "01"), ("min_gpax", text)], definition: definition)
            #expect(arguments["min_gpax"] == .value(.decimal(plain)), "\(text)")
        }
        for text in ["1e", "e5", "1.2.3", "--1", "NaN", "Infinity", "0x10", "1e100000", "", "1,5", String(repeating: "9", count: 41)] {
            #expect(throws: ParameterError.self, "\(text)") { try ParameterReader.fromQuery([("faculty", "01"), ("min_gpax", text)], definition: definition) }
        }
        let post = try #require(try Self.definitions().first { $0.contract == "every-kind-post" })
        let body = try ParameterReader.fromJSON(Data(#"{"faculty": "01", "min_gpax": 5.7e16, "admitted_from": 25671}"#.utf8), definition: post)
        #expect(body["min_gpax"] == .value(.decimal("57000000000000000")))
    }

    @Test("a POST without a body is refused, as the document requires one; an empty object is a body")
    func postBodyRequired() throws {
        let post = try #require(try Self.definitions().first { $0.contract == "every-kind-post" })
        for empty in ["", "  \n"] {
            let error = #expect(throws: ParameterError.self) { try ParameterReader.fromJSON(Data(empty.utf8), definition: post) }
            #expect(error?.code == "BAD_BODY" && error?.message.contains("required") == true)
        }
        let error = #expect(throws: ParameterError.self) { try ParameterReader.fromJSON(Data("{}".utf8), definition: post) }
        #expect(error?.code == "MISSING_PARAMETER" && error?.parameter == "faculty")
    }

    @Test("the date and timestamp patterns the document publishes accept exactly what the reader accepts")
    func datesAndTimestamps() throws {
        let timestamp = try NSRegularExpression(pattern: Literal.timestampPattern), date = try NSRegularExpression(pattern: Literal.datePattern)
        func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool { pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil }
        for text in ["2026-11-26T08:30", "2026-11-26 08:30:15", "2026-01-31T23:59:59", "2026-11-26T24:00", "2026-13-01T08:00", "2026-11-26T8:30",
                     "2026-11-26", "2026-11-26T08:30:60", "2026-11-26T08:30Z", "2026-11-26T08:30:00+07:00", " 2026-11-26T08:30", "0000-01-01T00:00",
                     "2026-02-29T10:00", "2028-02-29T10:00", "1900-02-29 00:00", "2000-02-29 00:00", "2026-04-31T00:00"] {
            #expect(matches(timestamp, text) == (Literal.parse(text, kind: .timestamp) != nil), "\(text): published \(matches(timestamp, text))")
        }
        // Every day of every month of the years the reader takes (and a few around them), and days that do not exist.
        for year in [1899, 1900, 1904, 1999, 2000, 2024, 2026, 2100, 2400, 2999, 3000] {
            for month in 0...13 {
                for day in 0...32 {
                    let text = String(format: "%04d-%02d-%02d", year, month, day)
                    #expect(matches(date, text) == (LocalDate(text) != nil), "\(text)")
                }
            }
        }
    }
}
