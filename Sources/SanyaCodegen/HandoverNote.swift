import Foundation
import Mustache
import SanyaModel

/// The hand-over note of step 5 of W-REG6-001, for the receiving unit's coordinator, in Thai and English:
/// what they receive, how to connect, until when, the purpose they may use it for, and whom to call. It never
/// holds a secret: keys and passwords are shown once, on the terminal of the staff who deliver.
public struct HandoverNote: Sendable {
    /// How the data was handed over.
    public enum Channel: Sendable {
        /// An API contract: the key's id (not the key), and the runtime's address.
        case api(keyID: String, baseURL: String)
        /// An Export document: the file, its checksum and size.
        case export(file: String, sha256: String, rows: Int, format: OutputFormat)
        /// A View Table: where and as whom to connect.
        case view(host: String, port: Int, database: String, role: String)
    }

    public let contract: Contract
    public let channel: Channel
    public let deliveredBy: String
    public let on: LocalDate
    /// The registrar's contact for questions, as `name · phone · e-mail`.
    public let registrarContact: String

    public init(contract: Contract, channel: Channel, deliveredBy: String, on: LocalDate, registrarContact: String) {
        self.contract = contract
        self.channel = channel
        self.deliveredBy = deliveredBy
        self.on = on
        self.registrarContact = registrarContact
    }

    static let markdownTemplate = DocumentationTemplates.mustache(HandoverTemplates.markdown)
    static let htmlTemplate = DocumentationTemplates.mustache(HandoverTemplates.html)

    public var markdown: String { Self.markdownTemplate.render(model(escape: \.markdownCell)) }
    public var html: String { Self.htmlTemplate.render(model(escape: { $0 })) }

    func model(escape e: (String) -> String) -> [String: Any] {
        let request = contract.request
        var model: [String: Any] = [
            "id": contract.id, "version": contract.version, "title": e(contract.title),
            "unit": e(request.unit), "project": e(request.project), "purpose": e(request.purpose),
            "coordinator": e(request.coordinator.name), "coordinatorEmail": e(request.coordinator.email ?? ""),
            "deliveredBy": e(deliveredBy), "on": on.description, "onThai": on.thai,
            "validUntil": contract.workflow.validUntil?.description ?? "–", "validUntilThai": contract.workflow.validUntil?.thai ?? "–",
            "method": contract.delivery.method.rawValue, "methodLabel": contract.delivery.method.formLabel,
            "formats": contract.delivery.formats.map(\.rawValue).joined(separator: ", "),
            "allow": contract.delivery.allow.isEmpty ? "–" : contract.delivery.allow.map(\.description).joined(separator: ", "),
            "contact": e(registrarContact),
            "fields": contract.query.fields.map { f -> [String: Any] in
                ["name": f.name, "th": e(f.description.th), "en": e(f.description.en), "type": f.type.name, "mask": f.mask?.summary ?? "–"]
            },
            "retention": e(contract.protection.retention ?? "–"),
            "legalBasis": contract.protection.legalBasis.map { "\($0.rawValue) (PDPA \($0.section))" } ?? "–",
            "decisions": e(contract.workflow.decisions.isEmpty ? "–" : contract.workflow.decisions),
        ]
        let docs = DocumentationRenderer(catalog: Catalog(tables: []), contracts: [contract])
        switch channel {
        case .api(let keyID, let baseURL):
            model["api"] = true
            model["keyID"] = keyID
            model["endpoint"] = "\(contract.delivery.method == .apiGet ? "GET" : "POST") \(baseURL)/api/\(contract.id)"
            model["examples"] = docs.examples(of: contract).map { ["format": $0.format.rawValue, "command": $0.command.replacingOccurrences(of: "$SANYA_URL", with: baseURL)] }
            if let rate = contract.delivery.rateLimit { model["rateLimit"] = rate.description }
            if let limit = contract.delivery.rowLimit { model["rowLimit"] = String(limit) }
        case .export(let file, let sha256, let rows, let format):
            model["export"] = true
            model["file"] = e(file)
            model["sha256"] = sha256
            model["rows"] = String(rows)
            model["fileFormat"] = format.rawValue
        case .view(let host, let port, let database, let role):
            model["view"] = true
            model["connect"] = "psql \"host=\(host) port=\(port) dbname=\(database) user=\(role) sslmode=require\""
            model["query"] = "SELECT * FROM \(Vocabulary.viewSchema).\(contract.sqlName);"
            model["role"] = role
        }
        return model
    }
}

enum HandoverTemplates {
    static let markdown = """
    # บันทึกส่งมอบข้อมูล · Data hand-over: {{{title}}}

    ถึง · To: {{{coordinator}}} ({{{coordinatorEmail}}}), {{{unit}}}
    โครงการ · Project: {{{project}}}
    สัญญา · Contract: `{{{id}}}` version {{{version}}}
    ส่งมอบโดย · Delivered by: {{{deliveredBy}}}, {{{onThai}}} ({{{on}}})
    ผู้ตัดสินใจ · Decided: {{{decisions}}}

    ## ข้อมูลที่ได้รับ · What you receive

    | field | คำอธิบาย | description | type | masking |
    |-|-|-|-|-|
    {{#fields}}
    | `{{{name}}}` | {{{th}}} | {{{en}}} | {{{type}}} | {{{mask}}} |
    {{/fields}}

    ## วิธีเชื่อมต่อ · How to connect

    ช่องทาง · Channel: {{{methodLabel}}}; formats: {{{formats}}}.
    {{#api}}
    Endpoint: `{{{endpoint}}}`. Send the key in the header `Authorization: Bearer <key>`; it was given to you
    separately (key id `{{{keyID}}}`), never put it in a URL. คีย์ส่งให้แยกต่างหาก ห้ามใส่ไว้ใน URL
    {{#rowLimit}}At most {{{rowLimit}}} rows per request. {{/rowLimit}}{{#rateLimit}}At most {{{rateLimit}}}.{{/rateLimit}}

    {{#examples}}
    ```sh
    {{{command}}}
    ```
    {{/examples}}
    {{/api}}
    {{#export}}
    ไฟล์ · File: `{{{file}}}` ({{{fileFormat}}}, {{{rows}}} rows). Check it before use · ตรวจสอบไฟล์ก่อนใช้งาน:

    ```sh
    sha256sum {{{file}}}   # {{{sha256}}}
    ```
    {{/export}}
    {{#view}}
    Connect as `{{{role}}}` with the password given to you separately (รหัสผ่านส่งให้แยกต่างหาก), over TLS:

    ```sh
    {{{connect}}} -c '{{{query}}}'
    ```
    {{/view}}

    เชื่อมต่อได้จาก · Allowed from: {{{allow}}}

    ## ระยะเวลาและเงื่อนไข · Until when, and on what terms

    - ใช้ได้ถึง · Valid until: {{{validUntilThai}}} ({{{validUntil}}}). After that the data is no longer served; ask for a renewal in time.
    - ใช้เพื่อวัตถุประสงค์นี้เท่านั้น · Use it only for this purpose: {{{purpose}}}
    - ฐานทางกฎหมาย · Legal basis: {{{legalBasis}}}; เก็บรักษา · retention: {{{retention}}}.
    - Do not pass the data on, and tell the registrar at once of any leak (PDPA). ห้ามส่งต่อข้อมูล และแจ้งสำนักทะเบียนฯ ทันทีหากข้อมูลรั่วไหล

    ## ติดต่อ · Whom to call

    {{{contact}}}

    """

    static let html = """
    \(HTMLDocument.head(title: "บันทึกส่งมอบข้อมูล · Data hand-over — {{id}}"))
    <body>
    <h1>บันทึกส่งมอบข้อมูล · Data hand-over: {{title}}</h1>
    <table>
    <tr><th>ถึง · To</th><td>{{coordinator}} ({{coordinatorEmail}}), {{unit}}</td></tr>
    <tr><th>โครงการ · Project</th><td>{{project}}</td></tr>
    <tr><th>สัญญา · Contract</th><td><code>{{id}}</code> version {{version}}</td></tr>
    <tr><th>ส่งมอบโดย · Delivered by</th><td>{{deliveredBy}}, {{onThai}} ({{on}})</td></tr>
    <tr><th>ผู้ตัดสินใจ · Decided</th><td>{{decisions}}</td></tr>
    </table>
    <h2>ข้อมูลที่ได้รับ · What you receive</h2>
    <table>
    <tr><th>Field</th><th>คำอธิบาย</th><th>Description</th><th>Type</th><th>Masking</th></tr>
    {{#fields}}<tr><td><code>{{name}}</code></td><td>{{th}}</td><td>{{en}}</td><td>{{type}}</td><td>{{mask}}</td></tr>
    {{/fields}}
    </table>
    <h2>วิธีเชื่อมต่อ · How to connect</h2>
    <p>ช่องทาง · Channel: {{methodLabel}}; formats: {{formats}}.</p>
    {{#api}}<p>Endpoint: <code>{{endpoint}}</code>. Send the key in the header <code>Authorization: Bearer &lt;key&gt;</code>; it was given to you separately (key id <code>{{keyID}}</code>), never put it in a URL. คีย์ส่งให้แยกต่างหาก ห้ามใส่ไว้ใน URL</p>
    {{#rowLimit}}<p>At most {{rowLimit}} rows per request.</p>{{/rowLimit}}{{#rateLimit}}<p>At most {{rateLimit}}.</p>{{/rateLimit}}
    {{#examples}}<pre>{{command}}</pre>
    {{/examples}}{{/api}}
    {{#export}}<p>ไฟล์ · File: <code>{{file}}</code> ({{fileFormat}}, {{rows}} rows). SHA-256: <code>{{sha256}}</code> — check it before use · ตรวจสอบไฟล์ก่อนใช้งาน (<code>sha256sum {{file}}</code>).</p>{{/export}}
    {{#view}}<p>Connect as <code>{{role}}</code> with the password given to you separately (รหัสผ่านส่งให้แยกต่างหาก), over TLS:</p>
    <pre>{{connect}} -c '{{query}}'</pre>{{/view}}
    <p>เชื่อมต่อได้จาก · Allowed from: {{allow}}</p>
    <h2>ระยะเวลาและเงื่อนไข · Until when, and on what terms</h2>
    <ul>
    <li>ใช้ได้ถึง · Valid until: {{validUntilThai}} ({{validUntil}}). After that the data is no longer served; ask for a renewal in time.</li>
    <li>ใช้เพื่อวัตถุประสงค์นี้เท่านั้น · Use it only for this purpose: {{purpose}}</li>
    <li>ฐานทางกฎหมาย · Legal basis: {{legalBasis}}; เก็บรักษา · retention: {{retention}}.</li>
    <li>Do not pass the data on, and tell the registrar at once of any leak (PDPA). ห้ามส่งต่อข้อมูล และแจ้งสำนักทะเบียนฯ ทันทีหากข้อมูลรั่วไหล</li>
    </ul>
    <h2>ติดต่อ · Whom to call</h2>
    <p>{{contact}}</p>
    </body>
    </html>

    """
}
