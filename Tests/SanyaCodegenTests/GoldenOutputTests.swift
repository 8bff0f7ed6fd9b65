import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaSQL
import SanyaTestSupport
import Testing

@Suite("Golden generated output")
struct GoldenOutputTests {
    static let dialects: [any SQLDialect] = Dialects.all + [GenericTestDialect()]

    @Test("each case's SQL in every dialect, handler and documentation match the golden files", arguments: CodegenCase.all)
    func golden(_ scenario: CodegenCase) throws {
        let (catalog, contract) = try scenario.load()
        let translator = QueryTranslator(contract)
        var outputs: [String: String] = [:]
        for dialect in Self.dialects {
            let queries = translator.querySet(in: dialect)
            let views = translator.viewStatements(in: dialect).map { $0.sql(in: dialect).sql }.joined(separator: "\n\n")
            outputs["\(dialect.name).sql"] = """
            \(views)

            -- The runtime's query (binds: \(queries.all.binds.joined(separator: ", ")))
            \(queries.all.sql);

            -- One page (binds: \(queries.page.binds.joined(separator: ", ")))
            \(queries.page.sql);

            """
        }
        let generator = Generator(catalog: catalog, contracts: [contract])
        let files = generator.files()
        outputs["doc.md"] = files["docs/contracts/\(contract.id).md"]
        outputs["doc.html"] = files["docs/contracts/\(contract.id).html"]
        if contract.delivery.method == .view {
            outputs["access.sql"] = files["sql/postgres/access/\(contract.id).sql"]
            outputs["pg_hba.conf"] = files["sql/postgres/pg_hba.conf"]
        } else {
            outputs["handler.json"] = files["handlers/\(contract.id).json"]
        }
        for (name, text) in outputs.sorted(by: { $0.key < $1.key }) {
            let failure = Snapshot.compare(text, to: scenario.folder.appendingPathComponent("expected/\(name)"))
            #expect(failure == nil, Comment(rawValue: failure ?? ""))
        }
    }

    @Test("the odd test dialect shows that every identifier, bind and function goes through the dialect")
    func genericDialect() throws {
        let scenario = try #require(CodegenCase.all.first { $0.name == "masks" })
        let (_, contract) = try scenario.load()
        let sql = QueryTranslator(contract).querySet(in: GenericTestDialect()).page.sql
        #expect(!sql.contains("\"") && !sql.contains("?") && !sql.contains("$"), "SQL bypassed the dialect: \(sql)")
        #expect(sql.contains("YEAR_OF(``t0``.``birth_date``)"))
        #expect(sql.contains("SHA_HEX((&1 || ':masks-case:'"), "the pseudonym key is a bind, the first")
        #expect(sql.contains("LIMIT &2 OFFSET &3"))
    }

    @Test("string literals are escaped by the dialect, never pasted")
    func literalEscaping() {
        let hostile = Literal.string("O'Brien\\'; DROP TABLE student; --")
        #expect(PostgresDialect().literal(hostile) == "'O''Brien\\''; DROP TABLE student; --'")
        #expect(MySQLDialect().literal(hostile) == "'O''Brien\\\\''; DROP TABLE student; --'")
        #expect(SQLiteDialect().quote("we\"ird") == "\"we\"\"ird\"")
        #expect(MySQLDialect().quote("we`ird") == "`we``ird`")
    }

    @Test("the build is deterministic: two processes write byte-identical files")
    func deterministic() throws {
        // Each process hashes with its own random seed, so anything written in dictionary or set order
        // would differ between the two builds.
        var trees: [[String: Data]] = []
        for _ in 0..<2 {
            let root = Repository.temporaryDirectory("deterministic")
            defer { try? FileManager.default.removeItem(at: root) }
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Contracts"), to: root.appendingPathComponent("Contracts"))
            let build = try SanyaBinary.run(["build", "--today", "2026-11-26"], in: root)
            #expect(build.status == 0, Comment(rawValue: build.error))
            let generated = root.appendingPathComponent("Generated")
            let files = try FileManager.default.subpathsOfDirectory(atPath: generated.path).filter { !$0.hasSuffix("/") }
            var tree: [String: Data] = [:]
            for file in files where !(try generated.appendingPathComponent(file).resourceValues(forKeys: [.isDirectoryKey]).isDirectory ?? false) {
                tree[file] = try Data(contentsOf: generated.appendingPathComponent(file))
            }
            trees.append(tree)
        }
        #expect(trees[0].keys.contains("openapi.json") && trees[0].count > 1)
        #expect(trees[0] == trees[1], "files that differ: \(trees[0].keys.filter { trees[0][$0] != trees[1][$0] }.sorted())")
    }
}
