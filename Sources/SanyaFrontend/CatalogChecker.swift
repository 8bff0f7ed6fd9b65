import SanyaDiagnostics
import SanyaModel

/// Checks catalog table documents and produces the `Catalog` that contracts resolve against.
///
/// A table with errors in itself is still entered (with what could be read) so that contracts using it
/// are checked too; the run fails on the catalog's errors anyway.
public struct CatalogChecker {
    static let tableKeys = ["table", "schema", "database_name", "view", "description", "review", "primary_key", "unique", "columns", "foreign_keys", "data_subject"]
    static let columnKeys = ["name", "database_name", "type", "true_value", "false_value", "nullable", "sensitivity", "identifier", "description", "codes", "review"]
    static let codeKeys = ["code", "name", "en", "th"]
    static let subjectKeys = ["key", "name"]
    static let foreignKeyKeys = ["name", "columns", "references", "review"]
    static let referenceKeys = ["table", "columns"]
    static let descriptionKeys = ["en", "th"]

    public init() {}

    private struct Located {
        var table: CatalogTable
        var node: SyntaxNode
        var foreignKeyNodes: [SyntaxNode]
        var keyNodes: [(columns: [String], node: SyntaxNode)]
        var source: CatalogTableSource
    }

    /// Checks every catalog document together.
    ///
    /// - Returns: the catalog and every diagnostic found in it.
    public func check(_ documents: [SourceDocument]) -> (Catalog, [Diagnostic]) {
        let (catalog, diagnostics, _) = checkWithSources(documents)
        return (catalog, diagnostics)
    }

    /// Checks every catalog document together, and says where each table's parts are written.
    ///
    /// - Returns: the catalog, every diagnostic found in it, and each table's source by table name.
    public func checkWithSources(_ documents: [SourceDocument]) -> (Catalog, [Diagnostic], [String: CatalogTableSource]) {
        let reader = SyntaxReader()
        var located: [Located] = []
        var diagnostics: [Diagnostic] = []
        for document in documents {
            diagnostics += document.diagnostics
            guard let root = document.root else { continue }
            if let table = readTable(root, reader) { located.append(table) }
        }
        var byName: [String: Located] = [:]
        for entry in located {
            if let first = byName[entry.table.name] {
                reader.error(.catalogDuplicateTable, "table '\(entry.table.name)' is already defined", at: entry.node,
                             note: "first defined in \(first.node.location)")
                continue
            }
            byName[entry.table.name] = entry
        }
        if byName.isEmpty && !documents.isEmpty && diagnostics.isEmpty && reader.diagnostics.isEmpty {
            reader.emit(.error(.catalogEmpty, "the catalog defines no table", at: SourceLocation(file: documents[0].path, line: 1, column: 1)))
        }
        for entry in byName.values {
            checkForeignKeys(entry, byName, reader)
        }
        let catalog = Catalog(tables: byName.values.map(\.table))
        return (catalog, diagnostics + reader.diagnostics, byName.mapValues(\.source))
    }

    private func readTable(_ root: SyntaxNode, _ reader: SyntaxReader) -> Located? {
        guard let map = reader.mapping(root, "a catalog table", keys: Self.tableKeys) else { return nil }
        guard let name = reader.string(map.required("table"), "the table name") else { return nil }
        if !Identifier.isValid(name) {
            reader.error(.invalidName, "table name '\(name)' must be a lower-case identifier", at: map.optional("table")!)
        }
        let description = readDescription(map.optional("description"), owner: "table '\(name)'", at: map.node, reader)
        var source = CatalogTableSource(file: map.node.location.file, table: map.optional("table")?.location ?? map.node.location,
                                        reviews: readReviews(map.optional("review"), reader))
        var columns: [CatalogColumn] = []
        var columnNodes: [String: SyntaxNode] = [:]
        for item in reader.list(map.required("columns"), "the columns of '\(name)'") ?? [] {
            guard let (column, columnSource) = readColumn(item, table: name, reader) else { continue }
            if let first = columnNodes[column.name] {
                reader.error(.catalogDuplicateColumn, "column '\(column.name)' of table '\(name)' is already defined", at: item,
                             note: "first defined at line \(first.location.line)")
                continue
            }
            if let other = columns.first(where: { $0.sourceName == column.sourceName }) {
                reader.error(.catalogDuplicateColumn, "column '\(column.name)' of table '\(name)' reads database column '\(column.sourceName)', as '\(other.name)' does", at: item,
                             note: "first read at line \(columnNodes[other.name]?.location.line ?? 0); each database column is catalogued once")
                continue
            }
            columnNodes[column.name] = item
            source.columns[column.name] = columnSource
            columns.append(column)
        }
        let known = columns.map(\.name)
        func keyColumns(_ node: SyntaxNode?, _ what: String) -> [String]? {
            guard let items = reader.listOrScalar(node, what) else { return nil }
            var names: [String] = []
            for item in items {
                guard let column = reader.string(item, "a key column") else { continue }
                if !known.contains(column) && !columns.isEmpty {
                    reader.error(.catalogUnknownKeyColumn, "\(what) names column '\(column)', which table '\(name)' does not have", at: item,
                                 note: Suggestion.note(for: column, in: known))
                    continue
                }
                names.append(column)
            }
            return names
        }
        var primaryKey: [String] = []
        if let node = map.optional("primary_key") {
            source.primaryKey = node.location
            primaryKey = keyColumns(node, "the primary key") ?? []
        } else {
            reader.error(.catalogNoPrimaryKey, "table '\(name)' has no primary key", at: map.node,
                         note: "add 'primary_key: [column, …]'")
        }
        var uniqueKeys: [[String]] = []
        var keyNodes: [(columns: [String], node: SyntaxNode)] = [(primaryKey, map.node)]
        for item in reader.list(map.optional("unique"), "the unique keys") ?? [] {
            if let key = keyColumns(item, "a unique key"), !key.isEmpty {
                uniqueKeys.append(key)
                keyNodes.append((key, item))
            }
        }
        var foreignKeys: [ForeignKey] = []
        var foreignKeyNodes: [SyntaxNode] = []
        for item in reader.list(map.optional("foreign_keys"), "the foreign keys") ?? [] {
            guard let (fk, reviews) = readForeignKey(item, table: name, reader) else { continue }
            if let first = foreignKeys.firstIndex(where: { $0.name == fk.name }) {
                reader.error(.catalogDuplicateRelation, "relation '\(fk.name)' of table '\(name)' is already defined", at: item,
                             note: "first defined at line \(foreignKeyNodes[first].location.line); give each foreign key its own 'name'")
                continue
            }
            for column in fk.columns where !known.contains(column) {
                reader.error(.catalogForeignKeyColumn, "foreign key '\(fk.name)' uses column '\(column)', which table '\(name)' does not have", at: item,
                             note: Suggestion.note(for: column, in: known))
            }
            foreignKeys.append(fk)
            foreignKeyNodes.append(item)
            source.foreignKeys[fk.name] = CatalogTableSource.Part(location: item.location, reviews: reviews)
        }
        let dataSubject = map.optional("data_subject").flatMap {
            readDataSubject($0, table: name, columns: columns, keys: [primaryKey] + uniqueKeys, reader)
        }
        let schema = map.optional("schema").flatMap { readDatabaseName($0, "the schema of table '\(name)'", reader) }
        let databaseName = map.optional("database_name").flatMap { readDatabaseName($0, "the database name of table '\(name)'", reader) }
        let isView = map.optional("view").flatMap { reader.boolean($0, "view") } ?? false
        let table = CatalogTable(name: name, description: description, primaryKey: primaryKey, uniqueKeys: uniqueKeys,
                                 columns: columns, foreignKeys: foreignKeys, dataSubject: dataSubject, schema: schema, databaseName: databaseName,
                                 isView: isView)
        return Located(table: table, node: map.node, foreignKeyNodes: foreignKeyNodes, keyNodes: keyNodes, source: source)
    }

    private func readColumn(_ node: SyntaxNode, table: String, _ reader: SyntaxReader) -> (CatalogColumn, CatalogTableSource.Column)? {
        guard let map = reader.mapping(node, "a column", keys: Self.columnKeys),
              let name = reader.string(map.required("name"), "the column name") else { return nil }
        if !Identifier.isValid(name) {
            reader.error(.invalidName, "column name '\(name)' must be a lower-case identifier", at: map.optional("name")!)
        }
        var type = ColumnType.text
        if let typeNode = map.required("type"), let text = reader.string(typeNode, "the column type") {
            if let parsed = ColumnType.parse(text) {
                type = parsed
            } else {
                reader.error(.catalogUnknownType, "unknown type '\(text)' for column '\(table).\(name)'", at: typeNode,
                             note: Suggestion.note(for: text, in: ["text", "integer", "bigint", "boolean", "date", "timestamp", "varchar(50)", "numeric(12,2)"])
                                 ?? "known types: \(ColumnType.knownNames.joined(separator: ", "))")
            }
        }
        let nullable = map.optional("nullable").flatMap { reader.boolean($0, "nullable") } ?? false
        let sensitivity = reader.choice(map.required("sensitivity"), "sensitivity", Sensitivity.self) ?? .personal
        let identifier = map.optional("identifier").flatMap { reader.boolean($0, "identifier") } ?? false
        let description = readDescription(map.optional("description"), owner: "column '\(table).\(name)'", at: map.node, reader)
        let codes = map.optional("codes").map { readCodes($0, column: "\(table).\(name)", type: type, reader) } ?? []
        let source = CatalogTableSource.Column(location: node.location, type: map.optional("type")?.location ?? node.location,
                                               nullable: map.optional("nullable")?.location, reviews: readReviews(map.optional("review"), reader))
        let databaseName = map.optional("database_name").flatMap { readDatabaseName($0, "the database name of column '\(table).\(name)'", reader) }
        let flag = readFlag(map, column: "\(table).\(name)", type: type, reader)
        return (CatalogColumn(name: name, type: type, nullable: nullable, sensitivity: sensitivity, identifier: identifier, description: description,
                              codes: codes, databaseName: databaseName, flag: flag), source)
    }

    /// `true_value:` (and `false_value:`) of a boolean the database keeps as a flag.
    private func readFlag(_ map: Mapping, column: String, type: ColumnType, _ reader: SyntaxReader) -> BooleanFlag? {
        let trueNode = map.optional("true_value"), falseNode = map.optional("false_value")
        guard trueNode != nil || falseNode != nil else { return nil }
        guard let trueNode else {
            reader.error(.catalogInvalidFlag, "column '\(column)' gives 'false_value' without 'true_value'", at: falseNode!,
                         note: "write 'true_value:' with the stored value that means true")
            return nil
        }
        guard type.kind == .boolean else {
            reader.error(.catalogInvalidFlag, "column '\(column)' is \(type.name): 'true_value' declares a boolean kept as a flag", at: trueNode,
                         note: "write 'type: boolean' (served as true or false); the database's own type stays the database's business")
            return nil
        }
        func stored(_ node: SyntaxNode, _ what: String) -> String? {
            guard let scalar = node.scalar, !scalar.isNull else {
                reader.error(.catalogInvalidFlag, "\(what) of column '\(column)' must be the value as stored, in quotes (\"Y\", \"\", \"1\")", at: node,
                             note: "leave 'false_value' out when every value but the true one, NULL included, means false")
                return nil
            }
            return scalar.text
        }
        guard let trueValue = stored(trueNode, "'true_value'") else { return nil }
        var falseValue: String?
        if let falseNode {
            guard let value = stored(falseNode, "'false_value'") else { return nil }
            guard value != trueValue else {
                reader.error(.catalogInvalidFlag, "column '\(column)' stores true and false as the same value '\(value)'", at: falseNode)
                return nil
            }
            falseValue = value
        }
        return BooleanFlag(trueValue: trueValue, falseValue: falseValue)
    }

    /// A name as the database spells it (`schema:`, `database_name:`): any text an identifier may be once quoted,
    /// within the length PostgreSQL and MariaDB allow (63 bytes).
    private func readDatabaseName(_ node: SyntaxNode, _ what: String, _ reader: SyntaxReader) -> String? {
        guard let text = reader.string(node, what) else { return nil }
        guard !text.isEmpty, text.utf8.count <= 63, !text.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) else {
            reader.error(.invalidName, "\(what) must be 1 to 63 bytes of printable text, as the database spells it", at: node)
            return nil
        }
        return text
    }

    /// `codes:` of a code column: each value as the database stores it, a name contracts may write for it, and
    /// its meaning in both languages.
    private func readCodes(_ node: SyntaxNode, column: String, type: ColumnType, _ reader: SyntaxReader) -> [CodeMeaning] {
        guard [.string, .integer].contains(type.kind) else {
            reader.error(.catalogInvalidCode, "column '\(column)' is \(type.name): only text and whole-number columns hold codes", at: node)
            return []
        }
        var codes: [CodeMeaning] = []
        var lines: [String: Int] = [:]
        for item in reader.list(node, "the codes of '\(column)'") ?? [] {
            guard let map = reader.mapping(item, "a code", keys: Self.codeKeys),
                  let code = reader.string(map.required("code"), "the code"),
                  let name = reader.string(map.required("name"), "the code's name") else { continue }
            let en = map.optional("en").flatMap { reader.string($0, "the English meaning") }
            let th = map.optional("th").flatMap { reader.string($0, "the Thai meaning") }
            if en == nil || th == nil {
                reader.emit(.warning(.catalogMissingDescription, "code '\(code)' of column '\(column)' has no \(en == nil ? "English" : "Thai") meaning",
                                     at: item.location, note: "add 'en: …' and 'th: …' for the data dictionary"))
            }
            if Literal.parse(code, kind: type.kind, maxLength: type.length) == nil {
                reader.error(.catalogInvalidCode, "code '\(code)' is not a value of column '\(column)' (\(type.name))", at: map.optional("code")!)
                continue
            }
            if !Identifier.isValid(name) || Int(name) != nil {
                reader.error(.catalogInvalidCode, "code name '\(name)' must be a lower-case identifier, not a number", at: map.optional("name")!,
                             note: "contracts write it in filters instead of the code, e.g. 'graduated' for '40'")
                continue
            }
            if let line = lines["code " + code] ?? lines["name " + name] {
                reader.error(.catalogInvalidCode, "code '\(code)' or its name '\(name)' of column '\(column)' is already listed", at: item,
                             note: "first listed at line \(line)")
                continue
            }
            if let clash = codes.first(where: { $0.code == name }) {
                reader.error(.catalogInvalidCode, "code name '\(name)' is also a code of column '\(column)' (meaning '\(clash.meaning.en)')", at: map.optional("name")!)
                continue
            }
            lines["code " + code] = item.location.line
            lines["name " + name] = item.location.line
            codes.append(CodeMeaning(code: code, name: name, meaning: Bilingual(en: en ?? "", th: th ?? "")))
        }
        return codes
    }

    /// `data_subject:` of a table whose rows are people: the column that picks out one person (a single-column
    /// key; by default the primary key) and what such a person is called.
    private func readDataSubject(_ node: SyntaxNode, table: String, columns: [CatalogColumn], keys: [[String]], _ reader: SyntaxReader) -> DataSubject? {
        guard let map = reader.mapping(node, "the data subject", keys: Self.subjectKeys) else { return nil }
        let singleKeys = keys.filter { $0.count == 1 }.map { $0[0] }
        let key: String
        if let keyNode = map.optional("key") {
            guard let name = reader.string(keyNode, "the data subject's key") else { return nil }
            guard columns.contains(where: { $0.name == name }) else {
                reader.error(.catalogSubjectKey, "the data subject's key '\(name)' is not a column of table '\(table)'", at: keyNode,
                             note: Suggestion.note(for: name, in: columns.map(\.name)))
                return nil
            }
            guard singleKeys.contains(name) else {
                reader.error(.catalogSubjectKey, "the data subject's key '\(name)' is not a single-column primary or unique key of '\(table)', so it may not pick out one person", at: keyNode,
                             note: singleKeys.isEmpty ? "declare it 'unique: [[\(name)]]' if each person has one value" : "keys of '\(table)': \(singleKeys.joined(separator: ", "))")
                return nil
            }
            key = name
        } else {
            guard let only = keys.first, only.count == 1 else {
                reader.error(.catalogSubjectKey, "table '\(table)' has no single-column primary key to identify a person by", at: node,
                             note: "add 'key: COLUMN' naming a single-column unique key")
                return nil
            }
            key = only[0]
        }
        var name = Bilingual(en: table.replacingOccurrences(of: "_", with: " "), th: table)
        if let nameNode = map.optional("name"), let names = reader.mapping(nameNode, "the data subject's name", keys: Self.descriptionKeys) {
            name.en = names.optional("en").flatMap { reader.string($0, "the English name") } ?? name.en
            name.th = names.optional("th").flatMap { reader.string($0, "the Thai name") } ?? name.th
        } else if map.optional("name") == nil {
            reader.emit(.warning(.catalogMissingDescription, "the data subject of '\(table)' has no name for the letters", at: node.location,
                                 note: "add 'name: { en: student, th: นักศึกษา }'"))
        }
        return DataSubject(key: key, name: name)
    }

    private func readDescription(_ node: SyntaxNode?, owner: String, at parent: SyntaxNode, _ reader: SyntaxReader) -> Bilingual {
        guard let node else {
            reader.emit(.warning(.catalogMissingDescription, "\(owner) has no description", at: parent.location,
                                 note: "add 'description: { en: …, th: … }' for the data dictionary"))
            return Bilingual(en: "", th: "")
        }
        guard let map = reader.mapping(node, "a description", keys: Self.descriptionKeys) else { return Bilingual(en: "", th: "") }
        let en = map.optional("en").flatMap { reader.string($0, "the English description") }
        let th = map.optional("th").flatMap { reader.string($0, "the Thai description") }
        for (language, value) in [("English", en), ("Thai", th)] where value == nil {
            reader.emit(.warning(.catalogMissingDescription, "\(owner) has no \(language) description", at: node.location))
        }
        return Bilingual(en: en ?? "", th: th ?? "")
    }

    private func readForeignKey(_ node: SyntaxNode, table: String, _ reader: SyntaxReader) -> (ForeignKey, [String])? {
        guard let map = reader.mapping(node, "a foreign key", keys: Self.foreignKeyKeys) else { return nil }
        let columns = (reader.listOrScalar(map.required("columns"), "the foreign key's columns") ?? []).compactMap { reader.string($0, "a column") }
        guard let refs = reader.mapping(map.required("references"), "the referenced key", keys: Self.referenceKeys),
              let referenced = reader.string(refs.required("table"), "the referenced table") else { return nil }
        let referencedColumns = (reader.listOrScalar(refs.required("columns"), "the referenced columns") ?? []).compactMap { reader.string($0, "a column") }
        let name = map.optional("name").flatMap { reader.string($0, "the relation name") } ?? referenced
        if !Identifier.isValid(name) {
            reader.error(.invalidName, "relation name '\(name)' must be a lower-case identifier", at: map.optional("name") ?? node)
        }
        let reviews = readReviews(map.optional("review"), reader)
        guard !columns.isEmpty else { return nil }
        return (ForeignKey(name: name, columns: columns, referencedTable: referenced, referencedColumns: referencedColumns), reviews)
    }

    /// What `sanya catalog import` proposed here for a person to confirm: each entry an error until the person
    /// who checked it deletes it, so that nothing guessed becomes final unseen.
    private func readReviews(_ node: SyntaxNode?, _ reader: SyntaxReader) -> [String] {
        var reviews: [String] = []
        for item in reader.listOrScalar(node, "the review notes") ?? [] {
            guard let text = reader.string(item, "a review note") else { continue }
            reviews.append(text)
            reader.error(.catalogUnconfirmed, "not yet confirmed: \(text)", at: item,
                         note: "proposed by sanya catalog import; check it, correct the entry if it is wrong, then delete this review note")
        }
        return reviews
    }

    private func checkForeignKeys(_ entry: Located, _ tables: [String: Located], _ reader: SyntaxReader) {
        for (fk, node) in zip(entry.table.foreignKeys, entry.foreignKeyNodes) {
            guard let target = tables[fk.referencedTable]?.table else {
                reader.error(.catalogForeignKeyTable, "foreign key '\(fk.name)' of '\(entry.table.name)' references table '\(fk.referencedTable)', which is not in the catalog", at: node,
                             note: Suggestion.note(for: fk.referencedTable, in: tables.keys))
                continue
            }
            var ok = true
            for column in fk.referencedColumns where target.column(column) == nil {
                ok = false
                reader.error(.catalogForeignKeyColumn, "foreign key '\(fk.name)' references column '\(fk.referencedTable).\(column)', which does not exist", at: node,
                             note: Suggestion.note(for: column, in: target.columns.map(\.name)))
            }
            guard ok else { continue }
            if fk.columns.count != fk.referencedColumns.count {
                reader.error(.catalogForeignKeyMismatch, "foreign key '\(fk.name)' has \(fk.columns.count) column(s) but references \(fk.referencedColumns.count)", at: node)
                continue
            }
            let isKey = target.primaryKey == fk.referencedColumns || target.uniqueKeys.contains(fk.referencedColumns)
            // A table with no key at all is reported once, at the table (CATALOG_NO_PRIMARY_KEY): a view whose key
            // is still to be written, say, with relations that reach it.
            if !isKey && !(target.primaryKey.isEmpty && target.uniqueKeys.isEmpty) {
                reader.error(.catalogForeignKeyMismatch, "foreign key '\(fk.name)' references \(fk.referencedTable)(\(fk.referencedColumns.joined(separator: ", "))), which is not its primary key or a unique key", at: node)
            }
            for (from, to) in zip(fk.columns, fk.referencedColumns) {
                guard let a = entry.table.column(from), let b = target.column(to) else { continue }
                if a.type.kind != b.type.kind {
                    reader.error(.catalogForeignKeyMismatch, "foreign key '\(fk.name)': '\(from)' is \(a.type) but '\(fk.referencedTable).\(to)' is \(b.type)", at: node)
                }
            }
        }
    }
}

/// The names Sanya accepts for tables, columns, fields and parameters: they become SQL identifiers,
/// JSON keys and URL query names, so they stay lower-case ASCII.
enum Identifier {
    static func isValid(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        return ("a"..."z").contains(first) && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }
}

/// Where a catalog table's parts are written, and the review notes still in it (`sanya catalog verify` points at
/// them; a re-import keeps what staff confirmed and proposes again what they have not).
public struct CatalogTableSource: Sendable, Hashable {
    public struct Column: Sendable, Hashable {
        public var location: SourceLocation
        public var type: SourceLocation
        public var nullable: SourceLocation?
        public var reviews: [String]
    }

    public struct Part: Sendable, Hashable {
        public var location: SourceLocation
        public var reviews: [String]
    }

    public var file: String
    /// The `table:` value.
    public var table: SourceLocation
    public var reviews: [String]
    public var primaryKey: SourceLocation?
    public var columns: [String: Column] = [:]
    /// By relation name.
    public var foreignKeys: [String: Part] = [:]

    init(file: String, table: SourceLocation, reviews: [String]) {
        self.file = file
        self.table = table
        self.reviews = reviews
    }
}
