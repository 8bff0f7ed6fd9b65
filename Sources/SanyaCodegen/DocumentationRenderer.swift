import Foundation
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

    /// The page of one contract, in HTML and Markdown, by path relative to `Generated/docs/`.
    public func pages(of contract: Contract) -> [(String, String)] {
        let page = ContractPage(contract: contract, examples: examples(of: contract))
        return [(DocumentationPaths.contractPage(contract.id, "html"), page.html), (DocumentationPaths.contractPage(contract.id, "md"), page.markdown)]
    }

    /// The registrar's index of every contract, in HTML and Markdown.
    public func indexFiles() -> [String: String] {
        let index = IndexPage(contracts: contracts)
        return [DocumentationPaths.index: index.html, DocumentationPaths.indexMarkdown: index.markdown]
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
