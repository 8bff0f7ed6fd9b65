import Foundation
import SanyaModel

/// What a database's SQL can do and how it spells it. Dialect differences live here as capabilities,
/// never as `if dialect.name == …` in the code that builds statements.
public protocol SQLDialect: Sendable {
    /// A short name used in file names and handler definitions: `postgres`, `sqlite`, `mysql`.
    var name: String { get }
    /// The character that quotes identifiers.
    var identifierQuote: String { get }
    /// Whether placeholders carry a number, so one bound value can be used several times.
    var numberedBinds: Bool { get }
    /// Whether `CREATE VIEW … WITH (security_barrier = true)` is available (PostgreSQL).
    var supportsSecurityBarrier: Bool { get }
    /// Whether roles and `GRANT` exist (not in SQLite).
    var supportsRoles: Bool { get }
    /// Whether `CREATE OR REPLACE VIEW` exists (SQLite needs `DROP VIEW IF EXISTS` first).
    var supportsCreateOrReplaceView: Bool { get }

    /// The placeholder of the `index`-th (1-based) bound value of the given type.
    func bindPlaceholder(at index: Int, type: ColumnType) -> String
    /// The placeholder of a list of values bound as one value (an array or a JSON text), compared to `column`.
    func listMembership(_ column: String, placeholder: String, elementType: ColumnType) -> String
    /// The placeholder of a list bound as one value, when it is tested for absence.
    func listPlaceholder(at index: Int, elementType: ColumnType) -> String
    /// A string literal with the dialect's escaping.
    func stringLiteral(_ text: String) -> String
    func booleanLiteral(_ value: Bool) -> String
    func dateLiteral(_ date: String) -> String
    func timestampLiteral(_ timestamp: String) -> String
    /// The SQL type of a catalog column type in table definitions.
    func columnType(_ type: ColumnType) -> String
    /// The type that text casts use (`TEXT`, `CHAR`).
    var textCastType: String { get }
    /// Concatenates text expressions.
    func concatenate(_ parts: [String]) -> String
    /// The last `count` characters of a text expression.
    func lastCharacters(_ expression: String, _ count: Int) -> String
    /// The year of a date or timestamp expression, as an integer.
    func year(_ expression: String) -> String
    /// The lower-case hexadecimal SHA-256 of a text expression.
    func sha256Hex(_ expression: String) -> String
    /// The length in characters (not bytes) of a text expression.
    func characterLength(_ expression: String) -> String
    /// A timestamp with a time zone as the local time in `Vocabulary.timeZone` (only PostgreSQL keeps the zone;
    /// elsewhere the value is the local time already).
    func localTime(_ expression: String) -> String
    /// Whether views can live in their own schema (`sanya.x`) rather than under a prefixed name (`sanya_x`).
    var supportsSchemas: Bool { get }
    /// Whether the database can write a query's result as CSV itself (`COPY … TO STDOUT`), the runtime passing
    /// the bytes through: then each contract gets an export query whose columns are already the text the
    /// runtime's CSV holds (`exportText`).
    var copiesCSV: Bool { get }
    /// A value as the text Sanya's CSV writes for a field of `kind` (see `CSVRowEncoder`), where the database's
    /// own text of it differs: booleans `true`/`false`, decimals with the field's scale, timestamps to the second.
    func exportText(_ expression: String, kind: ScalarKind, scale: Int?) -> String
}

extension SQLDialect {
    public var identifierQuote: String { "\"" }
    public var numberedBinds: Bool { true }
    public var supportsSecurityBarrier: Bool { false }
    public var supportsRoles: Bool { true }
    public var supportsCreateOrReplaceView: Bool { true }
    public var textCastType: String { "TEXT" }
    public var supportsSchemas: Bool { false }
    public var copiesCSV: Bool { false }
    public func exportText(_ expression: String, kind: ScalarKind, scale: Int?) -> String { expression }
    public func characterLength(_ expression: String) -> String { "LENGTH(\(expression))" }
    public func localTime(_ expression: String) -> String { expression }

    /// The qualified, quoted name of the view of a contract.
    public func viewName(_ sqlName: String) -> String {
        supportsSchemas ? quote(Vocabulary.viewSchema) + "." + quote(sqlName) : quote(Vocabulary.viewSchema + "_" + sqlName)
    }

    public func stringLiteral(_ text: String) -> String {
        "'" + text.escaping("'", as: "''") + "'"
    }

    public func booleanLiteral(_ value: Bool) -> String { value ? "TRUE" : "FALSE" }
    public func dateLiteral(_ date: String) -> String { "DATE " + stringLiteral(date) }
    public func timestampLiteral(_ timestamp: String) -> String { "TIMESTAMP " + stringLiteral(timestamp) }
    public func concatenate(_ parts: [String]) -> String { "(" + parts.joined(separator: " || ") + ")" }
    public func lastCharacters(_ expression: String, _ count: Int) -> String { "RIGHT(\(expression), \(count))" }
    public func listPlaceholder(at index: Int, elementType: ColumnType) -> String { bindPlaceholder(at: index, type: elementType) }

    /// Quotes an identifier, doubling the quote character inside it.
    public func quote(_ identifier: String) -> String {
        let quote = identifierQuote
        guard quote.unicodeScalars.count == 1, let scalar = quote.unicodeScalars.first, scalar.isASCII else {
            return quote + identifier.replacingOccurrences(of: quote, with: quote + quote) + quote
        }
        return quote + identifier.escaping(scalar, as: quote + quote) + quote
    }

    /// A typed literal.
    public func literal(_ value: Literal) -> String {
        switch value {
        case .string(let text): stringLiteral(text)
        case .integer(let number): String(number)
        case .decimal(let text): text
        case .boolean(let flag): booleanLiteral(flag)
        case .date(let date): dateLiteral(date.description)
        case .timestamp(let text): timestampLiteral(text)
        }
    }
}
