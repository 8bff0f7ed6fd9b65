import Foundation
import SanyaModel

/// What one run of a Sanya tool (`sanya check`, `sanya diff`) found, in the terms the CI formats need: the
/// rules that fired and each result, for SARIF; the cases of a test suite, for JUnit. Each tool builds one,
/// and every format has one renderer here (`sarif()`, `junit()`), so that the formats read alike whichever
/// tool wrote them.
public struct ToolReport: Sendable {
    public enum Level: String, Sendable, Encodable {
        case error, warning, note
    }

    public struct Rule: Sendable {
        public var id: String
        public var summary: String
        /// The rule's level when it is not configured otherwise; nil when each result states its own.
        public var defaultLevel: Level?

        public init(id: String, summary: String, defaultLevel: Level? = nil) {
            self.id = id
            self.summary = summary
            self.defaultLevel = defaultLevel
        }
    }

    public struct Result: Sendable {
        public var rule: String
        public var level: Level
        public var message: String
        public var location: SourceLocation
        /// Extra facts of a result, kept in SARIF's property bag.
        public var properties: [String: Property]?
        /// Why the result is accepted for now (a waiver): SARIF records it as an external suppression.
        public var suppression: String?

        public init(rule: String, level: Level, message: String, location: SourceLocation, properties: [String: Property]? = nil, suppression: String? = nil) {
            self.rule = rule
            self.level = level
            self.message = message
            self.location = location
            self.properties = properties
            self.suppression = suppression
        }
    }

    public enum Property: Sendable, Encodable {
        case text(String)
        case list([String])

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let text): try container.encode(text)
            case .list(let list): try container.encode(list)
            }
        }
    }

    /// One case of the JUnit suite: passed when it has neither failure, skip nor output.
    public struct TestCase: Sendable {
        public var classname: String
        public var name: String
        public var failure: (type: String, message: String, body: String)?
        public var skipped: String?
        public var output: String?

        public init(classname: String, name: String, failure: (type: String, message: String, body: String)? = nil, skipped: String? = nil, output: String? = nil) {
            self.classname = classname
            self.name = name
            self.failure = failure
            self.skipped = skipped
            self.output = output
        }
    }

    /// The tool's name, as SARIF's driver and JUnit's suites name it.
    public var tool: String
    /// SARIF's `uriBaseId` of every location (e.g. `%SRCROOT%`), when the tool states one.
    public var uriBase: String?
    public var rules: [Rule]
    public var results: [Result]
    /// The JUnit suite's name, and its cases.
    public var suite: String
    public var cases: [TestCase]

    public init(tool: String, uriBase: String? = nil, rules: [Rule], results: [Result], suite: String, cases: [TestCase]) {
        self.tool = tool
        self.uriBase = uriBase
        self.rules = rules
        self.results = results
        self.suite = suite
        self.cases = cases
    }

    // MARK: - SARIF 2.1.0

    private struct Log: Encodable {
        var schema = "https://json.schemastore.org/sarif-2.1.0.json"
        var version = "2.1.0"
        var runs: [Run]
        enum CodingKeys: String, CodingKey { case schema = "$schema", version, runs }
    }
    private struct Run: Encodable { var tool: Tool; var results: [SARIFResult] }
    private struct Tool: Encodable { var driver: Driver }
    private struct Driver: Encodable { var name: String; var rules: [SARIFRule] }
    private struct Text: Encodable { var text: String }
    private struct SARIFRule: Encodable { var id: String; var shortDescription: Text; var defaultConfiguration: Configuration? }
    private struct Configuration: Encodable { var level: Level }
    private struct SARIFResult: Encodable {
        var ruleId: String
        var ruleIndex: Int?
        var level: Level
        var message: Text
        var locations: [Location]
        var properties: [String: Property]?
        var suppressions: [Suppression]?
    }
    private struct Location: Encodable { var physicalLocation: Physical }
    private struct Physical: Encodable { var artifactLocation: Artifact; var region: Region }
    private struct Artifact: Encodable { var uri: String; var uriBaseId: String? }
    private struct Region: Encodable { var startLine: Int; var startColumn: Int }
    private struct Suppression: Encodable { var kind = "external"; var justification: String }

    /// The SARIF 2.1.0 log (GitHub code scanning and other CI annotate the lines it names).
    public func sarif() -> String {
        let indexed = rules.contains { $0.defaultLevel != nil }
        let index = Dictionary(rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let log = Log(runs: [Run(
            tool: Tool(driver: Driver(name: tool, rules: rules.map { SARIFRule(id: $0.id, shortDescription: Text(text: $0.summary), defaultConfiguration: $0.defaultLevel.map(Configuration.init)) })),
            results: results.map { result in
                SARIFResult(ruleId: result.rule, ruleIndex: indexed ? index[result.rule] : nil, level: result.level, message: Text(text: result.message),
                            locations: [Location(physicalLocation: Physical(artifactLocation: Artifact(uri: result.location.file, uriBaseId: uriBase),
                                                                            region: Region(startLine: result.location.line, startColumn: result.location.column)))],
                            properties: result.properties, suppressions: result.suppression.map { [Suppression(justification: $0)] })
            })])
        return Self.json(log)
    }

    // MARK: - JUnit XML

    /// The JUnit XML report (CI shows each case as a test, a failure as a failed test).
    public func junit() -> String {
        let failures = cases.count { $0.failure != nil }
        let skipped = cases.count { $0.skipped != nil }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"\(Self.xml(tool))\" tests=\"\(cases.count)\" failures=\"\(failures)\">\n"
        out += "  <testsuite name=\"\(Self.xml(suite))\" tests=\"\(cases.count)\" failures=\"\(failures)\" skipped=\"\(skipped)\">\n"
        for test in cases {
            out += "    <testcase classname=\"\(Self.xml(test.classname))\" name=\"\(Self.xml(test.name))\""
            guard test.failure != nil || test.skipped != nil || test.output != nil else {
                out += "/>\n"
                continue
            }
            out += ">"
            if let message = test.skipped { out += "<skipped message=\"\(Self.xml(message))\"/>" }
            if let failure = test.failure {
                out += "<failure type=\"\(Self.xml(failure.type))\" message=\"\(Self.xml(failure.message))\">\(Self.xml(failure.body))</failure>"
            }
            if let output = test.output { out += "<system-out>\(Self.xml(output))</system-out>" }
            out += "</testcase>\n"
        }
        return out + "  </testsuite>\n</testsuites>\n"
    }

    /// Text as XML character data or an attribute value: escaped as the pages are (`htmlEscaped`), and the
    /// control characters XML 1.0 cannot hold at all written as `?`.
    static func xml(_ text: String) -> String {
        let escaped = text.htmlEscaped
        guard escaped.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) else { return escaped }
        return String(String.UnicodeScalarView(escaped.unicodeScalars.map { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" ? "?" : $0 }))
    }

    // MARK: - JSON

    /// A tool's own JSON document, written as every Sanya report is: sorted keys, indented, slashes as they are.
    public static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
