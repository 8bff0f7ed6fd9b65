import Foundation
import SanyaDiagnostics
import SanyaModel

extension ContractChecker {
    struct ReadQuery {
        var query: ResolvedQuery
        /// The base table, and the node of each field in the order of `query.fields`.
        var base: CatalogTable
        var fieldNodes: [SyntaxNode]
        /// The data section's node, and its `min_group_size` key when present.
        var node: SyntaxNode
        var minGroupSizeNode: SyntaxNode?
        /// Whether a field as written asks for an aggregate, even one that did not resolve: the contract is meant
        /// to be aggregated, so its `min_group_size` is not reported as misplaced.
        var declaresAggregate: Bool
        /// The group keys that identify a person (`DisclosureDecision`), with their nodes.
        var personKeys: [(field: Field, node: SyntaxNode)] = []
        /// False when something in the data section was wrong; the query then holds what did resolve,
        /// so that the protection checks still run on it.
        var complete: Bool
    }

    /// Reads the `data` section: base table, fields, fixed filters, parameters, ordering and aggregation.
    func readData(_ node: SyntaxNode?, method: DeliveryMethod?, _ reader: SyntaxReader) -> ReadQuery? {
        guard let map = reader.mapping(node, "the data", keys: Self.dataKeys) else { return nil }
        guard let fromNode = map.required("from"), let tableName = reader.string(fromNode, "the base table") else { return nil }
        guard let base = catalog.table(tableName) else {
            reader.error(.unknownTable, "unknown table '\(tableName)'", at: fromNode,
                         note: Suggestion.note(for: tableName, in: catalog.tables.map(\.name)))
            return nil
        }
        let paths = PathResolver(catalog: catalog, base: base)
        var ok = true

        var fields: [Field] = []
        var fieldNodes: [SyntaxNode] = []
        var fieldNames: [String: SyntaxNode] = [:]
        let fieldItems = reader.list(map.required("fields"), "the fields") ?? []
        if fieldItems.isEmpty, let node = map.optional("fields"), case .sequence = node.kind {
            reader.error(.noFields, "the contract selects no fields", at: node)
            ok = false
        }
        for (index, item) in fieldItems.enumerated() {
            guard let field = readField(item, paths, index: index + 1, reader) else { ok = false; continue }
            if let first = fieldNames[field.name] {
                reader.error(.duplicateField, "output field '\(field.name)' is already defined (line \(first.location.line))", at: item,
                             note: "give one of them another 'name'")
                ok = false
                continue
            }
            fieldNames[field.name] = item
            fields.append(field)
            fieldNodes.append(item)
        }

        var filters: [Filter] = []
        var childRows: [ChildRows] = []
        for item in reader.list(map.optional("where"), "the filters") ?? [] {
            if item.child("has") != nil || item.child("has_no") != nil {
                if let condition = readChildRows(item, base: base, index: childRows.count + 1, reader) { childRows.append(condition) } else { ok = false }
            } else if let filter = readFilter(item, paths, reader) { filters.append(filter) } else { ok = false }
        }

        var parameters: [Parameter] = []
        if let node = map.optional("parameters"), let method, method == .view {
            reader.error(.parametersNotForMethod, "a 'view' contract cannot take parameters: the view is fixed when it is created", at: node,
                         note: "use fixed filters under 'where', or deliver by api-get or api-post")
            ok = false
        } else {
            var names: [String: SyntaxNode] = [:]
            for item in reader.list(map.optional("parameters"), "the parameters") ?? [] {
                guard let parameter = readParameter(item, paths, reader) else { ok = false; continue }
                if let first = names[parameter.name] {
                    reader.error(.duplicateParameter, "parameter '\(parameter.name)' is already defined (line \(first.location.line))", at: item)
                    ok = false
                    continue
                }
                names[parameter.name] = item
                parameters.append(parameter)
            }
        }

        var ordering: [Ordering] = []
        for item in reader.listOrScalar(map.optional("order_by"), "the ordering") ?? [] {
            guard let text = reader.string(item, "an ordering") else { ok = false; continue }
            let words = text.split(separator: " ").map(String.init)
            let name = words.first ?? ""
            var descending = false
            if words.count == 2, ["desc", "asc"].contains(words[1].lowercased()) {
                descending = words[1].lowercased() == "desc"
            } else if words.count != 1 {
                reader.error(.invalidValue, "an ordering is a field name, optionally followed by 'asc' or 'desc', not '\(text)'", at: item)
                ok = false
                continue
            }
            guard fieldNames[name] != nil else {
                reader.error(.unknownOrderField, "cannot order by '\(name)': it is not an output field", at: item,
                             note: Suggestion.note(for: name, in: fields.map(\.name)) ?? "order by one of: \(fields.map(\.name).joined(separator: ", "))")
                ok = false
                continue
            }
            ordering.append(Ordering(field: name, descending: descending))
        }

        var minGroupSize: Int?
        if let node = map.optional("min_group_size") {
            minGroupSize = reader.integer(node, "min_group_size", range: Vocabulary.minGroupSizeRange)
        }
        // Every field keeps the catalog's class here: what an aggregated result discloses (a person's record or
        // a statistic) is the policy pass's decision (`DisclosureDecision`).
        // (A figure of child rows, `from:`, is one value per base row: the contract is still a row list.)
        let declaresAggregate = fieldItems.contains { $0.child("aggregate") != nil && $0.child("from") == nil }
        if declaresAggregate, let child = fieldItems.first(where: { $0.child("from") != nil }) {
            reader.error(.invalidValue, "a figure of child rows ('from:') cannot stand in an aggregated contract", at: child,
                         note: "aggregate the child table itself: 'from: \(child.child("from")?.scalar?.text ?? "…")' as the contract's base table, grouped as needed")
            ok = false
        }
        let read = [base] + paths.joins.compactMap { catalog.table($0.table) }
            + (childRows + fields.compactMap { field -> ChildRows? in if case .childAggregate(_, let rows, _) = field.value { rows } else { nil } })
                .flatMap { condition in ([condition.table] + condition.joins.map(\.table)).compactMap { catalog.table($0) } }
        let placed = read.map { ($0.name, $0.source) }.filter { $0.1 != SourceTable(schema: nil, name: $0.0) }
        let query = ResolvedQuery(baseTable: base.name, primaryKey: base.primaryKey, joins: paths.joins, fields: fields, filters: filters,
                                  parameters: parameters, ordering: ordering, minGroupSize: minGroupSize,
                                  sources: placed.isEmpty ? nil : Dictionary(placed, uniquingKeysWith: { first, _ in first }),
                                  childRows: childRows.isEmpty ? nil : childRows)
        return ReadQuery(query: query, base: base, fieldNodes: fieldNodes, node: map.node, minGroupSizeNode: map.optional("min_group_size"),
                         declaresAggregate: declaresAggregate, complete: ok)
    }

    private func readField(_ node: SyntaxNode, _ paths: PathResolver, index: Int, _ reader: SyntaxReader) -> Field? {
        if node.scalar != nil {
            guard let path = reader.string(node, "a field"), let column = paths.resolve(path, at: node, reader) else { return nil }
            return columnField(name: path.split(separator: ".").last.map(String.init) ?? path, column: column, mask: nil, description: nil, node: node, reader)
        }
        guard let map = reader.mapping(node, "a field", keys: Self.fieldKeys) else { return nil }
        var name = map.optional("name").flatMap { reader.string($0, "the field name") }
        if let given = name, !Identifier.isValid(given) {
            reader.error(.invalidName, "field name '\(given)' must be a lower-case identifier (a–z, 0–9, _)", at: map.optional("name")!)
            return nil
        }
        var description: Bilingual?
        if let descNode = map.optional("description"), let desc = reader.mapping(descNode, "a description", keys: CatalogChecker.descriptionKeys) {
            description = Bilingual(en: desc.optional("en").flatMap { reader.string($0, "the English description") } ?? "",
                                    th: desc.optional("th").flatMap { reader.string($0, "the Thai description") } ?? "")
        }
        if let fromNode = map.optional("from") {
            return childFigure(map, from: fromNode, name: name, description: description, base: paths.base, index: index, reader)
        }
        if let whereNode = map.optional("where") {
            reader.error(.invalidValue, "'where' on a field filters the child rows of a figure: add 'from: TABLE' and an 'aggregate'", at: whereNode)
            return nil
        }
        var column: ColumnReference?
        if let columnNode = map.optional("column") {
            guard let path = reader.string(columnNode, "the column"), let resolved = paths.resolve(path, at: columnNode, reader) else { return nil }
            column = resolved
            if name == nil, map.optional("aggregate") == nil { name = path.split(separator: ".").last.map(String.init) }
        }
        if let aggregateNode = map.optional("aggregate") {
            guard let function = reader.choice(aggregateNode, "aggregate", AggregateFunction.self) else { return nil }
            if map.has("mask") {
                reader.error(.invalidValue, "an aggregated field cannot be masked", at: map.optional("mask")!)
                return nil
            }
            guard let name else {
                reader.error(.missingKey, "an aggregated field needs a 'name'", at: node)
                return nil
            }
            if column == nil && function != .count {
                reader.error(.missingKey, "'\(function.rawValue)' needs a 'column'", at: node)
                return nil
            }
            if let column, !function.applies(to: column.type.kind) {
                reader.error(.aggregateNotForType, "cannot take '\(function.rawValue)' of '\(column.path)', which is \(column.type)", at: aggregateNode)
                return nil
            }
            let type: ColumnType = switch function {
            case .count: .bigint
            case .avg: ColumnType(kind: .decimal, name: "numeric(12,2)", precision: 12, scale: 2)
            case .sum: column!.type.kind == .integer ? .bigint : ColumnType(kind: .decimal, name: "numeric(18,2)", precision: 18, scale: 2)
            case .min, .max: column!.type
            }
            let what = column.map { "\(function.rawValue) of \($0.path)" } ?? "number of rows"
            let sensitivity = column?.sensitivity ?? .internal
            return Field(name: name, value: .aggregate(function, column), type: type, nullable: function != .count,
                         sensitivity: sensitivity == .sensitive ? .sensitive : min(sensitivity, .personal),
                         description: description ?? Bilingual(en: what.prefix(1).uppercased() + what.dropFirst(), th: Self.thaiAggregate(function, column)))
        }
        guard let column, let name else {
            reader.error(.missingKey, "a field needs a 'column' (or an 'aggregate')", at: node)
            return nil
        }
        var mask: Mask?
        if let maskNode = map.optional("mask") {
            guard let parsed = reader.choice(maskNode, "mask", Mask.self) else { return nil }
            mask = parsed
            if !parsed.applies(to: column.type.kind) {
                reader.error(.maskNotForType, "mask '\(parsed.rawValue)' does not apply to '\(column.path)', which is \(column.type)", at: maskNode,
                             note: "masks for \(column.type.kind.rawValue): \(Mask.allCases.filter { $0.applies(to: column.type.kind) }.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
        }
        return columnField(name: name, column: column, mask: mask, description: description, node: node, reader)
    }

    /// A figure of each base row's child rows: `from: enrollment`, `aggregate: count` (or `sum`, `avg`, `min`,
    /// `max` of a `column` of the child), with `where` conditions on the child rows.
    private func childFigure(_ map: Mapping, from fromNode: SyntaxNode, name: String?, description: Bilingual?, base: CatalogTable, index: Int,
                             _ reader: SyntaxReader) -> Field? {
        guard let aggregateNode = map.optional("aggregate") else {
            reader.error(.missingKey, "a field 'from' child rows needs an 'aggregate' (count, sum, avg, min, max): one figure per row", at: fromNode,
                         note: "to keep only rows that have such child rows, write '- has: \(fromNode.scalar?.text ?? "TABLE")' under 'where'")
            return nil
        }
        guard let function = reader.choice(aggregateNode, "aggregate", AggregateFunction.self) else { return nil }
        if let maskNode = map.optional("mask") {
            reader.error(.invalidValue, "an aggregated field cannot be masked", at: maskNode)
            return nil
        }
        guard let name else {
            reader.error(.missingKey, "an aggregated field needs a 'name'", at: map.node)
            return nil
        }
        guard let (rows, paths) = childRows(from: fromNode, where: map.optional("where"), negated: false, base: base, alias: "f\(index)", reader) else { return nil }
        var column: ColumnReference?
        if let columnNode = map.optional("column") {
            guard let path = reader.string(columnNode, "the column"), let resolved = paths.resolve(path, at: columnNode, reader) else { return nil }
            column = resolved
        }
        // The joins the column's path needed were allocated after the conditions': the rows carry them all.
        var allRows = rows
        allRows.joins = paths.joins
        if column == nil && function != .count {
            reader.error(.missingKey, "'\(function.rawValue)' needs a 'column' of '\(rows.table)'", at: map.node)
            return nil
        }
        if let column, !function.applies(to: column.type.kind) {
            reader.error(.aggregateNotForType, "cannot take '\(function.rawValue)' of '\(column.path)', which is \(column.type)", at: aggregateNode)
            return nil
        }
        let type: ColumnType = switch function {
        case .count: .bigint
        case .avg: ColumnType(kind: .decimal, name: "numeric(12,2)", precision: 12, scale: 2)
        case .sum: column!.type.kind == .integer ? .bigint : ColumnType(kind: .decimal, name: "numeric(18,2)", precision: 18, scale: 2)
        case .min, .max: column!.type
        }
        // A figure about one row's children is about that row: personal when the row is a person (or a sensitive
        // column's figure, sensitive).
        let aboutPerson = base.primaryKey.count == 1 && catalog.identifiesPerson(table: base.name, column: base.primaryKey[0])
        let classes = [column?.sensitivity ?? .internal, aboutPerson ? .personal : .internal] + rows.filters.map { min($0.column.sensitivity, .personal) }
        let what = column.map { "\(function.rawValue) of \(rows.table).\($0.path)" } ?? "number of \(rows.table) rows"
        return Field(name: name, value: .childAggregate(function, allRows, column), type: type, nullable: function != .count,
                     sensitivity: classes.max() ?? .internal,
                     description: description ?? Bilingual(en: what.prefix(1).uppercased() + what.dropFirst() + (rows.filters.isEmpty ? "" : " (filtered)"),
                                                           th: (column == nil ? "จำนวนแถวของ \(rows.table)" : "\(Self.thaiAggregate(function, column)) ของ \(rows.table)")
                                                               + (rows.filters.isEmpty ? "" : " (ตามเงื่อนไข)")))
    }

    private func columnField(name: String, column: ColumnReference, mask: Mask?, description: Bilingual?, node: SyntaxNode, _ reader: SyntaxReader) -> Field? {
        let catalogColumn = catalog.table(column.table)?.column(column.column)
        var text = description ?? catalogColumn?.description ?? Bilingual(en: "", th: "")
        if let mask, description == nil {
            text = Bilingual(en: "\(text.en) (\(mask.summary))", th: "\(text.th) (\(mask.thai))")
        }
        var field = Field(name: name, value: .column(column, mask: mask), type: mask?.outputType(for: column.type) ?? column.type,
                          nullable: column.nullable, sensitivity: column.sensitivity, description: text)
        // A masked code is no longer the code, so its meanings do not travel with it.
        if mask == nil, let codes = catalogColumn?.codes, !codes.isEmpty { field.codes = codes }
        return field
    }

    static func thaiAggregate(_ function: AggregateFunction, _ column: ColumnReference?) -> String {
        let subject = column?.path ?? ""
        return switch function {
        case .count: column == nil ? "จำนวน" : "จำนวน \(subject)"
        case .sum: "ผลรวม \(subject)"
        case .avg: "ค่าเฉลี่ย \(subject)"
        case .min: "ค่าต่ำสุด \(subject)"
        case .max: "ค่าสูงสุด \(subject)"
        }
    }

    /// `has: TABLE` or `has_no: TABLE` (`TABLE.RELATION` when the table refers to the base table more than once),
    /// with `where:` conditions on the child row, whose paths start at the child.
    private func readChildRows(_ node: SyntaxNode, base: CatalogTable, index: Int, _ reader: SyntaxReader) -> ChildRows? {
        guard let map = reader.mapping(node, "a condition on child rows", keys: Self.childRowsKeys) else { return nil }
        let hasNode = map.optional("has"), hasNoNode = map.optional("has_no")
        guard (hasNode == nil) != (hasNoNode == nil), let pathNode = hasNode ?? hasNoNode else {
            reader.error(.invalidValue, "write 'has:' or 'has_no:', not both", at: node)
            return nil
        }
        return childRows(from: pathNode, where: map.optional("where"), negated: hasNoNode != nil, base: base, alias: "c\(index)", reader)?.rows
    }

    /// The rows of the table `pathNode` names (`TABLE` or `TABLE.RELATION`) that refer to the base row, meeting the
    /// conditions under `whereNode`; with the resolver of paths from the child, for a column read from them.
    private func childRows(from pathNode: SyntaxNode, where whereNode: SyntaxNode?, negated: Bool, base: CatalogTable, alias: String,
                           _ reader: SyntaxReader) -> (rows: ChildRows, paths: PathResolver)? {
        guard let path = reader.string(pathNode, "the child table") else { return nil }
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        let children = catalog.tables.filter { table in table.foreignKeys.contains { $0.referencedTable == base.name } }.map(\.name)
        guard parts.count <= 2, let child = catalog.table(parts[0]) else {
            reader.error(.unknownTable, "unknown table '\(parts[0])'", at: pathNode,
                         note: Suggestion.note(for: parts[0], in: children)
                             ?? (children.isEmpty ? "no table's rows refer to '\(base.name)'" : "tables whose rows refer to '\(base.name)': \(children.joined(separator: ", "))"))
            return nil
        }
        let relations = child.foreignKeys.filter { $0.referencedTable == base.name }
        let relation: ForeignKey
        if parts.count == 2 {
            let relationAt = PathResolver.location(of: parts[0].count + 1, in: pathNode)
            guard let named = child.foreignKey(parts[1]) else {
                reader.emit(.error(.unknownRelation, "table '\(child.name)' has no relation '\(parts[1])'", at: relationAt,
                                   note: Suggestion.note(for: parts[1], in: relations.map(\.name)) ?? "relations of '\(child.name)': \(child.foreignKeys.map(\.name).joined(separator: ", "))"))
                return nil
            }
            guard named.referencedTable == base.name else {
                reader.emit(.error(.notChildRows, "relation '\(child.name).\(named.name)' reaches '\(named.referencedTable)', not '\(base.name)'", at: relationAt,
                                   note: relations.isEmpty ? "no relation of '\(child.name)' reaches '\(base.name)'" : "write \(relations.map { "'\(child.name).\($0.name)'" }.joined(separator: " or "))"))
                return nil
            }
            relation = named
        } else {
            guard let only = relations.first else {
                reader.error(.notChildRows, "the rows of '\(child.name)' do not refer to '\(base.name)': name a table with a relation to the contract's table", at: pathNode,
                             note: children.isEmpty ? "no table's rows refer to '\(base.name)'" : "tables whose rows refer to '\(base.name)': \(children.joined(separator: ", "))")
                return nil
            }
            guard relations.count == 1 else {
                reader.error(.notChildRows, "the rows of '\(child.name)' refer to '\(base.name)' through \(relations.count) relations", at: pathNode,
                             note: "say which: \(relations.map { "'\(child.name).\($0.name)'" }.joined(separator: " or "))")
                return nil
            }
            relation = only
        }
        let paths = PathResolver(catalog: catalog, base: child, alias: alias, joinPrefix: alias + "_")
        var filters: [Filter] = []
        var ok = true
        for item in reader.list(whereNode, "the conditions on '\(child.name)'") ?? [] {
            if let filter = readFilter(item, paths, reader) { filters.append(filter) } else { ok = false }
        }
        guard ok else { return nil }
        let rows = ChildRows(negated: negated, table: child.name, alias: alias, relation: relation.name,
                             on: zip(relation.columns, relation.referencedColumns).map { ColumnPair(from: $0, to: $1) },
                             joins: paths.joins, filters: filters, path: parts.count == 2 ? path : child.name)
        return (rows, paths)
    }

    private func readFilter(_ node: SyntaxNode, _ paths: PathResolver, _ reader: SyntaxReader) -> Filter? {
        guard let map = reader.mapping(node, "a filter", keys: Self.filterKeys),
              let columnNode = map.required("column"), let path = reader.string(columnNode, "the filtered column"),
              let column = paths.resolve(path, at: columnNode, reader) else { return nil }
        let operators = ComparisonOperator.allCases.filter { op in map.pairs.contains { $0.key == op.rawValue } }
        guard operators.count == 1, let op = operators.first else {
            reader.error(operators.isEmpty ? .missingKey : .invalidValue,
                         operators.isEmpty ? "a filter needs one comparison (equals, in, less, …)" : "a filter takes one comparison, not \(operators.count)", at: node,
                         note: "comparisons: \(ComparisonOperator.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        let valueNode = map.pairs.first { $0.key == op.rawValue }!.value
        guard op.applies(to: column.type.kind) else {
            reader.error(.operatorNotForType, "'\(op.rawValue)' does not apply to '\(path)', which is \(column.type)", at: valueNode)
            return nil
        }
        if op.takesNoValue {
            guard reader.boolean(valueNode, op.rawValue) == true else {
                if valueNode.scalar?.text.lowercased() == "false" {
                    reader.error(.invalidValue, "write '\(op == .isNull ? "is_not_null" : "is_null"): true' instead of '\(op.rawValue): false'", at: valueNode)
                }
                return nil
            }
            return Filter(column: column, op: op, values: [])
        }
        let valueNodes: [SyntaxNode]
        if op.takesList {
            guard let items = reader.list(valueNode, "the values of '\(op.rawValue)'") else { return nil }
            guard !items.isEmpty else {
                reader.error(.invalidValue, "'\(op.rawValue)' needs at least one value", at: valueNode)
                return nil
            }
            valueNodes = items
        } else {
            valueNodes = [valueNode]
        }
        var values: [Literal] = []
        for item in valueNodes {
            guard let literal = literal(item, for: column, reader) else { return nil }
            values.append(literal)
        }
        return Filter(column: column, op: op, values: values)
    }

    /// Types a contract value against a column, reporting a mismatch where the value stands.
    func literal(_ node: SyntaxNode, for column: ColumnReference, _ reader: SyntaxReader) -> Literal? {
        guard let scalar = node.scalar, !scalar.isNull else {
            reader.error(.typeMismatch, "a value for '\(column.path)' must be a single value, not \(node.shape)", at: node,
                         note: "to match empty values use 'is_null: true'")
            return nil
        }
        if let codes = catalog.table(column.table)?.column(column.column)?.codes, !codes.isEmpty,
           Self.literal(scalar.text, plain: scalar.plain, type: column.type) != nil || Suggestion.closest(to: scalar.text, in: codes.map(\.name)) != nil
            || codes.contains(where: { $0.name == scalar.text }) {
            return code(scalar.text, of: codes, at: node, for: column, reader)
        }
        if let literal = Self.literal(scalar.text, plain: scalar.plain, type: column.type) { return literal }
        reader.error(.typeMismatch, "'\(scalar.text)' does not fit '\(column.path)', which is \(column.type)", at: node,
                     note: Self.typeHint(column.type))
        return nil
    }

    /// A value for a code column: one of the codes the catalog lists, or its name (`graduated` for `40`), which
    /// stands for the code in the query; anything else is an error naming the codes.
    private func code(_ text: String, of codes: [CodeMeaning], at node: SyntaxNode, for column: ColumnReference, _ reader: SyntaxReader) -> Literal? {
        if let meaning = codes.first(where: { $0.code == text }) ?? codes.first(where: { $0.name == text }),
           let literal = Literal.parse(meaning.code, kind: column.type.kind, maxLength: column.type.length) {
            return literal
        }
        let listed = codes.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        reader.error(.unknownValue, "'\(text)' is not a code of '\(column.path)'", at: node,
                     note: (Suggestion.note(for: text, in: codes.map(\.name)).map { $0 + " " } ?? "") + "codes: \(listed)")
        return nil
    }

    /// Parses text as a value of a column type; nil when it does not fit, decimals' scale and precision included.
    public static func literal(_ text: String, plain: Bool, type: ColumnType) -> Literal? {
        guard let literal = Literal.parse(text, kind: type.kind, maxLength: type.length) else { return nil }
        if case .decimal = literal {
            let parts = text.trimmingCharacters(in: CharacterSet(charactersIn: "-")).split(separator: ".", omittingEmptySubsequences: false)
            if let scale = type.scale, parts.count == 2, parts[1].count > scale { return nil }
            if let precision = type.precision, parts[0].count > precision - (type.scale ?? 0) { return nil }
        }
        return literal
    }

    static func typeHint(_ type: ColumnType) -> String {
        switch type.kind {
        case .string: type.length.map { "text of at most \($0) characters; quote values like \"010\" to keep leading zeros" } ?? type.kind.expectedText
        case .decimal: type.kind.expectedText + (type.scale.map { " with at most \($0) decimals" } ?? "")
        case .integer, .boolean, .date, .timestamp: type.kind.expectedText
        }
    }

    private func readParameter(_ node: SyntaxNode, _ paths: PathResolver, _ reader: SyntaxReader) -> Parameter? {
        guard let map = reader.mapping(node, "a parameter", keys: Self.parameterKeys),
              let nameNode = map.required("name"), let name = reader.string(nameNode, "the parameter name"),
              let columnNode = map.required("column"), let path = reader.string(columnNode, "the parameter's column"),
              let column = paths.resolve(path, at: columnNode, reader) else { return nil }
        guard Identifier.isValid(name), !Vocabulary.reservedParameters.contains(name) else {
            reader.error(.invalidName, Vocabulary.reservedParameters.contains(name)
                            ? "'\(name)' is reserved by the runtime and cannot name a parameter"
                            : "parameter name '\(name)' must be a lower-case identifier (a–z, 0–9, _)", at: nameNode)
            return nil
        }
        let list = map.optional("list").flatMap { reader.boolean($0, "list") } ?? false
        var op: ComparisonOperator = list ? .in : .equals
        if let opNode = map.optional("op") {
            guard let parsed = reader.choice(opNode, "comparison", ComparisonOperator.self) else { return nil }
            if parsed.takesNoValue {
                reader.error(.invalidValue, "a parameter needs a comparison that takes a value, not '\(parsed.rawValue)'", at: opNode)
                return nil
            }
            if parsed.takesList != list {
                reader.error(.invalidValue, list ? "a list parameter compares with 'in' or 'not_in', not '\(parsed.rawValue)'"
                                                 : "'\(parsed.rawValue)' takes a list: add 'list: true'", at: opNode)
                return nil
            }
            guard parsed.applies(to: column.type.kind) else {
                reader.error(.operatorNotForType, "'\(parsed.rawValue)' does not apply to '\(path)', which is \(column.type)", at: opNode)
                return nil
            }
            op = parsed
        }
        if let typeNode = map.optional("type"), let text = reader.string(typeNode, "the parameter type") {
            guard let declared = ScalarKind(rawValue: text) ?? ColumnType.parse(text)?.kind else {
                reader.error(.unknownValue, "unknown parameter type '\(text)'", at: typeNode,
                             note: Suggestion.note(for: text, in: ScalarKind.allCases.map(\.rawValue)) ?? "types: \(ScalarKind.allCases.map(\.rawValue).joined(separator: ", "))")
                return nil
            }
            if declared != column.type.kind {
                reader.error(.typeMismatch, "parameter '\(name)' is declared \(text) but '\(path)' is \(column.type)", at: typeNode,
                             note: "leave out 'type' to take the column's type")
                return nil
            }
        }
        let required = map.optional("required").flatMap { reader.boolean($0, "required") } ?? false
        var maxItems: Int?
        if let node = map.optional("max_items") {
            guard list else {
                reader.error(.invalidValue, "max_items applies only to list parameters", at: node)
                return nil
            }
            maxItems = reader.integer(node, "max_items", range: 1...100_000)
        } else if list {
            maxItems = 1000
        }
        let description = map.optional("description").flatMap { reader.string($0, "the parameter's description") }
        return Parameter(name: name, column: column, op: op, type: column.type, required: required, list: list,
                         maxItems: maxItems, description: description)
    }
}
