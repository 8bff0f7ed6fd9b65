import SanyaModel

/// A comparison operator SQL spells the same way in every dialect.
public enum SQLComparison: String, Sendable {
    case equal = "="
    case notEqual = "<>"
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}

/// An aggregate function.
public enum SQLAggregate: String, Sendable {
    case count = "COUNT"
    case sum = "SUM"
    case avg = "AVG"
    case min = "MIN"
    case max = "MAX"
}

/// An SQL expression as a tree. Values from contracts enter only as typed literals or binds.
public indirect enum SQLExpression: SQLSerializable {
    case column(table: String, name: String)
    /// An output column referred to by its alias (ORDER BY).
    case alias(String)
    case literal(Literal)
    case bind(parameter: String, type: ColumnType)
    case comparison(SQLExpression, SQLComparison, SQLExpression)
    case isNull(SQLExpression, negated: Bool)
    case inValues(SQLExpression, [SQLExpression], negated: Bool)
    /// Membership in a list bound as one value.
    case inBoundList(SQLExpression, parameter: String, elementType: ColumnType, negated: Bool)
    /// Whether a list bound as one value is absent.
    case boundListIsNull(parameter: String, elementType: ColumnType)
    case startsWith(SQLExpression, SQLExpression)
    case and([SQLExpression])
    case or([SQLExpression])
    case aggregate(SQLAggregate, SQLExpression?)
    case round(SQLExpression, Int)
    case castText(SQLExpression)
    /// A timestamp with a time zone as the local time in `Vocabulary.timeZone`.
    case localTime(SQLExpression)
    case concat([SQLExpression])
    case substring(SQLExpression, from: Int, length: Int)
    case lastCharacters(SQLExpression, Int)
    case year(SQLExpression)
    case sha256Hex(SQLExpression)
    case subquery(SQLSelect)
    /// `EXISTS (…)`, or `NOT EXISTS (…)`.
    case exists(SQLSelect, negated: Bool)
    /// `CASE WHEN … THEN … [WHEN …] [ELSE …] END`
    case cases([(SQLExpression, SQLExpression)], otherwise: SQLExpression?)
    /// A value as the text of Sanya's CSV (see `SQLDialect.exportText`).
    case exportText(SQLExpression, ScalarKind, scale: Int?)

    public func serialize(to s: inout SQLSerializer) {
        let d = s.dialect
        switch self {
        case .column(let table, let name):
            s.write(d.quote(table) + "." + d.quote(name))
        case .alias(let name):
            s.write(d.quote(name))
        case .literal(let value):
            s.write(d.literal(value))
        case .bind(let parameter, let type):
            s.write(s.placeholder(for: parameter, type: type, list: false))
        case .comparison(let lhs, let op, let rhs):
            lhs.serialize(to: &s)
            s.write(" \(op.rawValue) ")
            rhs.serialize(to: &s)
        case .isNull(let value, let negated):
            value.serialize(to: &s)
            s.write(negated ? " IS NOT NULL" : " IS NULL")
        case .inValues(let value, let list, let negated):
            value.serialize(to: &s)
            s.write(negated ? " NOT IN (" : " IN (")
            for (index, item) in list.enumerated() {
                if index > 0 { s.write(", ") }
                item.serialize(to: &s)
            }
            s.write(")")
        case .inBoundList(let value, let parameter, let type, let negated):
            let column = s.render(value)
            let placeholder = s.placeholder(for: parameter, type: type, list: true)
            let membership = d.listMembership(column, placeholder: placeholder, elementType: type)
            s.write(negated ? "NOT (\(membership))" : membership)
        case .boundListIsNull(let parameter, let type):
            s.write(s.placeholder(for: parameter, type: type, list: true) + " IS NULL")
        case .startsWith(let value, let prefix):
            // Rendered once per occurrence and in the order of the text: a dialect with positional binds
            // (`?`) needs a bind for each placeholder, in order.
            let valueText = s.render(value)
            let lengthText = s.render(prefix)
            let prefixText = s.render(prefix)
            s.write("SUBSTR(\(valueText), 1, \(d.characterLength(lengthText))) = \(prefixText)")
        case .and(let parts), .or(let parts):
            let joiner: String
            if case .and = self { joiner = " AND " } else { joiner = " OR " }
            s.write("(")
            for (index, part) in parts.enumerated() {
                if index > 0 { s.write(joiner) }
                part.serialize(to: &s)
            }
            s.write(")")
        case .aggregate(let function, let argument):
            s.write(function.rawValue + "(")
            if let argument { argument.serialize(to: &s) } else { s.write("*") }
            s.write(")")
        case .round(let value, let digits):
            s.write("ROUND(")
            value.serialize(to: &s)
            s.write(", \(digits))")
        case .castText(let value):
            s.write("CAST(" + s.render(value) + " AS \(d.textCastType))")
        case .localTime(let value):
            s.write(d.localTime(s.render(value)))
        case .concat(let parts):
            var texts: [String] = []
            for part in parts { texts.append(s.render(part)) }
            s.write(d.concatenate(texts))
        case .substring(let value, let from, let length):
            s.write("SUBSTR(" + s.render(value) + ", \(from), \(length))")
        case .lastCharacters(let value, let count):
            s.write(d.lastCharacters(s.render(value), count))
        case .year(let value):
            s.write(d.year(s.render(value)))
        case .sha256Hex(let value):
            s.write(d.sha256Hex(s.render(value)))
        case .exportText(let value, let kind, let scale):
            s.write(d.exportText(s.render(value), kind: kind, scale: scale))
        case .subquery(let select):
            s.write("(")
            select.serialize(to: &s)
            s.write(")")
        case .exists(let select, let negated):
            s.write(negated ? "NOT EXISTS (" : "EXISTS (")
            select.serialize(to: &s)
            s.write(")")
        case .cases(let branches, let otherwise):
            s.write("(CASE")
            for (condition, value) in branches {
                s.write(" WHEN ")
                condition.serialize(to: &s)
                s.write(" THEN ")
                value.serialize(to: &s)
            }
            if let otherwise {
                s.write(" ELSE ")
                otherwise.serialize(to: &s)
            }
            s.write(" END)")
        }
    }
}
