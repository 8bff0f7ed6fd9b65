import Foundation
import SanyaTestSupport
import Testing

@Suite("The request form: the offline page in Chromium, then sanya new",
       .needs(.chromium))
struct RequestPageBrowserTests {
    static let driver = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Browser/fill_request.py").path

    @Test("a requester fills the page in a real browser; the saved request.json becomes a draft that checks")
    func fillSaveAndDraft() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let build = try repo.sanya(["build", "--today", "2026-11-27"])
        #expect(build.status == 0, Comment(rawValue: build.error))
        let downloads = repo.root.appendingPathComponent("downloads")
        try FileManager.default.createDirectory(at: downloads, withIntermediateDirectories: true)
        let page = repo.root.appendingPathComponent("Generated/docs/request.html").path
        let run = try Snapshot.run("/usr/bin/env", ["timeout", "180", "python3", Self.driver, page, downloads.path])
        try #require(run.status == 0, Comment(rawValue: run.error))
        let seen = try #require(try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [String: Any])

        #expect((seen["empty_summary"] as? String)?.hasPrefix("12 field(s) need attention") == true, "\(seen["empty_summary"] ?? "")")
        #expect(seen["bad_email"] as? String == "E-mail: 'wichai.ja@kmitl' is not an e-mail address; write name@example.ac.th")
        #expect(seen["good_email"] as? String == "")
        #expect((seen["bad_phone"] as? String)?.contains("'12345' is not a phone number") == true)
        #expect(seen["good_phone"] as? String == "")
        #expect((seen["addresses_needed"] as? String)?.contains("the API GET connection is allowed only from them") == true)
        #expect((seen["bad_address"] as? String)?.contains("'10.30.1.999' is not an IP address") == true)
        #expect(seen["good_address"] as? String == "")
        #expect((seen["other_needed"] as? String)?.contains("is required when 'other' is ticked") == true)
        #expect((seen["search_english"] as? [String])?.contains("student.first_name_th") == true)
        #expect((seen["search_english"] as? [String])?.contains("course.name_en") == false)
        #expect((seen["search_thai"] as? [String])?.contains("term_gpa_summary.gpax") == true)
        #expect(seen["picked"] as? String == "4 items picked · เลือก 4 รายการ")
        #expect(seen["printed"] as? Bool == true)
        let printout = seen["printout"] as? String ?? ""
        #expect(printout.contains("Advising dashboard 2570") && printout.contains("JSON, Excel, อื่น ๆ · other (Power BI)"), Comment(rawValue: printout))
        #expect(seen["pdf_magic"] as? String == "%PDF-")
        #expect((seen["pdf_bytes"] as? Int ?? 0) > 10_000)

        // The saved file, as the registrar receives it, read by the command line.
        let request = downloads.appendingPathComponent("request.json")
        let new = try repo.sanya(["new", "--from", request.path, "--today", "2026-11-27"])
        #expect(new.status == 0, Comment(rawValue: new.error))
        let draft = repo.root.appendingPathComponent("Contracts/faculty-of-information-technology/advising-dashboard-2570.yaml")
        let yaml = try String(contentsOf: draft, encoding: .utf8)
        for line in ["contract: advising-dashboard-2570", "status: draft", "  submitted: { by: ระบบ e-Office, date: 2026-11-26 }",
                     "  method: api-get", "  formats: [json, excel]", "    - 10.30.1.0/24", "    - https://it.kmitl.ac.th/advising",
                     "  from: enrollment", "    - letter_grade", "      column: student.first_name_th", "# Other format asked for (รูปแบบอื่น ๆ): Power BI",
                     "    phone: 081-111-2222 ต่อ 12", "  memo: อว 7290/2569-1500"] {
            #expect(yaml.contains(line + "\n"), "missing: \(line)")
        }
        let check = try repo.sanya(["check", "--today", "2026-11-27"])
        #expect(check.status == 0, Comment(rawValue: check.error))
        #expect(check.error.contains("advising-dashboard-2570.yaml") && check.error.contains("0 error(s)"), Comment(rawValue: check.error))

        // A second run refuses to overwrite: the id is taken, so a new one is proposed, and -o onto the file is refused.
        let again = try repo.sanya(["new", "--from", request.path, "--today", "2026-11-27", "-o", draft.path])
        #expect(again.status == 1)
        #expect(again.error.contains("the file exists; sanya new never overwrites"), Comment(rawValue: again.error))
        let second = try repo.sanya(["new", "--from", request.path, "--today", "2026-11-27"])
        #expect(second.status == 0, Comment(rawValue: second.error))
        #expect(second.output.contains("advising-dashboard-2570-2.yaml"), Comment(rawValue: second.output))
    }
}

@Suite("sanya new")
struct NewCommandTests {
    @Test("a bad request.json is refused with every problem named by its field, and nothing is written")
    func badForm() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let file = repo.root.appendingPathComponent("request.json")
        try #"{"form":"W-REG6-001","unit":"X (Unit X)","project":"P","head":{"name":"A","position":"B","phone":"12","email":"a@b"},"coordinator":"C","purpose":"p","connection":"api-get","formats":["pdf"],"items":["student.nme","nodot"],"colour":"red"}"#
            .write(to: file, atomically: true, encoding: .utf8)
        let before = try FileManager.default.subpathsOfDirectory(atPath: repo.root.appendingPathComponent("Contracts").path).sorted()
        let result = try repo.sanya(["new", "--from", file.path])
        #expect(result.status == 1)
        for expected in ["colour: is not a field of the request form", "head.phone: '12' is not a phone number", "head.email: 'a@b' is not an e-mail address",
                         "coordinator: must be an object with name, phone and e-mail", "addresses: name at least one IP address",
                         "formats: 'pdf' is not one of json, table, excel, csv, other", "items: 'student.nme': table 'student' has no column 'nme'",
                         "items: 'nodot' is not table.column"] {
            #expect(result.error.contains("\(file.path): error: \(expected)"), "missing: \(expected)\n\(result.error)")
        }
        let after = try FileManager.default.subpathsOfDirectory(atPath: repo.root.appendingPathComponent("Contracts").path).sorted()
        #expect(before == after, "nothing written")
        let notJSON = try repo.sanya(["new", "--from", repo.root.appendingPathComponent("Contracts/calendar.yaml").path])
        #expect(notJSON.status == 1)
        #expect(notJSON.error.contains("request.json: is not a JSON object"), Comment(rawValue: notJSON.error))
    }

    @Test("without --from the form's questions are asked; a wrong answer is asked again; an export needs no address")
    func questions() throws {
        let repo = try WorkflowRepository.make()
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let answers = [
            "กองบริการการศึกษา (Academic Services Division)", "Graduation audit", "นางสาวอรุณี ศรีสวัสดิ์", "ผู้อำนวยการกอง", "02-329-8000",
            "not-an-email", "arunee.sr@kmitl.ac.th",
            "นายชัยวัฒน์ แก้วกล้า", "02-329-8001", "chaiwat.ka@kmitl.ac.th", "Check graduation requirements before the ceremony.",
            "4", "", "excel, csv", "", "Credits and GPAX of final-year students", "term_gpa_summary.gpax, term_gpa_summary.credits_registered", "", "",
        ]
        let input = repo.root.appendingPathComponent("answers.txt")
        try (answers.joined(separator: "\n") + "\n").write(to: input, atomically: true, encoding: .utf8)
        let result = try Snapshot.run("/bin/sh", ["-c", "'\(SanyaBinary.path)' new --today 2026-11-27 < '\(input.path)'"], currentDirectory: repo.root)
        #expect(result.status == 0, Comment(rawValue: result.error + result.output))
        #expect(result.output.contains("✗ 'not-an-email' is not an e-mail address"), Comment(rawValue: result.output))
        let draft = repo.root.appendingPathComponent("Contracts/academic-services-division/graduation-audit.yaml")
        let yaml = try String(contentsOf: draft, encoding: .utf8)
        #expect(yaml.contains("  method: export\n  formats: [excel, csv]\n"), Comment(rawValue: yaml))
        #expect(yaml.contains("  from: term_gpa_summary\n"))
        #expect(yaml.contains("  submitted: { by: ระบบ e-Office, date: 2026-11-27 }\n"))
        let unfinished = try Snapshot.run("/bin/sh", ["-c", "printf 'Unit\\n' | '\(SanyaBinary.path)' new --today 2026-11-27"], currentDirectory: repo.root)
        #expect(unfinished.status == 1)
        #expect(unfinished.error.contains("the form was not finished (end of input); nothing written"), Comment(rawValue: unfinished.error))
    }
}
