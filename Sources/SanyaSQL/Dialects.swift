import SanyaModel

/// PostgreSQL 13 and later.
public struct PostgresDialect: SQLDialect {
    public init() {}
    public var name: String { DialectName.postgres.rawValue }
    public var supportsSecurityBarrier: Bool { true }
    public var supportsSchemas: Bool { true }
    public func localTime(_ expression: String) -> String { "(\(expression) AT TIME ZONE \(stringLiteral(Vocabulary.timeZone)))" }

    public func bindPlaceholder(at index: Int, type: ColumnType) -> String { "CAST($\(index) AS \(bindType(type)))" }
    public func listPlaceholder(at index: Int, elementType: ColumnType) -> String { "CAST($\(index) AS \(bindType(elementType))[])" }

    /// Binds are cast to the unbounded type of their kind: a cast to `VARCHAR(n)` would silently cut a
    /// longer value instead of failing to match.
    func bindType(_ type: ColumnType) -> String {
        switch type.kind {
        case .string: "TEXT"
        case .integer: "BIGINT"
        case .decimal: "NUMERIC"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        }
    }
    public func listMembership(_ column: String, placeholder: String, elementType: ColumnType) -> String {
        "\(column) = ANY(\(placeholder))"
    }

    public func columnType(_ type: ColumnType) -> String {
        switch type.name {
        case "uuid": return "UUID"
        case "time": return "TIME"
        case "timestamptz": return "TIMESTAMPTZ"
        default: if type.name.hasPrefix("char(") { return type.name.uppercased() }
        }
        return switch type.kind {
        case .string: type.length.map { "VARCHAR(\($0))" } ?? "TEXT"
        case .integer: type.name == "bigint" ? "BIGINT" : "INTEGER"
        case .decimal: type.precision.map { "NUMERIC(\($0),\(type.scale ?? 0))" } ?? "NUMERIC"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        }
    }

    public func year(_ expression: String) -> String { "CAST(EXTRACT(YEAR FROM \(expression)) AS INTEGER)" }

    public var copiesCSV: Bool { true }
    /// Integers and text are written by `COPY` as Sanya writes them; dates too (the export runs with
    /// `DateStyle` ISO and `TimeZone` UTC).
    public func exportText(_ expression: String, kind: ScalarKind, scale: Int?) -> String {
        switch kind {
        case .string, .integer: expression
        case .decimal: scale.map { "ROUND(CAST(\(expression) AS NUMERIC), \($0))" } ?? expression
        case .boolean: "CASE \(expression) WHEN TRUE THEN 'true' WHEN FALSE THEN 'false' END"
        case .date: "CAST(\(expression) AS DATE)"
        case .timestamp: "TO_CHAR(\(expression), 'YYYY-MM-DD HH24:MI:SS')"
        }
    }
    public func sha256Hex(_ expression: String) -> String { "ENCODE(SHA256(CONVERT_TO(\(expression), 'UTF8')), 'hex')" }
}

/// SQLite 3.38 and later, with the `sanya_sha256` function the runtime registers for pseudonyms.
public struct SQLiteDialect: SQLDialect {
    public init() {}
    public var name: String { DialectName.sqlite.rawValue }
    public var supportsRoles: Bool { false }
    public var supportsCreateOrReplaceView: Bool { false }

    public func bindPlaceholder(at index: Int, type: ColumnType) -> String { "?\(index)" }
    public func listMembership(_ column: String, placeholder: String, elementType: ColumnType) -> String {
        "\(column) IN (SELECT value FROM json_each(\(placeholder)))"
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "1" : "0" }
    public func dateLiteral(_ date: String) -> String { stringLiteral(date) }
    public func timestampLiteral(_ timestamp: String) -> String { stringLiteral(timestamp) }
    public func lastCharacters(_ expression: String, _ count: Int) -> String { "SUBSTR(\(expression), -\(count))" }

    public func columnType(_ type: ColumnType) -> String {
        switch type.kind {
        case .string: type.length.map { "VARCHAR(\($0))" } ?? "TEXT"
        case .integer: "INTEGER"
        case .decimal: "NUMERIC"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        }
    }

    public func year(_ expression: String) -> String { "CAST(STRFTIME('%Y', \(expression)) AS INTEGER)" }
    public func sha256Hex(_ expression: String) -> String { "sanya_sha256(\(expression))" }
}

/// MySQL 8.0 and MariaDB 10.6 and later.
public struct MySQLDialect: SQLDialect {
    public init() {}
    public var name: String { DialectName.mysql.rawValue }
    public var identifierQuote: String { "`" }
    public var numberedBinds: Bool { false }
    public var textCastType: String { "CHAR" }
    public func characterLength(_ expression: String) -> String { "CHAR_LENGTH(\(expression))" }

    public func bindPlaceholder(at index: Int, type: ColumnType) -> String { "?" }
    public func listMembership(_ column: String, placeholder: String, elementType: ColumnType) -> String {
        "\(column) IN (SELECT j.v FROM JSON_TABLE(\(placeholder), '$[*]' COLUMNS (v \(columnType(elementType)) PATH '$')) AS j)"
    }

    /// MySQL treats a backslash in a string as an escape unless NO_BACKSLASH_ESCAPES is set, so it is doubled too.
    public func stringLiteral(_ text: String) -> String {
        "'" + text.escaping("\\", as: "\\\\").escaping("'", as: "''") + "'"
    }

    public func concatenate(_ parts: [String]) -> String { "CONCAT(" + parts.joined(separator: ", ") + ")" }

    public func columnType(_ type: ColumnType) -> String {
        switch type.name {
        case "uuid": return "CHAR(36)"
        case "time": return "TIME"
        default: if type.name.hasPrefix("char(") { return type.name.uppercased() }
        }
        return switch type.kind {
        case .string: type.length.map { "VARCHAR(\($0))" } ?? "TEXT"
        case .integer: type.name == "bigint" ? "BIGINT" : "INT"
        // MariaDB has no decimal without precision (DECIMAL alone is DECIMAL(10,0)): the widest it has.
        case .decimal: type.precision.map { "DECIMAL(\($0),\(type.scale ?? 0))" } ?? "DECIMAL(65,30)"
        case .boolean: "BOOLEAN"
        case .date: "DATE"
        case .timestamp: "DATETIME"
        }
    }

    public func year(_ expression: String) -> String { "YEAR(\(expression))" }
    public func sha256Hex(_ expression: String) -> String { "SHA2(\(expression), 256)" }
}

/// A deliberately odd dialect for tests: any SQL that bypasses the dialect shows up at once.
public struct GenericTestDialect: SQLDialect {
    public init() {}
    public var name: String { "generic" }
    public var identifierQuote: String { "``" }
    public func bindPlaceholder(at index: Int, type: ColumnType) -> String { "&\(index)" }
    public func listMembership(_ column: String, placeholder: String, elementType: ColumnType) -> String {
        "\(column) MEMBER OF LIST(\(placeholder))"
    }
    public func columnType(_ type: ColumnType) -> String { "T_" + type.kind.rawValue.uppercased() }
    public func year(_ expression: String) -> String { "YEAR_OF(\(expression))" }
    public func sha256Hex(_ expression: String) -> String { "SHA_HEX(\(expression))" }
}

/// Every dialect Sanya generates SQL for.
public enum Dialects {
    public static func dialect(_ name: DialectName) -> any SQLDialect {
        switch name {
        case .postgres: PostgresDialect()
        case .sqlite: SQLiteDialect()
        case .mysql: MySQLDialect()
        }
    }

    /// In `DialectName`'s order.
    public static var all: [any SQLDialect] { DialectName.allCases.map(dialect) }
}
