/// A typed constant from a contract (a fixed filter's value).
public enum Literal: Hashable, Sendable, Codable, CustomStringConvertible {
    case string(String)
    case integer(Int64)
    /// A decimal kept as its exact text, e.g. `3.25`.
    case decimal(String)
    case boolean(Bool)
    case date(LocalDate)
    /// A timestamp as `YYYY-MM-DD HH:MM:SS`.
    case timestamp(String)

    public var description: String {
        switch self {
        case .string(let s): s
        case .integer(let i): String(i)
        case .decimal(let d): d
        case .boolean(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .timestamp(let t): t
        }
    }
}

/// A column reached from the contract's base table, through zero or more foreign-key relations.
public struct ColumnReference: Hashable, Sendable, Codable {
    /// The alias of the table in the query (`t0` is the base table).
    public var alias: String
    public var table: String
    public var column: String
    public var type: ColumnType
    public var nullable: Bool
    public var sensitivity: Sensitivity
    /// The dotted path as written in the contract (`curriculum.faculty.name_en`).
    public var path: String

    public init(alias: String, table: String, column: String, type: ColumnType, nullable: Bool, sensitivity: Sensitivity, path: String) {
        self.alias = alias
        self.table = table
        self.column = column
        self.type = type
        self.nullable = nullable
        self.sensitivity = sensitivity
        self.path = path
    }
}

/// A join implied by a foreign-key path. Joins are left outer joins so that a base row never disappears
/// because an optional reference is empty.
public struct Join: Hashable, Sendable, Codable {
    public var alias: String
    public var table: String
    /// The alias of the table the foreign key belongs to.
    public var fromAlias: String
    /// Pairs of (column of `fromAlias`, column of `alias`).
    public var on: [ColumnPair]
    /// The relation path that led here (`curriculum.faculty`).
    public var path: String

    public init(alias: String, table: String, fromAlias: String, on: [ColumnPair], path: String) {
        self.alias = alias
        self.table = table
        self.fromAlias = fromAlias
        self.on = on
        self.path = path
    }
}

public struct ColumnPair: Hashable, Sendable, Codable {
    public var from: String
    public var to: String

    public init(from: String, to: String) {
        self.from = from
        self.to = to
    }
}

/// A masking rule for a personal column.
public enum Mask: String, Sendable, Codable, CaseIterable {
    /// Text: only the last four characters, the rest replaced by `*`.
    case last4 = "last4"
    /// Date or timestamp: only the year (Common Era).
    case year
    /// Any: a keyed SHA-256 pseudonym, stable within the contract, different across contracts.
    case hash
    /// Text: the first character followed by a full stop.
    case initial

    public var summary: String {
        switch self {
        case .last4: "last 4 characters only"
        case .year: "year only"
        case .hash: "salted-hash pseudonym (SHA-256, per contract)"
        case .initial: "initial only"
        }
    }

    public var thai: String {
        switch self {
        case .last4: "แสดงเฉพาะ 4 ตัวท้าย"
        case .year: "แสดงเฉพาะปี"
        case .hash: "นามแฝงแบบแฮช (SHA-256 ต่อสัญญา)"
        case .initial: "แสดงเฉพาะอักษรแรก"
        }
    }

    /// The column kinds the mask applies to.
    public func applies(to kind: ScalarKind) -> Bool {
        switch self {
        case .last4, .initial: kind == .string
        case .year: kind == .date || kind == .timestamp
        case .hash: true
        }
    }

    /// The type of the masked value.
    public func outputType(for type: ColumnType) -> ColumnType {
        switch self {
        case .last4, .initial: .text
        case .year: .integer
        case .hash: ColumnType(kind: .string, name: "varchar(16)", length: 16)
        }
    }
}

/// An aggregate function of an aggregated contract.
public enum AggregateFunction: String, Sendable, Codable, CaseIterable {
    case count
    case sum
    case avg
    case min
    case max

    public func applies(to kind: ScalarKind) -> Bool {
        switch self {
        case .count: true
        case .sum, .avg: kind == .integer || kind == .decimal
        case .min, .max: kind != .boolean
        }
    }
}

/// What a field computes.
public enum FieldValue: Hashable, Sendable, Codable {
    case column(ColumnReference, mask: Mask?)
    /// An aggregate over a column, or over rows when the column is nil (`count` only).
    case aggregate(AggregateFunction, ColumnReference?)
    /// A figure of the child rows of each base row (`from: enrollment`, `aggregate: count`): over the child's
    /// column, or its rows when the column is nil; 0 (count) or empty when the row has none.
    case childAggregate(AggregateFunction, ChildRows, ColumnReference?)
}

extension FieldValue {
    /// What the field is made from, as the contract writes it: `curriculum.faculty.name_en`, `count(*)`,
    /// `sum(enrollment.credits where term_id equals 25681)`.
    public var source: String {
        switch self {
        case .column(let column, _): column.path
        case .aggregate(let function, let column): "\(function.rawValue)(\(column?.path ?? "*"))"
        case .childAggregate(let function, let rows, let column):
            "\(function.rawValue)(\(rows.path)\(column.map { ".\($0.path)" } ?? ".*")"
                + (rows.filters.isEmpty ? "" : " where " + rows.filters.map { filter in
                    ([filter.column.path, filter.op.rawValue] + (filter.values.isEmpty ? [] : [filter.values.map(\.description).joined(separator: ", ")])).joined(separator: " ")
                }.joined(separator: "; ")) + ")"
        }
    }
}

/// An output column of a contract.
public struct Field: Hashable, Sendable, Codable {
    public var name: String
    public var value: FieldValue
    public var type: ColumnType
    public var nullable: Bool
    public var sensitivity: Sensitivity
    public var description: Bilingual
    /// What each code of a code column means, from the catalog (nil for other fields).
    public var codes: [CodeMeaning]?

    /// The decimal places the field's values are written with (decimals only).
    public var scale: Int? { type.kind == .decimal ? type.scale : nil }

    public init(name: String, value: FieldValue, type: ColumnType, nullable: Bool, sensitivity: Sensitivity, description: Bilingual) {
        self.name = name
        self.value = value
        self.type = type
        self.nullable = nullable
        self.sensitivity = sensitivity
        self.description = description
    }

    public var mask: Mask? {
        if case .column(_, let mask) = value { return mask }
        return nil
    }

    public var isAggregate: Bool {
        if case .aggregate = value { return true }
        return false
    }
}

/// A comparison operator of filters and parameters.
public enum ComparisonOperator: String, Sendable, Codable, CaseIterable {
    case equals
    case notEquals = "not_equals"
    case `in`
    case notIn = "not_in"
    case less
    case lessOrEqual = "less_or_equal"
    case greater
    case greaterOrEqual = "greater_or_equal"
    case startsWith = "starts_with"
    case isNull = "is_null"
    case isNotNull = "is_not_null"

    /// Whether the operator takes a list of values.
    public var takesList: Bool { self == .in || self == .notIn }
    /// Whether the operator takes no value at all.
    public var takesNoValue: Bool { self == .isNull || self == .isNotNull }

    public func applies(to kind: ScalarKind) -> Bool {
        switch self {
        case .less, .lessOrEqual, .greater, .greaterOrEqual: kind != .boolean
        case .startsWith: kind == .string
        default: true
        }
    }

    public var symbol: String {
        switch self {
        case .equals: "="
        case .notEquals: "≠"
        case .in: "in"
        case .notIn: "not in"
        case .less: "<"
        case .lessOrEqual: "≤"
        case .greater: ">"
        case .greaterOrEqual: "≥"
        case .startsWith: "starts with"
        case .isNull: "is empty"
        case .isNotNull: "is not empty"
        }
    }
}

/// A condition the contract fixes: every request sees only the rows that satisfy it.
public struct Filter: Hashable, Sendable, Codable {
    public var column: ColumnReference
    public var op: ComparisonOperator
    public var values: [Literal]

    public init(column: ColumnReference, op: ComparisonOperator, values: [Literal]) {
        self.column = column
        self.op = op
        self.values = values
    }
}

/// A condition on the rows of another table that refer to the base row through one of their relations (one
/// base row, many of them): that some exist (`has:`), or none (`has_no:`), among those meeting `filters`.
public struct ChildRows: Hashable, Sendable, Codable {
    /// `has_no:` — no such row.
    public var negated: Bool
    /// The child table.
    public var table: String
    /// The child's alias in the subquery (`c1`); its joins are `c1_1`, `c1_2` ….
    public var alias: String
    /// The child's relation that reaches the base table.
    public var relation: String
    /// Pairs of (the child's column, the base table's column).
    public var on: [ColumnPair]
    /// Joins from the child, for the paths its filters follow.
    public var joins: [Join]
    /// Conditions on the child row (its columns and those it reaches).
    public var filters: [Filter]
    /// As written: `enrollment` or `enrollment.student`.
    public var path: String

    public init(negated: Bool, table: String, alias: String, relation: String, on: [ColumnPair], joins: [Join], filters: [Filter], path: String) {
        self.negated = negated
        self.table = table
        self.alias = alias
        self.relation = relation
        self.on = on
        self.joins = joins
        self.filters = filters
        self.path = path
    }

    /// `has enrollment` / `has no graduation`, for documents and messages.
    public var summary: String { (negated ? "has no " : "has ") + path }
}

/// A value the client supplies with each request (a GET query item or a POST body member).
public struct Parameter: Hashable, Sendable, Codable {
    public var name: String
    public var column: ColumnReference
    public var op: ComparisonOperator
    public var type: ColumnType
    public var required: Bool
    /// The client sends a list of values (`in`); the runtime binds them as one list.
    public var list: Bool
    public var maxItems: Int?
    public var description: String?

    public init(name: String, column: ColumnReference, op: ComparisonOperator, type: ColumnType, required: Bool, list: Bool, maxItems: Int?, description: String?) {
        self.name = name
        self.column = column
        self.op = op
        self.type = type
        self.required = required
        self.list = list
        self.maxItems = maxItems
        self.description = description
    }
}

/// An ordering of the output by one of its fields.
public struct Ordering: Hashable, Sendable, Codable {
    public var field: String
    public var descending: Bool

    public init(field: String, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// The data part of a contract, resolved: what to read, from where, under which conditions.
public struct ResolvedQuery: Hashable, Sendable, Codable {
    public var baseTable: String
    /// The base table's primary key, the tie-breaker that makes every ordering total.
    public var primaryKey: [String]
    public var joins: [Join]
    public var fields: [Field]
    public var filters: [Filter]
    public var parameters: [Parameter]
    public var ordering: [Ordering]
    /// Groups smaller than this are left out of an aggregated result.
    public var minGroupSize: Int?
    /// What the result discloses: rows, one person's figures per row, or statistics. Decided by the checker's
    /// policy pass (`DisclosureDecision`), read by every consumer that classifies the contract.
    public var disclosure: Disclosure
    /// The database's names of the tables the query reads, by catalog name, for those the catalog places in a
    /// schema or names differently (`CatalogTable.source`); nil when every name is the catalog's.
    public var sources: [String: SourceTable]?
    /// Conditions on child rows (`has:`, `has_no:`); nil when there are none.
    public var childRows: [ChildRows]?

    public init(baseTable: String, primaryKey: [String], joins: [Join], fields: [Field], filters: [Filter], parameters: [Parameter], ordering: [Ordering], minGroupSize: Int?,
                disclosure: Disclosure = .rows, sources: [String: SourceTable]? = nil, childRows: [ChildRows]? = nil) {
        self.sources = sources
        self.childRows = childRows
        self.baseTable = baseTable
        self.primaryKey = primaryKey
        self.joins = joins
        self.fields = fields
        self.filters = filters
        self.parameters = parameters
        self.ordering = ordering
        self.minGroupSize = minGroupSize
        self.disclosure = disclosure
    }

    public var isAggregated: Bool { fields.contains { $0.isAggregate } }

    /// The conditions on child rows, none when the contract writes none.
    public var children: [ChildRows] { childRows ?? [] }

    /// Where the database keeps the catalog table `table`.
    public func source(of table: String) -> SourceTable { sources?[table] ?? SourceTable(schema: nil, name: table) }

    /// The fields that form the groups of an aggregated query.
    public var groupFields: [Field] { isAggregated ? fields.filter { !$0.isAggregate } : [] }

    /// The fields that serve personal or sensitive data in clear: unmasked columns, and the figures of a
    /// contract grouped by a person (each is about that person). A statistic's figures are about groups.
    public var clearPersonalFields: [Field] {
        fields.filter { $0.sensitivity >= .personal && $0.mask == nil && (!$0.isAggregate || disclosure == .perPerson) }
    }
}

/// What a contract's result discloses, which decides how the PDPA rules judge it.
public enum Disclosure: String, Hashable, Sendable, Codable {
    /// One row per row of the base table: every field is disclosed as the catalog classifies it.
    case rows
    /// Aggregated, but grouped by something that identifies a person (a student id, or a key one-to-one with
    /// one): each group is one person's record, judged as a row list about people. Suppression cannot apply.
    case perPerson = "per-person"
    /// Aggregated over groups that are not people (faculty, year, gender …): with `min_group_size`, a figure
    /// and its group describe at least that many people, so personal classes fall to internal.
    case statistics
}
