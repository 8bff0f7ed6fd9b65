import Foundation
import SanyaTestSupport
import Testing

/// The before/after corpus of `Diff/Cases/` (written by `Diff/make-cases.py`): each case is two folders of
/// contracts (and catalog tables that replace the repository's; an empty one removes its table).
struct DiffCorpus {
    static let folder = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Diff")
    static let cases = folder.appendingPathComponent("Cases")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: cases.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    /// Two repositories, BASE and HEAD, for the named cases together.
    static func make(_ names: [String]) throws -> (root: URL, base: URL, head: URL) {
        let fm = FileManager.default
        let root = Repository.temporaryDirectory("diff")
        for (side, folderName) in [("before", "base"), ("after", "head")] {
            let contracts = root.appendingPathComponent("\(folderName)/Contracts")
            try fm.createDirectory(at: contracts.appendingPathComponent("units"), withIntermediateDirectories: true)
            try fm.copyItem(at: Repository.testCatalog, to: contracts.appendingPathComponent("catalog"))
            for name in names {
                let source = cases.appendingPathComponent(name).appendingPathComponent(side)
                for file in (try? fm.contentsOfDirectory(atPath: source.path)) ?? [] where file.hasSuffix(".yaml") {
                    // The roster of decision makers is a setting of the repository, not a contract.
                    let target = file == "approvers.yaml" ? contracts.appendingPathComponent(file) : contracts.appendingPathComponent("units/\(file)")
                    try fm.copyItem(at: source.appendingPathComponent(file), to: target)
                }
                let catalog = source.appendingPathComponent("catalog")
                for file in (try? fm.contentsOfDirectory(atPath: catalog.path)) ?? [] {
                    let target = contracts.appendingPathComponent("catalog/\(file)")
                    try? fm.removeItem(at: target)
                    let text = try String(contentsOf: catalog.appendingPathComponent(file), encoding: .utf8)
                    if !text.isEmpty { try text.write(to: target, atomically: true, encoding: .utf8) }
                }
            }
        }
        return (root, root.appendingPathComponent("base"), root.appendingPathComponent("head"))
    }
}

@Suite("sanya diff")
struct DiffCommandTests {
    @Test("each case of the corpus reports exactly its expected findings", arguments: DiffCorpus.names)
    func golden(_ name: String) throws {
        let sides = try DiffCorpus.make([name])
        defer { try? FileManager.default.removeItem(at: sides.root) }
        let result = try SanyaBinary.run(["diff", "base", "head", "--root", "head", "--today", "2026-11-26", "--fail-on", "never"], in: sides.root)
        #expect(result.status == 0, Comment(rawValue: result.error))
        let failure = Snapshot.compare(result.output, to: DiffCorpus.cases.appendingPathComponent("\(name)/expected.txt"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("every rule has a case that reports it")
    func everyRuleCovered() throws {
        var seen = Set<String>()
        for name in DiffCorpus.names {
            let text = (try? String(contentsOf: DiffCorpus.cases.appendingPathComponent("\(name)/expected.txt"), encoding: .utf8)) ?? ""
            for match in text.matches(of: /: (?:ERR|WARN|INFO) ([A-Z_]+):/) { seen.insert(String(match.output.1)) }
        }
        let rules = try SanyaBinary.run(["diff", "--list-rules"]).output.split(separator: "\n").map { String($0.split(separator: " ")[0]) }
        #expect(rules.count >= 40)
        #expect(rules.filter { !seen.contains($0) }.isEmpty, "rules without a case: \(rules.filter { !seen.contains($0) })")
    }

    /// A few cases together, one of them a catalog change that touches several contracts, and a waiver.
    static let mixed = ["allow-added", "catalog-column-type-changed", "contract-removed", "field-removed", "parameter-added-optional", "row-limit-lowered"]

    static func mixedSides() throws -> (root: URL, base: URL, head: URL) {
        let sides = try DiffCorpus.make(mixed)
        try "waivers:\n  - { rule: ALLOW_ADDED, contract: diff-allow-added, reason: \"the library's new OPAC server\", expires: 2027-01-31 }\n"
            .write(to: sides.head.appendingPathComponent("sanya-waivers.yaml"), atomically: true, encoding: .utf8)
        return sides
    }

    @Test("several cases at once, with a waiver, in every output format", arguments: ["text", "markdown", "json", "sarif", "github", "junit"])
    func formats(_ format: String) throws {
        let sides = try Self.mixedSides()
        defer { try? FileManager.default.removeItem(at: sides.root) }
        let result = try SanyaBinary.run(["diff", "base", "head", "--root", "head", "--today", "2026-11-26", "--format", format], in: sides.root)
        #expect(result.status == 1, "ERR findings fail the run by default")
        let suffix = ["text": "txt", "markdown": "md", "json": "json", "sarif": "sarif", "github": "github.txt", "junit": "junit.xml"][format]!
        let failure = Snapshot.compare(result.output, to: DiffCorpus.folder.appendingPathComponent("expected/all.\(suffix)"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("the SARIF log validates against the SARIF 2.1.0 schema")
    func sarifSchema() throws {
        let sides = try Self.mixedSides()
        defer { try? FileManager.default.removeItem(at: sides.root) }
        let log = sides.root.appendingPathComponent("diff.sarif")
        let result = try SanyaBinary.run(["diff", "base", "head", "--root", "head", "--today", "2026-11-26", "--format", "sarif", "--fail-on", "never"], in: sides.root)
        try result.output.write(to: log, atomically: true, encoding: .utf8)
        let check = try Snapshot.run("/usr/bin/env", ["python3", DiffCorpus.folder.appendingPathComponent("validate_sarif.py").path, log.path])
        #expect(check.status == 0, Comment(rawValue: check.output + check.error))
    }

    @Test("--fail-on sets the exit status; waivers accept a finding until they expire")
    func failOnAndWaivers() throws {
        let sides = try DiffCorpus.make(["allow-added", "row-limit-lowered"])
        defer { try? FileManager.default.removeItem(at: sides.root) }
        func diff(_ extra: [String], today: String = "2026-11-26") throws -> (status: Int32, output: String, error: String) {
            try SanyaBinary.run(["diff", "base", "head", "--root", "head", "--today", today] + extra, in: sides.root)
        }
        #expect(try diff([]).status == 0, "only WARN findings")
        #expect(try diff(["--fail-on", "WARN"]).status == 1)
        #expect(try diff(["--fail-on", "never"]).status == 0)
        #expect(try diff(["--fail-on", "bogus"]).status == 2)
        try """
        waivers:
          - rule: ALLOW_ADDED
            contract: diff-allow-added
            reason: the library's new OPAC server, agreed by the director
            expires: 2026-12-31
          - { rule: ROW_LIMIT_LOWERED, contract: diff-row-limit-lowered, reason: "pilot", expires: 2026-11-01 }
        """.write(to: sides.head.appendingPathComponent("sanya-waivers.yaml"), atomically: true, encoding: .utf8)
        let waived = try diff(["--fail-on", "WARN"])
        #expect(waived.status == 1, "the expired waiver waives nothing")
        #expect(waived.output.contains("waived: the library's new OPAC server, agreed by the director (waived until 2026-12-31)"), Comment(rawValue: waived.output))
        #expect(waived.output.contains("the waiver of ROW_LIMIT_LOWERED for diff-row-limit-lowered expired on 2026-11-01 and waives nothing"), Comment(rawValue: waived.output))
        let later = try diff(["--fail-on", "WARN"], today: "2027-01-05")
        #expect(later.output.contains("2 change(s): 0 ERR, 2 WARN, 0 INFO"), Comment(rawValue: later.output))
        try "waivers:\n  - { rule: ALOW_ADDED, contract: x, reason: y, expires: 2026-12-31 }\n"
            .write(to: sides.head.appendingPathComponent("sanya-waivers.yaml"), atomically: true, encoding: .utf8)
        let bad = try diff([])
        #expect(bad.status == 2)
        #expect(bad.error.contains("sanya-waivers.yaml:2:13: error: 'ALOW_ADDED' is not a rule of sanya diff") && bad.error.contains("did you mean 'ALLOW_ADDED'?"), Comment(rawValue: bad.error))
    }

    @Test("git revisions: the merge base with main against the working tree, and two named revisions")
    func gitRevisions() throws {
        let sides = try DiffCorpus.make(["field-removed"])
        defer { try? FileManager.default.removeItem(at: sides.root) }
        let repo = sides.root.appendingPathComponent("git")
        try FileManager.default.copyItem(at: sides.base, to: repo)
        func git(_ arguments: String...) throws {
            let result = try Snapshot.run("/usr/bin/env", ["git", "-c", "user.name=t", "-c", "user.email=t@example.ac.th", "-C", repo.path] + arguments)
            #expect(result.status == 0, Comment(rawValue: result.error))
        }
        try git("init", "-q", "-b", "main")
        try git("add", ".")
        try git("commit", "-qm", "base")
        try git("checkout", "-qb", "change")
        let after = DiffCorpus.cases.appendingPathComponent("field-removed/after/diff-field-removed.yaml")
        try FileManager.default.removeItem(at: repo.appendingPathComponent("Contracts/units/diff-field-removed.yaml"))
        try FileManager.default.copyItem(at: after, to: repo.appendingPathComponent("Contracts/units/diff-field-removed.yaml"))
        let working = try SanyaBinary.run(["diff", "--today", "2026-11-26"], in: repo)
        #expect(working.status == 1)
        #expect(working.output.contains("ERR FIELD_REMOVED: field 'first_name_th' is no longer served") && working.output.contains("→ working tree"), Comment(rawValue: working.output))
        try git("commit", "-qam", "remove a field")
        let named = try SanyaBinary.run(["diff", "main", "change", "--today", "2026-11-26"], in: repo)
        #expect(named.output.contains("sanya diff main → change") && named.output.contains("FIELD_REMOVED"), Comment(rawValue: named.output))
        let unknown = try SanyaBinary.run(["diff", "no-such-branch", "--today", "2026-11-26"], in: repo)
        #expect(unknown.status == 2 && unknown.error.contains("'no-such-branch' is neither a folder holding Contracts/ nor a git revision"), Comment(rawValue: unknown.error))
    }
}

@Suite("sanya impact")
struct ImpactCommandTests {
    @Test("every contract that reads a column or a table, how, and whom to tell, in every format", arguments: [
        ("student.mobile_phone", "text", "impact-column.txt"), ("student.curriculum_id", "markdown", "impact-path.md"),
        ("curriculum", "json", "impact-table.json"), ("term_gpa_summary", "text", "impact-table.txt"),
    ])
    func golden(_ target: String, _ format: String, _ expected: String) throws {
        let sides = try DiffCorpus.make(["catalog-table-removed", "field-removed"])
        defer { try? FileManager.default.removeItem(at: sides.root) }
        let result = try SanyaBinary.run(["impact", target, "--format", format], in: sides.base)
        #expect(result.status == 0, Comment(rawValue: result.error))
        let failure = Snapshot.compare(result.output, to: DiffCorpus.folder.appendingPathComponent("expected/\(expected)"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("a misspelt table or column gets 'did you mean'", arguments: [
        ("studnet", "the catalog has no table 'studnet'; did you mean 'student'?"),
        ("student.emial", "table 'student' has no column 'emial'; did you mean 'email'?"),
    ])
    func misspelt(_ target: String, _ message: String) throws {
        let result = try SanyaBinary.run(["impact", target])
        #expect(result.status == 1)
        #expect(result.error == "error: \(message)\n", Comment(rawValue: result.error))
    }
}

@Suite("Change-control documentation")
struct ChangeControlDocumentationTests {
    @Test("docs/change-control.md lists every rule of sanya diff with its level")
    func everyRuleDocumented() throws {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("docs/change-control.md"), encoding: .utf8)
        let rules = try SanyaBinary.run(["diff", "--list-rules"]).output.split(separator: "\n")
        #expect(rules.count >= 40)
        for rule in rules {
            let parts = rule.split(separator: " ", maxSplits: 2)
            #expect(text.contains("| `\(parts[0])` | \(parts[1]) |"), "docs/change-control.md lacks \(parts[0])")
        }
    }
}
