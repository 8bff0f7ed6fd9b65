import SanyaDiagnostics
import Foundation
import Mustache
import SanyaCodegen
import SanyaModel

/// The data subject's right of access (PDPA s.30): which contracts include one person's record today, what
/// each discloses and how it is masked, to whom, and what was delivered under them since a date. Who is a
/// person, and by which column, the catalog says (`data_subject:` on a table).
public struct SubjectAccess: Sendable, Encodable {
    /// The tables of people the catalog declares, or why `sanya subject` cannot pick one.
    public enum Choice: Error, CustomStringConvertible {
        case none
        case several([String])
        case notASubject(String, declared: [String])

        public var description: String {
            switch self {
            case .none:
                "the catalog declares no data subject: add 'data_subject: { key: COLUMN, name: { en: student, th: นักศึกษา } }' to the catalog file of the table whose rows are people"
            case .several(let tables):
                "the catalog declares several data subjects (\(tables.joined(separator: ", "))): say which with --table"
            case .notASubject(let table, let declared):
                "table '\(table)' is not declared a data subject in the catalog" + (declared.isEmpty ? "" : " (declared: \(declared.joined(separator: ", ")))")
            }
        }
    }

    /// The table of people to look the person up in: `table` if given, else the catalog's only one.
    public static func subjectTable(in catalog: Catalog, named table: String?) throws(Choice) -> CatalogTable {
        let declared = catalog.dataSubjects
        if let table {
            guard let found = declared.first(where: { $0.name == table }) else { throw .notASubject(table, declared: declared.map(\.name)) }
            return found
        }
        guard let only = declared.first else { throw .none }
        guard declared.count == 1 else { throw .several(declared.map(\.name)) }
        return only
    }

    /// One in-force contract and whether it includes the person.
    public struct Entry: Sendable, Encodable {
        public var contract: String
        public var title: String
        public var recipient: String
        public var purpose: String
        public var legalBasis: String
        public var method: String
        public var validUntil: String
        /// Rows of the contract that concern the person (before any grouping).
        public var rows: Int
        /// The person is only counted in figures of groups, never shown.
        public var aggregatedOnly: Bool
        public var fields: [Disclosed]
        public var deliveries: Deliveries

        enum CodingKeys: String, CodingKey {
            case contract, title, recipient, purpose, method, rows, fields, deliveries
            case legalBasis = "legal_basis", validUntil = "valid_until", aggregatedOnly = "aggregated_only"
        }
    }

    public struct Disclosed: Sendable, Encodable {
        public var field: String
        public var description: Bilingual
        public var protection: String
    }

    /// What the audit says was delivered under a contract since the date asked about (to anyone it served).
    public struct Deliveries: Sendable, Encodable {
        public var requests: Int
        public var exports: Int
        public var first: String?
        public var last: String?

        public init(requests: Int, exports: Int, first: String?, last: String?) {
            self.requests = requests
            self.exports = exports
            self.first = first
            self.last = last
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(requests, forKey: .requests); try c.encode(exports, forKey: .exports)
            try c.encode(first, forKey: .first); try c.encode(last, forKey: .last)
        }
        enum Keys: String, CodingKey { case requests, exports, first, last }
    }

    /// A contract of the plan: the query to run for the person, per dialect.
    public struct Check: Sendable {
        public var contract: Contract
        public var keyColumn: String
        public var keyType: ColumnType
    }

    public var subject: String
    /// What the person is called (`student` · `นักศึกษา`), from the catalog.
    public var subjectName: Bilingual
    public var today: LocalDate
    public var since: LocalDate
    public var entries: [Entry]
    /// In-force contracts that do not concern individual students (courses, aggregates of other tables).
    public var notAboutPeople: [String]

    enum CodingKeys: String, CodingKey {
        case subject, today, since, entries
        case subjectName = "subject_name"
        case notAboutPeople = "not_about_people"
    }

    /// The contracts in force on `day`, each with the base-table column that holds the person's key (the
    /// subject table's key, or a single-column foreign key to it); those whose base table has none are not
    /// about individual people of that table.
    public static func plan(contracts: [Contract], catalog: Catalog, subject: CatalogTable, on day: LocalDate) -> (checks: [Check], others: [String]) {
        let key = subject.dataSubject?.key ?? subject.primaryKey.first ?? ""
        var checks: [Check] = [], others: [String] = []
        for contract in contracts.sorted(by: { $0.id < $1.id }) where contract.isInForce(on: day) {
            guard let base = catalog.table(contract.query.baseTable) else { continue }
            let column: String?
            if base.name == subject.name {
                column = key
            } else {
                column = base.foreignKeys.first { $0.referencedTable == subject.name && $0.referencedColumns == [key] }?.columns.first
            }
            if let column, let type = base.column(column)?.type {
                checks.append(Check(contract: contract, keyColumn: column, keyType: type))
            } else {
                others.append(contract.id)
            }
        }
        return (checks, others)
    }

    public init(subject: String, named subjectName: Bilingual, today: LocalDate, since: LocalDate,
                results: [(Check, rows: Int, deliveries: Deliveries)], others: [String]) {
        self.subject = subject
        self.subjectName = subjectName
        self.today = today
        self.since = since
        self.notAboutPeople = others
        self.entries = results.filter { $0.rows > 0 }.map { check, rows, deliveries in
            let contract = check.contract
            return Entry(
                contract: contract.id, title: contract.title, recipient: contract.request.unit, purpose: contract.request.purpose,
                legalBasis: contract.protection.legalBasis.map { "\($0.rawValue) (PDPA \($0.section))" } ?? "–",
                method: contract.delivery.method.rawValue, validUntil: contract.workflow.validUntil?.description ?? "–", rows: rows,
                // A contract grouped by the person shows their record, however it is summed up.
                aggregatedOnly: contract.query.disclosure == .statistics,
                fields: contract.query.fields.map { field in
                    Disclosed(field: field.name, description: field.description,
                              protection: field.isAggregate ? (contract.query.disclosure == .perPerson ? "a figure about this person" : "a figure over a group")
                                  : field.mask.map { "masked: \($0.summary)" } ?? "as recorded")
                },
                deliveries: deliveries)
        }
    }

    // MARK: - Forms

    public enum Format: String, CaseIterable, Sendable { case text, json, markdown, html }

    public func render(_ format: Format) -> String {
        switch format {
        case .json: return ToolReport.json(self)
        case .text: return text()
        case .markdown: return Self.markdownTemplate.render(model())
        case .html: return Self.htmlTemplate.render(model())
        }
    }

    func text() -> String {
        var out = "\(subjectName.en.prefix(1).uppercased() + subjectName.en.dropFirst()) \(subject): \(entries.count) contract(s) in force on \(today) include this record\n"
        for e in entries {
            out += "\n\(e.contract) — \(e.recipient) (\(e.method), until \(e.validUntil)): \(e.rows) row(s)\(e.aggregatedOnly ? ", counted in group figures only" : "")\n"
            out += "  purpose: \(e.purpose)\n  legal basis: \(e.legalBasis)\n"
            for field in e.fields { out += "  - \(field.field): \(field.protection)\n" }
            out += "  delivered since \(since): \(e.deliveries.requests) request(s), \(e.deliveries.exports) export(s)"
            out += e.deliveries.first.map { " (\($0) to \(e.deliveries.last ?? $0))" } ?? ""
            out += "\n"
        }
        if !notAboutPeople.isEmpty { out += "\nNot about any one \(subjectName.en): \(notAboutPeople.joined(separator: ", "))\n" }
        return out
    }

    func model() -> [String: Any] {
        [
            "subject": subject, "subjectEn": subjectName.en, "subjectTh": subjectName.th, "today": today.description, "todayThai": today.thai, "since": since.description, "sinceThai": since.thai,
            "count": entries.count, "none": entries.isEmpty,
            "entries": entries.map { e -> [String: Any] in
                [
                    "contract": e.contract, "title": e.title, "recipient": e.recipient, "purpose": e.purpose, "legalBasis": e.legalBasis,
                    "method": e.method, "validUntil": e.validUntil, "aggregated": e.aggregatedOnly, "rows": e.rows,
                    "fields": e.fields.map { ["field": $0.field, "th": $0.description.th, "en": $0.description.en, "protection": $0.protection] },
                    "requests": e.deliveries.requests, "exports": e.deliveries.exports,
                    "period": e.deliveries.first.map { "\($0) – \(e.deliveries.last ?? $0)" } ?? "–",
                ]
            },
        ]
    }

    static func template(_ text: String) -> MustacheTemplate {
        do { return try MustacheTemplate(string: text) } catch { preconditionFailure("invalid subject-access template: \(error)") }
    }

    static let markdownTemplate = template("""
    # หนังสือแจ้งการเข้าถึงข้อมูลส่วนบุคคล · Your personal data held and disclosed by the registrar

    เรียน เจ้าของข้อมูล รหัส{{{subjectTh}}} {{{subject}}} · To the {{{subjectEn}}} with ID {{{subject}}}

    ตามที่ท่านใช้สิทธิขอเข้าถึงข้อมูลส่วนบุคคลตามมาตรา 30 แห่ง พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 สำนักทะเบียนและประมวลผลขอแจ้งว่า
    ณ วันที่ {{{todayThai}}} ข้อมูลของท่านอยู่ในสัญญาข้อมูลที่มีผลใช้บังคับ {{{count}}} ฉบับ ดังนี้ · In answer to your request under
    section 30 of the Personal Data Protection Act, on {{{today}}} your record is included in {{{count}}} data contract(s) in force:
    {{#none}}

    ไม่มีสัญญาข้อมูลใดที่เปิดเผยข้อมูลของท่าน · No data contract discloses your data.
    {{/none}}
    {{#entries}}

    ## {{{recipient}}}

    - โครงการ · Contract: {{{title}}} (`{{{contract}}}`), ช่องทาง · channel {{{method}}}, ใช้ได้ถึง · until {{{validUntil}}}
    - วัตถุประสงค์ · Purpose: {{{purpose}}}
    - ฐานทางกฎหมาย · Legal basis: {{{legalBasis}}}
    {{#aggregated}}
    - ข้อมูลของท่านถูกนับรวมในตัวเลขสรุปของกลุ่มเท่านั้น ไม่มีการเปิดเผยเป็นรายบุคคล · You are only counted in group figures, never shown.
    {{/aggregated}}
    - ส่งมอบตั้งแต่ {{{sinceThai}}} · Delivered since {{{since}}}: {{{requests}}} request(s), {{{exports}}} export(s) ({{{period}}})

    | ข้อมูล · data | คำอธิบาย | description | การคุ้มครอง · protection |
    |-|-|-|-|
    {{#fields}}
    | `{{{field}}}` | {{{th}}} | {{{en}}} | {{{protection}}} |
    {{/fields}}
    {{/entries}}

    หากท่านประสงค์จะคัดค้าน ขอให้ลบ หรือขอสำเนาข้อมูล โปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของสถาบัน
    · To object, or to ask for erasure or a copy, contact the institute's data protection officer.

    สำนักทะเบียนและประมวลผล · Office of the Registrar

    """)

    static let htmlTemplate = template("""
    \(HTMLDocument.head(title: "หนังสือแจ้งการเข้าถึงข้อมูลส่วนบุคคล · Subject access — {{subject}}", extraStyle: "<style> body { max-width: 50rem; line-height: 1.6; } </style>"))
    <body>
    <h1>หนังสือแจ้งการเข้าถึงข้อมูลส่วนบุคคล · Your personal data held and disclosed by the registrar</h1>
    <p>เรียน เจ้าของข้อมูล รหัส{{subjectTh}} {{subject}} · To the {{subjectEn}} with ID {{subject}}</p>
    <p>ตามที่ท่านใช้สิทธิขอเข้าถึงข้อมูลส่วนบุคคลตามมาตรา 30 แห่ง พ.ร.บ. คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 สำนักทะเบียนและประมวลผลขอแจ้งว่า ณ วันที่ {{todayThai}} ข้อมูลของท่านอยู่ในสัญญาข้อมูลที่มีผลใช้บังคับ {{count}} ฉบับ ·
    In answer to your request under section 30 of the Personal Data Protection Act, on {{today}} your record is included in {{count}} data contract(s) in force.</p>
    {{#none}}<p>ไม่มีสัญญาข้อมูลใดที่เปิดเผยข้อมูลของท่าน · No data contract discloses your data.</p>{{/none}}
    {{#entries}}
    <h2>{{recipient}}</h2>
    <ul>
    <li>โครงการ · Contract: {{title}} (<code>{{contract}}</code>), ช่องทาง · channel {{method}}, ใช้ได้ถึง · until {{validUntil}}</li>
    <li>วัตถุประสงค์ · Purpose: {{purpose}}</li>
    <li>ฐานทางกฎหมาย · Legal basis: {{legalBasis}}</li>
    {{#aggregated}}<li>ข้อมูลของท่านถูกนับรวมในตัวเลขสรุปของกลุ่มเท่านั้น · You are only counted in group figures, never shown.</li>{{/aggregated}}
    <li>ส่งมอบตั้งแต่ {{sinceThai}} · Delivered since {{since}}: {{requests}} request(s), {{exports}} export(s) ({{period}})</li>
    </ul>
    <table>
    <tr><th>ข้อมูล · data</th><th>คำอธิบาย</th><th>description</th><th>การคุ้มครอง · protection</th></tr>
    {{#fields}}<tr><td><code>{{field}}</code></td><td>{{th}}</td><td>{{en}}</td><td>{{protection}}</td></tr>
    {{/fields}}
    </table>
    {{/entries}}
    <p>หากท่านประสงค์จะคัดค้าน ขอให้ลบ หรือขอสำเนาข้อมูล โปรดติดต่อเจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคลของสถาบัน · To object, or to ask for erasure or a copy, contact the institute's data protection officer.</p>
    <p>สำนักทะเบียนและประมวลผล · Office of the Registrar</p>
    </body>
    </html>

    """)
}
