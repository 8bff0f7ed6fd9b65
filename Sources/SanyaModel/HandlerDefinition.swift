/// A query ready for one database dialect: its text and, for each placeholder, the parameter it binds.
///
/// Bind names are contract parameter names, or `$limit` and `$offset` for paging.
public struct DialectQuery: Hashable, Sendable, Codable {
    public var sql: String
    public var binds: [String]

    public init(sql: String, binds: [String]) {
        self.sql = sql
        self.binds = binds
    }
}

/// The queries of one dialect: the whole result (for streaming and exports) and one page of it; for a
/// database that writes CSV itself (PostgreSQL's `COPY`), `csv`: the whole result with its columns already
/// the text of Sanya's CSV.
///
/// `all` and `page` handle absent optional parameters with `(? IS NULL OR …)`, which no index can serve;
/// `variants` hold, for each combination of optional parameters present, queries with exactly those
/// conditions, so that the database can use its indexes. The runtime picks the variant that matches.
public struct QuerySet: Hashable, Sendable, Codable {
    public var all: DialectQuery
    public var page: DialectQuery
    public var csv: DialectQuery?
    public var variants: [QueryVariant]

    public init(all: DialectQuery, page: DialectQuery, csv: DialectQuery? = nil, variants: [QueryVariant] = []) {
        self.all = all
        self.page = page
        self.csv = csv
        self.variants = variants
    }

    /// The queries for a request in which exactly `present` of the optional parameters were given.
    /// The queries for a request's arguments: the variant of the optional parameters it gives.
    public func queries(for arguments: [String: BoundArgument]) -> (all: DialectQuery, page: DialectQuery, csv: DialectQuery?) {
        queries(present: Set(arguments.filter { $0.value != .absent }.map(\.key)))
    }

    public func queries(present: Set<String>) -> (all: DialectQuery, page: DialectQuery, csv: DialectQuery?) {
        if let variant = variants.first(where: { Set($0.present) == present }) { return (variant.all, variant.page, variant.csv) }
        return (all, page, csv)
    }
}

/// The queries for one combination of optional parameters.
public struct QueryVariant: Hashable, Sendable, Codable {
    /// The optional parameters present, sorted.
    public var present: [String]
    public var all: DialectQuery
    public var page: DialectQuery
    public var csv: DialectQuery?

    public init(present: [String], all: DialectQuery, page: DialectQuery, csv: DialectQuery? = nil) {
        self.present = present
        self.all = all
        self.page = page
        self.csv = csv
    }
}

/// An output column as the runtime and its encoders see it.
public struct OutputField: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ScalarKind
    /// Decimal places of a decimal value.
    public var scale: Int?
    public var nullable: Bool
    public var sensitivity: Sensitivity
    public var mask: Mask?
    public var description: Bilingual
    /// What each code of a code column means, for the workbook's data dictionary (absent for other fields).
    public var codes: [CodeMeaning]?

    public init(name: String, kind: ScalarKind, scale: Int?, nullable: Bool, sensitivity: Sensitivity, mask: Mask?, description: Bilingual,
                codes: [CodeMeaning]? = nil) {
        self.name = name
        self.kind = kind
        self.scale = scale
        self.nullable = nullable
        self.sensitivity = sensitivity
        self.mask = mask
        self.description = description
        self.codes = codes
    }
}

extension [CodeMeaning] {
    /// The codes in one line for a data dictionary: `10 Normal · 11 On academic probation …` in English,
    /// `10 ปกติ · 11 รอพินิจ …` in Thai.
    public func summary(_ language: KeyPath<Bilingual, String>) -> String {
        map { "\($0.code) \($0.meaning[keyPath: language].isEmpty ? $0.name : $0.meaning[keyPath: language])" }.joined(separator: " · ")
    }
}

/// A value the client sends, as the runtime validates it.
public struct InputParameter: Hashable, Sendable, Codable {
    public var name: String
    public var kind: ScalarKind
    /// Longest text accepted, from the column's type.
    public var maxLength: Int?
    public var required: Bool
    public var list: Bool
    public var maxItems: Int?
    public var comparison: ComparisonOperator
    /// The column compared, for documentation.
    public var column: String
    public var description: String?

    public init(name: String, kind: ScalarKind, maxLength: Int?, required: Bool, list: Bool, maxItems: Int?, comparison: ComparisonOperator, column: String, description: String?) {
        self.name = name
        self.kind = kind
        self.maxLength = maxLength
        self.required = required
        self.list = list
        self.maxItems = maxItems
        self.comparison = comparison
        self.column = column
        self.description = description
    }
}

/// Everything the runtime needs to serve or export one contract; it never reads contracts or the catalog.
///
/// `Generated/handlers/<id>.json` is an interface between two programs: `formatVersion` says which shape
/// of it a file has, and the runtime refuses a file of another shape rather than misread it. Raise
/// `currentFormat` whenever a field is added, removed or changes meaning.
public struct HandlerDefinition: Hashable, Sendable, Codable {
    /// The shape of handler definitions this build writes and reads.
    public static let currentFormat = 6
    public var formatVersion: Int
    public var contract: String
    public var version: Int
    public var title: String
    public var unit: String
    /// The unit's project the data is for.
    public var project: String
    public var purpose: String
    public var status: ContractStatus
    public var method: DeliveryMethod
    /// The HTTP path, `/api/<contract>`, for served methods.
    public var route: String
    /// `GET` or `POST` for served methods; nil for exports.
    public var httpMethod: String?
    public var formats: [OutputFormat]
    public var allow: [ClientRule]
    public var rowLimit: Int?
    public var rateLimit: RateLimit?
    /// The contract's own query time limits; the deployment's apply where it sets none (format 5).
    public var timeLimits: QueryTimeLimits?
    public var approvedOn: LocalDate?
    public var validUntil: LocalDate?
    public var sensitivity: Sensitivity
    public var legalBasis: LegalBasis?
    public var parameters: [InputParameter]
    public var fields: [OutputField]
    /// The queries by dialect.
    public var queries: [DialectName: QuerySet]
    /// What the contract decides, and the signed steps that decided it: the runtime verifies them against the
    /// roster (`Generated/approvers.json`) when it loads the contracts, and serves only what stands.
    public var substance: ContractSubstance
    public var approvals: [SignedStep]
    /// Every catalog column the queries read, with the type the catalog gave it (format 6): the runtime checks
    /// them against the database when the contracts load, and does not serve a contract whose source changed.
    public var reads: [SourceColumn]

    public init(contract: String, version: Int, title: String, unit: String, project: String, purpose: String, status: ContractStatus, method: DeliveryMethod, route: String, httpMethod: String?, formats: [OutputFormat], allow: [ClientRule], rowLimit: Int?, rateLimit: RateLimit?, approvedOn: LocalDate?, validUntil: LocalDate?, sensitivity: Sensitivity, legalBasis: LegalBasis?, parameters: [InputParameter], fields: [OutputField], queries: [DialectName: QuerySet],
                substance: ContractSubstance, approvals: [SignedStep], timeLimits: QueryTimeLimits? = nil, reads: [SourceColumn] = []) {
        self.formatVersion = Self.currentFormat
        self.reads = reads
        self.timeLimits = timeLimits
        self.contract = contract
        self.version = version
        self.title = title
        self.unit = unit
        self.project = project
        self.purpose = purpose
        self.status = status
        self.method = method
        self.route = route
        self.httpMethod = httpMethod
        self.formats = formats
        self.allow = allow
        self.rowLimit = rowLimit
        self.rateLimit = rateLimit
        self.approvedOn = approvedOn
        self.validUntil = validUntil
        self.sensitivity = sensitivity
        self.legalBasis = legalBasis
        self.parameters = parameters
        self.fields = fields
        self.queries = queries
        self.substance = substance
        self.approvals = approvals
    }

    /// Whether the contract may be delivered on the given day.
    public func isInForce(on day: LocalDate) -> Bool {
        status.isInForce(until: validUntil, on: day)
    }
}

/// A catalog column a contract's queries read: what must still be in the database, with a type that fits,
/// for the contract to be served.
/// Named as the database names it (`CatalogTable.source`): the schema where the catalog places the table, the
/// table's and column's database names.
public struct SourceColumn: Hashable, Sendable, Codable, Comparable {
    /// Nil for the connection's own schema.
    public var schema: String?
    public var table: String
    public var column: String
    /// The catalog's type; nil for a key column a join follows (its type is the catalog's business, checked there).
    public var type: ColumnType?

    public init(schema: String? = nil, table: String, column: String, type: ColumnType?) {
        self.schema = schema
        self.table = table
        self.column = column
        self.type = type
    }

    public static func < (lhs: SourceColumn, rhs: SourceColumn) -> Bool {
        (lhs.schema ?? "", lhs.table, lhs.column) < (rhs.schema ?? "", rhs.table, rhs.column)
    }

    /// `schema.table`, or the table alone, for messages.
    public var qualifiedTable: String { schema.map { "\($0).\(table)" } ?? table }
}
