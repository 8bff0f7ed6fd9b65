/// A database's own account of its tables, as `sanya catalog import` and `sanya catalog verify` read it from
/// the database's system catalogs (`information_schema`, `pg_catalog`, SQLite's pragmas): names and types as the
/// database spells them, before anything is decided about them.
public struct DatabaseSchema: Sendable, Hashable {
    public var engine: DialectName
    public var tables: [Table]
    /// MariaDB shows a login only the tables and columns it was granted something on: without `SELECT` on the
    /// whole database, a table or column missing here may be one the login may not read.
    public var hidesUngranted: Bool

    public init(engine: DialectName, tables: [Table], hidesUngranted: Bool = false) {
        self.engine = engine
        self.tables = tables.sorted { ($0.schema ?? "", $0.name) < ($1.schema ?? "", $1.name) }
        self.hidesUngranted = hidesUngranted
    }

    public func table(_ name: String) -> Table? { tables.first { $0.name == name } }

    public struct Table: Sendable, Hashable {
        /// The PostgreSQL schema (or MariaDB database) holding it.
        public var schema: String?
        public var name: String
        public var isView: Bool
        /// `COMMENT ON TABLE` / MariaDB's table `COMMENT`.
        public var comment: String?
        public var columns: [Column]
        /// Nil when the database declares none (a view, or a table built without one).
        public var primaryKey: [String]?
        /// Unique constraints and unique indexes over plain columns, each in the database's column order.
        public var uniqueKeys: [[String]]
        public var foreignKeys: [ForeignKey]

        public init(schema: String?, name: String, isView: Bool, comment: String?, columns: [Column], primaryKey: [String]?,
                    uniqueKeys: [[String]], foreignKeys: [ForeignKey]) {
            self.schema = schema
            self.name = name
            self.isView = isView
            self.comment = comment
            self.columns = columns
            self.primaryKey = primaryKey
            self.uniqueKeys = uniqueKeys
            self.foreignKeys = foreignKeys
        }

        public func column(_ name: String) -> Column? { columns.first { $0.name == name } }
    }

    public struct Column: Sendable, Hashable {
        public var name: String
        /// The type as the database spells it: `character varying(120)`, `int(11) unsigned`, `VARCHAR(8)`.
        public var type: String
        public var nullable: Bool
        public var comment: String?
        /// Whether the login that read the schema may `SELECT` it (PostgreSQL's column privileges; MariaDB's
        /// `information_schema` shows a login only the columns it was granted, SQLite has no grants).
        public var readable: Bool

        public init(name: String, type: String, nullable: Bool, comment: String?, readable: Bool = true) {
            self.name = name
            self.type = type
            self.nullable = nullable
            self.comment = comment
            self.readable = readable
        }
    }

    public struct ForeignKey: Sendable, Hashable {
        /// The constraint's name, where the database keeps one.
        public var name: String?
        /// In the constraint's order, paired with `referencedColumns`.
        public var columns: [String]
        public var referencedTable: String
        public var referencedColumns: [String]

        public init(name: String?, columns: [String], referencedTable: String, referencedColumns: [String]) {
            self.name = name
            self.columns = columns
            self.referencedTable = referencedTable
            self.referencedColumns = referencedColumns
        }
    }
}

/// The catalog type a database type is read as, and, when the reading is not exact, what a person must
/// confirm. One mapping for the three engines' spellings, used by import (to propose) and by verify (to compare).
public struct DatabaseTypeReading: Sendable, Hashable {
    /// The catalog type of what the database keeps.
    public var type: ColumnType
    /// Nil when the catalog type says exactly what the database keeps.
    public var caveat: String?
    /// The values a list of codes may take (MySQL's `enum`), as the database spells them.
    public var codes: [String] = []
    /// For a list of two codes that read as yes and no (`enum('Y','N')`): the boolean they stand for.
    public var flag: BooleanFlag?

    public init(_ type: ColumnType, caveat: String? = nil) {
        self.type = type
        self.caveat = caveat
    }

    /// How the catalog reads `databaseType` of `engine`.
    public static func reading(_ databaseType: String, engine: DialectName) -> DatabaseTypeReading {
        var text = String(databaseType.lowercased().drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        while text.contains("  ") { text = text.replacingOccurrences(of: "  ", with: " ") }
        let unsigned = text.hasSuffix(" unsigned") || text.contains(" unsigned ")
        for suffix in [" zerofill", " unsigned", " signed"] { text = text.replacingOccurrences(of: suffix, with: "") }
        var base = text
        var arguments: [Int] = []
        var rawArguments = ""
        if let open = text.firstIndex(of: "("), let close = text.lastIndex(of: ")"), open < close {
            base = (text[..<open] + text[text.index(after: close)...]).split(separator: " ").joined(separator: " ")
            rawArguments = String(text[text.index(after: open)..<close])
            arguments = rawArguments.split(separator: ",").compactMap { Int($0.filter { $0 != " " }) }
        }
        func lossy(_ type: ColumnType, _ why: String) -> DatabaseTypeReading { DatabaseTypeReading(type, caveat: why) }
        let spelled = "'\(databaseType)'"
        switch base {
        case "tinyint" where engine == .mysql && arguments == [1]:
            return lossy(.boolean, "\(spelled) is MySQL's boolean: confirm the column holds only 0 and 1")
        case "tinyint", "smallint", "int2", "mediumint", "smallserial", "serial2":
            return DatabaseTypeReading(.integer)
        case "integer", "int", "int4", "serial", "serial4":
            // An unsigned MySQL int reaches 4,294,967,295, beyond a 32-bit integer.
            return DatabaseTypeReading(unsigned ? .bigint : .integer)
        case "bigint", "int8", "bigserial", "serial8":
            return unsigned ? lossy(.bigint, "\(spelled) may exceed a signed 64-bit integer") : DatabaseTypeReading(.bigint)
        case "text", "tinytext", "mediumtext", "longtext", "clob", "citext", "name":
            return DatabaseTypeReading(.text)
        case "varchar", "character varying", "nvarchar", "varchar2", "national character varying", "nchar varying":
            guard let length = arguments.first, let type = ColumnType.parse("varchar(\(length))") else { return DatabaseTypeReading(.text) }
            return DatabaseTypeReading(type)
        case "char", "character", "nchar", "bpchar", "national character":
            // Served without the spaces that pad it.
            return DatabaseTypeReading(ColumnType.parse("char(\(arguments.first ?? 1))") ?? .text)
        case "numeric", "decimal", "dec", "number":
            if let precision = arguments.first, let type = ColumnType.parse("numeric(\(precision),\(arguments.count > 1 ? arguments[1] : 0))") {
                return DatabaseTypeReading(type)
            }
            // No declared precision: every value is served exactly as the database keeps it (0.333333 stays 0.333333).
            return DatabaseTypeReading(.numeric)
        case "real", "float", "float4", "float8", "double", "double precision":
            return lossy(ColumnType.parse("numeric(38,6)")!, "\(spelled) is an approximate number: served to the scale written here; choose it")
        case "boolean", "bool":
            return DatabaseTypeReading(.boolean)
        case "bit" where arguments.isEmpty || arguments == [1]:
            return DatabaseTypeReading(.boolean)
        case "date":
            return DatabaseTypeReading(.date)
        case "timestamp", "datetime", "timestamp without time zone", "datetime2", "smalldatetime":
            return DatabaseTypeReading(.timestamp)
        case "timestamp with time zone", "timestamptz":
            return DatabaseTypeReading(.timestamptz)
        case "uuid":
            return DatabaseTypeReading(.uuid)
        case "time", "time without time zone":
            return DatabaseTypeReading(.time)
        case "enum":
            // The codes as the database spells them (the text above was lower-cased).
            var original = databaseType
            if let open = original.firstIndex(of: "("), let close = original.lastIndex(of: ")"), open < close {
                original = String(original[original.index(after: open)..<close])
            }
            let values = original.split(separator: ",").map { String($0.trimmingCharacters(in: .whitespaces).dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
            let longest = max(1, values.map { $0.count }.max() ?? 1)
            var reading = lossy(ColumnType.parse("varchar(\(longest))") ?? .text,
                                "\(spelled) is a list of codes (\(values.joined(separator: ", "))): read as varchar(\(longest)); the codes are listed, describe what each means")
            if Set(values) == ["Y", "N"] {
                reading.flag = BooleanFlag(trueValue: "Y", falseValue: "N")
                reading.caveat = "\(spelled) is a yes/no flag: read as a boolean, 'Y' true and 'N' false; confirm"
            } else {
                reading.codes = values
            }
            return reading
        case "":
            return lossy(.text, "the column declares no type: read as text")
        default:
            return lossy(.text, "\(spelled) has no catalog type: read as its text, or delete the column if no contract needs it")
        }
    }
}

extension DatabaseTypeReading {
    /// Whether a catalog column of type `catalog` cannot hold what the database keeps in a column read as this:
    /// the database's values must fit the catalog's type (the runtime converts and the documents
    /// promise by it). A catalog type wider than the database's is fine.
    public func misfit(_ catalog: ColumnType, engine: DialectName) -> Bool {
        guard catalog.kind == type.kind else { return true }
        switch type.kind {
        case .string:
            guard let length = catalog.length else { return false }
            // SQLite keeps any text in any column, whatever its declared length.
            if engine == .sqlite { return false }
            return (type.length ?? Int.max) > length
        case .integer:
            // SQLite's integers are all 64-bit.
            return engine != .sqlite && type == .bigint && catalog == .integer
        case .decimal:
            // A number without declared precision is whatever the catalog says it is served as; a catalog
            // `numeric` holds any number exactly.
            guard caveat == nil, catalog.precision != nil, let precision = type.precision, let scale = type.scale else { return false }
            return scale != catalog.scale || precision - scale > (catalog.precision ?? 0) - (catalog.scale ?? 0)
        case .boolean, .date, .timestamp:
            return false
        }
    }
}

extension DatabaseSchema {
    /// Why the database no longer holds `source` as a contract reads it — its table or column is gone, or its type
    /// no longer fits the catalog's — or nil when it does. The runtime's check when contracts load; `sanya catalog
    /// verify` says the same of the whole catalog, with locations.
    public func problem(with source: SourceColumn) -> String? {
        guard let table = table(of: source) else {
            return "the database has no table '\(source.qualifiedTable)'" + (hidesUngranted ? " (or this login is not granted SELECT on it)" : "")
        }
        guard let column = table.column(source.column) ?? table.columns.first(where: { $0.name.lowercased() == source.column.lowercased() }) else {
            return "table '\(source.qualifiedTable)' has no column '\(source.column)' in the database"
                + (hidesUngranted ? " (or this login is not granted SELECT on it)" : "")
        }
        if !column.readable {
            return "this login is not granted SELECT on '\(source.qualifiedTable).\(source.column)'"
        }
        if let type = source.type {
            let reading = DatabaseTypeReading.reading(column.type, engine: engine)
            if reading.misfit(type, engine: engine) {
                return "column '\(source.qualifiedTable).\(source.column)' is \(column.type) in the database; the contract was built for \(type)"
            }
        }
        return nil
    }

    /// The table a source column names: in its schema when it names one, else any schema read (the connection's own).
    func table(of source: SourceColumn) -> Table? {
        let candidates = tables.filter { source.schema == nil || $0.schema == source.schema }
        let folded = source.table.lowercased()
        return candidates.first { $0.name == source.table } ?? candidates.first { $0.name.lowercased() == folded }
    }

    /// Whether `source` is there but the login may not read it: what a DBA grants, not a change to the schema.
    /// Where the database hides what it does not grant (`hidesUngranted`), a missing table or column may be this too.
    public func denied(_ source: SourceColumn) -> Bool {
        guard let table = table(of: source) else { return hidesUngranted }
        guard let column = table.column(source.column) ?? table.columns.first(where: { $0.name.lowercased() == source.column.lowercased() }) else {
            return hidesUngranted
        }
        return !column.readable
    }
}
