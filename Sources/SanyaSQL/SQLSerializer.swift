import SanyaModel

/// Accumulates SQL text for one dialect, and the parameters its placeholders stand for.
public struct SQLSerializer {
    public let dialect: any SQLDialect
    public private(set) var sql = ""
    /// The parameter behind each placeholder: by number for numbered dialects, by occurrence otherwise.
    public private(set) var binds: [String] = []
    private var numbers: [String: Int] = [:]

    public init(dialect: any SQLDialect) {
        self.dialect = dialect
    }

    public mutating func write(_ text: String) {
        sql += text
    }

    /// The placeholder for a parameter; a numbered dialect reuses the parameter's number.
    mutating func placeholder(for parameter: String, type: ColumnType, list: Bool) -> String {
        let index: Int
        if dialect.numberedBinds, let existing = numbers[parameter] {
            index = existing
        } else {
            binds.append(parameter)
            index = binds.count
            numbers[parameter] = index
        }
        return list ? dialect.listPlaceholder(at: index, elementType: type) : dialect.bindPlaceholder(at: index, type: type)
    }

    /// Serialises a node on its own and returns the text.
    mutating func render(_ expression: SQLExpression) -> String {
        let saved = sql
        sql = ""
        expression.serialize(to: &self)
        let text = sql
        sql = saved
        return text
    }
}

/// A statement or expression that prints itself through a dialect-aware serializer.
public protocol SQLSerializable: Sendable {
    func serialize(to serializer: inout SQLSerializer)
}

extension SQLSerializable {
    /// The SQL text and binds of this node in a dialect.
    public func sql(in dialect: any SQLDialect) -> (sql: String, binds: [String]) {
        var serializer = SQLSerializer(dialect: dialect)
        serialize(to: &serializer)
        return (serializer.sql, serializer.binds)
    }
}
