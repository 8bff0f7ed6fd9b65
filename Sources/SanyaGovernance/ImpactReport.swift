import Foundation
import SanyaDiagnostics
import SanyaModel

/// `sanya impact`: before the DBA changes a table or a column, every contract that reads it, how, and whom
/// to tell.
public struct ImpactReport: Sendable {
    public struct Entry: Sendable, Encodable {
        public var contract: String
        public var title: String
        public var status: String
        public var method: String
        public var unit: String
        public var coordinator: String
        public var email: String
        public var validUntil: String?
        public var file: String
        /// How the contract reads the target: `field first_name_th`, `path curriculum.faculty`, ….
        public var uses: [String]

        enum CodingKeys: String, CodingKey {
            case contract, title, status, method, unit, coordinator, email, file, uses
            case validUntil = "valid_until"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(contract, forKey: .contract); try c.encode(title, forKey: .title); try c.encode(status, forKey: .status)
            try c.encode(method, forKey: .method); try c.encode(unit, forKey: .unit); try c.encode(coordinator, forKey: .coordinator)
            try c.encode(email, forKey: .email); try c.encode(validUntil, forKey: .validUntil); try c.encode(file, forKey: .file)
            try c.encode(uses, forKey: .uses)
        }
    }

    public enum Failure: Error, CustomStringConvertible {
        case unknownTable(String, suggestion: String?)
        case unknownColumn(table: String, column: String, suggestion: String?)

        public var description: String {
            switch self {
            case .unknownTable(let name, let suggestion):
                "the catalog has no table '\(name)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            case .unknownColumn(let table, let column, let suggestion):
                "table '\(table)' has no column '\(column)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
            }
        }
    }

    public let target: String
    public let entries: [Entry]

    /// - Parameter target: `table` or `table.column`.
    public init(target: String, catalog: Catalog, contracts: [Contract]) throws {
        let parts = target.split(separator: ".", maxSplits: 1).map(String.init)
        guard let table = catalog.table(parts[0]) else {
            throw Failure.unknownTable(parts[0], suggestion: Suggestion.closest(to: parts[0], in: catalog.tables.map(\.name)))
        }
        let column = parts.count == 2 ? parts[1] : nil
        if let column, table.column(column) == nil {
            throw Failure.unknownColumn(table: table.name, column: column, suggestion: Suggestion.closest(to: column, in: table.columns.map(\.name)))
        }
        self.target = target
        self.entries = contracts.sorted { $0.id < $1.id }.compactMap { contract -> Entry? in
            var uses = contract.columnUses.filter { $0.table == table.name && (column == nil || $0.column == column) }
                .sorted { ($0.role, $0.column, $0.detail) < ($1.role, $1.column, $1.detail) }
                .map { "\($0.role.rawValue) \(column == nil ? "\($0.column) " : "")(\($0.detail))" }
            if column == nil {
                if contract.query.baseTable == table.name { uses.insert("base table", at: 0) }
                for join in contract.query.joins where join.table == table.name { uses.append("joined through \(join.path)") }
            }
            guard !uses.isEmpty else { return nil }
            return Entry(contract: contract.id, title: contract.title, status: contract.status.rawValue, method: contract.delivery.method.rawValue,
                         unit: contract.request.unit, coordinator: contract.request.coordinator.name, email: contract.request.coordinator.email ?? "",
                         validUntil: contract.workflow.validUntil?.description, file: contract.source, uses: uses)
        }
    }

    public enum Format: String, CaseIterable, Sendable { case text, markdown, json }

    public func render(_ format: Format) -> String {
        switch format {
        case .text:
            var out = "\(entries.count) contract(s) read \(target)\n"
            for entry in entries {
                out += "\n\(entry.contract) (\(entry.status), \(entry.method), until \(entry.validUntil ?? "–")) — \(entry.file)\n"
                out += "  \(entry.unit); \(entry.coordinator) <\(entry.email)>\n"
                for use in entry.uses { out += "  - \(use)\n" }
            }
            return out
        case .markdown:
            var out = "### Contracts that read `\(target)`: \(entries.count)\n\n"
            guard !entries.isEmpty else { return out }
            out += "| contract | status | method | valid until | unit | coordinator | how |\n|-|-|-|-|-|-|-|\n"
            func cell(_ text: String) -> String { text.escaping("|", as: "\\|") }
            for entry in entries {
                out += "| `\(entry.contract)` | \(entry.status) | \(entry.method) | \(entry.validUntil ?? "–") | \(cell(entry.unit)) | \(cell(entry.coordinator)) (\(entry.email)) | \(entry.uses.map(cell).joined(separator: "<br>")) |\n"
            }
            return out
        case .json:
            struct Document: Encodable { var target: String; var contracts: [Entry] }
            return ToolReport.json(Document(target: target, contracts: entries))
        }
    }
}
