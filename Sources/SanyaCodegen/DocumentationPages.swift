import Foundation
import SanyaModel

// The pages `sanya build` writes for every contract, and the index of them all, in HTML and Markdown.
//
// Written as typed Swift rather than Mustache templates, unlike Sanya's other documents (the request form,
// the reports, the hand-over note), and for one reason: these grow with the number of contracts and are
// rendered on every first build, and swift-mustache resolves each `{{name}}` by dynamic casts over a stack
// of `Any` contexts. Profiled on a build of 1,016 contracts (`Benchmarks/compile-1000.sh`), the Mustache
// pages were 36 % of the build's CPU; written like this they cost about 6 %. The text keeps a template's
// shape: `HTMLText` escapes every interpolated value (exactly as Mustache's `{{…}}` did) unless it is
// marked `raw:`; the Markdown pages keep free text inside its table cell (`markdownCell`). The golden
// files of `Tests/SanyaCodegenTests` hold the pages byte for byte as the templates wrote them.

/// The documentation page of one contract, for the receiving unit.
struct ContractPage {
    let contract: Contract
    let examples: [(format: OutputFormat, command: String)]

    private var request: Request { contract.request }
    private var validUntil: String { contract.workflow.validUntil?.description ?? "–" }
    private var formats: String { contract.delivery.formats.map(\.rawValue).joined(separator: ", ") }
    private var allow: String {
        contract.delivery.allow.isEmpty ? "– (delivered as a document)" : contract.delivery.allow.map(\.description).joined(separator: ", ")
    }
    private var legalBasis: String { contract.protection.legalBasis.map { "\($0.rawValue) (PDPA \($0.section))" } ?? "– (no personal data served)" }
    private var rowLimit: String? { contract.delivery.rowLimit.map(Self.grouped) }
    private var httpMethod: String { contract.delivery.method == .apiGet ? "GET" : "POST" }
    private var route: String { "/api/\(contract.id)" }
    private var viewName: String { "sanya.\(contract.sqlName)" }
    private var role: String { AccessTranslator(contract).role }
    private var isServed: Bool { contract.delivery.method.isServed }

    /// A whole number with thousands separators: `10,000`.
    static func grouped(_ number: Int) -> String {
        let digits = String(number.magnitude)
        var text = number < 0 ? "-" : ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return text
    }

    /// What the data dictionary says of a contract aggregated per person.
    static let perPersonNote = "Aggregated per person: one row per person, and each row is that person's record (personal data under the PDPA) · "
        + "สรุปรายบุคคล: หนึ่งแถวต่อหนึ่งบุคคล แต่ละแถวเป็นข้อมูลส่วนบุคคลของบุคคลนั้น"

    private static func parameterType(_ p: Parameter) -> String {
        p.list ? "list of \(p.type.kind.rawValue)\(p.maxItems.map { " (at most \($0))" } ?? "")" : p.type.kind.rawValue
    }

    private static func stepNote(_ step: WorkflowStep) -> String? {
        [step.reason, step.note, step.signatureSummary].compactMap { $0 }.joined(separator: " — ").nilIfEmpty
    }

    // MARK: HTML

    var html: String {
        var page = HTMLText(raw: HTMLDocument.head(title: HTMLText("\(contract.title) — \(contract.id)").text))
        let head = request.head, coordinator = request.coordinator
        page += """

        <body>
        <p><a href="../index.html">← สัญญาข้อมูลทั้งหมด · All contracts</a></p>
        <h1>\(contract.title)</h1>
        <p class="muted"><code>\(contract.id)</code> · version \(contract.version) · <span class="status status-\(contract.status.rawValue)">\(contract.status.rawValue)</span> · valid until \(validUntil)\(contract.workflow.validUntil.map { HTMLText(" (\($0.thai))") })</p>

        <h2>วัตถุประสงค์ · Purpose</h2>
        <p>\(request.purpose)</p>
        \(request.details.map { HTMLText("<p class=\"muted\">\($0)</p>") })

        <h2>ผู้ขอใช้ข้อมูล · Requested by</h2>
        <table>
        <tr><th>Unit · หน่วยงาน</th><td>\(request.unit)</td></tr>
        <tr><th>Project · โครงการ</th><td>\(request.project)</td></tr>
        <tr><th>Project head · หัวหน้าโครงการ</th><td>\(head.name)\(head.position.map { HTMLText(", \($0)") }) · \(head.phone ?? "") · \(head.email ?? "")</td></tr>
        <tr><th>Coordinator · ผู้ประสานงาน</th><td>\(coordinator.name) · \(coordinator.phone ?? "") · \(coordinator.email ?? "")</td></tr>
        <tr><th>e-Office memo · เลขที่บันทึกข้อความ</th><td>\(request.memo ?? "–")</td></tr>
        <tr><th>Requested · วันที่ขอ</th><td>\(request.requestedOn.description) (\(request.requestedOn.thai))</td></tr>
        </table>

        <h2>การอนุมัติ · Approval</h2>
        <table>
        <tr><th>Step</th><th>ขั้นตอน</th><th>By · โดย</th><th>Date · วันที่</th></tr>

        """
        for step in contract.workflow.steps {
            page += "<tr><td>\(step.kind.rawValue)</td><td>\(step.kind.thai)</td><td>\(step.by)\(Self.stepNote(step).map { HTMLText(" <span class=\"muted\">— \($0)</span>") })</td><td>\(step.on.description) (\(step.on.thai))</td></tr>\n"
        }
        page += """
        </table>

        <h2>การส่งมอบ · Delivery</h2>
        <table>
        <tr><th>Method · ช่องทาง</th><td>\(contract.delivery.method.rawValue)</td></tr>
        \(isServed ? HTMLText("<tr><th>Endpoint</th><td><code>\(httpMethod) \(route)</code></td></tr>") : nil)
        <tr><th>Formats · รูปแบบ</th><td>\(formats)</td></tr>
        <tr><th>Allowed clients · ผู้เชื่อมต่อที่อนุญาต</th><td>\(allow)</td></tr>
        \(rowLimit.map { HTMLText("<tr><th>Row limit</th><td>\($0) rows per request</td></tr>") })
        \(contract.delivery.rateLimit.map { HTMLText("<tr><th>Rate limit</th><td>\($0.description)</td></tr>") })\(contract.delivery.timeLimits.map { HTMLText("<tr><th>Time limit · เวลาสูงสุดของคำสั่ง</th><td>\($0.summary)</td></tr>") })
        </table>

        """
        switch contract.delivery.method {
        case .apiGet, .apiPost:
            page += "<p>Send the API key the registrar issued to you in the <code>Authorization</code> header. Set <code>SANYA_URL</code> to the registrar's Sanya address.</p>\n"
            for example in examples {
                page += "<p><strong>\(example.format.rawValue)</strong></p>\n<pre>\(example.command)</pre>\n"
            }
            if contract.delivery.formats.contains(.json) {
                page += "<p>JSON responses come in pages: <code>limit</code> (at most 10,000) and the <code>next</code> cursor of each page; <code>ndjson</code>, <code>csv</code>, <code>table</code> and <code>excel</code> stream the whole result.</p>"
            }
            page += "\n"
        case .view:
            page += """
            <p>The data is a view in the registrar's PostgreSQL database. Log in as role <code>\(role)</code> from an allowed address (password from the registrar), over TLS:</p>
            <pre>psql "host=$REGISTRAR_DB dbname=registrar user=\(role) sslmode=require" -c 'SELECT * FROM \(viewName)'</pre>
            <p>The role may read <code>\(viewName)</code> and nothing else: no base table and no other contract's view.</p>

            """
        case .export:
            page += "<p>The registrar's staff export the data as a document and deliver it through the agreed channel:</p>\n"
            for example in examples { page += "<pre>\(example.command)</pre>\n" }
        }
        page += "\n\n"
        if !contract.query.parameters.isEmpty {
            page += """
            <h2>พารามิเตอร์ · Parameters</h2>
            <table>
            <tr><th>Name</th><th>Type</th><th>Required</th><th>Compared with</th><th>Description</th></tr>

            """
            for p in contract.query.parameters {
                page += "<tr><td><code>\(p.name)</code></td><td>\(Self.parameterType(p))</td><td>\(p.required ? "yes" : "no")</td><td><code>\(p.column.path)</code> \(p.op.symbol)</td><td>\(p.description ?? "")</td></tr>\n"
            }
            page += "</table>\n"
        }
        page += "\n<h2>พจนานุกรมข้อมูล · Data dictionary</h2>\n"
        switch contract.query.disclosure {
        case .rows: break
        case .perPerson: page += "<p>\(Self.perPersonNote)</p>"
        case .statistics:
            page += "<p>Aggregated data: one row per group\(contract.query.minGroupSize.map { HTMLText("; groups of fewer than \($0) rows are suppressed") }).</p>"
        }
        page += "\n<table>\n<tr><th>Field</th><th>Type</th><th>Description</th><th>คำอธิบาย</th><th>Protection · การคุ้มครอง</th></tr>\n"
        for f in contract.query.fields {
            page += "<tr><td><code>\(f.name)</code></td><td>\(f.type.name)\(f.nullable ? ", may be empty" : "")</td><td>\(f.description.en)\(f.codes.map { HTMLText("<br><span class=\"muted\">codes: \($0.summary(\.en))</span>") })</td><td>\(f.description.th)\(f.codes.map { HTMLText("<br><span class=\"muted\">รหัส: \($0.summary(\.th))</span>") })</td><td>\(f.sensitivity.rawValue)\(f.mask.map { HTMLText(" · masked: \($0.summary)") })</td></tr>\n"
        }
        page += """
        </table>

        <h2>การคุ้มครองข้อมูลส่วนบุคคล · PDPA</h2>
        <table>
        <tr><th>Highest sensitivity</th><td>\(contract.sensitivity.rawValue)</td></tr>
        <tr><th>Legal basis · ฐานทางกฎหมาย</th><td>\(legalBasis)</td></tr>
        <tr><th>Retention · ระยะเวลาเก็บรักษา</th><td>\(contract.protection.retention ?? "–")</td></tr>

        """
        for a in contract.protection.sensitive {
            page += "<tr><th>Section 26 approval: <code>\(a.column)</code></th><td>\(a.basis) — approved by \(a.approvedBy) on \(a.approvedOn.description)</td></tr>\n"
        }
        page += """
        </table>
        <p class="muted">The data may be used only for the purpose above (PDPA s.21, s.27). Source: <code>\(contract.source)</code>.</p>
        </body>
        </html>

        """
        return page.text
    }

    // MARK: Markdown

    var markdown: String {
        let c: (String) -> String = \.markdownCell
        let head = request.head, coordinator = request.coordinator
        var page = """
        # \(c(contract.title))

        `\(contract.id)` · version \(contract.version) · **\(contract.status.rawValue)** · valid until \(validUntil)\(contract.workflow.validUntil.map { " (\($0.thai))" } ?? "")

        [← All contracts](../index.md)

        ## Purpose · วัตถุประสงค์

        \(c(request.purpose))

        """
        if let details = request.details { page += "\n\(c(details))\n" }
        page += """

        ## Requested by · ผู้ขอใช้ข้อมูล

        | | |
        |-|-|
        | Unit · หน่วยงาน | \(c(request.unit)) |
        | Project · โครงการ | \(c(request.project)) |
        | Project head · หัวหน้าโครงการ | \(c(head.name))\(head.position.map { ", \(c($0))" } ?? "") · \(c(head.phone ?? "")) · \(c(head.email ?? "")) |
        | Coordinator · ผู้ประสานงาน | \(c(coordinator.name)) · \(c(coordinator.phone ?? "")) · \(c(coordinator.email ?? "")) |
        | e-Office memo | \(c(request.memo ?? "–")) |
        | Requested · วันที่ขอ | \(request.requestedOn.description) (\(request.requestedOn.thai)) |

        ## Approval · การอนุมัติ

        | Step | ขั้นตอน | By · โดย | Date · วันที่ |
        |-|-|-|-|

        """
        for step in contract.workflow.steps {
            page += "| \(step.kind.rawValue) | \(step.kind.thai) | \(c(step.by))\(Self.stepNote(step).map { " — \(c($0))" } ?? "") | \(step.on.description) (\(step.on.thai)) |\n"
        }
        page += """

        ## Delivery · การส่งมอบ

        | | |
        |-|-|
        | Method | \(contract.delivery.method.rawValue) |

        """
        if isServed { page += "| Endpoint | `\(httpMethod) \(route)` |\n" }
        page += "| Formats | \(formats) |\n| Allowed clients | \(allow) |\n"
        if let rowLimit { page += "| Row limit | \(rowLimit) rows per request |\n" }
        if let rate = contract.delivery.rateLimit { page += "| Rate limit | \(rate.description) |\n" }
        if let limits = contract.delivery.timeLimits { page += "| Time limit | \(limits.summary) |\n" }
        switch contract.delivery.method {
        case .apiGet, .apiPost:
            page += "\nSend the API key the registrar issued to you in the `Authorization` header; set `SANYA_URL` to the registrar's Sanya address.\n"
            for example in examples { page += "\n\(example.format.rawValue):\n\n```sh\n\(example.command)\n```\n" }
        case .view:
            page += """

            The data is a view in the registrar's PostgreSQL database. Log in as role `\(role)` from an allowed address, over TLS:

            ```sh
            psql "host=$REGISTRAR_DB dbname=registrar user=\(role) sslmode=require" -c 'SELECT * FROM \(viewName)'
            ```

            The role may read `\(viewName)` and nothing else.

            """
        case .export:
            page += "\nThe registrar's staff export the data as a document and deliver it through the agreed channel:\n"
            for example in examples { page += "\n```sh\n\(example.command)\n```\n" }
        }
        if !contract.query.parameters.isEmpty {
            page += "\n## Parameters · พารามิเตอร์\n\n| Name | Type | Required | Compared with | Description |\n|-|-|-|-|-|\n"
            for p in contract.query.parameters {
                page += "| `\(p.name)` | \(Self.parameterType(p)) | \(p.required ? "yes" : "no") | `\(p.column.path)` \(p.op.symbol) | \(c(p.description ?? "")) |\n"
            }
        }
        page += "\n## Data dictionary · พจนานุกรมข้อมูล\n"
        switch contract.query.disclosure {
        case .rows: break
        case .perPerson: page += "\n\(Self.perPersonNote)\n"
        case .statistics:
            page += "\nAggregated data: one row per group\(contract.query.minGroupSize.map { "; groups of fewer than \($0) rows are suppressed" } ?? "").\n"
        }
        page += "\n| Field | Type | Description | คำอธิบาย | Protection |\n|-|-|-|-|-|\n"
        for f in contract.query.fields {
            page += "| `\(f.name)` | \(f.type.name)\(f.nullable ? ", may be empty" : "") | \(c(f.description.en))\(f.codes.map { " — codes: \(c($0.summary(\.en)))" } ?? "") | \(c(f.description.th))\(f.codes.map { " — รหัส: \(c($0.summary(\.th)))" } ?? "") | \(f.sensitivity.rawValue)\(f.mask.map { " · masked: \($0.summary)" } ?? "") |\n"
        }
        page += """

        ## PDPA · การคุ้มครองข้อมูลส่วนบุคคล

        | | |
        |-|-|
        | Highest sensitivity | \(contract.sensitivity.rawValue) |
        | Legal basis | \(legalBasis) |
        | Retention | \(c(contract.protection.retention ?? "–")) |

        """
        for a in contract.protection.sensitive {
            page += "| Section 26 approval: `\(a.column)` | \(c(a.basis)) — approved by \(c(a.approvedBy)) on \(a.approvedOn.description) |\n"
        }
        page += "\nThe data may be used only for the purpose above (PDPA s.21, s.27). Source: `\(contract.source)`.\n"
        return page
    }
}

/// The registrar's index of every contract: who receives what, how, and until when.
struct IndexPage {
    let contracts: [Contract]

    private static func renewBy(_ contract: Contract) -> String? {
        guard contract.status == .approved, let until = contract.workflow.validUntil else { return nil }
        return until.adding(days: -Vocabulary.expiryNoticeDays).description
    }

    private static func formats(_ contract: Contract) -> String { contract.delivery.formats.map(\.rawValue).joined(separator: ", ") }
    private static func validUntil(_ contract: Contract) -> String { contract.workflow.validUntil?.description ?? "–" }

    var html: String {
        var page = HTMLText(raw: HTMLDocument.head(title: "สัญญาข้อมูล · Data contracts of the registrar"))
        page += """

        <body>
        <h1>สัญญาข้อมูลของสำนักทะเบียนและประมวลผล</h1>
        <p class="muted">Data contracts of the registrar: who receives what, how, and until when. \(contracts.count) contracts.
        A unit asks for data with the <a href="request.html">request form · แบบฟอร์มขอใช้ข้อมูล</a>; the
        <a href="ropa.html">record of processing · บันทึกรายการกิจกรรมการประมวลผล</a> (PDPA s.39) lists every approved disclosure of personal data.</p>
        <table>
        <tr><th>Unit · หน่วยงาน</th><th>Project · โครงการ</th><th>Contract</th><th>Method</th><th>Formats</th><th>Status</th><th>Valid until</th><th>Days left</th></tr>

        """
        for c in contracts {
            let status = c.status.rawValue, until = Self.validUntil(c)
            page += "<tr><td>\(c.request.unit)</td><td>\(c.request.project)</td><td><a href=\"contracts/\(c.id).html\">\(c.title)</a><br><code>\(c.id)</code> v\(c.version)</td><td>\(c.delivery.method.rawValue)</td><td>\(Self.formats(c))</td><td><span class=\"status status-\(status)\">\(status)</span></td><td>\(until)\(Self.renewBy(c).map { HTMLText("<br><span class=\"muted\">renew by · ต่ออายุภายใน \($0)</span>") })</td><td class=\"days-left\" data-valid-until=\"\(until)\" data-status=\"\(status)\">–</td></tr>\n"
        }
        page += """
        </table>
        <p class="muted">Days left are counted by your browser from today's date; an approved contract within \(Vocabulary.expiryNoticeDays) days of its end is marked for renewal, as <code>sanya check</code> warns (CONTRACT_EXPIRING). The API reference is <a href="../openapi.json">openapi.json</a>.</p>
        <script>
        for (const cell of document.querySelectorAll('.days-left')) {
          const until = cell.dataset.validUntil;
          if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(until)) continue;
          const today = new Date(); today.setHours(0, 0, 0, 0);
          const days = Math.round((new Date(until + 'T00:00:00') - today) / 86400000);
          cell.textContent = days < 0 ? 'expired' : String(days);
          if (days < 0) cell.classList.add('expired');
          else if (days < \(Vocabulary.expiryNoticeDays) && cell.dataset.status === 'approved') { cell.textContent += ' — renew · ต่ออายุ'; cell.classList.add('expiring'); }
        }
        </script>
        </body>
        </html>

        """
        return page.text
    }

    var markdown: String {
        var page = """
        # สัญญาข้อมูล · Data contracts of the registrar

        Who receives what, how, and until when: \(contracts.count) contracts. Days left are not written here, so that the
        file only changes when a contract does; the HTML index counts them from today.

        | Unit | Project | Contract | Method | Formats | Status | Valid until | Renew by |
        |-|-|-|-|-|-|-|-|

        """
        for c in contracts {
            page += "| \(c.request.unit.markdownCell) | \(c.request.project.markdownCell) | [\(c.title.markdownCell)](contracts/\(c.id).md) `\(c.id)` v\(c.version) | \(c.delivery.method.rawValue) | \(Self.formats(c)) | \(c.status.rawValue) | \(Self.validUntil(c)) | \(Self.renewBy(c) ?? "") |\n"
        }
        return page
    }
}
