/// The Mustache templates of the generated documentation. They live in the code, not in resource files,
/// so that the `sanya` binary is self-contained.
enum DocumentationTemplates {
    /// The start of every HTML page Sanya writes, to the end of `<head>`: Thai as the page's language,
    /// UTF-8, the shared style, and `extraStyle` for what a page adds to it.
    static func head(title: String, extraStyle: String = "") -> String {
        HTMLDocument.head(title: title, extraStyle: extraStyle)
    }

    static let style = """
    <style>
      body { font-family: "Sarabun", "Noto Sans Thai", "Noto Sans", "Tahoma", sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1d2430; line-height: 1.5; }
      h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d8dee6; }
      table { border-collapse: collapse; width: 100%; margin: .5rem 0; } th, td { border: 1px solid #d8dee6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
      th { background: #f3f5f8; } code, pre { font-family: "Noto Sans Mono", "DejaVu Sans Mono", monospace; font-size: .9em; }
      pre { background: #f3f5f8; padding: .6rem; overflow-x: auto; } .muted { color: #5b6573; }
      .status { display: inline-block; padding: .05rem .5rem; border-radius: .6rem; font-size: .85em; }
      .status-approved { background: #d9f2e3; } .status-draft { background: #fff1c2; } .status-revoked { background: #f8d7da; } .status-rejected { background: #e2e3e5; }
      .expired { color: #a61b29; font-weight: bold; } .expiring { color: #8a5a00; font-weight: bold; }
    </style>
    """

    static let contractHTML = """
    \(head(title: "{{title}} — {{id}}"))
    <body>
    <p><a href="../index.html">← สัญญาข้อมูลทั้งหมด · All contracts</a></p>
    <h1>{{title}}</h1>
    <p class="muted"><code>{{id}}</code> · version {{version}} · <span class="status status-{{status}}">{{status}}</span> · valid until {{validUntil}}{{#validUntilThai}} ({{validUntilThai}}){{/validUntilThai}}</p>

    <h2>วัตถุประสงค์ · Purpose</h2>
    <p>{{purpose}}</p>
    {{#details}}<p class="muted">{{details}}</p>{{/details}}

    <h2>ผู้ขอใช้ข้อมูล · Requested by</h2>
    <table>
    <tr><th>Unit · หน่วยงาน</th><td>{{unit}}</td></tr>
    <tr><th>Project · โครงการ</th><td>{{project}}</td></tr>
    <tr><th>Project head · หัวหน้าโครงการ</th><td>{{head.name}}{{#head.position}}, {{head.position}}{{/head.position}} · {{head.phone}} · {{head.email}}</td></tr>
    <tr><th>Coordinator · ผู้ประสานงาน</th><td>{{coordinator.name}} · {{coordinator.phone}} · {{coordinator.email}}</td></tr>
    <tr><th>e-Office memo · เลขที่บันทึกข้อความ</th><td>{{memo}}</td></tr>
    <tr><th>Requested · วันที่ขอ</th><td>{{requested}} ({{requestedThai}})</td></tr>
    </table>

    <h2>การอนุมัติ · Approval</h2>
    <table>
    <tr><th>Step</th><th>ขั้นตอน</th><th>By · โดย</th><th>Date · วันที่</th></tr>
    {{#steps}}<tr><td>{{kind}}</td><td>{{thai}}</td><td>{{by}}{{#note}} <span class="muted">— {{note}}</span>{{/note}}</td><td>{{date}} ({{dateThai}})</td></tr>
    {{/steps}}
    </table>

    <h2>การส่งมอบ · Delivery</h2>
    <table>
    <tr><th>Method · ช่องทาง</th><td>{{method}}</td></tr>
    {{#route}}<tr><th>Endpoint</th><td><code>{{httpMethod}} {{route}}</code></td></tr>{{/route}}
    <tr><th>Formats · รูปแบบ</th><td>{{formats}}</td></tr>
    <tr><th>Allowed clients · ผู้เชื่อมต่อที่อนุญาต</th><td>{{allow}}</td></tr>
    {{#rowLimit}}<tr><th>Row limit</th><td>{{rowLimit}} rows per request</td></tr>{{/rowLimit}}
    {{#rateLimit}}<tr><th>Rate limit</th><td>{{rateLimit}}</td></tr>{{/rateLimit}}
    </table>
    {{#served}}
    <p>Send the API key the registrar issued to you in the <code>Authorization</code> header. Set <code>SANYA_URL</code> to the registrar's Sanya address.</p>
    {{#examples}}<p><strong>{{format}}</strong></p>
    <pre>{{command}}</pre>
    {{/examples}}
    {{#paged}}<p>JSON responses come in pages: <code>limit</code> (at most 10,000) and the <code>next</code> cursor of each page; <code>ndjson</code>, <code>csv</code>, <code>table</code> and <code>excel</code> stream the whole result.</p>{{/paged}}
    {{/served}}
    {{#view}}
    <p>The data is a view in the registrar's PostgreSQL database. Log in as role <code>{{role}}</code> from an allowed address (password from the registrar), over TLS:</p>
    <pre>psql "host=$REGISTRAR_DB dbname=registrar user={{role}} sslmode=require" -c 'SELECT * FROM {{viewName}}'</pre>
    <p>The role may read <code>{{viewName}}</code> and nothing else: no base table and no other contract's view.</p>
    {{/view}}
    {{#export}}
    <p>The registrar's staff export the data as a document and deliver it through the agreed channel:</p>
    {{#examples}}<pre>{{command}}</pre>
    {{/examples}}
    {{/export}}

    {{#hasParameters}}
    <h2>พารามิเตอร์ · Parameters</h2>
    <table>
    <tr><th>Name</th><th>Type</th><th>Required</th><th>Compared with</th><th>Description</th></tr>
    {{#parameters}}<tr><td><code>{{name}}</code></td><td>{{type}}</td><td>{{required}}</td><td><code>{{column}}</code> {{comparison}}</td><td>{{description}}</td></tr>
    {{/parameters}}
    </table>
    {{/hasParameters}}

    <h2>พจนานุกรมข้อมูล · Data dictionary</h2>
    {{#aggregated}}<p>Aggregated data: one row per group{{#minGroupSize}}; groups of fewer than {{minGroupSize}} rows are suppressed{{/minGroupSize}}.</p>{{/aggregated}}
    <table>
    <tr><th>Field</th><th>Type</th><th>Description</th><th>คำอธิบาย</th><th>Protection · การคุ้มครอง</th></tr>
    {{#fields}}<tr><td><code>{{name}}</code></td><td>{{type}}{{#nullable}}, may be empty{{/nullable}}</td><td>{{en}}</td><td>{{th}}</td><td>{{sensitivity}}{{#mask}} · masked: {{mask}}{{/mask}}</td></tr>
    {{/fields}}
    </table>

    <h2>การคุ้มครองข้อมูลส่วนบุคคล · PDPA</h2>
    <table>
    <tr><th>Highest sensitivity</th><td>{{sensitivity}}</td></tr>
    <tr><th>Legal basis · ฐานทางกฎหมาย</th><td>{{legalBasis}}</td></tr>
    <tr><th>Retention · ระยะเวลาเก็บรักษา</th><td>{{retention}}</td></tr>
    {{#sensitive}}<tr><th>Section 26 approval: <code>{{column}}</code></th><td>{{basis}} — approved by {{approvedBy}} on {{approvedOn}}</td></tr>
    {{/sensitive}}
    </table>
    <p class="muted">The data may be used only for the purpose above (PDPA s.21, s.27). Source: <code>{{source}}</code>.</p>
    </body>
    </html>

    """

    static let contractMarkdown = """
    # {{{title}}}

    `{{{id}}}` · version {{{version}}} · **{{{status}}}** · valid until {{{validUntil}}}{{#validUntilThai}} ({{{validUntilThai}}}){{/validUntilThai}}

    [← All contracts](../index.md)

    ## Purpose · วัตถุประสงค์

    {{{purpose}}}
    {{#details}}

    {{{details}}}
    {{/details}}

    ## Requested by · ผู้ขอใช้ข้อมูล

    | | |
    |-|-|
    | Unit · หน่วยงาน | {{{unit}}} |
    | Project · โครงการ | {{{project}}} |
    | Project head · หัวหน้าโครงการ | {{{head.name}}}{{#head.position}}, {{{head.position}}}{{/head.position}} · {{{head.phone}}} · {{{head.email}}} |
    | Coordinator · ผู้ประสานงาน | {{{coordinator.name}}} · {{{coordinator.phone}}} · {{{coordinator.email}}} |
    | e-Office memo | {{{memo}}} |
    | Requested · วันที่ขอ | {{{requested}}} ({{{requestedThai}}}) |

    ## Approval · การอนุมัติ

    | Step | ขั้นตอน | By · โดย | Date · วันที่ |
    |-|-|-|-|
    {{#steps}}
    | {{{kind}}} | {{{thai}}} | {{{by}}}{{#note}} — {{{note}}}{{/note}} | {{{date}}} ({{{dateThai}}}) |
    {{/steps}}

    ## Delivery · การส่งมอบ

    | | |
    |-|-|
    | Method | {{{method}}} |
    {{#route}}
    | Endpoint | `{{{httpMethod}}} {{{route}}}` |
    {{/route}}
    | Formats | {{{formats}}} |
    | Allowed clients | {{{allow}}} |
    {{#rowLimit}}
    | Row limit | {{{rowLimit}}} rows per request |
    {{/rowLimit}}
    {{#rateLimit}}
    | Rate limit | {{{rateLimit}}} |
    {{/rateLimit}}
    {{#served}}

    Send the API key the registrar issued to you in the `Authorization` header; set `SANYA_URL` to the registrar's Sanya address.
    {{#examples}}

    {{{format}}}:

    ```sh
    {{{command}}}
    ```
    {{/examples}}
    {{/served}}
    {{#view}}

    The data is a view in the registrar's PostgreSQL database. Log in as role `{{{role}}}` from an allowed address, over TLS:

    ```sh
    psql "host=$REGISTRAR_DB dbname=registrar user={{{role}}} sslmode=require" -c 'SELECT * FROM {{{viewName}}}'
    ```

    The role may read `{{{viewName}}}` and nothing else.
    {{/view}}
    {{#export}}

    The registrar's staff export the data as a document and deliver it through the agreed channel:
    {{#examples}}

    ```sh
    {{{command}}}
    ```
    {{/examples}}
    {{/export}}
    {{#hasParameters}}

    ## Parameters · พารามิเตอร์

    | Name | Type | Required | Compared with | Description |
    |-|-|-|-|-|
    {{#parameters}}
    | `{{{name}}}` | {{{type}}} | {{{required}}} | `{{{column}}}` {{{comparison}}} | {{{description}}} |
    {{/parameters}}
    {{/hasParameters}}

    ## Data dictionary · พจนานุกรมข้อมูล
    {{#aggregated}}

    Aggregated data: one row per group{{#minGroupSize}}; groups of fewer than {{{minGroupSize}}} rows are suppressed{{/minGroupSize}}.
    {{/aggregated}}

    | Field | Type | Description | คำอธิบาย | Protection |
    |-|-|-|-|-|
    {{#fields}}
    | `{{{name}}}` | {{{type}}}{{#nullable}}, may be empty{{/nullable}} | {{{en}}} | {{{th}}} | {{{sensitivity}}}{{#mask}} · masked: {{{mask}}}{{/mask}} |
    {{/fields}}

    ## PDPA · การคุ้มครองข้อมูลส่วนบุคคล

    | | |
    |-|-|
    | Highest sensitivity | {{{sensitivity}}} |
    | Legal basis | {{{legalBasis}}} |
    | Retention | {{{retention}}} |
    {{#sensitive}}
    | Section 26 approval: `{{{column}}}` | {{{basis}}} — approved by {{{approvedBy}}} on {{{approvedOn}}} |
    {{/sensitive}}

    The data may be used only for the purpose above (PDPA s.21, s.27). Source: `{{{source}}}`.

    """

    static let indexHTML = """
    \(head(title: "สัญญาข้อมูล · Data contracts of the registrar"))
    <body>
    <h1>สัญญาข้อมูลของสำนักทะเบียนและประมวลผล</h1>
    <p class="muted">Data contracts of the registrar: who receives what, how, and until when. {{count}} contracts.
    A unit asks for data with the <a href="request.html">request form · แบบฟอร์มขอใช้ข้อมูล</a>; the
    <a href="ropa.html">record of processing · บันทึกรายการกิจกรรมการประมวลผล</a> (PDPA s.39) lists every approved disclosure of personal data.</p>
    <table>
    <tr><th>Unit · หน่วยงาน</th><th>Project · โครงการ</th><th>Contract</th><th>Method</th><th>Formats</th><th>Status</th><th>Valid until</th><th>Days left</th></tr>
    {{#contracts}}<tr><td>{{unit}}</td><td>{{project}}</td><td><a href="contracts/{{id}}.html">{{title}}</a><br><code>{{id}}</code> v{{version}}</td><td>{{method}}</td><td>{{formats}}</td><td><span class="status status-{{status}}">{{status}}</span></td><td>{{validUntil}}{{#renewBy}}<br><span class="muted">renew by · ต่ออายุภายใน {{renewBy}}</span>{{/renewBy}}</td><td class="days-left" data-valid-until="{{validUntil}}" data-status="{{status}}">–</td></tr>
    {{/contracts}}
    </table>
    <p class="muted">Days left are counted by your browser from today's date; an approved contract within {{noticeDays}} days of its end is marked for renewal, as <code>sanya check</code> warns (CONTRACT_EXPIRING). The API reference is <a href="../openapi.json">openapi.json</a>.</p>
    <script>
    for (const cell of document.querySelectorAll('.days-left')) {
      const until = cell.dataset.validUntil;
      if (!/^\\d{4}-\\d{2}-\\d{2}$/.test(until)) continue;
      const today = new Date(); today.setHours(0, 0, 0, 0);
      const days = Math.round((new Date(until + 'T00:00:00') - today) / 86400000);
      cell.textContent = days < 0 ? 'expired' : String(days);
      if (days < 0) cell.classList.add('expired');
      else if (days < {{noticeDays}} && cell.dataset.status === 'approved') { cell.textContent += ' — renew · ต่ออายุ'; cell.classList.add('expiring'); }
    }
    </script>
    </body>
    </html>

    """

    static let indexMarkdown = """
    # สัญญาข้อมูล · Data contracts of the registrar

    Who receives what, how, and until when: {{{count}}} contracts. Days left are not written here, so that the
    file only changes when a contract does; the HTML index counts them from today.

    | Unit | Project | Contract | Method | Formats | Status | Valid until | Renew by |
    |-|-|-|-|-|-|-|-|
    {{#contracts}}
    | {{{unit}}} | {{{project}}} | [{{{title}}}](contracts/{{{id}}}.md) `{{{id}}}` v{{{version}}} | {{{method}}} | {{{formats}}} | {{{status}}} | {{{validUntil}}} | {{{renewBy}}} |
    {{/contracts}}

    """
}

/// The head of Sanya's HTML documents, shared by the generated documentation and the reports (the record of
/// processing, the subject-access letter), so that they look and declare themselves alike.
public enum HTMLDocument {
    public static func head(title: String, extraStyle: String = "") -> String {
        """
        <!DOCTYPE html>
        <html lang="th">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(title)</title>
        \(DocumentationTemplates.style)\(extraStyle.isEmpty ? "" : "\n" + extraStyle)
        </head>
        """
    }
}
