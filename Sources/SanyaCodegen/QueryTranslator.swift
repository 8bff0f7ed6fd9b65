import SanyaModel
import SanyaSQL

/// Translates a resolved contract into SQL trees: the view of what it allows, and the parameterised
/// queries the runtime runs.
public struct QueryTranslator: Sendable {
    public let contract: Contract

    /// Where a `mask: hash` field's key comes from.
    public enum PseudonymKey: Sendable {
        /// A bind (`Vocabulary.pseudonymKeyBind`) the runtime fills from its state database: the runtime's queries,
        /// which must run on a read-only login.
        case bound
        /// `Vocabulary.secretTable` in the registrar database: a view has no binds, and `sanya apply` seeds the table.
        case table
    }

    public let pseudonymKey: PseudonymKey

    public init(_ contract: Contract, pseudonymKey: PseudonymKey = .bound) {
        self.contract = contract
        self.pseudonymKey = pseudonymKey
    }

    private var query: ResolvedQuery { contract.query }

    /// The SELECT of the contract: fields, joins, fixed filters, aggregation and suppression; with
    /// `parameters`, the client's conditions as binds; with `ordered`, a total order for stable paging.
    /// - Parameter present: when given, only these optional parameters take part, with plain conditions;
    ///   when nil, every optional parameter takes part as `(? IS NULL OR …)`.
    public func select(parameters: Bool, ordered: Bool, present: Set<String>? = nil) -> SQLSelect {
        var select = SQLSelect(columns: query.fields.map { SQLSelect.Column(expression($0), as: $0.name) },
                               from: SQLTableName(query.source(of: query.baseTable)), as: Vocabulary.baseAlias)
        select.joins = sqlJoins(query.joins, from: Vocabulary.baseAlias, table: query.baseTable)
        select.whereClause = query.filters.map(condition) + query.children.map(exists)
        if parameters {
            for parameter in query.parameters {
                if let present, !parameter.required {
                    if present.contains(parameter.name) { select.whereClause.append(test(parameter)) }
                } else {
                    select.whereClause.append(condition(parameter))
                }
            }
        }
        if query.isAggregated {
            select.groupBy = query.groupFields.map(expression)
            if let minimum = query.minGroupSize {
                select.having = [.comparison(.aggregate(.count, nil), .greaterOrEqual, .literal(.integer(Int64(minimum))))]
            }
        }
        if ordered {
            select.orderBy = query.ordering.map { SQLSelect.Order(.alias($0.field), descending: $0.descending) }
            let named = Set(query.ordering.map(\.field))
            if query.isAggregated {
                select.orderBy += query.groupFields.filter { !named.contains($0.name) }.map { SQLSelect.Order(.alias($0.name)) }
            } else {
                let orderedColumns = Set(query.fields.filter { named.contains($0.name) }.compactMap { field -> String? in
                    if case .column(let reference, nil) = field.value, reference.alias == Vocabulary.baseAlias { return reference.column }
                    return nil
                })
                let base = query.source(of: query.baseTable)
                select.orderBy += query.primaryKey.filter { !orderedColumns.contains($0) }.map { SQLSelect.Order(.column(table: Vocabulary.baseAlias, name: base.column($0))) }
            }
        }
        return select
    }

    /// Variants are generated for up to this many optional parameters (2ⁿ combinations).
    static let maximumVariantParameters = 4

    /// The queries of one dialect.
    public func querySet(in dialect: any SQLDialect) -> QuerySet {
        let (all, page, export) = queries(in: dialect, present: nil)
        let optional = query.parameters.filter { !$0.required }.map(\.name).sorted()
        var variants: [QueryVariant] = []
        if !optional.isEmpty && optional.count <= Self.maximumVariantParameters {
            for mask in 0..<(1 << optional.count) {
                let present = optional.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
                let (variantAll, variantPage, variantExport) = queries(in: dialect, present: Set(present))
                variants.append(QueryVariant(present: present, all: variantAll, page: variantPage, csv: variantExport))
            }
        }
        return QuerySet(all: all, page: page, csv: export, variants: variants)
    }

    private func queries(in dialect: any SQLDialect, present: Set<String>?) -> (DialectQuery, DialectQuery, DialectQuery?) {
        var all = select(parameters: true, ordered: true, present: present)
        all.multiline = false
        var page = all
        page.limit = .bind(parameter: Vocabulary.limitBind, type: .bigint)
        page.offset = .bind(parameter: Vocabulary.offsetBind, type: .bigint)
        let (allSQL, allBinds) = all.sql(in: dialect)
        let (pageSQL, pageBinds) = page.sql(in: dialect)
        return (DialectQuery(sql: allSQL, binds: allBinds), DialectQuery(sql: pageSQL, binds: pageBinds), csvExport(of: all, in: dialect))
    }

    /// For a dialect that writes CSV itself: the whole result with every column already the text of Sanya's
    /// CSV, in the same order, cut at the contract's row limit. Ordering names the fields' expressions, not
    /// their output names, which now hold text.
    private func csvExport(of all: SQLSelect, in dialect: any SQLDialect) -> DialectQuery? {
        guard dialect.copiesCSV else { return nil }
        var export = all
        let fields = Dictionary(query.fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        export.columns = zip(all.columns, query.fields).map { column, field in
            SQLSelect.Column(.exportText(column.expression, field.type.kind, scale: field.scale), as: column.alias)
        }
        export.orderBy = all.orderBy.map { order in
            guard case .alias(let name) = order.expression, let field = fields[name] else { return order }
            return SQLSelect.Order(expression(field), descending: order.descending)
        }
        if let rowLimit = contract.delivery.rowLimit { export.limit = .literal(.integer(Int64(rowLimit))) }
        let (sql, binds) = export.sql(in: dialect)
        return DialectQuery(sql: sql, binds: binds)
    }

    /// The statements that (re)create the contract's view.
    public func viewStatements(in dialect: any SQLDialect) -> [SQLStatement] {
        let name = dialect.viewName(contract.sqlName)
        var statements: [SQLStatement] = [.comment("\(contract.id) v\(contract.version): \(contract.title)\nFor \(contract.request.unit). Status: \(contract.status.rawValue)\(contract.workflow.validUntil.map { ", valid until \($0)" } ?? "").")]
        if !dialect.supportsCreateOrReplaceView { statements.append(.dropView(name)) }
        let view = QueryTranslator(contract, pseudonymKey: .table).select(parameters: false, ordered: false)
        statements.append(.createView(qualifiedName: name, select: view, securityBarrier: true))
        return statements
    }

    /// A column as the database names it (`CatalogColumn.databaseName`); the output keeps the catalog's name.
    /// A flag (`BooleanFlag`) is read as the boolean it stands for, compared as the database keeps it (as text,
    /// which PostgreSQL, MariaDB and SQLite all compare with a whole-number column too).
    func column(_ reference: ColumnReference) -> SQLExpression {
        let source = query.source(of: reference.table)
        var value = SQLExpression.column(table: reference.alias, name: source.column(reference.column))
        switch reference.type.reading {
        case .text?: value = .castText(value)
        case .localTime?: value = .localTime(value)
        case nil: break
        }
        guard let flag = source.flags[reference.column] else { return value }
        let isTrue = SQLExpression.comparison(value, .equal, .literal(.string(flag.trueValue)))
        guard let falseValue = flag.falseValue else {
            return .cases([(isTrue, .literal(.boolean(true)))], otherwise: .literal(.boolean(false)))
        }
        return .cases([(isTrue, .literal(.boolean(true))), (.comparison(value, .equal, .literal(.string(falseValue))), .literal(.boolean(false)))],
                      otherwise: nil)
    }

    func expression(_ field: Field) -> SQLExpression {
        switch field.value {
        case .column(let reference, let mask):
            let value = column(reference)
            switch mask {
            case nil: return value
            case .last4?: return .concat([.literal(.string("****")), .lastCharacters(value, 4)])
            case .initial?: return .concat([.substring(value, from: 1, length: 1), .literal(.string("."))])
            case .year?: return .year(value)
            case .hash?: return pseudonym(value)
            }
        case .aggregate(let function, let reference):
            return aggregate(function, reference.map(column))
        case .childAggregate(let function, let rows, let reference):
            // One correlated subquery per base row: a count of none is 0, any other figure of none is empty.
            var select = childRows(rows)
            select.columns = [SQLSelect.Column(aggregate(function, reference.map(column)))]
            return .subquery(select)
        }
    }

    private func aggregate(_ function: AggregateFunction, _ argument: SQLExpression?) -> SQLExpression {
        switch function {
        case .count: .aggregate(.count, argument)
        case .sum: .aggregate(.sum, argument)
        case .avg: .round(.aggregate(.avg, argument), 2)
        case .min: .aggregate(.min, argument)
        case .max: .aggregate(.max, argument)
        }
    }

    /// A keyed pseudonym: SHA-256 of the secret key, the contract id and the value, 16 hex digits.
    /// The contract id makes pseudonyms differ between contracts, so that two units cannot link their data.
    private func pseudonym(_ value: SQLExpression) -> SQLExpression {
        let key: SQLExpression
        switch pseudonymKey {
        case .bound:
            key = .bind(parameter: Vocabulary.pseudonymKeyBind, type: .text)
        case .table:
            var secret = SQLSelect(columns: [SQLSelect.Column(.column(table: "s", name: "secret"))], from: SQLTableName(schema: nil, name: Vocabulary.secretTable), as: "s")
            secret.whereClause = [.comparison(.column(table: "s", name: "name"), .equal, .literal(.string(Vocabulary.pseudonymSecret)))]
            secret.multiline = false
            key = .subquery(secret)
        }
        let keyed = SQLExpression.concat([key, .literal(.string(":" + contract.id + ":")), .castText(value)])
        return .substring(.sha256Hex(keyed), from: 1, length: 16)
    }

    /// The left joins a path resolver allocated from the table `table` aliased `alias`, each on its key pairs, as
    /// the database names the tables and columns.
    private func sqlJoins(_ joins: [Join], from alias: String, table: String) -> [SQLSelect.Join] {
        var tableOf = [alias: table]
        for join in joins { tableOf[join.alias] = join.table }
        return joins.map { join in
            let from = query.source(of: tableOf[join.fromAlias] ?? ""), to = query.source(of: join.table)
            let pairs = join.on.map { pair in
                SQLExpression.comparison(.column(table: join.fromAlias, name: from.column(pair.from)), .equal, .column(table: join.alias, name: to.column(pair.to)))
            }
            return SQLSelect.Join(table: SQLTableName(to), alias: join.alias, on: pairs.count == 1 ? pairs[0] : .and(pairs))
        }
    }

    /// `[NOT] EXISTS (SELECT 1 FROM child … WHERE child.key = base.key AND …)`: a semi-join the planners of all three
    /// databases run as one (an anti-join for `NOT EXISTS`), with the child's own joins for the paths its
    /// conditions follow.
    private func exists(_ condition: ChildRows) -> SQLExpression {
        .exists(childRows(condition), negated: condition.negated)
    }

    /// `SELECT 1 FROM child AS c1 … WHERE c1.key = t0.key AND …`: the child rows of the base row that meet the
    /// conditions.
    private func childRows(_ rows: ChildRows) -> SQLSelect {
        let child = query.source(of: rows.table), base = query.source(of: query.baseTable)
        var select = SQLSelect(columns: [SQLSelect.Column(.literal(.integer(1)))], from: SQLTableName(child), as: rows.alias)
        select.joins = sqlJoins(rows.joins, from: rows.alias, table: rows.table)
        select.whereClause = rows.on.map { pair in
            .comparison(.column(table: rows.alias, name: child.column(pair.from)), .equal, .column(table: Vocabulary.baseAlias, name: base.column(pair.to)))
        } + rows.filters.map(self.condition)
        select.multiline = false
        return select
    }

    private func condition(_ filter: Filter) -> SQLExpression {
        compare(column(filter.column), filter.op, with: .literals(filter.values))
    }

    private func condition(_ parameter: Parameter) -> SQLExpression {
        let test = self.test(parameter)
        guard !parameter.required else { return test }
        let absent: SQLExpression = parameter.list
            ? .boundListIsNull(parameter: parameter.name, elementType: parameter.type)
            : .isNull(.bind(parameter: parameter.name, type: parameter.type), negated: false)
        return .or([absent, test])
    }

    /// The parameter's comparison, as when it is present.
    private func test(_ parameter: Parameter) -> SQLExpression {
        compare(column(parameter.column), parameter.op, with: .bind(name: parameter.name, type: parameter.type))
    }

    /// What a column is compared with: the contract's own values (a fixed filter), or the value the client
    /// sends (a parameter, bound).
    private enum Operand {
        case literals([Literal])
        case bind(name: String, type: ColumnType)
    }

    /// The one translation of a comparison operator into SQL, for filters and parameters alike.
    private func compare(_ value: SQLExpression, _ op: ComparisonOperator, with operand: Operand) -> SQLExpression {
        func single() -> SQLExpression {
            switch operand {
            case .literals(let values): .literal(values[0])
            case .bind(let name, let type): .bind(parameter: name, type: type)
            }
        }
        func list(negated: Bool) -> SQLExpression {
            switch operand {
            case .literals(let values): .inValues(value, values.map { .literal($0) }, negated: negated)
            case .bind(let name, let type): .inBoundList(value, parameter: name, elementType: type, negated: negated)
            }
        }
        switch op {
        case .equals: return .comparison(value, .equal, single())
        case .notEquals: return .comparison(value, .notEqual, single())
        case .less: return .comparison(value, .less, single())
        case .lessOrEqual: return .comparison(value, .lessOrEqual, single())
        case .greater: return .comparison(value, .greater, single())
        case .greaterOrEqual: return .comparison(value, .greaterOrEqual, single())
        case .in: return list(negated: false)
        case .notIn: return list(negated: true)
        case .startsWith: return .startsWith(value, single())
        case .isNull: return .isNull(value, negated: false)
        case .isNotNull: return .isNull(value, negated: true)
        }
    }
}
