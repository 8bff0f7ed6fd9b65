import Foundation
import SanyaTestSupport
import Testing

/// A repository of the workflow fixtures: requests at every stage of W-REG6-001 in two units, and a
/// holiday calendar.
struct WorkflowRepository {
    static let fixtures = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Workflow")
    let root: URL

    static func make() throws -> WorkflowRepository {
        let root = Repository.temporaryDirectory("workflow")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Contracts"), withIntermediateDirectories: true)
        try fm.copyItem(at: Repository.root.appendingPathComponent("Contracts/catalog"), to: root.appendingPathComponent("Contracts/catalog"))
        try fm.copyItem(at: fixtures.appendingPathComponent("Contracts"), to: root.appendingPathComponent("Contracts/units"))
        try fm.copyItem(at: fixtures.appendingPathComponent("calendar.yaml"), to: root.appendingPathComponent("Contracts/calendar.yaml"))
        return WorkflowRepository(root: root)
    }

    func sanya(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try SanyaBinary.run(arguments, in: root)
    }
}

@Suite("sanya sla")
struct ServiceLevelCommandTests {
    static let expected = WorkflowRepository.fixtures.appendingPathComponent("expected")

    @Test("every format matches its golden file", arguments: [("text", "txt"), ("markdown", "md"), ("csv", "csv"), ("json", "json"), ("html", "html")])
    func golden(_ format: String, _ suffix: String) throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["sla", "--today", "2026-12-22", "--format", format])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let failure = Snapshot.compare(result.output, to: Self.expected.appendingPathComponent("sla.\(suffix)"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    /// The days below are counted by hand from the calendar (Saturdays, Sundays, 7 and 10 December 2026 off).
    @Test("business days per step, waits and the summary, as counted by hand")
    func counts() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["sla", "--today", "2026-12-22", "--format", "json"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let requests = try #require(object["requests"] as? [[String: Any]])
        func request(_ id: String) throws -> [String: Any] { try #require(requests.first { $0["contract"] as? String == id }) }
        func days(_ id: String) throws -> [String: Int] {
            let steps = try #require(try request(id)["steps"] as? [[String: Any]])
            return Dictionary(uniqueKeysWithValues: steps.map { ($0["step"] as! String, $0["business_days"] as! Int) })
        }
        // Submitted Friday 4 December, endorsed Tuesday 8: the weekend and Monday's holiday do not count.
        #expect(try days("wf-over-holiday") == ["endorsed": 1, "prepared": 3, "approved": 1, "delivered": 1])
        #expect(try days("wf-slow-preparation") == ["endorsed": 2, "prepared": 8, "approved": 1, "delivered": 1])
        #expect(try days("wf-refused") == ["rejected": 1])
        let slow = try #require(try request("wf-slow-preparation")["steps"] as? [[String: Any]])
        #expect(slow.map { $0["within_budget"] as? Bool } == [false, false, true, true])
        #expect(try request("wf-waiting-director")["waiting_at"] as? String == "endorsed")
        #expect(try request("wf-waiting-director")["waiting_days"] as? Int == 1)
        #expect(try request("wf-waiting-director")["overdue"] as? Bool == false)
        #expect(try request("wf-waiting-approval")["waiting_at"] as? String == "approved")
        #expect(try request("wf-waiting-approval")["waiting_days"] as? Int == 3)
        #expect(try request("wf-waiting-delivery")["waiting_at"] as? String == "delivered")
        #expect(try request("wf-waiting-delivery")["waiting_days"] as? Int == 10)
        #expect(try request("wf-on-time")["waiting_at"] is NSNull, "a closed request says null")
        #expect(try request("wf-refused")["waiting_at"] is NSNull)
        let summary = try #require(object["summary"] as? [String: Any])
        let steps = try #require(summary["steps"] as? [[String: Any]])
        let prepared = try #require(steps.first { $0["step"] as? String == "prepared" })
        // prepared: 3 (on time), 3 (holiday), 8 (slow), 2 (waiting approval), 1 (waiting delivery) → median 3, p90 8, 4 of 5 within.
        #expect(prepared["count"] as? Int == 5)
        #expect(prepared["median_days"] as? Double == 3)
        #expect(prepared["p90_days"] as? Int == 8)
        #expect(prepared["within_budget_share"] as? Double == 0.8)
        let units = try #require(summary["units"] as? [[String: Any]])
        let library = try #require(units.first { ($0["unit"] as? String)?.contains("Library") == true })
        #expect(library["requests"] as? Int == 4)
        #expect(library["open"] as? Int == 2)
        #expect(library["rejected"] as? Int == 1)
        #expect(library["delivered"] as? Int == 1)
        #expect(library["median_days"] as? Double == 12)
        #expect(library["within_budget_share"] as? Double == 0)
    }

    @Test("the request page sanya build writes matches its golden file")
    func requestPage() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let build = try repo.sanya(["build", "--today", "2026-12-22"])
        #expect(build.status == 0, Comment(rawValue: build.error))
        let page = try String(contentsOf: repo.root.appendingPathComponent("Generated/docs/request.html"), encoding: .utf8)
        let failure = Snapshot.compare(page, to: Self.expected.appendingPathComponent("request.html"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("the HTML report draws its chart in SVG and needs no script")
    func htmlChart() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let out = repo.root.appendingPathComponent("sla.html")
        let result = try repo.sanya(["sla", "--today", "2026-12-22", "--format", "html", "-o", out.path])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(html.contains("เจ้าหน้าที่จัดเตรียมข้อมูล"))
        #expect(!html.contains("<script"))
    }

    @Test("a broken calendar is a located error and no report")
    func brokenCalendar() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        try "holidays:\n  - { date: 2026-02-30, name: x }\n".write(to: repo.root.appendingPathComponent("Contracts/calendar.yaml"), atomically: true, encoding: .utf8)
        let result = try repo.sanya(["sla", "--today", "2026-12-22"])
        #expect(result.status == 1)
        #expect(result.error.contains("Contracts/calendar.yaml:2:13: error:"), Comment(rawValue: result.error))
        #expect(result.output.isEmpty)
    }
}
