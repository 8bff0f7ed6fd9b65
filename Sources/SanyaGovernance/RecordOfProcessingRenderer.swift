import SanyaDiagnostics
import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel

/// The forms of the record of processing: an HTML page (also in `Generated/docs/ropa.html`), Markdown, CSV,
/// JSON, and the tables an `.xlsx` workbook is made of. Thai and English throughout.
public struct RecordOfProcessingRenderer: Sendable {
    public enum Format: String, CaseIterable, Sendable { case html, markdown, csv, xlsx, json }

    /// Where `sanya build` puts the page of every approved contract.
    public static let generatedPath = "docs/ropa.html"

    /// The page of `Generated/docs/`: every approved contract, so that it depends on the contracts only.
    public static func generatedPage(_ result: CheckResult) -> String {
        RecordOfProcessingRenderer(RecordOfProcessing(contracts: result.contracts, catalog: result.catalog, controller: result.controller, inForceOn: nil)).html()
    }

    public let record: RecordOfProcessing

    public init(_ record: RecordOfProcessing) {
        self.record = record
    }

    // MARK: - Tables (CSV and the workbook)

    /// One row per contract for the record; one per disclosure for the s.27 register; one per contract and
    /// month for deliveries (when the audit was read).
    public func tables() -> [(name: String, header: [String], rows: [[String]])] {
        let recordHeader = ["contract", "title", "recipient · ผู้รับข้อมูล", "project head · หัวหน้าโครงการ", "coordinator · ผู้ประสานงาน",
                            "purpose · วัตถุประสงค์", "legal basis · ฐานทางกฎหมาย", "s.26 approvals · การอนุมัติมาตรา 26", "data subjects · เจ้าของข้อมูล",
                            "personal data · ข้อมูลส่วนบุคคล", "retention · ระยะเวลาเก็บรักษา", "access · วิธีการเข้าถึง", "conditions · เงื่อนไข",
                            "approved · อนุมัติ", "valid until · ใช้ได้ถึง", "security measures · มาตรการรักษาความปลอดภัย"]
        let recordRows = record.entries.map { e in
            [e.contract, e.title, e.recipient, e.head, e.coordinator, e.purpose, e.legalBasis, e.sensitiveApprovals.joined(separator: "; "),
             "\(e.dataSubjects.en) · \(e.dataSubjects.th)",
             e.personalData.map { "\($0.field) (\($0.sensitivity), \($0.protection))" }.joined(separator: "; "),
             e.retention, e.access, e.conditions.joined(separator: "; "), e.approved, e.validUntil, e.securityMeasures.joined(separator: "; ")]
        }
        let disclosureHeader = ["contract", "recipient · ผู้รับข้อมูล", "legal basis · ฐานทางกฎหมาย", "personal data · ข้อมูลส่วนบุคคล", "approved · อนุมัติ", "valid until · ใช้ได้ถึง"]
        let disclosureRows = record.disclosures.map { [$0.contract, $0.recipient, $0.legalBasis, $0.personalData.joined(separator: ", "), $0.approved, $0.validUntil] }
        var tables = [("record (s.39)", recordHeader, recordRows), ("disclosures (s.27)", disclosureHeader, disclosureRows)]
        if record.entries.contains(where: { $0.deliveries != nil }) {
            let rows = record.entries.flatMap { e in (e.deliveries ?? []).map { [e.contract, $0.month, String($0.requests), String($0.rows), String($0.exports)] } }
            tables.append(("deliveries", ["contract", "month · เดือน", "requests · คำขอ", "rows · แถว", "exports · ไฟล์ส่งออก"], rows))
        }
        return tables
    }

    /// The record as CSV (RFC 4180, CRLF): the s.39 table, then the s.27 register, then deliveries, each with
    /// its header and a blank line between.
    public func csv() -> String {
        func field(_ text: String) -> String {
            text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) ? "\"" + text.escaping("\"", as: "\"\"") + "\"" : text
        }
        return tables().map { table in
            ([table.header] + table.rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        }.joined(separator: "\r\n")
    }

    public func json() -> String { ToolReport.json(record) }

    // MARK: - Markdown

    public func markdown() -> String {
        var out = "# บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล · Record of processing activities (PDPA s.39)\n\n"
        if let c = record.controller {
            out += "ผู้ควบคุมข้อมูลส่วนบุคคล · Data controller: \(c.name.th) · \(c.name.en), \(c.address), \(c.phone), \(c.email)\n\n"
            out += "เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล · DPO: \(c.dpo.name), \(c.dpo.phone), \(c.dpo.email)\n\n"
        } else {
            out += "**The controller and DPO are not stated: add Contracts/controller.yaml.**\n\n"
        }
        out += "Scope: \(record.scope); \(record.entries.count) disclosure(s) of personal data to other units.\n"
        for e in record.entries {
            out += "\n## \(e.title) (`\(e.contract)` v\(e.version))\n\n"
            out += "| | |\n|-|-|\n"
            let rows: [(String, String)] = [
                ("ผู้รับข้อมูล · Recipient", e.recipient), ("หัวหน้าโครงการ · Project head", e.head), ("ผู้ประสานงาน · Coordinator", e.coordinator),
                ("วัตถุประสงค์ · Purpose", e.purpose), ("ฐานทางกฎหมาย · Legal basis", e.legalBasis),
                ("การอนุมัติมาตรา 26 · s.26 approvals", e.sensitiveApprovals.isEmpty ? "–" : e.sensitiveApprovals.joined(separator: "; ")),
                ("เจ้าของข้อมูล · Data subjects", "\(e.dataSubjects.th) · \(e.dataSubjects.en)"),
                ("ระยะเวลาเก็บรักษา · Retention", e.retention), ("วิธีการเข้าถึง · Access", e.access),
                ("เงื่อนไข · Conditions", e.conditions.joined(separator: "; ")), ("อนุมัติ · Approved", e.approved), ("ใช้ได้ถึง · Valid until", e.validUntil),
                ("มาตรการรักษาความปลอดภัย · Security measures", e.securityMeasures.joined(separator: "; ")),
            ]
            for (label, value) in rows { out += "| \(label) | \(value.markdownCell) |\n" }
            out += "\n| field | ข้อมูล | data | sensitivity | protection |\n|-|-|-|-|-|\n"
            for item in e.personalData {
                out += "| `\(item.field)` | \(item.description.th.markdownCell) | \(item.description.en.markdownCell) | \(item.sensitivity) | \(item.protection) |\n"
            }
            if let deliveries = e.deliveries {
                out += "\n| month · เดือน | requests · คำขอ | rows · แถว | exports · ไฟล์ส่งออก |\n|-|-|-|-|\n"
                for d in deliveries { out += "| \(d.month) | \(d.requests) | \(d.rows) | \(d.exports) |\n" }
                if deliveries.isEmpty { out += "| – | 0 | 0 | 0 |\n" }
            }
        }
        out += "\n## ทะเบียนการเปิดเผยข้อมูลโดยไม่ต้องขอความยินยอม · Disclosures without consent (PDPA s.27)\n\n"
        out += "| contract | recipient · ผู้รับข้อมูล | legal basis · ฐานทางกฎหมาย | personal data | approved | valid until |\n|-|-|-|-|-|-|\n"
        for d in record.disclosures {
            out += "| `\(d.contract)` | \(d.recipient.markdownCell) | \(d.legalBasis) | \(d.personalData.joined(separator: ", ")) | \(d.approved.markdownCell) | \(d.validUntil) |\n"
        }
        return out
    }

    // MARK: - HTML

    /// The record as one printable page. Typed Swift rather than a Mustache template, like the contract pages
    /// (see `DocumentationPages.swift`): it grows with the contracts and is written on every first build.
    public func html() -> String {
        var page = HTMLText(raw: HTMLDocument.head(title: "บันทึกรายการกิจกรรมการประมวลผล · Record of processing (PDPA s.39)",
                                                   extraStyle: "<style> th { width: 28%; } .missing { color: #a61b29; font-weight: bold; } @media print { h2 { break-before: page; } } </style>"))
        page += "\n<body>\n<h1>บันทึกรายการกิจกรรมการประมวลผลข้อมูลส่วนบุคคล · Record of processing activities (PDPA s.39)</h1>\n"
        if let c = record.controller {
            page += """
            <table>
            <tr><th>ผู้ควบคุมข้อมูลส่วนบุคคล · Data controller</th><td>\(c.name.th) · \(c.name.en)<br>\(c.address) · \(c.phone) · \(c.email)</td></tr>
            <tr><th>เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล · DPO</th><td>\(c.dpo.name) · \(c.dpo.phone) · \(c.dpo.email)</td></tr>
            </table>

            """
        } else {
            page += "\n<p class=\"missing\">The controller and DPO are not stated: add Contracts/controller.yaml.</p>"
        }
        page += "\n<p class=\"muted\">ขอบเขต · Scope: \(record.scope); \(record.entries.count) disclosure(s) of personal data to other units. Built from the data contracts by sanya.</p>\n"
        for e in record.entries {
            page += """
            <h2>\(e.title) <span class="muted">(\(e.contract) v\(e.version))</span></h2>
            <table>
            <tr><th>ผู้รับข้อมูล · Recipient</th><td>\(e.recipient)</td></tr>
            <tr><th>หัวหน้าโครงการ · Project head</th><td>\(e.head)</td></tr>
            <tr><th>ผู้ประสานงาน · Coordinator</th><td>\(e.coordinator)</td></tr>
            <tr><th>วัตถุประสงค์ · Purpose</th><td>\(e.purpose)</td></tr>
            <tr><th>ฐานทางกฎหมาย · Legal basis</th><td>\(e.legalBasis)</td></tr>
            <tr><th>การอนุมัติมาตรา 26 · s.26 approvals</th><td>\(e.sensitiveApprovals.isEmpty ? "–" : e.sensitiveApprovals.joined(separator: "; "))</td></tr>
            <tr><th>เจ้าของข้อมูล · Data subjects</th><td>\(e.dataSubjects.th) · \(e.dataSubjects.en)</td></tr>
            <tr><th>ระยะเวลาเก็บรักษา · Retention</th><td>\(e.retention)</td></tr>
            <tr><th>วิธีการเข้าถึง · Access</th><td>\(e.access)</td></tr>
            <tr><th>เงื่อนไข · Conditions</th><td>\(e.conditions.joined(separator: "; "))</td></tr>
            <tr><th>อนุมัติ · Approved</th><td>\(e.approved)</td></tr>
            <tr><th>ใช้ได้ถึง · Valid until</th><td>\(e.validUntil)</td></tr>
            <tr><th>มาตรการรักษาความปลอดภัย · Security measures</th><td>\(e.securityMeasures.joined(separator: "; "))</td></tr>
            </table>
            <table>
            <tr><th>Field</th><th>ข้อมูล</th><th>Data</th><th>Sensitivity</th><th>Protection</th></tr>

            """
            for item in e.personalData {
                page += "<tr><td><code>\(item.field)</code></td><td>\(item.description.th)</td><td>\(item.description.en)</td><td>\(item.sensitivity)</td><td>\(item.protection)</td></tr>\n"
            }
            page += "</table>\n"
            if let deliveries = e.deliveries {
                page += "<table>\n<tr><th>เดือน · Month</th><th>คำขอ · Requests</th><th>แถว · Rows</th><th>ไฟล์ส่งออก · Exports</th></tr>\n"
                for d in deliveries { page += "<tr><td>\(d.month)</td><td>\(d.requests)</td><td>\(d.rows)</td><td>\(d.exports)</td></tr>\n" }
                page += "</table>"
            }
            page += "\n"
        }
        page += """
        <h2>ทะเบียนการเปิดเผยข้อมูลโดยไม่ต้องขอความยินยอม · Disclosures without consent (PDPA s.27)</h2>
        <table>
        <tr><th>Contract</th><th>ผู้รับข้อมูล · Recipient</th><th>ฐานทางกฎหมาย · Legal basis</th><th>Personal data</th><th>Approved</th><th>Valid until</th></tr>

        """
        for d in record.disclosures {
            page += "<tr><td><code>\(d.contract)</code></td><td>\(d.recipient)</td><td>\(d.legalBasis)</td><td>\(d.personalData.joined(separator: ", "))</td><td>\(d.approved)</td><td>\(d.validUntil)</td></tr>\n"
        }
        page += "</table>\n</body>\n</html>\n"
        return page.text
    }
}
