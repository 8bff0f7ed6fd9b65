import Foundation
import SanyaTestSupport
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("sanya check on the command line")
struct CheckCommandTests {
    static let badCase = Repository.root.appendingPathComponent("Tests/SanyaFrontendTests/Cases/unknown-column")

    /// Contracts of the test suites, with the catalog: fixtures, so that no test depends on the examples in
    /// the repository's own `Contracts/`.
    static let fixtureContracts = ["rt-students", "rt-lookup", "rt-limited", "rt-draft", "rt-expired"].map {
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
    }

    @Test("clean contracts check with exit status 0 and say how many files were read")
    func cleanRepository() throws {
        let repository = try DeliveryRepository.make(contracts: Self.fixtureContracts)
        defer { try? FileManager.default.removeItem(at: repository.root) }
        let result = try SanyaBinary.run(["check", "--today", "2026-11-26"], in: repository.root)
        #expect(result.status == 0, Comment(rawValue: result.error))
        let catalog = try FileManager.default.contentsOfDirectory(atPath: repository.root.appendingPathComponent("Contracts/catalog").path).count
        #expect(result.error.hasSuffix("\(catalog + Self.fixtureContracts.count) file(s) checked: 0 error(s), 1 warning(s)\n"), Comment(rawValue: result.error))
    }

    @Test("--explain prints each API contract's page plans and warns at data.from of a page that reads a large table whole")
    func explain() throws {
        let sorted = Repository.temporaryDirectory("explain-contract").appendingPathComponent("rt-sorted.yaml")
        let students = try String(contentsOf: Self.fixtureContracts[0], encoding: .utf8)
        try students.replacingOccurrences(of: "contract: rt-students", with: "contract: rt-sorted")
            .replacingOccurrences(of: "order_by: [student_id]", with: "order_by: [first_name_th, student_id]")
            .write(to: sorted, atomically: true, encoding: .utf8)
        let repository = try DeliveryRepository.make(contracts: [Self.fixtureContracts[0], sorted])
        defer { try? FileManager.default.removeItem(at: repository.root) }
        // 120,000 more students, copies of the first: past the size at which a whole-table read is worth a warning.
        let grow = """
            INSERT INTO student SELECT printf('9%07d', g.x), \(try Self.studentColumns(repository).dropFirst().map { "s.\($0)" }.joined(separator: ", "))
            FROM (SELECT * FROM student ORDER BY student_id LIMIT 1) AS s,
                 (WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 120000) SELECT x FROM n) AS g;
            ANALYZE;
            """
        let load = try Snapshot.run("/usr/bin/sqlite3", [repository.database, grow])
        #expect(load.status == 0, Comment(rawValue: load.error))
        let result = try SanyaBinary.run(["check", "--today", "2026-11-26", "--explain", repository.database], in: repository.root)
        #expect(result.status == 0, Comment(rawValue: result.error))
        #expect(result.output.contains("rt-students — page:\n    SCAN t0 USING INDEX"), Comment(rawValue: result.output))
        #expect(result.output.contains("rt-sorted — page:\n"), Comment(rawValue: result.output))
        #expect(result.error.contains("Contracts/test/rt-sorted.yaml:23:9: warning: the page query of 'rt-sorted' reads all 120,0"), Comment(rawValue: result.error))
        #expect(result.error.contains("rows of 'student' on this database: no index serves it [PLAN_FULL_SCAN]"), Comment(rawValue: result.error))
        #expect(!result.error.contains("of 'rt-students' reads"), Comment(rawValue: result.error))
        let missing = try SanyaBinary.run(["check", "--explain", repository.root.appendingPathComponent("nowhere.sqlite").path], in: repository.root)
        #expect(missing.status == 2 && missing.error.contains("error: cannot explain the queries on"), Comment(rawValue: missing.error))
    }

    static func studentColumns(_ repository: DeliveryRepository) throws -> [String] {
        try Snapshot.run("/usr/bin/sqlite3", [repository.database, "SELECT name FROM pragma_table_info('student')"]).output
            .split(separator: "\n").map(String.init)
    }

    @Test("errors give exit status 1 and compiler-style lines on standard error")
    func errorsExitOne() throws {
        let root = try Repository.project(fromCase: Self.badCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try SanyaBinary.run(["check", "--today", "2026-11-26"], in: root)
        #expect(result.status == 1)
        #expect(result.error.contains("Contracts/contract.yaml:25:7: error: table 'student' has no column 'first_nam_th' [UNKNOWN_COLUMN]"))
        #expect(result.output.isEmpty)
    }

    @Test("paths limit the check to the files named")
    func paths() throws {
        let root = try Repository.project(fromCase: Self.badCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let clean = Repository.root.appendingPathComponent("Tests/SanyaFrontendTests/Cases/valid-contract/contract.yaml").path
        let result = try SanyaBinary.run(["check", "--root", Repository.root.path, "--today", "2026-11-26", clean], in: root)
        #expect(result.status == 0, Comment(rawValue: result.error))
    }

    @Test("--format json reports every diagnostic with its position")
    func json() throws {
        let root = try Repository.project(fromCase: Self.badCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try SanyaBinary.run(["check", "--format", "json", "--today", "2026-11-26"], in: root)
        #expect(result.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 2)
        let diagnostics = object?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.first?["code"] as? String == "UNKNOWN_COLUMN")
        #expect(diagnostics.first?["line"] as? Int == 25)
        #expect(diagnostics.first?["column"] as? Int == 7)
        #expect(diagnostics.first?["note"] as? String == "did you mean 'first_name_th'?")
    }

    @Test("--format sarif produces a SARIF 2.1.0 log with rules and locations")
    func sarif() throws {
        let root = try Repository.project(fromCase: Self.badCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try SanyaBinary.run(["check", "--format", "sarif", "--today", "2026-11-26"], in: root)
        let log = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect(log?["version"] as? String == "2.1.0")
        let run = (log?["runs"] as? [[String: Any]])?.first
        let results = run?["results"] as? [[String: Any]] ?? []
        #expect(results.count == 2)
        let region = ((results.first?["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        #expect(region?["startLine"] as? Int == 25)
        let driver = (run?["tool"] as? [String: Any])?["driver"] as? [String: Any]
        #expect(driver?["name"] as? String == "sanya check" && driver?["informationUri"] == nil, "no placeholder address")
        // The same validation as sanya diff's log: the SARIF 2.1.0 object model and schema.
        let file = root.appendingPathComponent("check.sarif")
        try result.output.write(to: file, atomically: true, encoding: .utf8)
        let validation = try Snapshot.run("/usr/bin/env", ["python3", DiffCorpus.folder.appendingPathComponent("validate_sarif.py").path, file.path])
        #expect(validation.status == 0, Comment(rawValue: validation.output + validation.error))
    }

    @Test("--format junit produces XML with a failing case per file with errors")
    func junit() throws {
        let root = try Repository.project(fromCase: Self.badCase)
        defer { try? FileManager.default.removeItem(at: root) }
        let result = try SanyaBinary.run(["check", "--format", "junit", "--today", "2026-11-26"], in: root)
        let document = try XMLDocument(data: Data(result.output.utf8))
        let failures = try document.nodes(forXPath: "//testcase/failure")
        #expect(failures.count == 1)
        let suites = try document.nodes(forXPath: "/testsuites") as? [XMLElement]
        #expect(suites?.first?.attribute(forName: "failures")?.stringValue == "1")
        // A clean file of the run is a passing case.
        let cases = try document.nodes(forXPath: "//testcase") as? [XMLElement] ?? []
        #expect(cases.count > 1 && cases.contains { $0.childCount == 0 && $0.attribute(forName: "name")?.stringValue?.hasPrefix("Contracts/catalog/") == true })
    }

    @Test("a usage error exits with status 2", arguments: [["check", "--format", "yaml"], ["check", "--today", "yesterday"], ["frobnicate"]])
    func usage(_ arguments: [String]) throws {
        let result = try SanyaBinary.run(arguments)
        #expect(result.status == 2, Comment(rawValue: result.error))
    }
}

@Suite("sanya build on the command line")
struct BuildCommandTests {
    /// A repository of fixture contracts with its Generated/ built.
    static func copyOfRepository() throws -> URL {
        try DeliveryRepository.make(contracts: CheckCommandTests.fixtureContracts).root
    }

    @Test("the committed Generated/ is what the contracts produce")
    func upToDate() throws {
        let result = try SanyaBinary.run(["build", "--check"])
        #expect(result.status == 0, Comment(rawValue: result.error + result.output))
    }

    @Test("--check lists a stale, a missing and an extra file and fails; build then repairs them")
    func staleFiles() throws {
        let root = try Self.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let generated = root.appendingPathComponent("Generated")
        try "tampered\n".write(to: generated.appendingPathComponent("openapi.json"), atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: generated.appendingPathComponent("handlers/rt-lookup.json"))
        try "old\n".write(to: generated.appendingPathComponent("handlers/old-contract.json"), atomically: true, encoding: .utf8)
        let check = try SanyaBinary.run(["build", "--check", "--today", "2026-11-26"], in: root)
        #expect(check.status == 1)
        #expect(check.error.contains("stale:   openapi.json"))
        #expect(check.error.contains("missing: handlers/rt-lookup.json"))
        #expect(check.error.contains("extra:   handlers/old-contract.json"))
        let build = try SanyaBinary.run(["build", "--today", "2026-11-26"], in: root)
        #expect(build.status == 0, Comment(rawValue: build.error))
        #expect(build.output.contains(": 2 written, 1 removed,"), Comment(rawValue: build.output))
        #expect(try SanyaBinary.run(["build", "--check", "--today", "2026-11-26"], in: root).status == 0)
        #expect(!FileManager.default.fileExists(atPath: generated.appendingPathComponent("handlers/old-contract.json").path))
    }

    @Test("a build with nothing changed is skipped, with the same diagnostics; a changed input, output or day is rebuilt")
    func fingerprint() throws {
        let root = try Self.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let build = { (today: String) in try SanyaBinary.run(["build", "--today", today], in: root) }
        let first = try build("2026-11-26")
        #expect(first.output.contains("unchanged (nothing changed since the last build)"), "make() built it already: \(first.output)")
        #expect(first.error.contains("[CONTRACT_EXPIRED]"), "the warnings are printed again: \(first.error)")
        // Another day may expire a contract: the check runs again.
        #expect(try !build("2026-11-27").output.contains("nothing changed"))
        // An output changed by hand is written back.
        let handler = root.appendingPathComponent("Generated/handlers/rt-lookup.json")
        let original = try Data(contentsOf: handler)
        try Data("{}".utf8).write(to: handler)
        #expect(try build("2026-11-27").output.contains(": 1 written, 0 removed,"))
        #expect(try Data(contentsOf: handler) == original)
        // A changed contract is compiled again.
        let contract = root.appendingPathComponent("Contracts/test/rt-lookup.yaml")
        try (try String(contentsOf: contract, encoding: .utf8).replacingOccurrences(of: "version: ", with: "version: 1")).write(to: contract, atomically: true, encoding: .utf8)
        let changed = try build("2026-11-27")
        #expect(changed.status == 0 && !changed.output.contains("nothing changed") && !changed.output.contains(": 0 written,"), Comment(rawValue: changed.output + changed.error))
        #expect(try build("2026-11-27").output.contains("nothing changed since the last build"))
    }

    @Test("a contract error stops the build with the same diagnostics as check, and writes nothing")
    func errorsStopTheBuild() throws {
        let root = try Self.copyOfRepository()
        defer { try? FileManager.default.removeItem(at: root) }
        let contract = root.appendingPathComponent("Contracts/test/rt-students.yaml")
        let text = try String(contentsOf: contract, encoding: .utf8).replacingOccurrences(of: "    - first_name_th\n", with: "    - first_name_thai\n")
        try text.write(to: contract, atomically: true, encoding: .utf8)
        let before = try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("Generated").path).sorted()
        let build = try SanyaBinary.run(["build", "--today", "2026-11-26"], in: root)
        let check = try SanyaBinary.run(["check", "--today", "2026-11-26"], in: root)
        #expect(build.status == 1)
        #expect(build.error == check.error)
        #expect(build.error.contains("[UNKNOWN_COLUMN]"))
        #expect(try FileManager.default.subpathsOfDirectory(atPath: root.appendingPathComponent("Generated").path).sorted() == before)
    }
}

@Suite("sanya demo outside a repository")
struct DemoOutsideRepositoryTests {
    @Test("outside a repository it refuses with a message naming the missing schema and what to do, and writes nothing")
    func outsideRepository() throws {
        let folder = Repository.temporaryDirectory("demo-outside")
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("registrar.sqlite")
        let run = try SanyaBinary.run(["demo", "--size", "tiny", "-o", output.path], in: folder)
        #expect(run.status == 2, Comment(rawValue: run.output + run.error))
        #expect(run.error.contains("Generated/sql/sqlite/schema.sql: run sanya demo inside a Sanya repository"), Comment(rawValue: run.error))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
