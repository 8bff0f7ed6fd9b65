import Foundation
import SanyaDiagnostics
@testable import SanyaFrontend
import SanyaTestSupport
import Testing

/// The published JSON Schemas (for editors) must name exactly the keys the checker accepts.
@Suite("Published JSON Schemas")
struct SchemaTests {
    static func schema(_ name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Any] {
        let data = try Data(contentsOf: Repository.root.appendingPathComponent("docs/schema/\(name)"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any], sourceLocation: sourceLocation)
    }

    static func properties(_ object: Any?, _ path: [String]) -> Set<String> {
        var node = object as? [String: Any]
        for key in path {
            if key == "[]" {
                node = node?["items"] as? [String: Any]
            } else if key == "|object" {
                node = (node?["oneOf"] as? [[String: Any]])?.first { $0["type"] as? String == "object" }
            } else if key.hasPrefix("|with:") {
                // The alternative of a oneOf that has this property.
                let name = String(key.dropFirst(6))
                node = (node?["oneOf"] as? [[String: Any]])?.first { ($0["properties"] as? [String: Any])?[name] != nil }
            } else {
                node = (node?["properties"] as? [String: Any])?[key] as? [String: Any]
            }
        }
        return Set(((node?["properties"] as? [String: Any]) ?? [:]).keys)
    }

    @Test("the contract schema matches the checker's keys at every level")
    func contract() throws {
        let schema = try Self.schema("contract.schema.json")
        #expect(Self.properties(schema, []) == Set(ContractChecker.topKeys))
        #expect(Self.properties(schema, ["request"]) == Set(ContractChecker.requestKeys))
        #expect(Self.properties(schema, ["request", "head"]) == Set(ContractChecker.personKeys))
        #expect(Self.properties(schema, ["workflow"]) == Set(ContractChecker.workflowKeys))
        #expect(Self.properties(schema, ["workflow", "prepared"]) == Set(ContractChecker.stepKeys))
        #expect(Self.properties(schema, ["workflow", "approved"]) == Set(ContractChecker.signedStepKeys))
        #expect(Self.properties(schema, ["workflow", "endorsed"]) == Set(ContractChecker.signedStepKeys))
        #expect(Self.properties(schema, ["workflow", "approved", "signature"]) == Set(ContractChecker.signatureKeys))
        #expect(Self.properties(schema, ["delivery"]) == Set(ContractChecker.deliveryKeys))
        #expect(Self.properties(schema, ["data"]) == Set(ContractChecker.dataKeys))
        #expect(Self.properties(schema, ["data", "fields", "[]", "|object"]) == Set(ContractChecker.fieldKeys))
        #expect(Self.properties(schema, ["data", "where", "[]", "|with:column"]) == Set(ContractChecker.filterKeys))
        #expect(Self.properties(schema, ["data", "where", "[]", "|with:has"]) == Set(ContractChecker.childRowsKeys))
        #expect(Self.properties(schema, ["data", "where", "[]", "|with:has", "where", "[]"]) == Set(ContractChecker.filterKeys))
        #expect(Self.properties(schema, ["data", "parameters", "[]"]) == Set(ContractChecker.parameterKeys))
        #expect(Self.properties(schema, ["protection"]) == Set(ContractChecker.protectionKeys))
        #expect(Self.properties(schema, ["protection", "sensitive", "[]"]) == Set(ContractChecker.approvalKeys))
    }

    @Test("the catalog schema matches the checker's keys at every level")
    func catalog() throws {
        let schema = try Self.schema("catalog.schema.json")
        #expect(Self.properties(schema, []) == Set(CatalogChecker.tableKeys))
        #expect(Self.properties(schema, ["columns", "[]"]) == Set(CatalogChecker.columnKeys))
        #expect(Self.properties(schema, ["foreign_keys", "[]"]) == Set(CatalogChecker.foreignKeyKeys))
        #expect(Self.properties(schema, ["foreign_keys", "[]", "references"]) == Set(CatalogChecker.referenceKeys))
    }
}

@Suite("Reference documentation")
struct ReferenceDocumentationTests {
    @Test("the contract-language reference lists every diagnostic code")
    func everyCodeDocumented() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/contract-language.md"), encoding: .utf8)
        let missing = DiagnosticCode.allCases.filter { !text.contains("| `\($0.rawValue)` |") }
        #expect(missing.isEmpty, "undocumented codes: \(missing.map(\.rawValue))")
    }

    /// The backticked names in the first column of the reference's tables: the keys, values and codes it defines.
    static func tableKeys(_ file: String) throws -> [String] {
        let text = try String(contentsOf: Repository.root.appendingPathComponent(file), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line -> [String]? in
            guard line.hasPrefix("| `") else { return nil }
            let cell = line.dropFirst(2).prefix { $0 != "|" }
            return cell.split(separator: "`", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
        }.flatMap { $0 }
    }

    @Test("the Thai reference lists the same keys and codes as the English one, in the same order")
    func thaiReferenceInStep() throws {
        let english = try Self.tableKeys("docs/contract-language.md")
        let thai = try Self.tableKeys("docs/contract-language.th.md")
        #expect(english.count > 100, "the English reference's tables were read")
        #expect(thai == english, "in English only: \(english.filter { !thai.contains($0) }); in Thai only: \(thai.filter { !english.contains($0) })")
        for code in DiagnosticCode.allCases {
            #expect(thai.contains(code.rawValue), "the Thai reference misses \(code.rawValue)")
        }
        // The sections (request, workflow …) are headings; every key inside them is a row.
        let sections: Set<String> = ["request", "workflow", "delivery", "data", "protection"]
        for key in ContractChecker.topKeys.filter({ !sections.contains($0) }) + ContractChecker.requestKeys + ContractChecker.workflowKeys + ContractChecker.deliveryKeys
            + ContractChecker.dataKeys + ContractChecker.protectionKeys {
            #expect(thai.contains(key) || thai.contains { $0.contains(key) }, "the Thai reference misses the key \(key)")
        }
    }
}
