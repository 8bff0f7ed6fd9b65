import Foundation
import SanyaModel

/// The draft contract `sanya new` writes from a filled request form: `status: draft`, the request as the unit
/// wrote it, the e-Office submission dated, the delivery from the connection, formats and addresses, and the
/// picked data items as fields reached from one base table through the catalog's relations. What staff must
/// still decide is written as comments at the top.
public struct DraftContract: Sendable {
    public let form: RequestForm
    public let catalog: Catalog
    public let id: String
    public let submitted: LocalDate

    public init(form: RequestForm, catalog: Catalog, id: String, submitted: LocalDate) {
        self.form = form
        self.catalog = catalog
        self.id = id
        self.submitted = submitted
    }

    // MARK: - Names

    /// An id proposed from the project's name (its Latin words), else the unit's English name, else the date.
    public static func proposedID(for form: RequestForm, taken: Set<String>, on day: LocalDate) -> String {
        let candidates = [slug(form.project), slug(englishPart(form.unit)), "request-\(day.description.replacingOccurrences(of: "-", with: ""))"]
        let base = candidates.first { FormRule.contractID.accepts($0) } ?? "request"
        var id = base, counter = 2
        while taken.contains(id) {
            let suffix = "-\(counter)"
            id = String(base.prefix(63 - suffix.count)) + suffix
            counter += 1
        }
        return id
    }

    /// The folder under `Contracts/` for the unit: its English name, or `requests` when it has none.
    public static func unitFolder(for form: RequestForm) -> String {
        let folder = slug(englishPart(form.unit))
        return folder.count >= 2 ? folder : "requests"
    }

    /// The part of `สำนักหอสมุดกลาง (Central Library)` in brackets, or the whole text.
    static func englishPart(_ text: String) -> String {
        if let open = text.lastIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            return String(text[text.index(after: open)..<close])
        }
        return text
    }

    /// Lower-case Latin letters and digits of at most six words, joined by hyphens, starting with a letter.
    static func slug(_ text: String) -> String {
        let words = text.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }.prefix(6)
        var slug = words.joined(separator: "-")
        while let first = slug.first, !first.isLetter { slug.removeFirst() }
        if slug.count > 63 { slug = String(slug.prefix(63)) }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }

    // MARK: - Data

    /// A picked item placed in the contract: the field's name and its column path from the base table.
    struct Placement {
        var item: String
        var name: String
        var path: String
    }

    /// The base table that reaches the most picked items through many-to-one relations (ties: the one holding
    /// the most items itself, then the name), the fields, and the items no base could reach.
    func placements() -> (base: String?, fields: [Placement], unplaced: [String]) {
        let items = form.items.compactMap { item -> (table: String, column: String, item: String)? in
            let parts = item.split(separator: ".").map(String.init)
            return parts.count == 2 ? (parts[0], parts[1], item) : nil
        }
        guard !items.isEmpty else { return (nil, [], []) }
        let tables = Array(Set(items.map(\.table))).sorted()
        var best: (base: String, routes: [String: [String]], score: (Int, Int))?
        for base in tables {
            let routes = relationPaths(from: base)
            let reached = items.filter { routes[$0.table] != nil }.count
            let own = items.filter { $0.table == base }.count
            if best == nil || (reached, own) > best!.score {
                best = (base, routes, (reached, own))
            }
        }
        guard let best else { return (nil, [], []) }
        var used = Set<String>()
        var fields: [Placement] = []
        var unplaced: [String] = []
        for item in items {
            guard let route = best.routes[item.table] else { unplaced.append(item.item); continue }
            // A column of the base keeps its name; one from another table keeps it when no other picked table has
            // a column of that name (first_name_th) or it already names its table (student_id), and is prefixed
            // with its table otherwise (faculty_name_th next to course_name_th).
            let shared = tables.filter { catalog.table($0)?.column(item.column) != nil }.count > 1
            let plain = item.table == best.base || !shared || item.column.hasPrefix(item.table + "_")
            var name = plain ? item.column : "\(item.table)_\(item.column)"
            if used.contains(name) { name = "\(item.table)_\(item.column)" }
            var counter = 2
            while used.contains(name) { name = "\(item.table)_\(item.column)_\(counter)"; counter += 1 }
            used.insert(name)
            fields.append(Placement(item: item.item, name: name, path: (route + [item.column]).joined(separator: ".")))
        }
        return (best.base, fields, unplaced)
    }

    /// The shortest chain of relation names from `base` to every table it reaches (breadth first, so the
    /// fewest joins; relations in name order for a stable choice).
    func relationPaths(from base: String) -> [String: [String]] {
        var routes: [String: [String]] = [base: []]
        var queue = [base]
        while !queue.isEmpty {
            let table = queue.removeFirst()
            guard let current = catalog.table(table) else { continue }
            for relation in current.foreignKeys.sorted(by: { $0.name < $1.name }) where routes[relation.referencedTable] == nil {
                routes[relation.referencedTable] = routes[table]! + [relation.name]
                queue.append(relation.referencedTable)
            }
        }
        return routes
    }

    // MARK: - The YAML

    public func yaml() -> String {
        let (base, fields, unplaced) = placements()
        let method = form.connection
        let wanted = form.formats.compactMap(\.outputFormat)
        let deliverable = Set(method.formats)
        var formats = wanted.filter { deliverable.contains($0) }
        let dropped = wanted.filter { !deliverable.contains($0) }
        if formats.isEmpty { formats = [method.formats[0]] }

        var notes: [String] = []
        notes.append("Written by `sanya new` from the request form (\(RequestForm.formID)) of \(form.unit).")
        notes.append("Staff: check the data, settle the protection (masks, legal_basis, section 26 approvals),")
        notes.append("then record each step under workflow: as the memo moves. Items from other tables are reached")
        notes.append("through the shortest chain of relations: check that each path is the one the unit means.")
        if let details = form.details {
            notes.append("")
            notes.append("The unit's description of the data (รายละเอียดข้อมูลที่ต้องการ):")
            notes += Self.quoted(details)
        }
        if form.formats.contains(.other), let other = form.otherFormat {
            notes.append("")
            notes.append("Other format asked for (รูปแบบอื่น ๆ): \(other)")
        }
        if !dropped.isEmpty {
            notes.append("")
            notes.append("Asked for \(dropped.map(\.rawValue).joined(separator: ", ")), which \(method.rawValue) cannot deliver.")
        }
        if !unplaced.isEmpty {
            notes.append("")
            notes.append("Picked items no relation of '\(base ?? "-")' reaches; a second contract may be needed:")
            notes += unplaced.map { "  - \($0)" }
        }
        if base == nil {
            notes.append("")
            notes.append("No data item was picked: the fields below are a placeholder for staff to replace.")
        }

        var out = "# yaml-language-server: $schema=../../docs/schema/contract.schema.json\n"
        out += notes.map { $0.isEmpty ? "#" : "# \($0)" }.joined(separator: "\n") + "\n"
        out += "contract: \(id)\nversion: 1\ntitle: \(YAMLText.scalar(form.project))\nstatus: draft\n\n"
        out += "request:\n"
        out += "  unit: \(YAMLText.scalar(form.unit))\n  project: \(YAMLText.scalar(form.project))\n"
        out += "  head:\n    name: \(YAMLText.scalar(form.head.name))\n"
        if let position = form.head.position { out += "    position: \(YAMLText.scalar(position))\n" }
        out += "    phone: \(YAMLText.scalar(form.head.phone))\n    email: \(YAMLText.scalar(form.head.email))\n"
        out += "  coordinator:\n    name: \(YAMLText.scalar(form.coordinator.name))\n    phone: \(YAMLText.scalar(form.coordinator.phone))\n    email: \(YAMLText.scalar(form.coordinator.email))\n"
        out += "  purpose: \(YAMLText.scalar(form.purpose))\n"
        if let memo = form.memo { out += "  memo: \(YAMLText.scalar(memo))\n" }
        out += "  requested: \(form.requested ?? submitted)\n"
        if let details = form.details { out += "  details: \(YAMLText.scalar(details))\n" }
        out += "\nworkflow:\n  submitted: { by: ระบบ e-Office, date: \(submitted) }\n\n"
        out += "delivery:\n  method: \(method.rawValue)\n  formats: [\(formats.map(\.rawValue).joined(separator: ", "))]\n"
        if !form.addresses.isEmpty {
            out += "  allow:\n" + form.addresses.map { "    - \(YAMLText.scalar($0))\n" }.joined()
        }
        out += "\ndata:\n"
        if let base {
            out += "  from: \(base)\n  fields:\n"
            for field in fields {
                if field.name == field.path {
                    out += "    - \(field.path)\n"
                } else {
                    out += "    - name: \(field.name)\n      column: \(field.path)\n"
                }
            }
        } else {
            let table = catalog.table("student") ?? catalog.tables[0]
            out += "  from: \(table.name)\n  fields:\n    - \(table.primaryKey.first ?? table.columns[0].name)\n"
        }
        return out
    }

    /// Free text as comment lines of at most about 100 characters.
    static func quoted(_ text: String) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                if line.count + word.count > 96, !line.isEmpty { lines.append("  " + line); line = "" }
                line += (line.isEmpty ? "" : " ") + word
            }
            lines.append("  " + line)
        }
        return lines
    }

}
