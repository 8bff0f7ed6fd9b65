import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel
import SanyaTestSupport
import Testing

/// One folder per scenario under `Cases/`: contract files (and a `catalog/` where the case is about the
/// catalog) in, the expected diagnostics out in `expected.txt`.
@Suite("Golden diagnostics")
struct GoldenDiagnosticsTests {
    static let casesDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Cases")
    static let today = LocalDate("2026-11-26")!

    static var caseNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: casesDirectory.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test("each case prints exactly its expected diagnostics", arguments: caseNames)
    func golden(_ name: String) throws {
        let caseDirectory = Self.casesDirectory.appendingPathComponent(name)
        let root = try Repository.project(fromCase: caseDirectory)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = Project(root: root).check(today: Self.today)
        let failure = Snapshot.compare(result.report.render(.text), to: caseDirectory.appendingPathComponent("expected.txt"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("every diagnostic code has a golden case that produces it")
    func everyCodeIsCovered() throws {
        var seen = Set<String>()
        for name in Self.caseNames {
            let expected = Self.casesDirectory.appendingPathComponent(name).appendingPathComponent("expected.txt")
            let text = (try? String(contentsOf: expected, encoding: .utf8)) ?? ""
            for code in DiagnosticCode.allCases where text.contains("[\(code.rawValue)]") {
                seen.insert(code.rawValue)
            }
        }
        // Found in a database's plan, not in a contract's text: tested against real databases (`QueryPlanTests`).
        seen.insert(DiagnosticCode.planFullScan.rawValue)
        // Found by comparing the catalog with a live database (`sanya catalog verify`): `CatalogImportTests`.
        for code in [DiagnosticCode.driftTable, .driftColumn, .driftType, .driftNullable, .driftKey] { seen.insert(code.rawValue) }
        let missing = DiagnosticCode.allCases.map(\.rawValue).filter { !seen.contains($0) }
        #expect(missing.isEmpty, "codes without a golden case: \(missing.joined(separator: ", "))")
    }

    @Test("the repository's own contracts and catalog check clean")
    func repositoryIsClean() {
        let result = Project(root: Repository.root).check(today: Self.today)
        #expect(!result.hasErrors, Comment(rawValue: result.report.render(.text)))
        let project = Project(root: Repository.root)
        #expect(result.catalog.tables.count == project.yamlFiles(under: project.catalogDirectory).count, "one table a catalog file")
        #expect(result.contracts.count == project.contractFiles.count, "every example contract resolved")
        #expect(project.contractFiles.count == project.yamlFiles(under: project.contractsDirectory).count - result.catalog.tables.count - 2, "all but the catalog, the calendar and the controller")
        #expect(result.calendar.holidays.count > 10, "the calendar is read")
        let methods = Set(result.contracts.map(\.delivery.method))
        #expect(methods == Set(DeliveryMethod.allCases))
        let formats = Set(result.contracts.flatMap(\.delivery.formats))
        #expect(formats == Set(OutputFormat.allCases))
        #expect(Set(result.contracts.map(\.status)) == Set(ContractStatus.allCases), "the examples show every status")
    }
}
