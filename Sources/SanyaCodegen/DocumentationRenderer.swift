import Foundation
import Mustache
import SanyaModel
import SanyaSQL

/// Renders the receiving unit's documentation of each contract, and the registrar's index, as HTML and Markdown.
public struct DocumentationRenderer: Sendable {
    public let catalog: Catalog
    public let contracts: [Contract]

    public init(catalog: Catalog, contracts: [Contract]) {
        self.catalog = catalog
        self.contracts = contracts.sorted { $0.id < $1.id }
    }

    static let contractHTML = template(DocumentationTemplates.contractHTML)
    static let contractMarkdown = template(DocumentationTemplates.contractMarkdown)
    static let indexHTML = template(DocumentationTemplates.indexHTML)
    static let indexMarkdown = template(DocumentationTemplates.indexMarkdown)

    /// The page of one contract, in HTML and Markdown, by path relative to `Generated/docs/`.
    public func pages(of contract: Contract) -> [(String, String)] {
        [
            ("contracts/\(contract.id).html", Self.contractHTML.render(model(contract, escape: { $0 }))),
            ("contracts/\(contract.id).md", Self.contractMarkdown.render(model(contract, escape: Self.markdownCell))),
        ]
    }

    /// The registrar's index of every contract, in HTML and Markdown.
    public func indexFiles() -> [String: String] {
        [
            "index.html": Self.indexHTML.render(indexModel(escape: { $0 })),
            "index.md": Self.indexMarkdown.render(indexModel(escape: Self.markdownCell)),
        ]
    }

    /// Templates are constants of this module; a broken one is a programming error caught by every test.
    static func template(_ text: String) -> MustacheTemplate {
        do {
            return try MustacheTemplate(string: text)
        } catch {
            preconditionFailure("invalid documentation template: \(error)")
        }
    }

    /// Keeps text inside one Markdown table cell.
    static func markdownCell(_ text: String) -> String {
        text.escaping("|", as: "\\|").escaping("\n", as: " ")
    }

    private func indexModel(escape: (String) -> String) -> [String: Any] {
        [
            "count": contracts.count,
            "noticeDays": Vocabulary.expiryNoticeDays,
            "contracts": contracts.map { contract -> [String: Any] in
                var row: [String: Any] = [
                    "id": contract.id, "version": contract.version, "title": escape(contract.title),
                    "unit": escape(contract.request.unit), "project": escape(contract.request.project),
                    "method": contract.delivery.method.rawValue,
                    "formats": contract.delivery.formats.map(\.rawValue).joined(separator: ", "),
                    "status": contract.status.rawValue,
                    "validUntil": contract.workflow.validUntil?.description ?? "–",
                ]
                if contract.status == .approved, let until = contract.workflow.validUntil {
                    row["renewBy"] = until.adding(days: -Vocabulary.expiryNoticeDays).description
                }
                return row
            },
        ]
    }

    private func model(_ contract: Contract, escape e: (String) -> String) -> [String: Any] {
        let request = contract.request
        func person(_ p: Person) -> [String: Any] {
            var m: [String: Any] = ["name": e(p.name), "phone": e(p.phone ?? ""), "email": e(p.email ?? "")]
            if let position = p.position { m["position"] = e(position) }
            return m
        }
        var model: [String: Any] = [
            "id": contract.id, "version": contract.version, "title": e(contract.title), "status": contract.status.rawValue,
            "validUntil": contract.workflow.validUntil?.description ?? "–",
            "purpose": e(request.purpose), "unit": e(request.unit), "project": e(request.project),
            "head": person(request.head), "coordinator": person(request.coordinator),
            "memo": e(request.memo ?? "–"), "requested": request.requestedOn.description, "requestedThai": request.requestedOn.thai,
            "steps": contract.workflow.steps.map { step -> [String: Any] in
                var m: [String: Any] = ["kind": step.kind.rawValue, "thai": step.kind.thai, "by": e(step.by), "date": step.on.description, "dateThai": step.on.thai]
                if let note = [step.reason, step.note].compactMap({ $0 }).joined(separator: " — ").nilIfEmpty { m["note"] = e(note) }
                return m
            },
            "method": contract.delivery.method.rawValue,
            "formats": contract.delivery.formats.map(\.rawValue).joined(separator: ", "),
            "allow": contract.delivery.allow.isEmpty ? "– (delivered as a document)" : contract.delivery.allow.map(\.description).joined(separator: ", "),
            "hasParameters": !contract.query.parameters.isEmpty,
            "parameters": contract.query.parameters.map { p -> [String: Any] in
                [
                    "name": p.name, "type": p.list ? "list of \(p.type.kind.rawValue)\(p.maxItems.map { " (at most \($0))" } ?? "")" : p.type.kind.rawValue,
                    "required": p.required ? "yes" : "no", "column": p.column.path, "comparison": p.op.symbol,
                    "description": e(p.description ?? ""),
                ]
            },
            "aggregated": contract.query.isAggregated,
            "fields": contract.query.fields.map { f -> [String: Any] in
                var m: [String: Any] = ["name": f.name, "type": f.type.name, "nullable": f.nullable, "en": e(f.description.en), "th": e(f.description.th), "sensitivity": f.sensitivity.rawValue]
                if let mask = f.mask { m["mask"] = mask.summary }
                return m
            },
            "sensitivity": contract.sensitivity.rawValue,
            "legalBasis": contract.protection.legalBasis.map { "\($0.rawValue) (PDPA \($0.section))" } ?? "– (no personal data served)",
            "retention": e(contract.protection.retention ?? "–"),
            "sensitive": contract.protection.sensitive.map { a -> [String: Any] in
                ["column": a.column, "basis": e(a.basis), "approvedBy": e(a.approvedBy), "approvedOn": a.approvedOn.description]
            },
            "source": contract.source,
        ]
        if let until = contract.workflow.validUntil { model["validUntilThai"] = until.thai }
        if let details = request.details { model["details"] = e(details) }
        if let limit = contract.delivery.rowLimit { model["rowLimit"] = limit.formatted(.number.grouping(.automatic).locale(Locale(identifier: "en_US"))) }
        if let rate = contract.delivery.rateLimit { model["rateLimit"] = rate.description }
        if let size = contract.query.minGroupSize { model["minGroupSize"] = size }
        switch contract.delivery.method {
        case .apiGet, .apiPost:
            model["served"] = true
            model["route"] = "/api/\(contract.id)"
            model["httpMethod"] = contract.delivery.method == .apiGet ? "GET" : "POST"
            model["paged"] = contract.delivery.formats.contains(.json)
            model["examples"] = examples(of: contract).map { ["format": $0.format.rawValue, "command": $0.command] }
        case .view:
            model["view"] = true
            model["role"] = AccessTranslator(contract).role
            model["viewName"] = "sanya.\(contract.sqlName)"
        case .export:
            model["export"] = true
            model["examples"] = examples(of: contract).map { ["format": $0.format.rawValue, "command": $0.command] }
        }
        return model
    }

    /// A command per agreed format that fetches (or exports) the contract's data, with plausible parameters.
    public func examples(of contract: Contract) -> [(format: OutputFormat, command: String)] {
        contract.delivery.formats.map { format in
            if contract.delivery.method == .export {
                let parameters = exampleParameters(contract).map { " --param \($0.name)=\($0.value)" }.joined()
                return (format, "sanya export \(contract.id)\(parameters) --format \(format.rawValue) -o \(contract.id).\(format.fileExtension)")
            }
            return (format, curl(contract, format))
        }
    }

    /// A plausible value for each required parameter (and the first optional one), for the examples.
    private func exampleParameters(_ contract: Contract) -> [(name: String, value: String, list: Bool)] {
        let chosen = contract.query.parameters.filter(\.required) + contract.query.parameters.filter { !$0.required }.prefix(contract.query.parameters.contains(where: \.required) ? 0 : 1)
        return chosen.map { ($0.name, Self.exampleValue($0), $0.list) }
    }

    static func exampleValue(_ parameter: Parameter) -> String {
        let column = parameter.column.column
        switch parameter.type.kind {
        case .string:
            if column.contains("student_id") { return "66010968" }
            if column.contains("faculty_code") { return "01" }
            if column.contains("course_code") { return "90641001" }
            return "X"
        case .integer:
            if column.contains("term") { return "25681" }
            if column.contains("year") { return "2567" }
            return "1"
        case .decimal: return "3.00"
        case .boolean: return "true"
        case .date: return "2026-01-15"
        case .timestamp: return "2026-01-15 08:00:00"
        }
    }

    private func curl(_ contract: Contract, _ format: OutputFormat) -> String {
        let parameters = exampleParameters(contract)
        let auth = "-H \"Authorization: Bearer $SANYA_KEY\""
        if contract.delivery.method == .apiPost {
            let body = parameters.map { p -> String in
                let quoted = p.value.allSatisfy(\.isNumber) && contract.query.parameters.first { $0.name == p.name }?.type.kind != .string ? p.value : "\"\(p.value)\""
                return "\"\(p.name)\": " + (p.list ? "[\(quoted)]" : quoted)
            }.joined(separator: ", ")
            return "curl -X POST \(auth) -H \"Content-Type: application/json\" -d '{\(body)}' \"$SANYA_URL/api/\(contract.id)?format=\(format.rawValue)\"" + (format == .excel ? " -o \(contract.id).xlsx" : "")
        }
        let query = (parameters.map { "\($0.name)=\($0.value)" } + ["format=\(format.rawValue)"]).joined(separator: "&")
        return "curl \(auth) \"$SANYA_URL/api/\(contract.id)?\(query)\"" + (format == .excel ? " -o \(contract.id).xlsx" : "")
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
