import Foundation
import NIOCore
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Synchronization
import Testing

/// End to end over real HTTP against the fixture registrar in SQLite.
@Suite("Serving contracts over HTTP (SQLite)")
struct ServingTests {
    static let thaiStudents = ["64010001", "64010002", "64010003", "64050001", "67010001", "67010002", "67050001"]

    @Test("JSON pages, NDJSON, CSV, HTML and XLSX carry the same rows, Thai text intact, row limit applied")
    func formats() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        let page = try await harness.request("/api/rt-students?format=json", key: key)
        #expect(page.status == 200)
        #expect(page.headers["cache-control"] == "no-store")
        let data = try #require(page.json?["data"] as? [[String: Any]])
        #expect(data.map { $0["student_id"] as? String } == Self.thaiStudents, "row limit 7 of the 9 Thai students")
        #expect(page.json?["next"] is NSNull)
        #expect(data[0]["first_name_th"] as? String == "สมชาย")
        #expect(data[0]["faculty_th"] as? String == "คณะวิศวกรรมศาสตร์")
        #expect((data[0]["prior_school_gpax"] as? NSNumber)?.doubleValue == 3.5)
        #expect(data[0]["birth_date"] as? String == "2003-01-15")
        #expect(data[0]["updated_at"] as? String == "2025-06-30T10:00:00")
        #expect(data[0]["curriculum_active"] as? Bool == true)

        let ndjson = try await harness.request("/api/rt-students?format=ndjson", key: key)
        #expect(ndjson.headers["content-type"] == "application/x-ndjson")
        let lines = ndjson.text.split(separator: "\n")
        #expect(lines.count == 7)
        #expect((try JSONSerialization.jsonObject(with: Data(lines[4].utf8)) as? [String: Any])?["student_id"] as? String == "67010001")

        let csv = try await harness.request("/api/rt-students?format=csv&bom=1", key: key)
        #expect(csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(Array(csv.body.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let csvLines = String(decoding: csv.body.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(csvLines[0] == "student_id,first_name_th,faculty_th,prior_school_gpax,birth_date,updated_at,curriculum_active")
        #expect(csvLines[1] == "64010001,สมชาย,คณะวิศวกรรมศาสตร์,3.50,2003-01-15,2025-06-30 10:00:00,true")
        #expect(csvLines.count == 9, "header, 7 rows, final empty line")

        let html = try await harness.request("/api/rt-students", key: key, headers: ["Accept": "text/html"])
        #expect(html.headers["content-type"] == "text/html; charset=utf-8")
        #expect(html.text.contains("<td>ชุติมา</td>"))
        #expect(html.text.components(separatedBy: "<tr>").count - 1 == 8)

        let xlsx = try await harness.request("/api/rt-students?format=excel", key: key)
        #expect(xlsx.status == 200)
        let file = harness.root.appendingPathComponent("read.xlsx")
        try xlsx.body.write(to: file)
        let script = """
        import json, sys, openpyxl
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb["data"]
        rows = [[c.isoformat() if hasattr(c, "isoformat") else c for c in r] for r in ws.iter_rows(values_only=True)]
        print(json.dumps({"sheets": wb.sheetnames, "rows": rows, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref,
                          "dictionary": [list(r) for r in wb["dictionary"].iter_rows(values_only=True)]}, ensure_ascii=False, default=str))
        """
        let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", script, file.path])
        #expect(read.status == 0, Comment(rawValue: read.error))
        let workbook = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: Any])
        #expect(workbook["sheets"] as? [String] == ["data", "dictionary"])
        #expect(workbook["freeze"] as? String == "A2")
        #expect(workbook["filter"] as? String == "A1:G8")
        let rows = try #require(workbook["rows"] as? [[Any]])
        #expect(rows.count == 8)
        #expect(rows[1][0] as? String == "64010001")
        #expect(rows[1][1] as? String == "สมชาย")
        #expect((rows[1][3] as? NSNumber)?.doubleValue == 3.5, "numbers are numbers")
        #expect(rows[1][4] as? String == "2003-01-15T00:00:00", "dates are dates")
        #expect(rows[1][6] as? Bool == true)
        let dictionary = try #require(workbook["dictionary"] as? [[Any]])
        #expect(dictionary.contains { ($0.first as? String) == "first_name_th" && ($0[3] as? String) == "ชื่อ (ภาษาไทย)" })
        #expect(dictionary.contains { ($0.first as? String) == "id" && ($0[1] as? String) == "rt-students" })
        await harness.stop()
    }

    @Test("JSON pages follow cursors to the end, and the pages add up to the whole result")
    func paging() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-limited")
        var ids: [String] = []
        var path: String? = "/api/rt-limited?limit=4"
        var pages = 0
        while let next = path {
            let reply = try await harness.request(next, key: key)
            #expect(reply.status == 200)
            ids += (reply.json?["data"] as? [[String: Any]] ?? []).compactMap { $0["student_id"] as? String }
            path = (reply.json?["next"] as? String).map { "/api/rt-limited?limit=4&cursor=\($0)" }
            pages += 1
        }
        #expect(pages == 3)
        #expect(ids == Self.thaiStudents + ["67050002", "68050001"])
        let students = try await harness.issueKey("rt-students")
        #expect(try await harness.request("/api/rt-students?cursor=garbage!", key: students).errorCode == "BAD_CURSOR")
        #expect(try await harness.request("/api/rt-students?limit=0", key: students).errorCode == "BAD_PARAMETER")
        await harness.stop()
    }

    @Test("formats: ?format= wins, Accept is honoured, a format the contract does not allow is 406")
    func negotiation() async throws {
        let harness = try await RuntimeHarness.start()
        let students = try await harness.issueKey("rt-students")
        let lookup = try await harness.issueKey("rt-lookup")
        #expect(try await harness.request("/api/rt-students", key: students, headers: ["Accept": "text/csv"]).headers["content-type"] == "text/csv; charset=utf-8")
        #expect(try await harness.request("/api/rt-students", key: students).headers["content-type"] == "application/json")
        let body = Data(#"{"student_ids": ["67010001"]}"#.utf8)
        let refused = try await harness.request("/api/rt-lookup?format=table", key: lookup, method: "POST", body: body)
        #expect(refused.status == 406)
        #expect(refused.errorCode == "NOT_ACCEPTABLE")
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: body, headers: ["Accept": "application/xml"]).status == 406)
        #expect(try await harness.request("/api/rt-students?format=xml", key: students).errorCode == "BAD_PARAMETER")
        await harness.stop()
    }

    @Test("the allow-list is checked on the socket's peer address")
    func allowList() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        let outside = try await harness.request("/api/rt-students", key: key, source: "127.0.0.2")
        #expect(outside.status == 403)
        #expect(outside.errorCode == "FORBIDDEN")
        #expect(try await harness.request("/api/rt-students", key: key, source: "127.0.0.1").status == 200)
        let limited = try await harness.issueKey("rt-limited")
        #expect(try await harness.request("/api/rt-limited", key: limited, source: "127.0.0.2").status == 200, "127.0.0.0/8 admits 127.0.0.2")
        let spoofed = try await harness.request("/api/rt-students", key: key, headers: ["X-Forwarded-For": "127.0.0.1"], source: "127.0.0.2")
        #expect(spoofed.status == 403, "X-Forwarded-For is ignored from an untrusted peer")
        await harness.stop()
    }

    @Test("a host name on the allow-list admits the addresses it resolves to; a name that does not resolve admits nobody")
    func hostNames() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-hosts")
        let localhost = harness.server.hosts.addresses(of: "localhost").map(\.description)
        #expect(localhost.contains("127.0.0.1"), "localhost resolved when the contracts loaded: \(localhost)")
        #expect(harness.server.hosts.addresses(of: "sanya-no-such-host.invalid").isEmpty)
        #expect(try await harness.request("/api/rt-hosts", key: key, source: "127.0.0.1").status == 200)
        let stranger = try await harness.request("/api/rt-hosts", key: key, source: "127.0.0.2")
        #expect(stranger.status == 403 && stranger.errorCode == "FORBIDDEN", "127.0.0.2 is not an address of localhost")
        await harness.stop()
    }

    @Test("host names are resolved again: a name that stops resolving stops admitting, one that starts resolving starts")
    func hostNamesRefresh() async throws {
        let answers = Mutex<[String: [IPNetwork]]>(["unit-host": [IPNetwork("10.7.0.5")!]])
        let directory = HostDirectory(lookup: { host in answers.withLock { $0[host] ?? [] } })
        let generated = Repository.temporaryDirectory("hosts-generated")
        _ = try RuntimeHarness.generate(into: generated)
        defer { try? FileManager.default.removeItem(at: generated) }
        var definition = try #require(try ServedContracts.load(from: generated.appendingPathComponent("handlers")).definitions["rt-hosts"])
        definition.allow = [.host("unit-host"), .network(IPNetwork("10.9.0.0/16")!)]
        #expect(!definition.allows("10.7.0.5", hosts: directory), "nothing is admitted by a name before it is resolved")
        await directory.refresh([definition])
        #expect(definition.allows("10.7.0.5", hosts: directory))
        #expect(!definition.allows("10.7.0.6", hosts: directory))
        #expect(definition.allows("10.9.1.1", hosts: directory), "networks are unaffected")
        answers.withLock { $0["unit-host"] = [] }
        await directory.refresh([definition])
        #expect(!definition.allows("10.7.0.5", hosts: directory), "a name that no longer resolves admits nobody")
        answers.withLock { $0["unit-host"] = [IPNetwork("10.7.0.6")!, IPNetwork("2001:db8::6")!] }
        await directory.refresh([definition])
        #expect(definition.allows("10.7.0.6", hosts: directory) && definition.allows("2001:db8::6", hosts: directory))
        #expect(!definition.allows("10.7.0.5", hosts: directory))
    }

    @Test("X-Forwarded-For is believed only from a trusted proxy")
    func trustedProxy() async throws {
        let harness = try await RuntimeHarness.start(trustedProxies: [IPNetwork("127.0.0.1")!])
        let key = try await harness.issueKey("rt-proxied")
        #expect(try await harness.request("/api/rt-proxied", key: key, headers: ["X-Forwarded-For": "10.9.8.7"]).status == 200)
        #expect(try await harness.request("/api/rt-proxied", key: key, headers: ["X-Forwarded-For": "10.9.9.7"]).status == 403)
        #expect(try await harness.request("/api/rt-proxied", key: key).status == 403)
        #expect(try await harness.request("/api/rt-proxied", key: key, headers: ["X-Forwarded-For": "10.9.8.7"], source: "127.0.0.2").status == 403)
        await harness.stop()
    }

    @Test("keys: missing, malformed, wrong, another contract's and revoked keys are 401; last use is recorded")
    func keys() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        let other = try await harness.issueKey("rt-limited")
        let missing = try await harness.request("/api/rt-students")
        #expect(missing.status == 401)
        #expect(missing.headers["www-authenticate"]?.hasPrefix("Bearer") == true)
        #expect(try await harness.request("/api/rt-students", headers: ["Authorization": "Bearer nonsense"]).status == 401)
        let forged = APIKey(id: key.id, secret: String(key.secret.reversed()))
        #expect(try await harness.request("/api/rt-students", key: forged).status == 401)
        #expect(try await harness.request("/api/rt-students", key: other).status == 401)
        #expect(try await harness.request("/api/rt-students", key: key).status == 200)
        #expect(try await harness.server.state.revokeKey(id: key.id, at: Date()))
        harness.server.keys.invalidate()
        let revoked = try await harness.request("/api/rt-students", key: key)
        #expect(revoked.status == 401)
        #expect(revoked.json.map { "\($0)" }?.contains("revoked") == true)
        await harness.server.keys.flushLastUse()
        let stored = try #require(try await harness.server.state.key(id: key.id))
        #expect(stored.lastUsedAt != nil)
        #expect(stored.hash == key.hash && !stored.hash.contains(key.secret))
        await harness.stop()
    }

    @Test("drafts and unknown contracts are 404, expired ones 410 with the date, the wrong method 405")
    func lifecycle() async throws {
        let harness = try await RuntimeHarness.start()
        let draft = try await harness.issueKey("rt-draft")
        let expired = try await harness.issueKey("rt-expired")
        let lookup = try await harness.issueKey("rt-lookup")
        #expect(try await harness.request("/api/rt-draft", key: draft).status == 404)
        #expect(try await harness.request("/api/no-such-contract").errorCode == "NOT_FOUND")
        #expect(try await harness.request("/nowhere").errorCode == "NOT_FOUND")
        let gone = try await harness.request("/api/rt-expired", key: expired)
        #expect(gone.status == 410)
        #expect(gone.errorCode == "EXPIRED")
        #expect(gone.text.contains("2026-01-31"))
        let wrong = try await harness.request("/api/rt-lookup", key: lookup)
        #expect(wrong.status == 405)
        #expect(wrong.headers["allow"] == "POST")
        await harness.stop()
    }

    @Test("parameters: typed, lists bounded, unknown, missing and malformed ones refused by name; body size bounded")
    func parameters() async throws {
        let harness = try await RuntimeHarness.start()
        let students = try await harness.issueKey("rt-students")
        let lookup = try await harness.issueKey("rt-lookup")
        let science = try await harness.request("/api/rt-students?faculty=05", key: students)
        #expect((science.json?["data"] as? [[String: Any]])?.compactMap { $0["student_id"] as? String } == ["64050001", "67050001", "67050002", "68050001"])
        let unknown = try await harness.request("/api/rt-students?facutly=05", key: students)
        #expect(unknown.status == 400 && unknown.errorCode == "UNKNOWN_PARAMETER")
        #expect((unknown.json?["error"] as? [String: Any])?["parameter"] as? String == "facutly")
        let tooLong = try await harness.request("/api/rt-students?faculty=005", key: students)
        #expect(tooLong.errorCode == "BAD_PARAMETER")
        let results = try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["67010001", "67050001"], "from_term": 25672}"#.utf8))
        #expect(results.status == 200)
        #expect((results.json?["data"] as? [[String: Any]])?.map { "\($0["student_id"]!)/\($0["term_id"]!)" } == ["67010001/25672", "67050001/25672"])
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data("{}".utf8)).errorCode == "MISSING_PARAMETER")
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["a", "b", "c", "d"]}"#.utf8)).errorCode == "BAD_PARAMETER")
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": "67010001"}"#.utf8)).errorCode == "BAD_PARAMETER")
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data(#"{"student_ids": ["x"], "from_term": "soon"}"#.utf8)).errorCode == "BAD_PARAMETER")
        #expect(try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: Data("{not json".utf8)).errorCode == "BAD_BODY")
        let huge = Data(("{\"student_ids\": [\"" + String(repeating: "x", count: 2 << 20) + "\"]}").utf8)
        let tooLarge = try await harness.request("/api/rt-lookup", key: lookup, method: "POST", body: huge)
        #expect(tooLarge.status == 413)
        #expect(tooLarge.errorCode == "PAYLOAD_TOO_LARGE")
        await harness.stop()
    }

    @Test("the rate limit answers 429 with Retry-After once the contract's allowance is spent")
    func rateLimit() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-limited")
        for _ in 0..<3 { #expect(try await harness.request("/api/rt-limited", key: key).status == 200) }
        let refused = try await harness.request("/api/rt-limited", key: key)
        #expect(refused.status == 429)
        #expect(refused.errorCode == "RATE_LIMITED")
        #expect(Int(refused.headers["retry-after"] ?? "") ?? 0 >= 1)
        await harness.stop()
    }

    @Test("every request, allowed or refused, leaves exactly one audit record")
    func audit() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        try await harness.request("/api/rt-students?faculty=01&format=csv", key: key)
        try await harness.request("/api/rt-students", key: key, source: "127.0.0.2")
        try await harness.request("/api/rt-students")
        try await harness.request("/api/rt-students?faculty=xyz", key: key)
        try await harness.request("/api/no-such-contract", key: key)
        let records = try await harness.auditRecords()
        #expect(records.count == harness.requests)
        #expect(records.map(\.status) == [200, 403, 401, 400, 404])
        let first = records[0]
        #expect(first.contract == "rt-students" && first.unit == "หน่วยทดสอบ (Runtime tests)")
        #expect(first.keyID == key.id && first.client == "127.0.0.1" && first.format == "csv" && first.rows == 5)
        #expect(first.parameters == #"{"faculty":"01"}"#)
        #expect(records[1].client == "127.0.0.2" && records[1].code == "FORBIDDEN")
        #expect(records[3].code == "BAD_PARAMETER")
        await harness.stop()
    }

    @Test("health, readiness, metrics, the OpenAPI document and the docs are served")
    func operations() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        try await harness.request("/api/rt-students", key: key)
        #expect(try await harness.request("/healthz").json?["status"] as? String == "ok")
        #expect(try await harness.request("/readyz").json?["status"] as? String == "ready")
        let metrics = try await harness.request("/metrics")
        #expect(metrics.text.contains("sanya_requests_total{contract=\"rt-students\",status=\"200\"} 1"))
        #expect(try await harness.request("/openapi.json").json?["openapi"] as? String == "3.1.1")
        let docs = try await harness.request("/docs/index.html")
        #expect(docs.status == 200 && docs.text.contains("สัญญาข้อมูล"))
        #expect(try await harness.request("/docs/contracts/rt-students.html").status == 200)
        await harness.stop()
    }

    @Test("strangers see health and bare readiness only; contract clients the docs; the staff network metrics and details too")
    func disclosure() async throws {
        let harness = try await RuntimeHarness.start(trustedProxies: [IPNetwork("127.0.0.1")!])
        // Through the trusted proxy, from an address that no contract admits and that is not staff.
        let stranger = ["X-Forwarded-For": "203.0.113.9"]
        for path in ["/docs/index.html", "/docs/contracts/rt-students.html", "/docs/", "/openapi.json", "/metrics", "/"] {
            let reply = try await harness.request(path, headers: stranger)
            #expect(reply.status == 403 && reply.errorCode == "FORBIDDEN", "\(path): \(reply.status) \(reply.text.prefix(80))")
            #expect(!reply.text.contains("siriporn@kmitl.ac.th"), "\(path) leaks a coordinator's e-mail")
        }
        #expect(try await harness.request("/healthz", headers: stranger).status == 200)
        let ready = try await harness.request("/readyz", headers: stranger)
        #expect(ready.status == 200 && ready.json?["status"] as? String == "ready" && ready.json?["database"] == nil, Comment(rawValue: ready.text))
        // 127.0.0.2 is admitted by rt-limited (127.0.0.0/8) but is not staff: documentation yes, metrics no.
        #expect(try await harness.request("/docs/index.html", source: "127.0.0.2").status == 200)
        #expect(try await harness.request("/openapi.json", source: "127.0.0.2").status == 200)
        #expect(try await harness.request("/metrics", source: "127.0.0.2").status == 403)
        // This machine is the staff network by default.
        #expect(try await harness.request("/metrics").status == 200)
        #expect(try await harness.request("/readyz").json?["database"] as? String == "sqlite")
        await harness.stop()
    }

    @Test("other methods on a contract route are 405 with Allow; an empty cursor is the first page; a repeated JSON member is refused")
    func protocolEdges() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        for method in ["DELETE", "PUT", "PATCH"] {
            let reply = try await harness.request("/api/rt-students", key: key, method: method)
            #expect(reply.status == 405 && reply.errorCode == "METHOD_NOT_ALLOWED" && reply.headers["allow"] == "GET", "\(method): \(reply.status)")
        }
        let first = try await harness.request("/api/rt-students?limit=2", key: key)
        let empty = try await harness.request("/api/rt-students?limit=2&cursor=", key: key)
        #expect(empty.status == 200 && empty.body == first.body, Comment(rawValue: empty.text))
        let lookup = try await harness.issueKey("rt-lookup")
        let twice = try await harness.request("/api/rt-lookup", key: lookup, method: "POST",
                                              body: Data(#"{"student_ids": ["67010001"], "from_term": 25672, "from_\u0074erm": 1}"#.utf8))
        #expect(twice.status == 400 && twice.errorCode == "BAD_BODY" && (twice.json?["error"] as? [String: Any])?["parameter"] as? String == "from_term",
                Comment(rawValue: twice.text))
        let nested = try await harness.request("/api/rt-lookup", key: lookup, method: "POST",
                                               body: Data(#"{"student_ids": ["67010001", "67050001"], "from_term": 25672}"#.utf8))
        #expect(nested.status == 200, "arrays and distinct names pass: \(nested.text)")
        await harness.stop()
    }

    @Test("an HTML answer may not sniff, run script or load anything; its only style is named by its digest")
    func htmlHeaders() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        let page = try await harness.request("/api/rt-students?format=table", key: key)
        #expect(page.headers["x-content-type-options"] == "nosniff")
        let policy = try #require(page.headers["content-security-policy"])
        #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-") && policy.contains("frame-ancestors 'none'"))
        // The digest, computed independently, is that of the page's style element.
        let style = try #require(page.text.firstRange(of: "<style>").flatMap { start in
            page.text.firstRange(of: "</style>").map { String(page.text[start.upperBound..<$0.lowerBound]) }
        })
        let digest = try Snapshot.run("/usr/bin/env", ["python3", "-c", "import sys,hashlib,base64; print(base64.b64encode(hashlib.sha256(sys.argv[1].encode()).digest()).decode())", style])
        #expect(policy.contains("'sha256-\(digest.output.trimmingCharacters(in: .whitespacesAndNewlines))'"), Comment(rawValue: policy))
        #expect(try await harness.request("/api/rt-students?format=csv", key: key).headers["x-content-type-options"] == "nosniff")
        await harness.stop()
    }

    @Test("with the state database locked by another process, requests are served and their records spooled, then stored once it is free")
    func stateLocked() async throws {
        let harness = try await RuntimeHarness.start()
        let key = try await harness.issueKey("rt-students")
        #expect(try await harness.request("/api/rt-students", key: key).status == 200)
        await harness.server.audit.flush()
        let locker = try Self.lockStateDatabase(harness)
        let served = try await harness.request("/api/rt-students", key: key)
        #expect(served.status == 200, "the key is read despite the lock (WAL); only writes wait")
        let deadline = ContinuousClock.now + .seconds(30)
        while await harness.server.audit.spooledCount == 0, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(await harness.server.audit.spooledCount == 1, "the record waits in the spool")
        #expect(harness.server.audit.canRecord)
        try locker.release()
        #expect(try await harness.request("/api/rt-students", key: key).status == 200)
        let moved = ContinuousClock.now + .seconds(30)
        while await harness.server.audit.spooledCount > 0, ContinuousClock.now < moved { try await Task.sleep(for: .milliseconds(100)) }
        await harness.server.audit.flush()
        #expect(try await harness.auditRecords().count == 3, "every request has its record")
        await harness.stop()
    }

    /// A `sqlite3` process holding the write lock of the harness's state database until released.
    struct Locker {
        let process: Process
        let input: Pipe

        func release() throws {
            input.fileHandleForWriting.write(Data("COMMIT;\n.quit\n".utf8))
            try input.fileHandleForWriting.close()
        }
    }

    static func lockStateDatabase(_ harness: RuntimeHarness) throws -> Locker {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
        process.arguments = [harness.root.appendingPathComponent("state.sqlite").path]
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data("BEGIN EXCLUSIVE;\nSELECT 1;\n".utf8))
        return Locker(process: process, input: input)
    }

    @Test("with the state database locked by another process and no spool, requests get 503 rather than go unrecorded; service comes back")
    func auditUnavailable() async throws {
        // The spool's folder is a file: no record can be spooled.
        let harness = try await RuntimeHarness.start(spool: "blocked/spool.ndjson")
        try Data("not a folder".utf8).write(to: harness.root.appendingPathComponent("blocked"))
        let key = try await harness.issueKey("rt-students")
        #expect(try await harness.request("/api/rt-students", key: key).status == 200)
        await harness.server.audit.flush()

        // Another process holds the write lock of the state database.
        let locker = try Self.lockStateDatabase(harness)
        defer { if locker.process.isRunning { locker.process.terminate() } }

        // The request in flight when it happens is answered; its record can be neither stored nor spooled.
        #expect(try await harness.request("/api/rt-students", key: key).status == 200)
        let deadline = ContinuousClock.now + .seconds(30)
        while harness.server.audit.canRecord, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(100)) }
        #expect(!harness.server.audit.canRecord, "the runtime noticed that nothing can be recorded")
        let refused = try await harness.request("/api/rt-students", key: key)
        #expect(refused.status == 503 && refused.errorCode == "AUDIT_UNAVAILABLE" && refused.headers["retry-after"] == "5", Comment(rawValue: refused.text))
        #expect(try await harness.request("/healthz").status == 200, "the process lives on")

        // The lock is released: the next records are stored and service resumes by itself.
        try locker.release()
        var status = 503
        let back = ContinuousClock.now + .seconds(60)
        while status != 200, ContinuousClock.now < back {
            try await Task.sleep(for: .milliseconds(500))
            status = try await harness.request("/api/rt-students", key: key).status
        }
        #expect(status == 200, "service came back")
        await harness.server.audit.flush()
        let records = try await harness.auditRecords()
        #expect(records.first?.status == 200 && records.last?.status == 200, "\(records.map(\.status))")
        await harness.stop()
    }

    @Test("a new handler in Generated/ is served after the reload, and a broken one leaves the old set in place")
    func reload() async throws {
        let harness = try await RuntimeHarness.start(reloadInterval: .milliseconds(100))
        let handlers = harness.root.appendingPathComponent("Generated/handlers")
        let original = try Data(contentsOf: handlers.appendingPathComponent("rt-limited.json"))
        var definition = try JSONDecoder().decode(HandlerDefinition.self, from: original)
        definition.contract = "rt-renamed"
        try JSONEncoder().encode(definition).write(to: handlers.appendingPathComponent("rt-renamed.json"))
        let key = try await harness.issueKey("rt-renamed")
        var status = 0
        for _ in 0..<50 where status != 200 {
            try await Task.sleep(for: .milliseconds(100))
            status = try await harness.request("/api/rt-renamed", key: key).status
        }
        #expect(status == 200)
        // A broken file fails the reload (whether the housekeeping or this test gets there first) and the
        // previous set keeps being served.
        let broken = handlers.appendingPathComponent("zz-broken.json")
        try Data("{broken".utf8).write(to: broken)
        #expect(throws: (any Error).self) { try harness.server.registry.reloadIfChanged() }
        #expect(harness.server.registry.contracts.definitions["rt-renamed"] != nil)
        #expect(try await harness.request("/api/rt-renamed", key: key).status == 200)
        try FileManager.default.removeItem(at: broken)

        // A handler of another format version is refused by name, with what to do.
        var older = try #require(try JSONSerialization.jsonObject(with: original) as? [String: Any])
        older["formatVersion"] = 1
        try JSONSerialization.data(withJSONObject: older).write(to: handlers.appendingPathComponent("zz-older.json"))
        let refusal = #expect(throws: HandlerFormatError.self) { try ServedContracts.load(from: handlers) }
        #expect(refusal?.description.hasPrefix("zz-older.json is handler format 1; this runtime reads format \(HandlerDefinition.currentFormat)") == true)
        older["formatVersion"] = nil
        try JSONSerialization.data(withJSONObject: older).write(to: handlers.appendingPathComponent("zz-older.json"))
        #expect(throws: HandlerFormatError.self) { try ServedContracts.load(from: handlers) }
        #expect(try await harness.request("/api/rt-renamed", key: key).status == 200)
        await harness.stop()
    }
}
