import SanyaModel

/// A table as a statement names it: in a schema (`"registrar"."student"`, never left to a login's `search_path`)
/// or alone (the demo registrar, SQLite, and the runtime's own tables).
public struct SQLTableName: Sendable, Hashable, ExpressibleByStringLiteral {
    public var schema: String?
    public var name: String

    public init(schema: String?, name: String) {
        self.schema = schema
        self.name = name
    }

    public init(stringLiteral name: String) { self.init(schema: nil, name: name) }

    public init(_ source: SourceTable) { self.init(schema: source.schema, name: source.name) }

    public func quoted(in dialect: any SQLDialect) -> String {
        (schema.map { dialect.quote($0) + "." } ?? "") + dialect.quote(name)
    }
}

/// A `SELECT` statement.
public struct SQLSelect: SQLSerializable {
    public struct Column: Sendable {
        public var expression: SQLExpression
        public var alias: String?

        public init(_ expression: SQLExpression, as alias: String? = nil) {
            self.expression = expression
            self.alias = alias
        }
    }

    public struct Join: Sendable {
        public var table: SQLTableName
        public var alias: String
        public var on: SQLExpression

        public init(table: SQLTableName, alias: String, on: SQLExpression) {
            self.table = table
            self.alias = alias
            self.on = on
        }
    }

    public struct Order: Sendable {
        public var expression: SQLExpression
        public var descending: Bool

        public init(_ expression: SQLExpression, descending: Bool = false) {
            self.expression = expression
            self.descending = descending
        }
    }

    public var columns: [Column]
    public var from: SQLTableName
    public var fromAlias: String
    public var joins: [Join] = []
    public var whereClause: [SQLExpression] = []
    public var groupBy: [SQLExpression] = []
    public var having: [SQLExpression] = []
    public var orderBy: [Order] = []
    public var limit: SQLExpression?
    public var offset: SQLExpression?
    /// Break lines between clauses (for views and documentation); queries for the runtime stay on one line.
    public var multiline = true

    public init(columns: [Column], from: SQLTableName, as alias: String) {
        self.columns = columns
        self.from = from
        self.fromAlias = alias
    }

    public func serialize(to s: inout SQLSerializer) {
        let d = s.dialect
        let newline = multiline ? "\n" : " "
        let indent = multiline ? "\n  " : " "
        s.write("SELECT")
        for (index, column) in columns.enumerated() {
            s.write(index == 0 ? indent : "," + indent)
            column.expression.serialize(to: &s)
            if let alias = column.alias { s.write(" AS " + d.quote(alias)) }
        }
        s.write(newline + "FROM " + from.quoted(in: d) + " AS " + d.quote(fromAlias))
        for join in joins {
            s.write(newline + "LEFT JOIN " + join.table.quoted(in: d) + " AS " + d.quote(join.alias) + " ON ")
            join.on.serialize(to: &s)
        }
        clause("WHERE", whereClause, separator: " AND ", newline: newline, &s)
        clause("GROUP BY", groupBy, separator: ", ", newline: newline, &s)
        clause("HAVING", having, separator: " AND ", newline: newline, &s)
        if !orderBy.isEmpty {
            s.write(newline + "ORDER BY ")
            for (index, order) in orderBy.enumerated() {
                if index > 0 { s.write(", ") }
                order.expression.serialize(to: &s)
                if order.descending { s.write(" DESC") }
            }
        }
        if let limit {
            s.write(newline + "LIMIT ")
            limit.serialize(to: &s)
        }
        if let offset {
            s.write(" OFFSET ")
            offset.serialize(to: &s)
        }
    }

    private func clause(_ keyword: String, _ parts: [SQLExpression], separator: String, newline: String, _ s: inout SQLSerializer) {
        guard !parts.isEmpty else { return }
        s.write(newline + keyword + " ")
        for (index, part) in parts.enumerated() {
            if index > 0 { s.write(separator) }
            part.serialize(to: &s)
        }
    }
}
