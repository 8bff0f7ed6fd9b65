
/// How a contract reads a catalog column.
public enum UseRole: String, Sendable, Codable, CaseIterable, Comparable {
    /// Served as an output field.
    case field
    /// Served masked.
    case mask
    /// Counted, summed or averaged in an aggregate.
    case aggregate
    /// A key column a join follows on the way to another table (`curriculum.faculty.name_en`).
    case path
    /// Compared by a fixed filter.
    case filter
    /// Compared with a value the client sends.
    case parameter

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    public static func < (lhs: UseRole, rhs: UseRole) -> Bool { lhs.rank < rhs.rank }
}

/// One way one contract reads one column: what `sanya impact` lists and what a catalog change is checked
/// against.
public struct ColumnUse: Hashable, Sendable, Codable {
    public var table: String
    public var column: String
    public var role: UseRole
    /// The field, parameter or relation path concerned, as the contract names it.
    public var detail: String
}

extension Contract {
    /// Every column the contract reads, and how: fields (masked or not), aggregates, the key columns of the
    /// joins its paths follow, filters and parameters.
    public var columnUses: [ColumnUse] {
        var uses: [ColumnUse] = []
        var tableOf = [Vocabulary.baseAlias: query.baseTable]
        for join in query.joins { tableOf[join.alias] = join.table }
        for field in query.fields {
            switch field.value {
            case .column(let column, let mask):
                uses.append(ColumnUse(table: column.table, column: column.column, role: mask == nil ? .field : .mask, detail: field.name))
            case .aggregate(_, let column?):
                uses.append(ColumnUse(table: column.table, column: column.column, role: .aggregate, detail: field.name))
            case .aggregate(_, nil):
                break
            case .childAggregate(_, let rows, let column):
                uses += childUses(rows, detail: field.name)
                if let column { uses.append(ColumnUse(table: column.table, column: column.column, role: .aggregate, detail: field.name)) }
            }
        }
        for join in query.joins {
            for pair in join.on {
                if let from = tableOf[join.fromAlias] { uses.append(ColumnUse(table: from, column: pair.from, role: .path, detail: join.path)) }
                uses.append(ColumnUse(table: join.table, column: pair.to, role: .path, detail: join.path))
            }
        }
        for filter in query.filters {
            uses.append(ColumnUse(table: filter.column.table, column: filter.column.column, role: .filter, detail: filter.column.path))
        }
        for condition in query.children { uses += childUses(condition, detail: condition.summary) }
        for parameter in query.parameters {
            uses.append(ColumnUse(table: parameter.column.table, column: parameter.column.column, role: .parameter, detail: parameter.name))
        }
        var seen = Set<ColumnUse>()
        return uses.filter { seen.insert($0).inserted }
    }

    /// The columns the rows of another table are read through (a `has:` condition, a figure of child rows): the
    /// keys that link them, the keys of the child's own joins, and what its filters compare.
    private func childUses(_ rows: ChildRows, detail: String) -> [ColumnUse] {
        var uses: [ColumnUse] = []
        var childTables = [rows.alias: rows.table]
        for join in rows.joins { childTables[join.alias] = join.table }
        for pair in rows.on {
            uses.append(ColumnUse(table: rows.table, column: pair.from, role: .path, detail: detail))
            uses.append(ColumnUse(table: query.baseTable, column: pair.to, role: .path, detail: detail))
        }
        for join in rows.joins {
            for pair in join.on {
                if let from = childTables[join.fromAlias] { uses.append(ColumnUse(table: from, column: pair.from, role: .path, detail: "\(detail): \(join.path)")) }
                uses.append(ColumnUse(table: join.table, column: pair.to, role: .path, detail: "\(detail): \(join.path)"))
            }
        }
        for filter in rows.filters {
            uses.append(ColumnUse(table: filter.column.table, column: filter.column.column, role: .filter, detail: "\(detail): \(filter.column.path)"))
        }
        return uses
    }

    /// Every column the queries read, once each, with the catalog's type where the contract carries it.
    public var sourceColumns: [SourceColumn] {
        var types: [String: ColumnType] = [:]
        for field in query.fields {
            switch field.value {
            case .column(let column, _), .aggregate(_, let column?), .childAggregate(_, _, let column?): types["\(column.table).\(column.column)"] = column.type
            case .aggregate(_, nil), .childAggregate(_, _, nil): break
            }
            if case .childAggregate(_, let rows, _) = field.value {
                for filter in rows.filters { types["\(filter.column.table).\(filter.column.column)"] = filter.column.type }
            }
        }
        for filter in query.filters { types["\(filter.column.table).\(filter.column.column)"] = filter.column.type }
        for filter in query.children.flatMap(\.filters) { types["\(filter.column.table).\(filter.column.column)"] = filter.column.type }
        for parameter in query.parameters { types["\(parameter.column.table).\(parameter.column.column)"] = parameter.column.type }
        var seen = Set<String>()
        return columnUses.compactMap { use in
            let key = "\(use.table).\(use.column)"
            guard seen.insert(key).inserted else { return nil }
            let source = query.source(of: use.table)
            // A flag is checked as what the database keeps, not as the boolean it is served as.
            let type = source.flags[use.column].map { $0.stored } ?? types[key]
            return SourceColumn(schema: source.schema, table: source.name, column: source.column(use.column), type: type)
        }.sorted()
    }

    /// Every table the contract reads: its base table, the tables its paths join, and those of its columns.
    public var tablesRead: Set<String> {
        Set([query.baseTable] + query.joins.map(\.table) + columnUses.map(\.table))
    }
}
