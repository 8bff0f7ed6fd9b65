/// A PDPA sensitivity class of a column, in increasing order of protection needed.
public enum Sensitivity: String, Sendable, Codable, CaseIterable, Comparable {
    /// Public information (course names, faculty list).
    case `public`
    /// Internal to the institute but not about a person (ids of sections, invoice numbers).
    case `internal`
    /// PDPA personal data (section 6): identifies a person directly or indirectly.
    case personal
    /// PDPA section 26 special-category data (race, religion, health, disability …).
    case sensitive

    private var rank: Int { Self.allCases.firstIndex(of: self)! }

    public static func < (lhs: Sensitivity, rhs: Sensitivity) -> Bool { lhs.rank < rhs.rank }
}

/// The logical kind of a column's values, shared by every SQL dialect and every output format.
public enum ScalarKind: String, Sendable, Codable, CaseIterable {
    case string
    case integer
    case decimal
    case boolean
    case date
    case timestamp

    /// What a value of the kind is written as, for the messages that refuse one (the checker's and the
    /// runtime's alike).
    public var expectedText: String {
        switch self {
        case .string: "text"
        case .integer: "a whole number"
        case .decimal: "a number"
        case .boolean: "true or false"
        case .date: "a date YYYY-MM-DD"
        case .timestamp: "a timestamp YYYY-MM-DD HH:MM[:SS]"
        }
    }
}

/// A catalog column type, e.g. `varchar(8)` or `numeric(3,2)`.
public struct ColumnType: Hashable, Sendable, Codable, CustomStringConvertible {
    public var kind: ScalarKind
    /// The catalog's spelling, e.g. `varchar(8)`.
    public var name: String
    /// Maximum length of text, where declared.
    public var length: Int?
    public var precision: Int?
    public var scale: Int?

    public init(kind: ScalarKind, name: String, length: Int? = nil, precision: Int? = nil, scale: Int? = nil) {
        self.kind = kind
        self.name = name
        self.length = length
        self.precision = precision
        self.scale = scale
    }

    public var description: String { name }

    public static let text = ColumnType(kind: .string, name: "text")
    public static let integer = ColumnType(kind: .integer, name: "integer")
    public static let bigint = ColumnType(kind: .integer, name: "bigint")
    public static let boolean = ColumnType(kind: .boolean, name: "boolean")
    public static let date = ColumnType(kind: .date, name: "date")
    public static let timestamp = ColumnType(kind: .timestamp, name: "timestamp")
    /// A decimal without declared precision or scale.
    public static let numeric = ColumnType(kind: .decimal, name: "numeric")
    /// PostgreSQL's `uuid`, served and compared as its text (`a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11`).
    public static let uuid = ColumnType(kind: .string, name: "uuid", length: 36)
    /// A time of day, served and compared as its text (`08:30:00`).
    public static let time = ColumnType(kind: .string, name: "time")
    /// A timestamp with a time zone (PostgreSQL's `timestamptz`), served as the local time in Asia/Bangkok.
    public static let timestamptz = ColumnType(kind: .timestamp, name: "timestamptz")

    /// How the generated SQL reads a column of this type, when not as it is: the database's own type is not one
    /// the outputs and comparisons can take directly.
    public var reading: Reading? {
        switch name {
        case "uuid", "time": .text
        case "timestamptz": .localTime
        default: name.hasPrefix("char(") ? .text : nil
        }
    }

    public enum Reading: Sendable {
        /// As its text (`uuid`, `time`; `char(n)` without the spaces that pad it).
        case text
        /// As the local time in `Vocabulary.timeZone`.
        case localTime
    }

    /// Parses a catalog type name; nil when the name is not one the catalog knows.
    public static func parse(_ text: String) -> ColumnType? {
        let name = text.lowercased().replacingOccurrences(of: " ", with: "")
        func arguments(_ prefix: String) -> [Int]? {
            guard name.hasPrefix(prefix + "("), name.hasSuffix(")") else { return nil }
            let inner = name.dropFirst(prefix.count + 1).dropLast()
            let parts = inner.split(separator: ",", omittingEmptySubsequences: false).map { Int($0) }
            // A length or precision is at least 1; a scale may be 0 (`numeric(10,0)`, whole numbers kept exactly).
            guard !parts.isEmpty, parts.enumerated().allSatisfy({ item in item.element.map { $0 >= (item.offset == 0 ? 1 : 0) } ?? false }) else { return nil }
            return parts.map { $0! }
        }
        switch name {
        case "text": return .text
        case "integer", "int": return .integer
        case "bigint": return .bigint
        case "boolean", "bool": return .boolean
        case "date": return .date
        case "timestamp": return .timestamp
        // A number without declared precision (PostgreSQL's bare `numeric`): every value served exactly as stored.
        case "numeric", "decimal": return .numeric
        case "uuid": return .uuid
        case "time": return .time
        case "timestamptz": return .timestamptz
        default: break
        }
        if let args = arguments("varchar"), args.count == 1, args[0] <= 65_535 {
            return ColumnType(kind: .string, name: "varchar(\(args[0]))", length: args[0])
        }
        // Fixed-length text, padded with spaces by the database: served without them.
        if let args = arguments("char"), args.count == 1, args[0] <= 255 {
            return ColumnType(kind: .string, name: "char(\(args[0]))", length: args[0])
        }
        if let args = arguments("numeric") ?? arguments("decimal"), (1...2).contains(args.count) {
            let scale = args.count == 2 ? args[1] : 0
            guard args[0] <= 38, scale <= args[0] else { return nil }
            return ColumnType(kind: .decimal, name: "numeric(\(args[0]),\(scale))", precision: args[0], scale: scale)
        }
        return nil
    }

    /// Every type spelling the catalog accepts, for "did you mean" and the reference.
    public static let knownNames = ["text", "varchar(N)", "char(N)", "integer", "bigint", "numeric(P,S)", "numeric", "boolean", "date", "timestamp",
                                    "timestamptz", "time", "uuid"]
}

/// A description in the two languages the registrar works in.
public struct Bilingual: Hashable, Sendable, Codable {
    public var en: String
    public var th: String

    public init(en: String, th: String) {
        self.en = en
        self.th = th
    }
}

/// A column of a catalog table.
public struct CatalogColumn: Hashable, Sendable, Codable {
    public var name: String
    public var type: ColumnType
    public var nullable: Bool
    public var sensitivity: Sensitivity
    /// A direct identifier (student id, national id …): pseudonymise before sharing where possible.
    public var identifier: Bool
    public var description: Bilingual
    /// What each value of a code column means (`10` is ปกติ, normal), in the order the catalog lists them;
    /// empty for a column that holds no codes.
    public var codes: [CodeMeaning]
    /// The column's name in the database when it is not `name` (`custom_200000000` for `gender`, `StudentID` for
    /// `student_id`): contracts, documents and outputs use `name`, the generated SQL reads this.
    public var databaseName: String?
    /// For a boolean the database keeps as a flag (`'Y'`/`''`, `1`/`0`): how it is stored.
    public var flag: BooleanFlag?

    public init(name: String, type: ColumnType, nullable: Bool, sensitivity: Sensitivity, identifier: Bool, description: Bilingual,
                codes: [CodeMeaning] = [], databaseName: String? = nil, flag: BooleanFlag? = nil) {
        self.databaseName = databaseName
        self.flag = flag
        self.name = name
        self.type = type
        self.nullable = nullable
        self.sensitivity = sensitivity
        self.identifier = identifier
        self.description = description
        self.codes = codes
    }

    /// The name the database knows the column by.
    public var sourceName: String { databaseName ?? name }

    /// The type of what the database keeps: the flag's storage for a flag, else the catalog's type.
    public var storedType: ColumnType { flag?.stored ?? type }

    /// The code a contract's value stands for: the code itself, or the name of one (`normal` for `10`).
    public func code(named value: String) -> CodeMeaning? {
        codes.first { $0.code == value } ?? codes.first { $0.name == value }
    }
}

/// A boolean kept as a flag in a text or whole-number column (RosarioSIS's `'Y'` or NULL, a `1`/`0` smallint): served
/// as true or false, compared as the database keeps it.
public struct BooleanFlag: Hashable, Sendable, Codable {
    /// The stored value that means true.
    public var trueValue: String
    /// The stored value that means false; nil when every other value, NULL included, means false.
    public var falseValue: String?
    /// What the database column holds: `text`, or `bigint` when both values are whole numbers.
    public var stored: ColumnType

    public init(trueValue: String, falseValue: String?) {
        self.trueValue = trueValue
        self.falseValue = falseValue
        let numeric = Int64(trueValue) != nil && (falseValue.map { Int64($0) != nil } ?? true)
        self.stored = numeric ? .bigint : .text
    }
}

/// One value of a code column and what it means: a name contracts may write instead of the code, and the
/// meaning the data dictionary and the documentation show.
public struct CodeMeaning: Hashable, Sendable, Codable {
    /// The value as the database stores it (`"10"`, `"GRADUATED"`).
    public var code: String
    /// A lower-case name for it that contracts may use in filters (`normal`, `graduated`).
    public var name: String
    public var meaning: Bilingual

    public init(code: String, name: String, meaning: Bilingual) {
        self.code = code
        self.name = name
        self.meaning = meaning
    }
}

/// A table whose rows are people (students, applicants, staff): the data subjects of PDPA, each identified by
/// one column, looked up by `sanya subject` for a right-of-access request.
public struct DataSubject: Hashable, Sendable, Codable {
    /// The column whose value picks out one person (a single-column primary or unique key).
    public var key: String
    /// What such a person is called in a letter (`student` · `นักศึกษา`).
    public var name: Bilingual

    public init(key: String, name: Bilingual) {
        self.key = key
        self.name = name
    }
}

/// A catalog table as the database names it: its schema, its name there, and the columns whose database name
/// differs from the catalog's (by catalog name). What the SQL translator reads; the rest of Sanya uses catalog names.
public struct SourceTable: Hashable, Sendable, Codable {
    public var schema: String?
    public var name: String
    public var columns: [String: String]
    /// The columns kept as flags, by catalog name: the SQL reads them as booleans.
    public var flags: [String: BooleanFlag]

    public init(schema: String?, name: String, columns: [String: String] = [:], flags: [String: BooleanFlag] = [:]) {
        self.schema = schema
        self.name = name
        self.columns = columns
        self.flags = flags
    }

    /// The database's name of the catalog column `column`.
    public func column(_ column: String) -> String { columns[column] ?? column }

    /// `schema.name`, or the name alone, for messages.
    public var qualifiedName: String { schema.map { "\($0).\(name)" } ?? name }
}

/// A foreign key, named as a relation that contracts follow with dotted paths (`curriculum.faculty.name_en`).
public struct ForeignKey: Hashable, Sendable, Codable {
    /// The relation name, unique within its table.
    public var name: String
    public var columns: [String]
    public var referencedTable: String
    public var referencedColumns: [String]

    public init(name: String, columns: [String], referencedTable: String, referencedColumns: [String]) {
        self.name = name
        self.columns = columns
        self.referencedTable = referencedTable
        self.referencedColumns = referencedColumns
    }
}

/// A table of the registrar's database as the catalog describes it.
public struct CatalogTable: Hashable, Sendable, Codable {
    public var name: String
    public var description: Bilingual
    public var primaryKey: [String]
    public var uniqueKeys: [[String]]
    public var columns: [CatalogColumn]
    public var foreignKeys: [ForeignKey]
    /// Set when the table's rows are people, with the column that identifies each.
    public var dataSubject: DataSubject?
    /// The PostgreSQL schema or MariaDB database holding the table (`registrar`); nil for the connection's own.
    /// Generated SQL names it on every table, so that nothing depends on a login's `search_path`.
    public var schema: String?
    /// The table's name in the database when it is not `name`.
    public var databaseName: String?
    /// A view of the database (`view: true`): its key is the catalog's promise, not a constraint.
    public var isView: Bool

    public init(name: String, description: Bilingual, primaryKey: [String], uniqueKeys: [[String]], columns: [CatalogColumn], foreignKeys: [ForeignKey],
                dataSubject: DataSubject? = nil, schema: String? = nil, databaseName: String? = nil, isView: Bool = false) {
        self.isView = isView
        self.schema = schema
        self.databaseName = databaseName
        self.name = name
        self.description = description
        self.primaryKey = primaryKey
        self.uniqueKeys = uniqueKeys
        self.columns = columns
        self.foreignKeys = foreignKeys
        self.dataSubject = dataSubject
    }

    public func column(_ name: String) -> CatalogColumn? { columns.first { $0.name == name } }

    /// Where the database keeps the table, and the database's names of the columns that differ from the catalog's.
    public var source: SourceTable {
        SourceTable(schema: schema, name: databaseName ?? name,
                    columns: Dictionary(columns.compactMap { column in column.databaseName.map { (column.name, $0) } }, uniquingKeysWith: { first, _ in first }),
                    flags: Dictionary(columns.compactMap { column in column.flag.map { (column.name, $0) } }, uniquingKeysWith: { first, _ in first }))
    }

    public func foreignKey(_ name: String) -> ForeignKey? { foreignKeys.first { $0.name == name } }
}

/// The checked schema catalog: every table a contract may read.
public struct Catalog: Hashable, Sendable, Codable {
    public var tables: [CatalogTable]

    public init(tables: [CatalogTable]) {
        self.tables = tables.sorted { $0.name < $1.name }
    }

    public func table(_ name: String) -> CatalogTable? { tables.first { $0.name == name } }

    /// The tables the catalog declares as people (`data_subject:`), by name.
    public var dataSubjects: [CatalogTable] { tables.filter { $0.dataSubject != nil } }

    /// The tables in an order where every table comes after the tables it references.
    public var dependencyOrder: [CatalogTable] {
        var ordered: [CatalogTable] = []
        var placed = Set<String>()
        var remaining = tables
        while !remaining.isEmpty {
            let ready = remaining.filter { table in
                table.foreignKeys.allSatisfy { $0.referencedTable == table.name || placed.contains($0.referencedTable) || self.table($0.referencedTable) == nil }
            }
            let batch = ready.isEmpty ? [remaining[0]] : ready
            for table in batch {
                ordered.append(table)
                placed.insert(table.name)
            }
            remaining.removeAll { placed.contains($0.name) }
        }
        return ordered
    }
}

extension Catalog {
    /// Whether a value of `column` in `table` picks out one person, so that a group keyed by it is that
    /// person's record: the column is one of the catalog's identifiers, or it holds one (a single-column
    /// foreign key to an identifying column), or it is a unique key of a table with one row per person (a
    /// unique key of that table identifies a person).
    public func identifiesPerson(table: String, column: String) -> Bool {
        var seen = Set<String>()
        return identifiesPerson(table, column, &seen)
    }

    private func identifiesPerson(_ tableName: String, _ column: String, _ seen: inout Set<String>) -> Bool {
        guard seen.insert("\(tableName).\(column)").inserted, let table = table(tableName), let catalogColumn = table.column(column) else { return false }
        if catalogColumn.identifier { return true }
        for key in table.foreignKeys where key.columns == [column] && key.referencedColumns.count == 1 {
            if identifiesPerson(key.referencedTable, key.referencedColumns[0], &seen) { return true }
        }
        let singleKeys = ([table.primaryKey] + table.uniqueKeys).filter { $0.count == 1 }.map { $0[0] }
        guard singleKeys.contains(column) else { return false }
        return singleKeys.contains { $0 != column && identifiesPerson(tableName, $0, &seen) }
    }
}
