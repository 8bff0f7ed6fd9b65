import Foundation
import Mustache
import SanyaModel

/// `Generated/docs/request.html`: the request form of W-REG6-001 as a page that works from a file, without a
/// server. The fields come from `RequestForm.fields` and are checked as the requester types with the
/// `FormRule` patterns themselves (embedded as data), so the page and `sanya new` judge a form alike. The
/// page saves `request.json` for `sanya new --from` and prints in the form's layout for the e-Office memo.
public struct RequestPageRenderer: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    static let template = DocumentationTemplates.mustache(RequestPageTemplate.html)

    public func render() -> String {
        Self.template.render(model())
    }

    func model() -> [String: Any] {
        let field = { (key: String) in RequestForm.fields.first { $0.key == key }! }
        func input(_ key: String, type: String = "text") -> [String: Any] {
            let f = field(key)
            return ["key": f.key, "id": f.key.replacingOccurrences(of: ".", with: "-"), "thai": f.thai, "english": f.english,
                    "required": f.required, "type": type, "hint": f.rule?.hint ?? ""]
        }
        return [
            "formID": RequestForm.formID,
            "unitFields": [input("unit"), input("project")],
            "headFields": [input("head.name"), input("head.position"), input("head.phone", type: "tel"), input("head.email", type: "email")],
            "coordinatorFields": [input("coordinator.name"), input("coordinator.phone", type: "tel"), input("coordinator.email", type: "email")],
            "purpose": input("purpose"), "connection": input("connection"), "addresses": input("addresses"), "formatsField": input("formats"),
            "otherFormat": input("other_format"), "details": input("details"), "itemsField": input("items"), "memo": input("memo"),
            "requested": input("requested", type: "date"),
            "methods": DeliveryMethod.allCases.map { ["value": $0.rawValue, "label": $0.formLabel] },
            "formats": FormFormat.allCases.map { ["value": $0.rawValue, "label": $0.label] },
            "tables": catalog.tables.map { table -> [String: Any] in
                [
                    "name": table.name, "th": table.description.th, "en": table.description.en,
                    "columns": table.columns.map { c -> [String: Any] in
                        ["item": "\(table.name).\(c.name)", "th": c.description.th, "en": c.description.en + (c.codes.isEmpty ? "" : " (\(c.codes.summary(\.en)))"), "sensitivity": c.sensitivity.rawValue,
                         "personal": c.sensitivity >= .personal]
                    },
                ]
            },
            "config": config(),
        ]
    }

    /// What the page's script needs, as JSON inside the page: the fields and the rules' patterns.
    func config() -> String {
        let object: [String: Any] = [
            "form": RequestForm.formID,
            "fields": RequestForm.fields.map { f -> [String: Any] in
                var m: [String: Any] = ["key": f.key, "thai": f.thai, "english": f.english, "kind": f.kind.rawValue, "required": f.required]
                if let rule = f.rule { m["rule"] = rule.rawValue }
                return m
            },
            "rules": Dictionary(uniqueKeysWithValues: FormRule.allCases.map { ($0.rawValue, ["pattern": $0.pattern, "hint": $0.hint, "article": $0.article]) }),
            "needsAddresses": DeliveryMethod.allCases.filter(\.needsAddresses).map(\.rawValue),
            "methodLabels": Dictionary(uniqueKeysWithValues: DeliveryMethod.allCases.map { ($0.rawValue, $0.formLabel) }),
            "formatLabels": Dictionary(uniqueKeysWithValues: FormFormat.allCases.map { ($0.rawValue, $0.label) }),
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        // Inside <script>, "</" would end the element; the escaped form reads the same to JSON.
        return String(decoding: data, as: UTF8.self).replacingOccurrences(of: "</", with: "<\\/")
    }
}

enum RequestPageTemplate {
    static let style = """
    <style>
      form label { display: block; margin-top: .6rem; font-weight: 600; } .en { font-weight: normal; color: #5b6573; }
      input[type=text], input[type=tel], input[type=email], input[type=date], input[type=search], textarea { width: 100%; box-sizing: border-box; padding: .35rem; font: inherit; }
      textarea { min-height: 4rem; } fieldset { border: 1px solid #d8dee6; margin: 1rem 0; padding: .6rem 1rem; } legend { font-weight: 700; }
      .choice { display: inline-block; margin-right: 1.2rem; font-weight: normal; } .hint { color: #5b6573; font-size: .85em; margin: .1rem 0; }
      .error { color: #a61b29; margin: .15rem 0; font-size: .9em; } .error:empty { display: none; } [aria-invalid=true] { border-color: #a61b29; outline: 1px solid #a61b29; }
      #catalog { max-height: 22rem; overflow-y: auto; border: 1px solid #d8dee6; padding: .3rem .6rem; } #catalog h3 { font-size: 1rem; margin: .6rem 0 .2rem; }
      #catalog label { font-weight: normal; margin: .1rem 0; } .personal { color: #8a5a00; font-size: .8em; }
      .actions button { font: inherit; padding: .45rem 1rem; margin: 1rem .6rem 0 0; } #summary { font-weight: bold; }
      #printout { display: none; }
      @media print { #screen { display: none; } #printout { display: block; } body { margin: 0; max-width: none; font-size: 11pt; } #printout th { width: 35%; } }
    </style>
    """

    static let html = """
    \(HTMLDocument.head(title: "แบบฟอร์มขอใช้ข้อมูล · Request for registrar data ({{formID}})", extraStyle: RequestPageTemplate.style))
    <body>
    <div id="screen">
    <p><a href="index.html">← สัญญาข้อมูลทั้งหมด · All contracts</a></p>
    <h1>แบบฟอร์มขอใช้ข้อมูลจากสำนักทะเบียนและประมวลผล</h1>
    <p class="muted">Request for registrar data ({{formID}}). Fill the form, save <code>request.json</code> and attach the printed form to your memo in e-Office. Nothing leaves this page until you save it. · กรอกแบบฟอร์ม บันทึกไฟล์ request.json และพิมพ์แบบฟอร์มแนบบันทึกข้อความในระบบ e-Office</p>
    <form id="request" novalidate>
    <fieldset><legend>หน่วยงานและโครงการ · Unit and project</legend>
    {{#unitFields}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="{{type}}" id="{{id}}" name="{{key}}"{{#required}} required{{/required}}><p class="error" id="error-{{id}}" role="alert"></p>
    {{/unitFields}}
    </fieldset>
    <fieldset><legend>หัวหน้าโครงการ · Project head</legend>
    {{#headFields}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="{{type}}" id="{{id}}" name="{{key}}"{{#required}} required{{/required}}>{{#hint}}<p class="hint">{{hint}}</p>{{/hint}}<p class="error" id="error-{{id}}" role="alert"></p>
    {{/headFields}}
    </fieldset>
    <fieldset><legend>ผู้ประสานงาน · Coordinator</legend>
    {{#coordinatorFields}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="{{type}}" id="{{id}}" name="{{key}}"{{#required}} required{{/required}}>{{#hint}}<p class="hint">{{hint}}</p>{{/hint}}<p class="error" id="error-{{id}}" role="alert"></p>
    {{/coordinatorFields}}
    </fieldset>
    <fieldset><legend>วัตถุประสงค์ · Purpose</legend>
    {{#purpose}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><textarea id="{{id}}" name="{{key}}" required></textarea><p class="error" id="error-{{id}}" role="alert"></p>{{/purpose}}
    </fieldset>
    <fieldset><legend>การเชื่อมต่อ · Connection</legend>
    {{#connection}}<p><strong>{{thai}}</strong> <span class="en">· {{english}}</span></p>{{/connection}}
    {{#methods}}<label class="choice"><input type="radio" name="connection" value="{{value}}"> {{label}}</label>
    {{/methods}}<p class="error" id="error-connection" role="alert"></p>
    {{#addresses}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><textarea id="{{id}}" name="{{key}}" placeholder="10.1.2.0/24&#10;https://app.example.ac.th/sync"></textarea><p class="hint">One a line · บรรทัดละหนึ่งรายการ: {{hint}}</p><p class="error" id="error-{{id}}" role="alert"></p>{{/addresses}}
    {{#formatsField}}<p><strong>{{thai}}</strong> <span class="en">· {{english}}</span></p>{{/formatsField}}
    {{#formats}}<label class="choice"><input type="checkbox" name="formats" value="{{value}}"> {{label}}</label>
    {{/formats}}<p class="error" id="error-formats" role="alert"></p>
    {{#otherFormat}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="text" id="{{id}}" name="{{key}}"><p class="error" id="error-{{id}}" role="alert"></p>{{/otherFormat}}
    </fieldset>
    <fieldset><legend>ข้อมูลที่ต้องการ · Data wanted</legend>
    {{#details}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><textarea id="{{id}}" name="{{key}}"></textarea>{{/details}}
    {{#itemsField}}<p><strong>{{thai}}</strong> <span class="en">· {{english}} (optional: tick what you need; search in Thai or English)</span></p>{{/itemsField}}
    <input type="search" id="item-search" placeholder="ค้นหา · search, e.g. ชื่อ, grade, faculty" aria-label="search the catalog">
    <div id="catalog">
    {{#tables}}<section data-table="{{name}}"><h3>{{th}} · {{en}} <code>{{name}}</code></h3>
    {{#columns}}<label data-search="{{item}} {{th}} {{en}}"><input type="checkbox" name="items" value="{{item}}"> {{th}} · {{en}} <code>{{item}}</code>{{#personal}} <span class="personal">{{sensitivity}}</span>{{/personal}}</label>
    {{/columns}}</section>
    {{/tables}}
    </div>
    <p class="hint" id="picked">0 items picked · เลือก 0 รายการ</p>
    <p class="error" id="error-items" role="alert"></p>
    </fieldset>
    <fieldset><legend>บันทึกข้อความ · Memo</legend>
    {{#memo}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="text" id="{{id}}" name="{{key}}"><p class="error" id="error-{{id}}" role="alert"></p>{{/memo}}
    {{#requested}}<label for="{{id}}">{{thai}} <span class="en">· {{english}}</span></label><input type="date" id="{{id}}" name="{{key}}"><p class="error" id="error-{{id}}" role="alert"></p>{{/requested}}
    </fieldset>
    <p id="summary" role="status"></p>
    <div class="actions">
    <button type="button" id="save">บันทึก request.json · Save request.json</button>
    <button type="button" id="print">พิมพ์แบบฟอร์ม · Print the form</button>
    </div>
    </form>
    <h2>request.json</h2>
    <pre id="preview">–</pre>
    </div>
    <div id="printout"></div>
    <script type="application/json" id="sanya-form">{{{config}}}</script>
    <script>
    (function () {
      'use strict';
      const config = JSON.parse(document.getElementById('sanya-form').textContent);
      const rules = {};
      for (const [name, rule] of Object.entries(config.rules)) rules[name] = { re: new RegExp(rule.pattern, 'u'), hint: rule.hint, article: rule.article };
      const form = document.getElementById('request');
      const idOf = (key) => key.replace('.', '-');
      const text = (key) => { const el = form.elements.namedItem(key); return el && el.value !== undefined ? el.value.trim() : ''; };
      const ticked = (name) => Array.from(form.querySelectorAll('input[name="' + name + '"]:checked')).map((el) => el.value);
      const connection = () => { const el = form.querySelector('input[name="connection"]:checked'); return el ? el.value : ''; };
      const addresses = () => text('addresses').split(/[\\s,]+/).filter((a) => a !== '');
      const field = (key) => config.fields.find((f) => f.key === key);
      const required = (f) => 'is required (' + f.english + ' · ' + f.thai + ')';

      // The same judgement as RequestForm.read in Sanya, field by field.
      function problem(key) {
        const f = field(key);
        if (key === 'connection') return connection() ? '' : required(f);
        if (key === 'formats') {
          return ticked('formats').length ? '' : 'tick at least one output format (' + f.english + ' · ' + f.thai + ')';
        }
        if (key === 'other_format') return ticked('formats').includes('other') && !text(key) ? "is required when 'other' is ticked: say which format" : '';
        if (key === 'addresses') {
          for (const a of addresses()) if (!rules.allow_entry.re.test(a)) return "'" + a + "' is not " + rules.allow_entry.article + '; write ' + rules.allow_entry.hint;
          if (config.needsAddresses.includes(connection()) && addresses().length === 0) {
            return 'name at least one IP address, range or URL: the ' + config.methodLabels[connection()] + ' connection is allowed only from them';
          }
          return '';
        }
        if (key === 'items') return '';
        const value = text(key);
        if (!value) return f.required ? required(f) : '';
        if (f.rule && !rules[f.rule].re.test(value)) return "'" + value + "' is not " + rules[f.rule].article + '; write ' + rules[f.rule].hint;
        if (key === 'requested' && !/^\\d{4}-\\d{2}-\\d{2}$/.test(value)) return "'" + value + "' is not a date YYYY-MM-DD";
        return '';
      }

      function show(key) {
        const message = problem(key);
        const box = document.getElementById('error-' + idOf(key));
        if (box) box.textContent = message ? field(key).english + ': ' + message : '';
        const el = document.getElementById(idOf(key));
        if (el) el.setAttribute('aria-invalid', message ? 'true' : 'false');
        return message;
      }

      function checkAll() {
        const bad = config.fields.map((f) => f.key).filter((key) => show(key));
        const summary = document.getElementById('summary');
        summary.textContent = bad.length ? bad.length + ' field(s) need attention · มี ' + bad.length + ' รายการที่ต้องแก้ไข: ' + bad.join(', ') : '';
        if (bad.length) {
          const first = document.getElementById(idOf(bad[0])) || form.querySelector('input[name="' + bad[0] + '"]');
          if (first) first.focus();
        }
        return bad.length === 0;
      }

      function request() {
        const out = { form: config.form };
        const put = (object, key, value) => { if (value !== '' && !(Array.isArray(value) && value.length === 0)) object[key] = value; };
        put(out, 'unit', text('unit'));
        put(out, 'project', text('project'));
        out.head = {}; out.coordinator = {};
        for (const k of ['name', 'position', 'phone', 'email']) put(out.head, k, text('head.' + k));
        for (const k of ['name', 'phone', 'email']) put(out.coordinator, k, text('coordinator.' + k));
        put(out, 'purpose', text('purpose'));
        put(out, 'connection', connection());
        put(out, 'addresses', addresses());
        put(out, 'formats', ticked('formats'));
        if (ticked('formats').includes('other')) put(out, 'other_format', text('other_format'));
        put(out, 'details', text('details'));
        put(out, 'items', ticked('items'));
        put(out, 'memo', text('memo'));
        put(out, 'requested', text('requested'));
        return out;
      }

      function printout(data) {
        const rows = [];
        const row = (thai, english, value) => rows.push([thai + ' · ' + english, value || '–']);
        const f = (key) => field(key);
        row(f('unit').thai, f('unit').english, data.unit);
        row(f('project').thai, f('project').english, data.project);
        row(f('head.name').thai, f('head.name').english, [data.head.name, data.head.position, data.head.phone, data.head.email].filter(Boolean).join(' · '));
        row(f('coordinator.name').thai, f('coordinator.name').english, [data.coordinator.name, data.coordinator.phone, data.coordinator.email].filter(Boolean).join(' · '));
        row(f('purpose').thai, f('purpose').english, data.purpose);
        row(f('connection').thai, f('connection').english, config.methodLabels[data.connection]);
        row(f('addresses').thai, f('addresses').english, (data.addresses || []).join(', '));
        row(f('formats').thai, f('formats').english, (data.formats || []).map((x) => config.formatLabels[x]).join(', ') + (data.other_format ? ' (' + data.other_format + ')' : ''));
        row(f('details').thai, f('details').english, data.details);
        row(f('items').thai, f('items').english, (data.items || []).join(', '));
        row(f('memo').thai, f('memo').english, data.memo);
        row(f('requested').thai, f('requested').english, data.requested);
        const box = document.getElementById('printout');
        box.replaceChildren();
        const title = document.createElement('h1');
        title.textContent = 'แบบฟอร์มขอใช้ข้อมูล · Request for registrar data (' + config.form + ')';
        const table = document.createElement('table');
        for (const [label, value] of rows) {
          const tr = table.insertRow();
          const th = document.createElement('th'); th.textContent = label; tr.appendChild(th);
          tr.insertCell().textContent = value;
        }
        const sign = document.createElement('p');
        sign.textContent = 'ลงชื่อ ........................................ หัวหน้าโครงการ (Project head)    วันที่ ....../....../......';
        box.append(title, table, sign);
      }

      form.addEventListener('input', (event) => {
        const name = event.target.name;
        if (!name || name === 'items') return;
        show(name);
        if (name === 'connection') show('addresses');
        if (name === 'formats') show('other_format');
        document.getElementById('preview').textContent = JSON.stringify(request(), null, 2);
      });
      form.addEventListener('change', () => {
        const count = ticked('items').length;
        document.getElementById('picked').textContent = count + ' items picked · เลือก ' + count + ' รายการ';
        document.getElementById('preview').textContent = JSON.stringify(request(), null, 2);
      });
      document.getElementById('item-search').addEventListener('input', (event) => {
        const words = event.target.value.toLowerCase().split(/\\s+/).filter(Boolean);
        for (const label of document.querySelectorAll('#catalog label')) {
          const haystack = label.dataset.search.toLowerCase();
          label.hidden = !words.every((w) => haystack.includes(w));
        }
        for (const section of document.querySelectorAll('#catalog section')) {
          section.hidden = !section.querySelector('label:not([hidden])');
        }
      });
      document.getElementById('save').addEventListener('click', () => {
        if (!checkAll()) return;
        const data = request();
        const json = JSON.stringify(data, null, 2) + '\\n';
        document.getElementById('preview').textContent = json;
        const link = document.createElement('a');
        link.href = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
        link.download = 'request.json';
        document.body.appendChild(link);
        link.click();
        link.remove();
        document.getElementById('summary').textContent = 'Saved request.json · บันทึกแล้ว: send it with the printed form to the registrar.';
      });
      document.getElementById('print').addEventListener('click', () => {
        if (!checkAll()) return;
        printout(request());
        window.print();
      });
    })();
    </script>
    </body>
    </html>

    """
}
