import Foundation
import SanyaTestSupport
import Testing

/// A real SMTP server (aiosmtpd, `Tests/Fixtures/smtp/server.py`) on a port of its own, with STARTTLS required
/// and a login, storing what it accepts; read back with Python's `email` package.
final class SMTPTestServer: @unchecked Sendable {
    let directory: URL
    let port: Int
    var store: URL { directory.appendingPathComponent("store") }
    var certificate: URL { directory.appendingPathComponent("cert.pem") }
    private var process: Process?
    static let fixtures = Repository.root.appendingPathComponent("Tests/Fixtures/smtp")

    init() throws {
        directory = Repository.temporaryDirectory("smtp")
        port = TestPorts.free()
        let key = directory.appendingPathComponent("key.pem").path
        let made = try Snapshot.run("/usr/bin/openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificate.path,
                                                         "-days", "2", "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"])
        guard made.status == 0 else { throw TestDatabaseError("openssl: \(made.error)") }
    }

    /// The URL `sanya notify --smtp` takes (with `--smtp-ca` the certificate).
    var url: String { "smtp://notices:s3cret%21@127.0.0.1:\(port)" }

    /// Starts the server; `stopAfter` messages later it ends by itself.
    func start(refuse: String? = nil, stopAfter: Int? = nil) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.fixtures.appendingPathComponent("server.py").path, "--port", String(port), "--store", store.path,
                             "--cert", certificate.path, "--key", directory.appendingPathComponent("key.pem").path,
                             "--user", "notices", "--password", "s3cret!"]
            + (refuse.map { ["--refuse", $0] } ?? []) + (stopAfter.map { ["--stop-after", String($0)] } ?? [])
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        self.process = process
        let line = output.fileHandleForReading.availableData
        guard String(decoding: line, as: UTF8.self).contains("ready") else { throw TestDatabaseError("the SMTP server did not start") }
    }

    /// Kills the server (SIGKILL: a child of the test process inherits its blocked signals, SIGTERM among them).
    func stop() {
        if let process, process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
        process = nil
    }

    var isRunning: Bool { process?.isRunning ?? false }

    struct Message: Decodable {
        var envelope_to: String
        var from: String
        var to: String
        var subject: String
        var date_parsed: String?
        var message_id: String
        var in_reply_to: String?
        var references: String?
        var content_type: String
        var text: String?
        var html: String?
        var defects: [String]

        /// What happened, by the English half of the subject (`[Sanya id] ไทย / English`).
        var event: String { subject.components(separatedBy: " / ").last ?? "" }
    }

    /// Every message stored so far, parsed by Python's `email` package.
    func messages() throws -> [Message] {
        try FileManager.default.createDirectory(at: store, withIntermediateDirectories: true)
        let read = try Snapshot.run("/usr/bin/env", ["python3", Self.fixtures.appendingPathComponent("read.py").path, store.path])
        guard read.status == 0 else { throw TestDatabaseError("read.py: \(read.error)") }
        return try JSONDecoder().decode([Message].self, from: Data(read.output.utf8))
    }

    deinit {
        stop()
        try? FileManager.default.removeItem(at: directory)
    }
}

/// A repository whose contracts' workflow the test moves on day by day, with the office's controller.yaml.
struct NoticeRepository {
    let root: URL
    var state: String { root.appendingPathComponent("state.sqlite").path }
    static let base = Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/rt-students.yaml")

    init() throws {
        root = Repository.temporaryDirectory("notify")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Contracts/test"), withIntermediateDirectories: true)
        try fm.copyItem(at: Repository.testCatalog, to: root.appendingPathComponent("Contracts/catalog"))
        try fm.copyItem(at: Repository.root.appendingPathComponent("Contracts/controller.yaml"), to: root.appendingPathComponent("Contracts/controller.yaml"))
    }

    /// Writes contract `id` (rt-students' data) with this status, workflow and request day; `head` replaces the
    /// head's e-mail.
    func write(_ id: String, status: String, requested: String, workflow: [String], validUntil: String = "2026-12-31", head: String? = nil) throws {
        var text = try String(contentsOf: Self.base, encoding: .utf8)
        let start = text.range(of: "status: approved")!, end = text.range(of: "delivery:")!
        var header = "status: \(status)\n" + text[start.upperBound..<end.lowerBound]
        header = header.replacingOccurrences(of: "requested: 2026-01-05", with: "requested: \(requested)")
        let workflowStart = header.range(of: "workflow:")!
        header = String(header[..<workflowStart.upperBound]) + "\n" + workflow.map { "  \($0)\n" }.joined() + "  valid_until: \(validUntil)\n"
        text = String(text[..<start.lowerBound]) + header + String(text[end.lowerBound...])
        text = text.replacingOccurrences(of: "contract: rt-students", with: "contract: \(id)").replacingOccurrences(of: "version: 2", with: "version: 1")
        if let head { text = text.replacingOccurrences(of: "somchai@kmitl.ac.th", with: head) }
        try text.write(to: root.appendingPathComponent("Contracts/test/\(id).yaml"), atomically: true, encoding: .utf8)
    }

    func sanya(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try SanyaBinary.run(arguments + ["--state", state], in: root)
    }

    func notify(_ server: SMTPTestServer, on day: String, _ extra: [String] = []) throws -> (status: Int32, output: String, error: String) {
        try sanya(["notify", "--today", day, "--smtp", server.url, "--smtp-ca", server.certificate.path] + extra)
    }
}

@Suite("sanya notify: e-mail to the units and the office, each notice once", .needs(.aiosmtpd), .serialized)
struct NotifyTests {
    static let coordinator = "siriporn@kmitl.ac.th", head = "somchai@kmitl.ac.th", office = "registrar@kmitl.ac.th"

    @Test("over a request's dated steps every kind of notice arrives once, threaded, Thai intact; a second run sends nothing")
    func sequence() throws {
        let server = try SMTPTestServer()
        try server.start()
        let repo = try NoticeRepository()
        var seen = 0
        /// Runs notify on `day` and returns the new messages as "recipient event" lines; runs it again and
        /// expects nothing more.
        func step(_ day: String) throws -> [String] {
            let run = try repo.notify(server, on: day)
            #expect(run.status == 0, Comment(rawValue: "\(day): \(run.output)\n\(run.error)"))
            let again = try repo.notify(server, on: day)
            #expect(again.status == 0 && again.output.contains("0 sent"), Comment(rawValue: "\(day) again: \(again.output)"))
            let messages = try server.messages()
            defer { seen = messages.count }
            return messages.dropFirst(seen).map { "\($0.envelope_to) \($0.event)" }.sorted()
        }
        // Monday: two requests arrive.
        try repo.write("nt-request", status: "draft", requested: "2026-11-02", workflow: [])
        try repo.write("nt-refused", status: "draft", requested: "2026-11-02", workflow: [])
        #expect(try step("2026-11-02") == ["\(Self.coordinator) request received", "\(Self.coordinator) request received",
                                           "\(Self.head) request received", "\(Self.head) request received"])
        // The director endorses one and refuses the other, with the reason.
        try repo.write("nt-request", status: "draft", requested: "2026-11-02", workflow: ["endorsed: { by: Director, date: 2026-11-03 }"])
        try repo.write("nt-refused", status: "rejected", requested: "2026-11-02",
                       workflow: ["rejected: { by: Director, date: 2026-11-03, reason: more data than the purpose needs }"])
        #expect(try step("2026-11-03") == ["\(Self.coordinator) request endorsed", "\(Self.coordinator) request refused",
                                           "\(Self.head) request endorsed", "\(Self.head) request refused"])
        // Prepared on Wednesday, not approved by the next Monday: the office hears the step is late.
        let prepared = ["endorsed: { by: Director, date: 2026-11-03 }", "prepared: { by: Staff, date: 2026-11-04 }"]
        try repo.write("nt-request", status: "draft", requested: "2026-11-02", workflow: prepared)
        #expect(try step("2026-11-09") == ["\(Self.office) step past the manual's budget"])
        let approved = prepared + ["approved: { by: Approver, date: 2026-11-10 }"]
        try repo.write("nt-request", status: "approved", requested: "2026-11-02", workflow: approved)
        #expect(try step("2026-11-10") == ["\(Self.coordinator) request approved", "\(Self.head) request approved"])
        #expect(try step("2026-11-12") == ["\(Self.office) approved, not yet delivered"])
        // Delivered with a key and a hand-over note; another contract revoked the same day.
        try repo.write("nt-request", status: "approved", requested: "2026-11-02", workflow: approved + ["delivered: { by: Staff, date: 2026-11-13 }"])
        try repo.write("nt-revoked", status: "revoked", requested: "2026-08-03",
                       workflow: ["endorsed: { by: Director, date: 2026-08-04 }", "prepared: { by: Staff, date: 2026-08-05 }",
                                  "approved: { by: Approver, date: 2026-08-06 }", "revoked: { by: Approver, date: 2026-11-13, note: the project ended }"])
        let notes = repo.root.appendingPathComponent("var/deliveries/nt-request")
        try FileManager.default.createDirectory(at: notes, withIntermediateDirectories: true)
        try "# บันทึกส่งมอบ / Hand-over note\n\nAPI: https://data.registrar.example/api/nt-request\n".write(to: notes.appendingPathComponent("handover-nt-request.md"), atomically: true, encoding: .utf8)
        try "<!DOCTYPE html><html><body><h1>บันทึกส่งมอบ</h1></body></html>".write(to: notes.appendingPathComponent("handover-nt-request.html"), atomically: true, encoding: .utf8)
        // The key, issued at delivery (2026-11-13, 10:00 in Bangkok) and never used.
        let issued = try Snapshot.run("/usr/bin/sqlite3", [repo.state, "INSERT INTO api_key (id, contract, label, hash, created_at) VALUES ('K1nt', 'nt-request', 'unit', 'x', 1794538800)"])
        #expect(try step("2026-11-13") == ["\(Self.coordinator) access revoked", "\(Self.coordinator) data delivered",
                                           "\(Self.head) access revoked", "\(Self.head) data delivered"], Comment(rawValue: issued.error))
        #expect(try step("2026-11-20") == ["\(Self.office) API key never used"])
        #expect(try step("2026-12-01") == ["\(Self.coordinator) expires in 30 days", "\(Self.head) expires in 30 days"])
        #expect(try step("2026-12-24") == ["\(Self.coordinator) expires in 7 days", "\(Self.head) expires in 7 days"])
        #expect(try step("2027-01-01") == ["\(Self.coordinator) access expired", "\(Self.head) access expired"])

        // Read back by the standard library: no defects, Thai intact in subject, text and HTML, one thread per
        // request and recipient, every message id unique.
        let messages = try server.messages()
        #expect(messages.count == 23)
        #expect(messages.allSatisfy { $0.defects.isEmpty && $0.content_type == "multipart/alternative" && $0.date_parsed != nil }, "\(messages.map(\.defects))")
        #expect(Set(messages.map(\.message_id)).count == messages.count)
        let toCoordinator = messages.filter { $0.envelope_to == Self.coordinator && $0.subject.contains("nt-request") }
        let received = try #require(toCoordinator.first { $0.event == "request received" })
        #expect(received.subject == "[Sanya nt-request] ได้รับคำขอแล้ว / request received")
        #expect(received.to.contains("นางสาวศิริพร แก้วมณี") && received.to.contains(Self.coordinator), Comment(rawValue: received.to))
        #expect(received.from.contains(Self.office))
        #expect(received.text?.contains("สำนักทะเบียนฯ ได้รับคำขอใช้ข้อมูล \"Students in every format\"") == true, Comment(rawValue: received.text ?? ""))
        #expect(received.html?.contains("หน่วยทดสอบ (Runtime tests)") == true)
        #expect(toCoordinator.filter { $0.event != "request received" }.allSatisfy { $0.in_reply_to == received.message_id && $0.references == received.message_id })
        let refused = try #require(messages.first { $0.event == "request refused" })
        #expect(refused.text?.contains("more data than the purpose needs") == true)
        let delivered = try #require(messages.first { $0.event == "data delivered" })
        #expect(delivered.text?.contains("บันทึกส่งมอบ / Hand-over note") == true && delivered.html?.contains("<h1>บันทึกส่งมอบ</h1>") == true)
        #expect(messages.first { $0.event == "API key never used" }?.text?.contains("K1nt") == true)
        // docs/notices.md shows one message of each kind, as the mail program shows it: this run's, to the letter.
        var document = """
            # The notices `sanya notify` sends

            One message of each kind, as a mail program shows its plain-text part (each also has an HTML part with the
            same text). They come from the request sequence of `Tests/SanyaCLITests/NotifyTests.swift`, which checks
            this page against what the mail server received (`RECORD_SNAPSHOTS=1` rewrites it).

            """
        var shown = Set<String>()
        for message in messages where shown.insert(message.event).inserted {
            let to = message.envelope_to == Self.office ? "the office" : "the coordinator and the project head (one message each)"
            document += "\n## \(message.event) — to \(to)\n\n```text\nSubject: \(message.subject)\n\n\((message.text ?? "").trimmingCharacters(in: .newlines))\n```\n"
        }
        #expect(shown.count == 12, "every kind: \(shown.sorted())")
        if let problem = Snapshot.compare(document, to: Repository.root.appendingPathComponent("docs/notices.md")) { Issue.record(Comment(rawValue: problem)) }
        let records = try Snapshot.run("/usr/bin/sqlite3", [repo.state, "SELECT state, count(*) FROM notice GROUP BY state"])
        #expect(records.output.trimmingCharacters(in: .whitespacesAndNewlines) == "sent|23", Comment(rawValue: records.output))
        server.stop()
    }

    @Test("the server stopped in the middle of a run, then started again: everything due arrives exactly once")
    func serverGoesAway() throws {
        let server = try SMTPTestServer()
        let repo = try NoticeRepository()
        for id in ["nt-a", "nt-b", "nt-c"] { try repo.write(id, status: "draft", requested: "2026-11-02", workflow: []) }
        try server.start(stopAfter: 2)
        let cut = try repo.notify(server, on: "2026-11-02")
        #expect(cut.status == 1, Comment(rawValue: cut.output + cut.error))
        #expect(cut.error.contains("wait for the next run"), Comment(rawValue: cut.error))
        #expect(try server.messages().count == 2)
        // While it is down, a run sends nothing and loses nothing.
        let down = try repo.notify(server, on: "2026-11-02")
        #expect(down.status == 1)
        try server.start()
        let rest = try repo.notify(server, on: "2026-11-02")
        #expect(rest.status == 0 && rest.output.contains("4 sent"), Comment(rawValue: rest.output + rest.error))
        let messages = try server.messages()
        #expect(messages.count == 6)
        #expect(Set(messages.map { "\($0.envelope_to) \($0.subject)" }).count == 6, "each once")
        server.stop()
    }

    @Test("a refused recipient is logged and recorded, not fatal and not retried; --dry-run sends nothing; two runs at once send each notice once")
    func refusedDryRunAndRace() async throws {
        let server = try SMTPTestServer()
        try server.start(refuse: "nobody")
        let repo = try NoticeRepository()
        try repo.write("nt-a", status: "draft", requested: "2026-11-02", workflow: [], head: "nobody@kmitl.ac.th")
        for id in ["nt-b", "nt-c", "nt-d", "nt-e"] { try repo.write(id, status: "draft", requested: "2026-11-02", workflow: []) }
        let dry = try repo.sanya(["notify", "--today", "2026-11-02", "--dry-run", "--show"])
        #expect(dry.status == 0 && dry.output.contains("10 notice(s) due on 2026-11-02; nothing sent"), Comment(rawValue: dry.output + dry.error))
        #expect(dry.output.contains("would send received (nt-a) to nobody@kmitl.ac.th") && dry.output.contains("Content-Type: multipart/alternative"))
        #expect(try server.messages().isEmpty)
        // Two runs at once.
        async let first = Task.detached { try repo.notify(server, on: "2026-11-02") }.value
        async let second = Task.detached { try repo.notify(server, on: "2026-11-02") }.value
        let (one, two) = try await (first, second)
        #expect(one.status == 0 && two.status == 0, Comment(rawValue: one.error + two.error))
        #expect((one.error + two.error).contains("refused nobody@kmitl.ac.th"))
        let messages = try server.messages()
        #expect(messages.count == 9, "ten due, one refused")
        #expect(Set(messages.map { "\($0.envelope_to) \($0.subject)" }).count == 9, "none twice")
        let again = try repo.notify(server, on: "2026-11-02")
        #expect(again.output.contains("0 sent, 0 refused"), Comment(rawValue: again.output))
        let refused = try Snapshot.run("/usr/bin/sqlite3", [repo.state, "SELECT recipient, detail FROM notice WHERE state = 'refused'"])
        #expect(refused.output.hasPrefix("nobody@kmitl.ac.th|") && refused.output.contains("550"), Comment(rawValue: refused.output))
        server.stop()
    }
}
