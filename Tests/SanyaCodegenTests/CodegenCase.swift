import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime
import SanyaTestSupport
import Testing

/// A scenario folder under `Cases/`: a contract, the rows each set of arguments must return against the
/// fixture registrar, and golden files of the generated SQL and documentation.
struct CodegenCase: CustomTestStringConvertible, Sendable {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")
    static let fixture = Repository.testRows
    static let today = LocalDate("2026-11-26")!

    let name: String
    var testDescription: String { name }
    var folder: URL { Self.directory.appendingPathComponent(name) }

    static var all: [CodegenCase] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted().map(CodegenCase.init)
    }

    /// The cases whose view can be compared with a run: a view has no parameters, so it holds what the query
    /// returns without arguments — for a contract with no required parameter and a run without arguments.
    static var viewable: [CodegenCase] {
        all.filter { scenario in
            let result = Project(root: Repository.root, catalogDirectory: Repository.testCatalog).check(paths: [scenario.folder.appendingPathComponent("contract.yaml").path], today: today)
            guard let contract = result.contracts.first, contract.query.parameters.allSatisfy({ !$0.required }) else { return false }
            return (try? scenario.runs())?.contains { $0.arguments.isEmpty } ?? false
        }
    }

    /// The catalog and the case's contract, checked.
    func load(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> (Catalog, Contract) {
        let result = Project(root: Repository.root, catalogDirectory: Repository.testCatalog).check(paths: [folder.appendingPathComponent("contract.yaml").path], today: Self.today)
        let errors = result.report.errorCount
        #expect(errors == 0, Comment(rawValue: result.report.render(.text)), sourceLocation: sourceLocation)
        return (result.catalog, try #require(result.contracts.first, sourceLocation: sourceLocation))
    }

    struct Run: Decodable {
        var arguments: [String: Argument]
        var rows: [[String?]]
    }

    enum Argument: Decodable {
        case one(String)
        case many([String])

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let list = try? container.decode([String].self) { self = .many(list) } else { self = .one(try container.decode(String.self)) }
        }
    }

    func runs() throws -> [Run] {
        try JSONDecoder().decode([Run].self, from: Data(contentsOf: folder.appendingPathComponent("rows.json")))
    }

    /// The bound arguments of a run, typed by the contract's parameters.
    /// The pseudonym key of the test registrar.
    static let testPseudonymKey = "test-secret"

    static func arguments(_ run: Run, for contract: Contract, limit: Int? = nil, offset: Int? = nil,
                          sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: BoundArgument] {
        var bound: [String: BoundArgument] = [:]
        for parameter in contract.query.parameters {
            switch run.arguments[parameter.name] {
            case nil: bound[parameter.name] = .absent
            case .one(let text)?:
                bound[parameter.name] = .value(try #require(ParameterValue.parse(text, kind: parameter.type.kind, maxLength: nil), sourceLocation: sourceLocation))
            case .many(let texts)?:
                bound[parameter.name] = .list(try texts.map { try #require(ParameterValue.parse($0, kind: parameter.type.kind, maxLength: nil), sourceLocation: sourceLocation) })
            }
        }
        // The runtime binds the pseudonym key from its state database; the views read the same key from the test
        // registrar's `sanya_secret` (Tests/Fixtures/registrar/registrar.sql), so both give the expected pseudonyms.
        bound[Vocabulary.pseudonymKeyBind] = .value(.string(testPseudonymKey))
        if let limit { bound[Vocabulary.limitBind] = .value(.integer(Int64(limit))) }
        if let offset { bound[Vocabulary.offsetBind] = .value(.integer(Int64(offset))) }
        return bound
    }

    static func texts(_ rows: [ResultRow]) -> [[String?]] {
        rows.map { $0.map { $0 == .null ? nil : $0.text } }
    }

    static func sorted(_ rows: [[String?]]) -> [[String?]] {
        rows.sorted { $0.map { $0 ?? "\u{0}" }.lexicographicallyPrecedes($1.map { $0 ?? "\u{0}" }) }
    }
}
