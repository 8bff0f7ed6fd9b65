import Foundation
import SanyaDiagnostics
@testable import SanyaFrontend
import SanyaModel
import SanyaDemo
import Testing

@Suite("YAML composition with positions")
struct ComposerTests {
    func parse(_ text: String) -> SourceDocument {
        SourceDocument.parse(Data(text.utf8), displayPath: "t.yaml")
    }

    @Test("keys and values carry their line and column")
    func positions() throws {
        let document = parse("a:\n  b: [1, 'two']\n  c: { d: x }\n")
        guard case .mapping(let top) = try #require(document.root).kind, case .mapping(let inner) = top[0].value.kind else {
            Issue.record("not a mapping")
            return
        }
        #expect(top[0].keyLocation.line == 1)
        #expect(inner[0].key == "b")
        #expect(inner[0].keyLocation == SourceLocation(file: "t.yaml", line: 2, column: 3))
        guard case .sequence(let items) = inner[0].value.kind else { Issue.record("not a list"); return }
        #expect(items[1].location.column == 10)
        #expect(items[1].scalar?.plain == false)
        #expect(items[0].scalar?.plain == true)
        #expect(inner[1].value.location == SourceLocation(file: "t.yaml", line: 3, column: 6))
    }

    @Test("a duplicate key is reported where the second one stands")
    func duplicateKey() {
        let document = parse("x: 1\ny:\n  z: 1\n  z: 2\n")
        #expect(document.root == nil)
        #expect(document.diagnostics.map(\.code) == [.yamlDuplicateKey])
        #expect(document.diagnostics.first?.location.line == 4)
    }

    @Test("aliases within the limit are expanded")
    func aliases() throws {
        let document = parse("a: &x [1, 2]\nb: *x\n")
        guard case .mapping(let pairs) = try #require(document.root).kind, case .sequence(let items) = pairs[1].value.kind else {
            Issue.record("alias not expanded")
            return
        }
        #expect(items.count == 2)
    }

    @Test("a byte-order mark is accepted; invalid UTF-8 is located")
    func encoding() {
        #expect(SourceDocument.parse(Data([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)), displayPath: "t").root != nil)
        let bad = SourceDocument.parse(Data(Array("a: 1\nb: ".utf8) + [0xC3, 0x28]), displayPath: "t")
        #expect(bad.diagnostics.first?.code == .fileNotText)
        #expect(bad.diagnostics.first?.location.line == 2)
        #expect(bad.diagnostics.first?.location.column == 4)
    }

    @Test("random damage to a valid contract never crashes the checker")
    func fuzz() throws {
        let source = try String(contentsOf: GoldenDiagnosticsTests.casesDirectory.appendingPathComponent("valid-contract/contract.yaml"), encoding: .utf8)
        let catalog = Project(root: URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
            .check(paths: ["/nonexistent"], today: LocalDate("2026-11-26")!).catalog
        // Seeded, so that a failure can be reproduced: the same 400 damaged files every run.
        var generator = SeededRandom(seed: 2569)
        let alphabet = Array(":-[]{}&*!|>'\"#%@` \n\tabc012".utf8)
        for round in 0..<400 {
            var bytes = Array(source.utf8)
            for _ in 0..<(1 + round % 6) {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch round % 3 {
                case 0: bytes[index] = alphabet.randomElement(using: &generator)!
                case 1: bytes.remove(at: index)
                default: bytes.insert(alphabet.randomElement(using: &generator)!, at: index)
                }
            }
            let document = SourceDocument.parse(Data(bytes), displayPath: "fuzz.yaml")
            let (contracts, diagnostics) = ContractChecker(catalog: catalog, today: LocalDate("2026-11-26")!).check([document])
            #expect(contracts.count == 1 || diagnostics.contains { $0.severity == .error }, "a contract was refused without an error")
            for diagnostic in diagnostics {
                #expect(diagnostic.location.line >= 1 && diagnostic.location.column >= 1)
            }
        }
    }
}
