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
        try fm.copyItem(at: Repository.testCatalog, to: root.appendingPathComponent("Contracts/catalog"))
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

@Suite("sanya deliver")
struct DeliverCommandTests {
    static let contracts = ["rt-students", "rt-draft", "rt-expired"].map {
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
    } + ["rt-export", "rt-refused"].map { Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/\($0).yaml") }

    @Test("an export is written with its SHA-256, the note says how to check it, and the step is recorded in the contract")
    func export() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["deliver", "rt-export", "--by", "นายปกรณ์ ศรีสุข", "--today", "2026-11-26", "--param", "faculty=01"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let folder = repo.root.appendingPathComponent("var/deliveries/rt-export")
        let file = folder.appendingPathComponent("rt-export-2026-11-26.xlsx")
        // The checksum, computed again by coreutils, and in the sha256sum format.
        let check = try Snapshot.run("/usr/bin/env", ["sha256sum", "-c", "rt-export-2026-11-26.xlsx.sha256"], currentDirectory: folder)
        #expect(check.status == 0 && check.output.contains("rt-export-2026-11-26.xlsx: OK"), Comment(rawValue: check.output + check.error))
        let digest = try Snapshot.run("/usr/bin/env", ["sha256sum", file.path]).output.prefix(64)
        let note = try String(contentsOf: folder.appendingPathComponent("handover-rt-export.md"), encoding: .utf8)
        #expect(note.contains(String(digest)), Comment(rawValue: note))
        let failure = Snapshot.compare(note.replacingOccurrences(of: String(digest), with: "<sha256>"),
                                       to: WorkflowRepository.fixtures.appendingPathComponent("expected/handover-export.md"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
        let html = try String(contentsOf: folder.appendingPathComponent("handover-rt-export.html"), encoding: .utf8)
        #expect(html.contains("<code>rt-export-2026-11-26.xlsx</code>") && html.contains("ใช้ได้ถึง · Valid until: 31 ธ.ค. 2570 (2027-12-31)"))
        let contract = try String(contentsOf: repo.root.appendingPathComponent("Contracts/test/rt-export.yaml"), encoding: .utf8)
        #expect(contract.contains("  approved: { by: Approver, date: 2026-01-08 }\n  delivered:\n    by: นายปกรณ์ ศรีสุข\n    date: 2026-11-26\n  valid_until: 2027-12-31\n"),
                Comment(rawValue: contract))
        #expect(try SanyaBinary.run(["check", "--today", "2026-11-26"], in: repo.root).status == 0)
        let audit = try repo.sanya(["audit", "--contract", "rt-export"])
        #expect(audit.output.contains("export"), Comment(rawValue: audit.output))
        // Delivered again (a renewal), the contract is left as it is.
        let again = try repo.sanya(["deliver", "rt-export", "--by", "Staff", "--today", "2026-11-26", "--param", "faculty=01", "--format", "csv"])
        #expect(again.status == 0, Comment(rawValue: again.error))
        #expect(again.output.contains("already records delivery on 2026-11-26"))
    }

    @Test("an API contract gets a key shown once on the terminal; the note names the endpoint and the key's id, never the key")
    func api() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let noURL = try repo.sanya(["deliver", "rt-students", "--by", "Staff", "--today", "2026-11-26"])
        #expect(noURL.status != 0 && noURL.error.contains("--url https://"), Comment(rawValue: noURL.error))
        let result = try repo.sanya(["deliver", "rt-students", "--by", "Staff", "--today", "2026-11-26", "--url", "https://data.registrar.example.ac.th"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let key = String(result.output.split(separator: "\n")[0])
        #expect(key.hasPrefix("sanya_"))
        let note = try String(contentsOf: repo.root.appendingPathComponent("var/deliveries/rt-students/handover-rt-students.md"), encoding: .utf8)
        #expect(!note.contains(key) && !note.contains(key.split(separator: "_")[2]), "no secret in the note")
        #expect(note.contains("Endpoint: `GET https://data.registrar.example.ac.th/api/rt-students`"), Comment(rawValue: note))
        #expect(result.output.contains(note), "the note is printed as well as written")
        #expect(note.contains("key id `\(key.split(separator: "_")[1])`"))
        let keys = try repo.sanya(["keys", "list", "rt-students"])
        #expect(keys.output.contains(String(key.split(separator: "_")[1])) && keys.output.contains("หน่วยทดสอบ (Runtime tests)"), Comment(rawValue: keys.output))
    }

    @Test("drafts, refused, revoked and expired contracts are refused with a clear error and nothing happens", arguments: [
        ("rt-draft", "'rt-draft' is a draft: it can be delivered once it is approved"),
        ("rt-refused", "'rt-refused' was refused on 2026-01-06 (the purpose does not need names): a rejected request is never delivered"),
        ("rt-expired", "'rt-expired' expired on 2026-01-31"),
    ])
    func refusals(_ contract: String, _ message: String) throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let before = try String(contentsOf: repo.root.appendingPathComponent("Contracts/test/\(contract).yaml"), encoding: .utf8)
        let result = try repo.sanya(["deliver", contract, "--by", "Staff", "--today", "2026-11-26", "--url", "https://x.example"])
        #expect(result.status == 1)
        #expect(result.error.contains("error: " + message), Comment(rawValue: result.error))
        #expect(!FileManager.default.fileExists(atPath: repo.root.appendingPathComponent("var/deliveries/\(contract)").path))
        #expect(try String(contentsOf: repo.root.appendingPathComponent("Contracts/test/\(contract).yaml"), encoding: .utf8) == before)
    }
}

@Suite("sanya ropa")
struct RecordOfProcessingCommandTests {
    static let contracts = ["rt-students", "rt-draft", "rt-expired", "rt-lookup"].map {
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
    } + ["rt-export", "rt-refused"].map { Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/\($0).yaml") }

    static func repository() throws -> DeliveryRepository {
        let repo = try DeliveryRepository.make(contracts: contracts)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Contracts/controller.yaml"),
                                         to: repo.root.appendingPathComponent("Contracts/controller.yaml"))
        return repo
    }

    @Test("the record in every text form matches its golden file", arguments: [("markdown", "md"), ("html", "html"), ("csv", "csv"), ("json", "json")])
    func golden(_ format: String, _ suffix: String) throws {
        let repo = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["ropa", "--today", "2026-11-26", "--format", format])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let failure = Snapshot.compare(result.output, to: WorkflowRepository.fixtures.appendingPathComponent("expected/ropa.\(suffix)"))
        #expect(failure == nil, Comment(rawValue: failure ?? ""))
    }

    @Test("only approved contracts in force are recorded; consent-free disclosures are registered; the controller is named")
    func contents() throws {
        let repo = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let result = try repo.sanya(["ropa", "--today", "2026-11-26", "--format", "json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        #expect(entries.compactMap { $0["contract"] as? String } == ["rt-export", "rt-lookup", "rt-students"], "no draft, refused or expired contract")
        let disclosures = try #require(object["disclosures"] as? [[String: Any]])
        #expect(disclosures.count == entries.filter { !(($0["legal_basis"] as? String) ?? "").hasPrefix("consent") }.count)
        let controller = try #require(object["controller"] as? [String: Any])
        #expect((controller["dpo"] as? [String: Any])?["email"] as? String == "dpo@kmitl.ac.th")
        let students = try #require(entries.first { $0["contract"] as? String == "rt-students" })
        let personal = try #require(students["personal_data"] as? [[String: Any]])
        #expect(personal.contains { $0["field"] as? String == "birth_date" && $0["protection"] as? String == "in clear" })
        // A year later rt-students and rt-export have expired.
        let later = try repo.sanya(["ropa", "--today", "2028-01-02", "--format", "json"])
        #expect(later.output.contains("\"entries\" : [\n\n  ]") || later.output.contains("\"entries\" : []"), Comment(rawValue: later.output))
    }

    @Test("--audit adds what was delivered each month, counted from the audit log; the workbook opens in openpyxl")
    func auditAndWorkbook() throws {
        let repo = try Self.repository()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        for _ in 0..<2 {
            let export = try repo.sanya(["export", "rt-export", "--format", "csv", "-o", repo.root.appendingPathComponent("x.csv").path, "--param", "faculty=01"])
            #expect(export.status == 0, Comment(rawValue: export.error))
        }
        let result = try repo.sanya(["ropa", "--today", "2026-11-26", "--format", "json", "--audit"])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let entries = try #require(object["entries"] as? [[String: Any]])
        let export = try #require(entries.first { $0["contract"] as? String == "rt-export" })
        let deliveries = try #require(export["deliveries"] as? [[String: Any]])
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Bangkok")!
        let now = calendar.dateComponents([.year, .month], from: Date())
        #expect(deliveries.count == 1)
        #expect(deliveries.first?["month"] as? String == String(format: "%04d-%02d", now.year!, now.month!))
        #expect(deliveries.first?["exports"] as? Int == 2)
        #expect(deliveries.first?["rows"] as? Int == 10, "5 rows, twice")
        let students = try #require(entries.first { $0["contract"] as? String == "rt-students" })
        #expect((students["deliveries"] as? [Any])?.isEmpty == true, "audited, nothing delivered")

        let workbook = repo.root.appendingPathComponent("ropa.xlsx")
        let written = try repo.sanya(["ropa", "--today", "2026-11-26", "--format", "xlsx", "-o", workbook.path, "--audit"])
        #expect(written.status == 0, Comment(rawValue: written.error))
        let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", """
            import sys, openpyxl
            book = openpyxl.load_workbook(sys.argv[1])
            print("|".join(book.sheetnames))
            sheet = book["record (s.39)"]
            print(sheet.cell(1, 3).value); print(sheet.cell(2, 1).value); print(book["deliveries"].cell(2, 5).value)
            """, workbook.path])
        #expect(read.status == 0, Comment(rawValue: read.error))
        #expect(read.output == "record (s.39)|disclosures (s.27)|deliveries\nrecipient · ผู้รับข้อมูล\nrt-export\n2\n", Comment(rawValue: read.output))
    }
}
