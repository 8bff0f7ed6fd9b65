import Foundation

/// The registrar's request form (แบบฟอร์มขอใช้ข้อมูล, manual W-REG6-001) as data: what the offline request
/// page collects and saves as `request.json`, what `sanya new` reads and asks for on a terminal.
///
/// The fields, their labels and their rules are listed once, in `RequestForm.fields`; the page is generated
/// from this list and checks with the same `FormRule` patterns, so the page and the command line cannot
/// disagree on what a well-filled form is.
public struct RequestForm: Hashable, Sendable {
    public struct Contact: Hashable, Sendable {
        public var name: String
        public var position: String?
        public var phone: String
        public var email: String
    }

    public var unit: String
    public var project: String
    public var head: Contact
    public var coordinator: Contact
    public var purpose: String
    public var connection: DeliveryMethod
    public var addresses: [String]
    /// The boxes ticked under "output format", in the form's words.
    public var formats: [FormFormat]
    /// The text written next to "other".
    public var otherFormat: String?
    public var details: String?
    /// Data items picked from the catalog, as `table.column`.
    public var items: [String]
    public var memo: String?
    public var requested: LocalDate?

    /// The form's identifier, written into `request.json` so that a file of another kind is recognised.
    public static let formID = "W-REG6-001"
}

/// The output formats the form offers.
public enum FormFormat: String, Sendable, CaseIterable, Hashable {
    case json, table, excel, csv, other

    public var label: String {
        switch self {
        case .json: "JSON"
        case .table: "TABLE"
        case .excel: "Excel"
        case .csv: "CSV"
        case .other: "อื่น ๆ · other"
        }
    }

    /// The contract's format for the box; nil for "other", which staff read and decide.
    public var outputFormat: OutputFormat? {
        switch self {
        case .json: .json
        case .table: .table
        case .excel: .excel
        case .csv: .csv
        case .other: nil
        }
    }
}

extension DeliveryMethod {
    /// The connection box of the form.
    public var formLabel: String {
        switch self {
        case .apiGet: "API GET"
        case .apiPost: "API POST"
        case .view: "View Table (ตารางวิวในฐานข้อมูล)"
        case .export: "Export document (ส่งออกเป็นไฟล์เอกสาร)"
        }
    }

    /// Whether the unit connects from an address the allow-list must name.
    public var needsAddresses: Bool { self != .export }
}

/// One field of the request form.
public struct FormField: Sendable, Hashable {
    public enum Kind: String, Sendable {
        /// One line of text.
        case text
        /// Several lines of text.
        case paragraph
        /// One choice among the delivery methods.
        case connection
        /// Several of the form's formats.
        case formats
        /// A list of allow-list entries, one a line.
        case addresses
        /// Catalog items, picked from a list.
        case items
        /// A date, YYYY-MM-DD.
        case date
    }

    /// The JSON key, dotted for the nested contacts (`head.email`).
    public var key: String
    public var thai: String
    public var english: String
    public var kind: Kind
    public var required: Bool
    /// The rule a value must satisfy, beyond being present.
    public var rule: FormRule?

    public init(_ key: String, _ thai: String, _ english: String, _ kind: Kind = .text, required: Bool = true, rule: FormRule? = nil) {
        self.key = key
        self.thai = thai
        self.english = english
        self.kind = kind
        self.required = required
        self.rule = rule
    }
}

/// A problem with a filled form, naming the field.
public struct FormProblem: Hashable, Sendable, CustomStringConvertible {
    public var field: String
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    public var description: String { "\(field): \(message)" }
}

/// Every problem of a filled form.
public struct FormProblems: Error, Hashable, Sendable {
    public var list: [FormProblem]
}

extension RequestForm {
    /// Every field of the form, in the form's order.
    public static let fields: [FormField] = [
        FormField("unit", "หน่วยงาน", "Unit"),
        FormField("project", "ชื่อโครงการ", "Project"),
        FormField("head.name", "หัวหน้าโครงการ", "Project head"),
        FormField("head.position", "ตำแหน่ง", "Position"),
        FormField("head.phone", "โทรศัพท์", "Phone", rule: .phone),
        FormField("head.email", "อีเมล", "E-mail", rule: .email),
        FormField("coordinator.name", "ผู้ประสานงาน", "Coordinator"),
        FormField("coordinator.phone", "โทรศัพท์", "Phone", rule: .phone),
        FormField("coordinator.email", "อีเมล", "E-mail", rule: .email),
        FormField("purpose", "วัตถุประสงค์การขอใช้ข้อมูล", "Purpose", .paragraph),
        FormField("connection", "รูปแบบการเชื่อมต่อ", "Connection", .connection),
        FormField("addresses", "IP หรือ URL ที่อนุญาตให้เชื่อมต่อ", "IP or URL allowed to connect", .addresses, required: false, rule: .allowEntry),
        FormField("formats", "รูปแบบข้อมูลที่ต้องการ", "Output format", .formats),
        FormField("other_format", "รูปแบบอื่น ๆ (ระบุ)", "Other format (state it)", required: false),
        FormField("details", "รายละเอียดข้อมูลที่ต้องการ", "Data wanted", .paragraph, required: false),
        FormField("items", "รายการข้อมูลจากแค็ตตาล็อก", "Data items from the catalog", .items, required: false),
        FormField("memo", "เลขที่บันทึกข้อความ e-Office", "e-Office memo number", required: false),
        FormField("requested", "วันที่ขอ", "Date of the request", .date, required: false),
    ]

    /// Reads a `request.json`, reporting every problem by field; nothing is returned unless the whole form is
    /// well filled. `catalog`, when given, is where picked items must exist.
    public static func read(_ data: Data, catalog: Catalog? = nil) -> Result<RequestForm, FormProblems> {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else {
            return .failure(FormProblems(list: [FormProblem(field: "request.json", message: "is not a JSON object; save the form again from the request page")]))
        }
        return read(object, catalog: catalog)
    }

    public static func read(_ object: [String: Any], catalog: Catalog? = nil) -> Result<RequestForm, FormProblems> {
        var problems: [FormProblem] = []
        func problem(_ field: String, _ message: String) { problems.append(FormProblem(field: field, message: message)) }
        if let form = object["form"], (form as? String) != formID {
            problem("form", "is '\(form)', not '\(formID)': this is not a Sanya request form")
        }
        let known = Set(fields.map { $0.key.split(separator: ".").first.map(String.init)! } + ["form"])
        for key in object.keys.sorted() where !known.contains(key) {
            problem(key, "is not a field of the request form")
        }
        func value(_ key: String) -> Any? {
            let parts = key.split(separator: ".").map(String.init)
            var current: Any? = object
            for part in parts { current = (current as? [String: Any])?[part] }
            return current is NSNull ? nil : current
        }
        func text(_ field: FormField) -> String? {
            guard let raw = value(field.key) else {
                if field.required { problem(field.key, "is required (\(field.english) · \(field.thai))") }
                return nil
            }
            guard let string = raw as? String else {
                problem(field.key, "must be text")
                return nil
            }
            let trimmed = string.trimmingCharacters(in: .whitespacesAndNewlines)
            if trimmed.isEmpty {
                if field.required { problem(field.key, "is required (\(field.english) · \(field.thai))") }
                return nil
            }
            if let rule = field.rule, !rule.accepts(trimmed) {
                problem(field.key, "'\(trimmed)' is not \(rule.article); write \(rule.hint)")
                return nil
            }
            return trimmed
        }
        func list(_ key: String) -> [String] {
            guard let raw = value(key) else { return [] }
            guard let items = raw as? [Any], items.allSatisfy({ $0 is String }) else {
                problem(key, "must be a list of texts")
                return []
            }
            return items.map { ($0 as! String).trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        }
        let field = { (key: String) in fields.first { $0.key == key }! }
        for contact in ["head", "coordinator"] where value(contact) != nil && !(value(contact) is [String: Any]) {
            problem(contact, "must be an object with name, phone and e-mail")
        }
        let unit = text(field("unit")), project = text(field("project"))
        let head = (text(field("head.name")), text(field("head.position")), text(field("head.phone")), text(field("head.email")))
        let coordinator = (text(field("coordinator.name")), text(field("coordinator.phone")), text(field("coordinator.email")))
        let purpose = text(field("purpose"))
        var connection: DeliveryMethod?
        if let raw = text(field("connection")) {
            connection = DeliveryMethod(rawValue: raw)
            if connection == nil {
                problem("connection", "'\(raw)' is not one of \(DeliveryMethod.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        let addresses = list("addresses")
        for address in addresses where !FormRule.allowEntry.accepts(address) {
            problem("addresses", "'\(address)' is not \(FormRule.allowEntry.article); write \(FormRule.allowEntry.hint)")
        }
        if let connection, connection.needsAddresses, addresses.isEmpty {
            problem("addresses", "name at least one IP address, range or URL: the \(connection.formLabel) connection is allowed only from them")
        }
        var formats: [FormFormat] = []
        for raw in list("formats") {
            if let format = FormFormat(rawValue: raw.lowercased()) { if !formats.contains(format) { formats.append(format) } } else {
                problem("formats", "'\(raw)' is not one of \(FormFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }
        if formats.isEmpty, !problems.contains(where: { $0.field == "formats" }) {
            problem("formats", "tick at least one output format (\(field("formats").english) · \(field("formats").thai))")
        }
        let otherFormat = text(field("other_format"))
        if formats.contains(.other), otherFormat == nil {
            problem("other_format", "is required when 'other' is ticked: say which format")
        }
        let details = text(field("details"))
        let items = list("items")
        for item in items {
            let parts = item.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            guard parts.count == 2 else {
                problem("items", "'\(item)' is not table.column")
                continue
            }
            if let catalog {
                guard let table = catalog.table(parts[0]) else { problem("items", "'\(item)': the catalog has no table '\(parts[0])'"); continue }
                if table.column(parts[1]) == nil { problem("items", "'\(item)': table '\(parts[0])' has no column '\(parts[1])'") }
            }
        }
        let memo = text(field("memo"))
        var requested: LocalDate?
        if let raw = text(field("requested")) {
            requested = LocalDate(raw)
            if requested == nil { problem("requested", "'\(raw)' is not a date YYYY-MM-DD") }
        }
        guard problems.isEmpty, let unit, let project, let headName = head.0, let headPhone = head.2, let headEmail = head.3,
              let coordinatorName = coordinator.0, let coordinatorPhone = coordinator.1, let coordinatorEmail = coordinator.2,
              let purpose, let connection else {
            return .failure(FormProblems(list: problems))
        }
        return .success(RequestForm(
            unit: unit, project: project,
            head: Contact(name: headName, position: head.1, phone: headPhone, email: headEmail),
            coordinator: Contact(name: coordinatorName, position: nil, phone: coordinatorPhone, email: coordinatorEmail),
            purpose: purpose, connection: connection, addresses: addresses, formats: formats, otherFormat: otherFormat,
            details: details, items: items, memo: memo, requested: requested))
    }
}

extension FormRule {
    /// "an e-mail address", for messages.
    public var article: String {
        switch self {
        case .email: "an e-mail address"
        case .phone: "a phone number"
        case .allowEntry: "an IP address, CIDR range, host name or URL"
        case .contractID: "a contract id"
        }
    }
}
