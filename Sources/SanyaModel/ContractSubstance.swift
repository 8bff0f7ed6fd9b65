/// What a contract decides, in the contract's own words: what is disclosed (fields, filters, parameters,
/// masks, aggregation), to whom, how, for what purpose, under what protection, until when. A decision
/// maker's signature covers its digest; comments, formatting, the order of keys, the title and the dates
/// of other workflow steps do not change it, and neither does a catalog detail such as a column's length.
public struct ContractSubstance: Hashable, Sendable, Codable {
    public struct Field: Hashable, Sendable, Codable {
        public var name: String
        /// The column path, or `function(path)` for an aggregate (`count(*)` over rows).
        public var source: String
        public var mask: String?
    }

    public struct Condition: Hashable, Sendable, Codable {
        public var column: String
        public var op: String
        public var values: [String]
    }

    public struct Input: Hashable, Sendable, Codable {
        public var name: String
        public var column: String
        public var op: String
        public var required: Bool
        public var list: Bool
        public var maxItems: Int?
    }

    public var contract: String
    public var version: Int
    public var unit: String
    public var project: String
    public var purpose: String
    public var method: String
    public var formats: [String]
    public var allow: [String]
    public var rowLimit: Int?
    public var rateLimit: String?
    public var from: String
    public var fields: [Field]
    public var filters: [Condition]
    public var parameters: [Input]
    public var ordering: [String]
    public var minGroupSize: Int?
    public var legalBasis: String?
    public var retention: String?
    public var sensitive: [String]
    public var validUntil: LocalDate?

    public init(_ contract: Contract) {
        let query = contract.query
        self.contract = contract.id
        version = contract.version
        unit = contract.request.unit
        project = contract.request.project
        purpose = contract.request.purpose
        method = contract.delivery.method.rawValue
        formats = contract.delivery.formats.map(\.rawValue)
        allow = contract.delivery.allow.map(\.description)
        rowLimit = contract.delivery.rowLimit
        rateLimit = contract.delivery.rateLimit?.description
        from = query.baseTable
        fields = query.fields.map { field in Field(name: field.name, source: field.value.source, mask: field.mask?.rawValue) }
        filters = query.filters.map { Condition(column: $0.column.path, op: $0.op.rawValue, values: $0.values.map(\.description)) }
            // A condition on child rows, as one condition: the child table, has or has_no, and its own filters.
            + query.children.map { child in
                Condition(column: child.path, op: child.negated ? "has_no" : "has",
                          values: child.filters.map { filter in
                              ([filter.column.path, filter.op.rawValue] + (filter.values.isEmpty ? [] : [filter.values.map(\.description).joined(separator: ", ")])).joined(separator: " ")
                          })
            }
        parameters = query.parameters.map { Input(name: $0.name, column: $0.column.path, op: $0.op.rawValue, required: $0.required, list: $0.list, maxItems: $0.maxItems) }
        ordering = query.ordering.map { $0.field + ($0.descending ? " desc" : "") }
        minGroupSize = query.minGroupSize
        legalBasis = contract.protection.legalBasis?.rawValue
        retention = contract.protection.retention
        sensitive = contract.protection.sensitive.map { "\($0.column): \($0.basis) (\($0.approvedBy), \($0.approvedOn))" }
        validUntil = contract.workflow.validUntil
    }
}
