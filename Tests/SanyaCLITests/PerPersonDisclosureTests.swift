import Foundation
import SanyaTestSupport
import Testing

/// A contract aggregated per person (the total each student owes) is that person's record for every
/// consumer of the checker's disclosure decision: the documentation, the record of processing, subject access
/// and `sanya diff`; a statistic stays a statistic.
@Suite("Contracts aggregated per person")
struct PerPersonDisclosureTests {
    static let contract = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/pp-owed.yaml")

    static func json(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any], sourceLocation: sourceLocation)
    }

    @Test("the contract's page says one row per person and classes each group key and figure as personal data")
    func documentation() throws {
        let repo = try DeliveryRepository.make(contracts: [Self.contract])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let page = try String(contentsOf: repo.root.appendingPathComponent("Generated/docs/contracts/pp-owed.md"), encoding: .utf8)
        #expect(page.contains("Aggregated per person: one row per person"), Comment(rawValue: page))
        #expect(!page.contains("one row per group"))
        for field in ["student_id", "first_name_th", "gender", "total_owed", "invoices"] {
            let row = page.split(separator: "\n").first { $0.hasPrefix("| `\(field)` |") }
            #expect(row?.hasSuffix("| personal |") == true, "\(field): \(row ?? "no row")")
        }
        #expect(page.contains("| Highest sensitivity | personal |"))
        let handler = try Self.json(String(contentsOf: repo.root.appendingPathComponent("Generated/handlers/pp-owed.json"), encoding: .utf8))
        #expect(handler["sensitivity"] as? String == "personal")
    }

    @Test("the record of processing lists the group keys and the figures as personal data in clear")
    func recordOfProcessing() throws {
        let repo = try DeliveryRepository.make(contracts: [Self.contract])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["ropa", "--today", "2026-11-26", "--format", "json"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let entries = try #require(try Self.json(result.output)["entries"] as? [[String: Any]])
        let entry = try #require(entries.first { $0["contract"] as? String == "pp-owed" }, Comment(rawValue: result.output))
        let items = try #require(entry["personal_data"] as? [[String: Any]])
        #expect(items.compactMap { $0["field"] as? String } == ["student_id", "first_name_th", "gender", "total_owed", "invoices"])
        #expect(items.allSatisfy { $0["protection"] as? String == "in clear" })
        #expect((entry["other_fields"] as? [String]) == [])
    }

    @Test("subject access shows the person's record, not 'counted in group figures only'")
    func subjectAccess() throws {
        let repo = try DeliveryRepository.make(contracts: [Self.contract])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        // 67050001 owes on two unpaid invoices in the fixture registrar; 64010001 on none.
        let result = try repo.sanya(["subject", "67050001", "--today", "2026-11-26", "--format", "json"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let entries = try #require(try Self.json(result.output)["entries"] as? [[String: Any]])
        let entry = try #require(entries.first { $0["contract"] as? String == "pp-owed" }, Comment(rawValue: result.output))
        #expect(entry["aggregated_only"] as? Bool == false)
        let protections = Dictionary(uniqueKeysWithValues: (entry["fields"] as? [[String: Any]] ?? []).map { ($0["field"] as! String, $0["protection"] as! String) })
        #expect(protections["total_owed"] == "a figure about this person" && protections["student_id"] == "as recorded", "\(protections)")
        let text = try repo.sanya(["subject", "67050001", "--today", "2026-11-26"])
        #expect(text.output.contains("pp-owed") && !text.output.contains("counted in group figures only"), Comment(rawValue: text.output))
        let none = try repo.sanya(["subject", "64010001", "--today", "2026-11-26", "--format", "json"])
        #expect(((try Self.json(none.output)["entries"] as? [[String: Any]]) ?? []).allSatisfy { $0["contract"] as? String != "pp-owed" })
    }

    @Test("sanya diff: a statistic turned into a per-person aggregate raises the sensitivity of its group keys and figures")
    func diff() throws {
        let fm = FileManager.default
        let base = Repository.temporaryDirectory("pp-base"), head = Repository.temporaryDirectory("pp-head")
        defer { try? fm.removeItem(at: base); try? fm.removeItem(at: head) }
        let text = try String(contentsOf: Self.contract, encoding: .utf8)
        // Before: the same figures per gender, suppressed below two students: a statistic.
        let statistic = text.replacingOccurrences(of: "version: 2", with: "version: 1")
            .replacingOccurrences(of: "    - student_id\n    - { name: first_name_th, column: student.first_name_th }\n", with: "")
            .replacingOccurrences(of: "  order_by: [student_id]\n", with: "  min_group_size: 2\n")
        for (root, body) in [(base, statistic), (head, text)] {
            try fm.createDirectory(at: root.appendingPathComponent("Contracts/finance"), withIntermediateDirectories: true)
            try fm.copyItem(at: Repository.testCatalog, to: root.appendingPathComponent("Contracts/catalog"))
            try body.write(to: root.appendingPathComponent("Contracts/finance/pp-owed.yaml"), atomically: true, encoding: .utf8)
            let check = try SanyaBinary.run(["check", "--today", "2026-11-26"], in: root)
            #expect(check.status == 0, Comment(rawValue: check.output))
        }
        let result = try SanyaBinary.run(["diff", base.path, head.path, "--today", "2026-11-26", "--format", "json", "--fail-on", "never"], in: head)
        #expect(result.status == 0, Comment(rawValue: result.error))
        let findings = try #require(try Self.json(result.output)["findings"] as? [[String: Any]], Comment(rawValue: result.output))
        let raised = findings.filter { $0["rule"] as? String == "SENSITIVITY_RAISED" }.compactMap { $0["message"] as? String }
        #expect(raised.contains { $0.hasPrefix("'gender' is now personal data served in clear (was internal): the contract is now grouped by a person") }, "\(raised)")
        #expect(raised.contains { $0.hasPrefix("'total_owed' is now personal data") }, "\(raised)")
        #expect(raised.contains { $0.hasPrefix("'student_id' (personal data) is newly served in clear") }, "\(raised)")
        #expect(raised.contains { $0.hasPrefix("'first_name_th' (personal data) is newly served in clear") }, "\(raised)")
    }
}
