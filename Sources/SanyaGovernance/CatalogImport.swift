import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// `sanya catalog import`: catalog files written from a database's own account of its tables.
///
/// What the database says (types, nullability, keys, foreign keys in its column order, comments) is written as
/// it is. What it cannot say is **proposed** and marked with a `review:` note, which `sanya check` reports as
/// `CATALOG_UNCONFIRMED` until a person deletes it: the class of every column (guessed from names, never final
/// unseen), a key for a table without one, links for `*_id` columns no constraint declares, names for two
/// relations that reach the same table, and types the catalog reads only approximately.
///
/// A re-import merges: what staff wrote (descriptions, classes, identifier flags, relation names, links and
/// keys of their own) stays; what changed in the database is reported, and a file is rewritten only when its
/// table changed, so a table nobody touched keeps its comments and layout.
public struct CatalogImport {
    public struct File: Sendable, Hashable {
        public var table: String
        /// `student.yaml`
        public var name: String
        public var text: String
        public var isNew: Bool
    }

    public struct Result: Sendable {
        /// The files to write: new tables and changed ones.
        public var files: [File]
        /// Tables already catalogued whose database table did not change.
        public var unchanged: [String]
        /// What changed since the catalog was written, one line each (`enrollment: column 'credits' integer → numeric(4,1)`).
        public var changes: [String]
        /// What could not be catalogued, and why.
        public var skipped: [String]
        /// Review notes written, over all files.
        public var proposals: Int
    }

    let schema: DatabaseSchema
    let existing: Catalog
    let sources: [String: CatalogTableSource]
    /// Said in each new file's header: where it came from.
    let origin: String
    /// Whether each table is written with its schema (`schema:`), so the generated SQL names it.
    let qualifies: Bool
    /// The existing catalog's tables in the database's names (columns, keys and links as the database spells
    /// them): the import works in those, and writes the catalog's names back at the end.
    let existingInDatabase: [String: CatalogTable]

    /// - Parameters:
    ///   - existing: the catalog already in the folder (empty for a first import), with where each part is written.
    ///   - qualifies: write each table's schema (PostgreSQL always: a login's `search_path` is its own; MariaDB
    ///     when a database other than the URL's was asked for).
    public init(schema: DatabaseSchema, existing: Catalog, sources: [String: CatalogTableSource], origin: String, qualifies: Bool = false) {
        self.schema = schema
        self.existing = existing
        self.sources = sources
        self.origin = origin
        self.qualifies = qualifies
        self.existingInDatabase = Dictionary(existing.tables.map { ($0.name, Self.inDatabaseNames($0, existing)) }, uniquingKeysWith: { first, _ in first })
    }

    /// A catalog table with the database's names for its columns, in its keys and links too.
    static func inDatabaseNames(_ table: CatalogTable, _ catalog: Catalog) -> CatalogTable {
        var copy = table
        let own = table.source
        copy.columns = table.columns.map { column in
            var renamed = column
            renamed.name = column.sourceName
            renamed.databaseName = nil
            return renamed
        }
        copy.primaryKey = table.primaryKey.map(own.column)
        copy.uniqueKeys = table.uniqueKeys.map { $0.map(own.column) }
        copy.foreignKeys = table.foreignKeys.map { fk in
            var mapped = fk
            mapped.columns = fk.columns.map(own.column)
            let target = catalog.table(fk.referencedTable)?.source
            mapped.referencedColumns = fk.referencedColumns.map { target?.column($0) ?? $0 }
            return mapped
        }
        copy.dataSubject?.key = own.column(table.dataSubject?.key ?? "")
        return copy
    }

    /// The catalog's name of each database table the catalog can name: the one staff gave it (found by its
    /// `database_name`), the database's own when it is a lower-case identifier, else one made from it
    /// (`gibbonPerson` → `gibbon_person`).
    func catalogTableNames() -> [String: String] {
        var names: [String: String] = [:]
        let catalogued = Dictionary(existing.tables.compactMap { table in table.databaseName.map { ($0, table.name) } }, uniquingKeysWith: { first, _ in first })
        for table in schema.tables {
            if let name = catalogued[table.name] { names[table.name] = name }
            else if Self.isIdentifier(table.name) { names[table.name] = table.name }
        }
        var taken = Set(names.values)
        for table in schema.tables where names[table.name] == nil {
            guard let made = Self.identifier(from: table.name), !taken.contains(made) else { continue }
            names[table.name] = made
            taken.insert(made)
        }
        return names
    }

    /// The catalog's name of each database column of `table` that the catalog can name: the one staff wrote (a
    /// column catalogued before, found by its database name), the database's own when it is a lower-case
    /// identifier, else one made from it (`StudentID` → `student_id`), the database's kept as `database_name`.
    func catalogNames(_ table: DatabaseSchema.Table) -> [String: String] {
        var names: [String: String] = [:]
        let old = existingInDatabase[table.name]
        let catalogued = Dictionary((existing.table(table.name)?.columns ?? []).map { ($0.sourceName, $0.name) }, uniquingKeysWith: { first, _ in first })
        for column in table.columns {
            if old?.column(column.name) != nil, let name = catalogued[column.name] { names[column.name] = name }
            else if Self.isIdentifier(column.name) { names[column.name] = column.name }
        }
        var taken = Set(names.values)
        for column in table.columns where names[column.name] == nil {
            guard let made = Self.identifier(from: column.name), !taken.contains(made) else { continue }
            names[column.name] = made
            taken.insert(made)
        }
        return names
    }

    /// A list of codes the database declares (MySQL's `enum`), each named after itself (`Unspecified` → `unspecified`)
    /// for a person to rename and describe; none when two would get the same name.
    static func proposedCodes(_ values: [String]) -> [CodeMeaning] {
        let codes = values.compactMap { value in identifier(from: value).map { CodeMeaning(code: value, name: $0, meaning: Bilingual(en: "", th: "")) } }
        guard codes.count == values.count, Set(codes.map(\.name)).count == codes.count,
              !codes.contains(where: { code in values.contains(code.name) && code.name != code.code }) else { return [] }
        return codes
    }

    /// A lower-case identifier made from a database's name: `StudentID` → `student_id`, `First Name` → `first_name`.
    static func identifier(from name: String) -> String? {
        var out = ""
        var previous: Character?
        for character in name {
            if character.isUppercase, let previous, previous.isLowercase || previous.isNumber { out += "_" }
            if character.isLetter || character.isNumber, character.isASCII { out += character.lowercased() }
            else if out.last != "_" { out += "_" }
            previous = character
        }
        while out.hasSuffix("_") { out.removeLast() }
        while out.hasPrefix("_") { out.removeFirst() }
        if let first = out.first, first.isNumber { out = "c_" + out }
        return isIdentifier(out) ? out : nil
    }

    /// A draft made in the database's names, written back in the catalog's: renamed columns get `database_name`.
    func inCatalogNames(_ draft: Draft, table: DatabaseSchema.Table, names: [String: [String: String]]) -> Draft {
        let own = names[table.name] ?? [:]
        func name(_ column: String) -> String { own[column] ?? column }
        var copy = draft
        copy.table.columns = draft.table.columns.map { column in
            var renamed = column
            renamed.name = name(column.name)
            renamed.databaseName = renamed.name == column.name ? nil : column.name
            return renamed
        }
        copy.table.primaryKey = draft.table.primaryKey.map(name)
        copy.table.uniqueKeys = draft.table.uniqueKeys.map { $0.map(name) }
        copy.table.foreignKeys = draft.table.foreignKeys.map { fk in
            var mapped = fk
            mapped.columns = fk.columns.map(name)
            let target = names[fk.referencedTable] ?? Dictionary((existing.table(fk.referencedTable)?.columns ?? []).map { ($0.sourceName, $0.name) },
                                                                 uniquingKeysWith: { first, _ in first })
            mapped.referencedColumns = fk.referencedColumns.map { target[$0] ?? $0 }
            return mapped
        }
        if let key = draft.table.dataSubject?.key { copy.table.dataSubject?.key = name(key) }
        copy.columnReviews = Dictionary(draft.columnReviews.map { (name($0.key), $0.value) }, uniquingKeysWith: { first, _ in first })
        return copy
    }

    /// A table as it will be written, with its review notes.
    struct Draft: Equatable {
        var table: CatalogTable
        var reviews: [String] = []
        var columnReviews: [String: [String]] = [:]
        var foreignKeyReviews: [String: [String]] = [:]

        /// The same table whatever order its relations and unique keys are written in.
        var normalized: Draft {
            var copy = self
            copy.table.foreignKeys.sort { $0.name < $1.name }
            copy.table.uniqueKeys.sort { $0.joined(separator: ",") < $1.joined(separator: ",") }
            return copy
        }

        var proposals: Int { reviews.count + columnReviews.values.map(\.count).reduce(0, +) + foreignKeyReviews.values.map(\.count).reduce(0, +) }
    }

    public func run() -> Result {
        var skipped: [String] = []
        var importable: [DatabaseSchema.Table] = []
        var seen = Set<String>()
        // Tables under the catalog's names from here on (their columns keep the database's until the end).
        let tableNames = catalogTableNames()
        var databaseNames: [String: String] = [:]
        for var table in schema.tables {
            // The runtime's own table in a source it may write to (the pseudonym secret) is not the registrar's data.
            if table.name == Vocabulary.secretTable { continue }
            guard let name = tableNames[table.name] else {
                skipped.append("table '\(qualified(table))': no lower-case identifier could be made from its name; catalog it by hand with 'database_name'")
                continue
            }
            if name != table.name { databaseNames[name] = table.name }
            table.name = name
            table.foreignKeys = table.foreignKeys.map { key in
                var renamed = key
                renamed.referencedTable = tableNames[key.referencedTable] ?? key.referencedTable
                return renamed
            }
            guard seen.insert(table.name).inserted else {
                skipped.append("table '\(qualified(table))': a table of that name was read from another schema; import one schema at a time")
                continue
            }
            importable.append(table)
        }
        // Keys first, for every table: the links proposed from names need the keys of the tables they reach.
        let keys = Dictionary(uniqueKeysWithValues: importable.map { ($0.name, primaryKey(of: $0).columns) })
        let known = Dictionary(uniqueKeysWithValues: importable.map { ($0.name, $0) })
        let names = Dictionary(uniqueKeysWithValues: importable.map { ($0.name, catalogNames($0)) })
        var files: [File] = []
        var unchanged: [String] = []
        var changes: [String] = []
        var proposals = 0
        for table in importable {
            let old = existing.table(table.name)
            var draft = inCatalogNames(self.draft(table, keys: keys, known: known, old: existingInDatabase[table.name], names: names[table.name] ?? [:]),
                                       table: table, names: names)
            if draft.table.databaseName == nil, let databaseName = databaseNames[table.name] {
                draft.table.databaseName = databaseName
                if old == nil {
                    draft.reviews.append("the database names it '\(databaseName)': catalogued as '\(table.name)' (contracts write this name in 'from:', the SQL reads 'database_name'); rename it if you like")
                }
            }
            proposals += draft.proposals
            if let old {
                let changed = Self.changes(from: old, to: draft.table)
                changes += changed.map { "\(table.name): \($0)" }
                let source = sources[table.name]
                let oldDraft = Draft(table: old, reviews: source?.reviews ?? [],
                                     columnReviews: (source?.columns ?? [:]).mapValues(\.reviews).filter { !$0.value.isEmpty },
                                     foreignKeyReviews: (source?.foreignKeys ?? [:]).mapValues(\.reviews).filter { !$0.value.isEmpty })
                if draft.normalized == oldDraft.normalized {
                    unchanged.append(table.name)
                    continue
                }
                files.append(File(table: table.name, name: fileName(table.name), text: render(draft), isNew: false))
            } else {
                changes.append("new table '\(table.name)' (\(draft.table.columns.count) columns)")
                files.append(File(table: table.name, name: fileName(table.name), text: render(draft), isNew: true))
            }
        }
        for table in existing.tables where known[table.name] == nil {
            changes.append("table '\(table.name)' is no longer in the database: its file is left for you to delete (contracts that read it stop passing sanya check once you do)")
        }
        return Result(files: files.sorted { $0.name < $1.name }, unchanged: unchanged.sorted(), changes: changes, skipped: skipped, proposals: proposals)
    }

    func qualified(_ table: DatabaseSchema.Table) -> String { table.schema.map { "\($0).\(table.name)" } ?? table.name }

    /// The file a table is written to: the existing one where there is one.
    func fileName(_ table: String) -> String {
        sources[table].map { URL(fileURLWithPath: $0.file).lastPathComponent } ?? "\(table).yaml"
    }

    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 63 else { return false }
        return ("a"..."z").contains(first) && name.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "_" }
    }

    /// The table's primary key: the database's, else a unique key over NOT NULL columns (proposed), else none.
    func primaryKey(of table: DatabaseSchema.Table) -> (columns: [String], proposed: String?) {
        if let key = table.primaryKey, !key.isEmpty { return (key, nil) }
        if let old = existingInDatabase[table.name], !old.primaryKey.isEmpty,
           old.primaryKey.allSatisfy({ table.column($0) != nil }) { return (old.primaryKey, nil) }
        let candidates = table.uniqueKeys.filter { key in key.allSatisfy { table.column($0)?.nullable == false } }
        if let key = candidates.min(by: { $0.count < $1.count }) {
            return (key, "the database declares no primary key: proposed from its unique key (\(key.joined(separator: ", "))); confirm that it identifies a row")
        }
        return ([], nil)
    }

    // MARK: - One table

    /// The table in the database's names (`old` too); `names` are the catalog's names the columns will have.
    func draft(_ table: DatabaseSchema.Table, keys: [String: [String]], known: [String: DatabaseSchema.Table], old: CatalogTable?,
               names: [String: String]) -> Draft {
        let source = sources[table.name]
        var draft = Draft(table: CatalogTable(name: table.name, description: old?.description ?? Self.description(table.comment),
                                              primaryKey: [], uniqueKeys: [], columns: [], foreignKeys: [],
                                              schema: old?.schema ?? (qualifies ? table.schema : nil), databaseName: old?.databaseName,
                                              isView: table.isView))
        draft.reviews = source?.reviews ?? []
        func review(_ text: String) { if !draft.reviews.contains(text) { draft.reviews.append(text) } }
        if table.isView && old == nil {
            review("a view in the database: it has no key of its own; check the primary key proposed (or write one), and that the view is meant to be read")
        }
        let personTable = ClassGuess.isAboutPeople(table.name)
        var guessedInternal: [String] = []
        for column in table.columns {
            guard let catalogName = names[column.name] else {
                review("column '\(column.name)' was left out: no lower-case identifier could be made from its name; catalog it by hand with 'database_name: \(YAMLText.quoted(column.name))'")
                continue
            }
            if catalogName != column.name, old?.column(column.name) == nil {
                draft.columnReviews[column.name, default: []].append("the database names it '\(column.name)': catalogued as '\(catalogName)' (contracts and outputs use this name, the SQL reads 'database_name'); rename it if you like")
            }
            let reading = DatabaseTypeReading.reading(column.type, engine: schema.engine)
            if let previous = old?.column(column.name) {
                var kept = previous
                // Staff may have chosen a type the database's fits in (a scale for a bare NUMERIC): kept while it fits.
                if reading.misfit(previous.storedType, engine: schema.engine) {
                    kept.type = reading.type
                    kept.flag = nil
                }
                kept.nullable = column.nullable
                draft.table.columns.append(kept)
                if let open = source?.columns[column.name]?.reviews, !open.isEmpty { draft.columnReviews[column.name] = open }
                continue
            }
            let guess = ClassGuess.guess(column: column.name, type: reading.type, inPersonTable: personTable)
            draft.table.columns.append(CatalogColumn(name: column.name, type: reading.flag == nil ? reading.type : .boolean, nullable: column.nullable,
                                                     sensitivity: guess.sensitivity, identifier: guess.identifier, description: Self.description(column.comment),
                                                     codes: Self.proposedCodes(reading.codes), flag: reading.flag))
            var notes: [String] = []
            if let caveat = reading.caveat { notes.append(caveat) }
            if let reason = guess.reason { notes.append(reason) } else { guessedInternal.append(catalogName) }
            if !notes.isEmpty { draft.columnReviews[column.name, default: []] += notes }
        }
        if !guessedInternal.isEmpty {
            let names = guessedInternal.count > 12 ? guessedInternal.prefix(12).joined(separator: ", ") + " and \(guessedInternal.count - 12) more" : guessedInternal.joined(separator: ", ")
            review("class 'internal' guessed for \(names) (nothing in the name says a person): confirm that none is personal or sensitive")
        }
        let columnNames = Set(draft.table.columns.map(\.name))
        let (key, proposed) = primaryKey(of: table)
        if key.allSatisfy(columnNames.contains) { draft.table.primaryKey = key }
        if let proposed { review(proposed) }
        if draft.table.primaryKey.isEmpty {
            review("the database declares no primary key and no unique key over NOT NULL columns: write 'primary_key: [column, …]' naming the columns that identify a row")
        }
        draft.table.uniqueKeys = table.uniqueKeys.filter { $0 != draft.table.primaryKey && $0.allSatisfy(columnNames.contains) }
        let singleKeys = ([draft.table.primaryKey] + draft.table.uniqueKeys).filter { $0.count == 1 }.map { $0[0] }
        if let subject = old?.dataSubject, singleKeys.contains(subject.key) {
            draft.table.dataSubject = subject
        } else if old?.dataSubject == nil, existing.dataSubjects.isEmpty, ClassGuess.subjects.contains(table.name), !table.isView,
                  draft.table.primaryKey.count == 1 {
            let key = draft.table.primaryKey[0]
            let noun = table.name.hasSuffix("s") ? String(table.name.dropLast()) : table.name
            draft.table.dataSubject = DataSubject(key: key, name: Bilingual(en: noun.replacingOccurrences(of: "_", with: " "), th: ""))
            review("proposed as a data subject: the rows of '\(table.name)' look like people, each picked out by '\(key)'; sanya subject looks a person up here for a right-of-access request. Confirm, add the Thai name, or delete 'data_subject'")
        }
        foreignKeys(table, into: &draft, keys: keys, known: known, old: old, columnNames: columnNames)
        return draft
    }

    func foreignKeys(_ table: DatabaseSchema.Table, into draft: inout Draft, keys: [String: [String]], known: [String: DatabaseSchema.Table],
                     old: CatalogTable?, columnNames: Set<String>) {
        let source = sources[table.name]
        var links: [(fk: ForeignKey, reviews: [String])] = []
        func named(_ columns: [String], _ target: String) -> ForeignKey? {
            old?.foreignKeys.first { $0.columns == columns && $0.referencedTable == target }
        }
        for key in table.foreignKeys {
            guard known[key.referencedTable] != nil || existingInDatabase[key.referencedTable] != nil else {
                if !draft.reviews.contains(where: { $0.contains("'\(key.referencedTable)'") }) {
                    draft.reviews.append("the foreign key (\(key.columns.joined(separator: ", "))) reaches '\(key.referencedTable)', which was not imported: import that table too, or leave the link out")
                }
                continue
            }
            guard key.columns.allSatisfy(columnNames.contains) else { continue }
            // The catalog names a referenced key in the key's own order: pairs reordered to it, kept together.
            var columns = key.columns, referenced = key.referencedColumns
            let targetKeys = [keys[key.referencedTable] ?? existingInDatabase[key.referencedTable]?.primaryKey ?? []]
                + (known[key.referencedTable]?.uniqueKeys ?? []) + (existingInDatabase[key.referencedTable]?.uniqueKeys ?? [])
            if let order = targetKeys.first(where: { $0 != referenced && Set($0) == Set(referenced) && $0.count == referenced.count }) {
                let pairs = Dictionary(uniqueKeysWithValues: zip(referenced, columns))
                referenced = order
                columns = order.compactMap { pairs[$0] }
            }
            let name = named(columns, key.referencedTable)?.name ?? ""
            links.append((ForeignKey(name: name, columns: columns, referencedTable: key.referencedTable, referencedColumns: referenced),
                          name.isEmpty ? [] : source?.foreignKeys[name]?.reviews ?? []))
        }
        // Links the database does not declare: a column named as another table's single-column key.
        let linked = Set(links.flatMap(\.fk.columns))
        for column in draft.table.columns where !linked.contains(column.name) && !draft.table.primaryKey.elementsEqual([column.name]) {
            guard old?.column(column.name) == nil || old?.foreignKeys.contains(where: { $0.columns == [column.name] }) == true else { continue }
            if let kept = old?.foreignKeys.first(where: { $0.columns == [column.name] }) {
                links.append((kept, source?.foreignKeys[kept.name]?.reviews ?? []))
                continue
            }
            guard let (target, targetColumn) = linkTarget(for: column, from: table.name, keys: keys, known: known) else { continue }
            links.append((ForeignKey(name: "", columns: [column.name], referencedTable: target, referencedColumns: [targetColumn]),
                          ["the database declares no foreign key here: a link to \(target)(\(targetColumn)) proposed from the column's name; confirm that every value is one of \(target)'s, or delete this link"]))
        }
        // Links staff wrote that the database does not declare and no name suggests: kept as written.
        for fk in old?.foreignKeys ?? [] where !links.contains(where: { $0.fk.columns == fk.columns && $0.fk.referencedTable == fk.referencedTable })
            && fk.columns.allSatisfy(columnNames.contains) {
            links.append((fk, source?.foreignKeys[fk.name]?.reviews ?? []))
        }
        // Names: staff's where they wrote one; else the table reached; two reaching one table are named from their columns.
        var taken = Set(links.map(\.fk.name).filter { !$0.isEmpty })
        let targets = Dictionary(grouping: links.filter { $0.fk.name.isEmpty }, by: \.fk.referencedTable)
        for index in links.indices where links[index].fk.name.isEmpty {
            let fk = links[index].fk
            let shared = (targets[fk.referencedTable]?.count ?? 0) > 1 || taken.contains(fk.referencedTable)
            var name = shared ? Self.relationName(fk.columns) : fk.referencedTable
            if !Self.isIdentifier(name) || taken.contains(name) { name = Self.relationName(fk.columns) }
            var unique = name, counter = 2
            while taken.contains(unique) { unique = "\(name)_\(counter)"; counter += 1 }
            taken.insert(unique)
            links[index].fk.name = unique
            if shared {
                links[index].reviews.append("more than one relation reaches '\(fk.referencedTable)': this one is named '\(unique)' from its columns; rename it to what it means (contracts follow it by this name)")
            }
        }
        // In the order of their first column in the table, as a reader of the file looks for them.
        let position = Dictionary(uniqueKeysWithValues: draft.table.columns.enumerated().map { ($1.name, $0) })
        links.sort { (position[$0.fk.columns[0]] ?? 0, $0.fk.name) < (position[$1.fk.columns[0]] ?? 0, $1.fk.name) }
        draft.table.foreignKeys = links.map(\.fk)
        for link in links where !link.reviews.isEmpty { draft.foreignKeyReviews[link.fk.name] = link.reviews }
    }

    /// The table and column a column named like `faculty_code` or `advisor_id` refers to: a table whose
    /// single-column primary key has the column's name, or the table the name begins with (`faculty_id` → `faculty.id`).
    func linkTarget(for column: CatalogColumn, from table: String, keys: [String: [String]], known: [String: DatabaseSchema.Table]) -> (String, String)? {
        let name = column.name
        // Judged by the name the catalog will give it (`gibbonPersonID` → `gibbon_person_id`).
        let spelled = Self.isIdentifier(name) ? name : (Self.identifier(from: name) ?? name)
        guard ["_id", "_code", "_no"].contains(where: spelled.hasSuffix), let underscore = spelled.lastIndex(of: "_") else { return nil }
        func fits(_ target: String, _ key: String) -> Bool {
            guard let other = known[target]?.column(key) else { return false }
            return DatabaseTypeReading.reading(other.type, engine: schema.engine).type.kind == column.type.kind
        }
        let byKey = keys.filter { $0.key != table && $0.value == [name] }.map(\.key).sorted()
        if byKey.count == 1, fits(byKey[0], name) { return (byKey[0], name) }
        let stem = String(spelled[..<underscore])
        if stem != table, let key = keys[stem], key.count == 1, fits(stem, key[0]) { return (stem, key[0]) }
        return nil
    }

    /// A relation named from its columns: `advisor_id` → `advisor`, `(term_id, course_code)` → `term_course`.
    static func relationName(_ columns: [String]) -> String {
        columns.map { name in
            let column = isIdentifier(name) ? name : (identifier(from: name) ?? name)
            for suffix in ["_id", "_code", "_no"] where column.hasSuffix(suffix) && column.count > suffix.count {
                return String(column.dropLast(suffix.count))
            }
            return column
        }.joined(separator: "_")
    }

    /// A comment as a description: Thai text in `th`, other text in `en`.
    static func description(_ comment: String?) -> Bilingual {
        guard let comment, !comment.isEmpty else { return Bilingual(en: "", th: "") }
        let thai = comment.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }
        return thai ? Bilingual(en: "", th: comment) : Bilingual(en: comment, th: "")
    }

    // MARK: - What changed

    static func changes(from old: CatalogTable, to new: CatalogTable) -> [String] {
        var lines: [String] = []
        for column in new.columns {
            guard let before = old.column(column.name) else {
                lines.append("new column '\(column.name)' (\(column.type))")
                continue
            }
            if before.type != column.type { lines.append("column '\(column.name)' \(before.type) → \(column.type)") }
            if before.nullable != column.nullable { lines.append("column '\(column.name)' \(column.nullable ? "may now be NULL" : "is now NOT NULL")") }
        }
        for column in old.columns where new.column(column.name) == nil {
            lines.append("column '\(column.name)' is no longer in the database: removed from the catalog")
        }
        func list(_ key: [String]) -> String { "(\(key.joined(separator: ", ")))" }
        if old.primaryKey != new.primaryKey { lines.append("primary key \(list(old.primaryKey)) → \(list(new.primaryKey))") }
        for key in new.uniqueKeys where !old.uniqueKeys.contains(key) { lines.append("new unique key \(list(key))") }
        for key in old.uniqueKeys where !new.uniqueKeys.contains(key) { lines.append("unique key \(list(key)) is gone") }
        for fk in new.foreignKeys where !old.foreignKeys.contains(where: { $0.columns == fk.columns && $0.referencedTable == fk.referencedTable }) {
            lines.append("new relation '\(fk.name)' \(list(fk.columns)) → \(fk.referencedTable)\(list(fk.referencedColumns))")
        }
        for fk in old.foreignKeys where !new.foreignKeys.contains(where: { $0.columns == fk.columns && $0.referencedTable == fk.referencedTable }) {
            lines.append("relation '\(fk.name)' \(list(fk.columns)) → \(fk.referencedTable) is gone")
        }
        return lines
    }

    // MARK: - Writing

    func render(_ draft: Draft) -> String {
        let table = draft.table
        var out = "# yaml-language-server: $schema=../../docs/schema/catalog.schema.json\n"
        out += "# Imported by sanya catalog import from \(origin). Confirm each 'review' note, then delete it.\n"
        out += "table: \(table.name)\n"
        if let schema = table.schema { out += "schema: \(YAMLText.quoted(schema))\n" }
        if let name = table.databaseName { out += "database_name: \(YAMLText.quoted(name))\n" }
        if table.isView { out += "view: true\n" }
        out += Self.description(table.description, indent: "", block: true)
        out += Self.reviews(draft.reviews, indent: "")
        if !table.primaryKey.isEmpty { out += "primary_key: \(Self.flow(table.primaryKey))\n" }
        if !table.uniqueKeys.isEmpty {
            out += "unique:\n" + table.uniqueKeys.map { "  - \(Self.flow($0))\n" }.joined()
        }
        if let subject = table.dataSubject {
            let names = [("en", subject.name.en), ("th", subject.name.th)].filter { !$0.1.isEmpty }.map { "\($0.0): \(YAMLText.quoted($0.1))" }
            out += "data_subject:\n  key: \(subject.key)\n" + (names.isEmpty ? "" : "  name: { \(names.joined(separator: ", ")) }\n")
        }
        out += "columns:\n"
        for column in table.columns {
            out += "  - name: \(column.name)\n"
            if let name = column.databaseName { out += "    database_name: \(YAMLText.quoted(name))\n" }
            out += "    type: \(column.type)\n"
            if let flag = column.flag {
                out += "    true_value: \(YAMLText.quoted(flag.trueValue))\n"
                if let value = flag.falseValue { out += "    false_value: \(YAMLText.quoted(value))\n" }
            }
            if column.nullable { out += "    nullable: true\n" }
            out += "    sensitivity: \(column.sensitivity.rawValue)\n"
            if column.identifier { out += "    identifier: true\n" }
            out += Self.description(column.description, indent: "    ", block: false)
            if !column.codes.isEmpty {
                out += "    codes:\n"
                for code in column.codes {
                    let meaning = [("en", code.meaning.en), ("th", code.meaning.th)].filter { !$0.1.isEmpty }.map { ", \($0.0): \(YAMLText.quoted($0.1))" }.joined()
                    out += "      - { code: \(YAMLText.quoted(code.code)), name: \(code.name)\(meaning) }\n"
                }
            }
            out += Self.reviews(draft.columnReviews[column.name] ?? [], indent: "    ")
        }
        if !table.foreignKeys.isEmpty {
            out += "foreign_keys:\n"
            for fk in table.foreignKeys {
                out += "  - name: \(fk.name)\n"
                out += "    columns: \(Self.flow(fk.columns))\n"
                out += "    references: { table: \(fk.referencedTable), columns: \(Self.flow(fk.referencedColumns)) }\n"
                out += Self.reviews(draft.foreignKeyReviews[fk.name] ?? [], indent: "    ")
            }
        }
        return out
    }

    static func flow(_ names: [String]) -> String { "[" + names.joined(separator: ", ") + "]" }

    /// Nothing for a description nobody wrote: `sanya check` then asks for one (CATALOG_MISSING_DESCRIPTION).
    static func description(_ text: Bilingual, indent: String, block: Bool) -> String {
        let parts = [("en", text.en), ("th", text.th)].filter { !$0.1.isEmpty }
        guard !parts.isEmpty else { return "" }
        if block {
            return "\(indent)description:\n" + parts.map { "\(indent)  \($0.0): \(YAMLText.quoted($0.1))\n" }.joined()
        }
        return "\(indent)description: { " + parts.map { "\($0.0): \(YAMLText.quoted($0.1))" }.joined(separator: ", ") + " }\n"
    }

    static func reviews(_ notes: [String], indent: String) -> String {
        switch notes.count {
        case 0: ""
        case 1: "\(indent)review: \(YAMLText.quoted(notes[0]))\n"
        default: "\(indent)review:\n" + notes.map { "\(indent)  - \(YAMLText.quoted($0))\n" }.joined()
        }
    }
}

/// A column's PDPA class guessed from its name (and its table's), for a person to confirm: the words registrars'
/// schemas use for people, their identifiers and the special categories of PDPA section 26, in English and in
/// the romanised Thai that Thai schemas use.
enum ClassGuess {
    struct Guess {
        var sensitivity: Sensitivity
        var identifier: Bool
        /// Why, when the name said something; nil for the default 'internal'.
        var reason: String?
    }

    /// Words of the special categories (PDPA s.26).
    static let sensitive: Set<String> = ["religion", "race", "ethnic", "ethnicity", "blood", "health", "medical", "disease", "illness",
                                         "disability", "disabled", "handicap", "allergy", "criminal", "crime", "biometric", "fingerprint",
                                         "sexual", "orientation", "political", "party", "union", "genetic", "satsana", "sasana"]
    /// Words that, alone or with their neighbours, name a direct identifier.
    static let identifiers: [[String]] = [["national", "id"], ["citizen"], ["id", "card"], ["idcard"], ["passport"], ["ssn"], ["tax", "id"],
                                          ["email"], ["e", "mail"], ["mail"], ["phone"], ["mobile"], ["telephone"], ["tel"], ["line", "id"],
                                          ["pid"], ["cid"]]
    /// Words of a person's other personal data.
    static let personal: Set<String> = ["first", "last", "middle", "given", "family", "surname", "fullname", "nickname", "firstname", "lastname",
                                        "birth", "birthday", "birthdate", "dob", "born", "age", "gender", "sex", "address", "street", "road",
                                        "subdistrict", "district", "province", "postcode", "zipcode", "zip", "nationality", "photo", "picture",
                                        "image", "avatar", "gpa", "gpax", "grade", "score", "salary", "income", "marital", "father", "mother",
                                        "guardian", "parent", "spouse", "prefix", "title", "fname", "lname", "ip", "latitude", "longitude"]
    /// Words in a table's name that say its rows are people.
    static let people: Set<String> = ["student", "students", "person", "people", "persons", "applicant", "applicants", "alumni", "alumnus",
                                      "staff", "employee", "employees", "instructor", "instructors", "teacher", "teachers", "lecturer", "user",
                                      "users", "guardian", "parent", "parents", "contact", "contacts", "member", "members", "advisor", "profile"]

    /// Names of tables whose rows are themselves people, proposed as data subjects.
    static let subjects: Set<String> = ["student", "students", "person", "persons", "people", "applicant", "applicants", "alumni", "staff",
                                        "employee", "employees", "instructor", "instructors", "teacher", "teachers", "lecturer", "lecturers",
                                        "guardian", "guardians", "parent", "parents"]

    static func isAboutPeople(_ table: String) -> Bool { !people.isDisjoint(with: table.split(separator: "_").map(String.init)) }

    static func guess(column: String, type: ColumnType, inPersonTable: Bool) -> Guess {
        let words = column.split(separator: "_").map(String.init)
        if let word = words.first(where: sensitive.contains) {
            return Guess(sensitivity: .sensitive, identifier: false, reason: "class 'sensitive' guessed from '\(word)' in the name (PDPA s.26): confirm, and the purpose that needs it")
        }
        for pattern in identifiers where Self.contains(words, pattern) {
            return Guess(sensitivity: .personal, identifier: true, reason: "class 'personal' and identifier guessed from '\(pattern.joined(separator: "_"))' in the name: confirm")
        }
        // A person's own id in a table of people, or a reference to one (`student_id`, `std_code`).
        if let last = words.last, ["id", "no", "code", "number"].contains(last), words.count > 1,
           isAboutPeople(words.dropLast().joined(separator: "_")) || ["std", "stu", "stdid"].contains(words[0]) {
            return Guess(sensitivity: .personal, identifier: true, reason: "class 'personal' and identifier guessed: '\(column)' names a person's id; confirm")
        }
        if let word = words.first(where: personal.contains) {
            return Guess(sensitivity: .personal, identifier: false, reason: "class 'personal' guessed from '\(word)' in the name: confirm")
        }
        if inPersonTable && (type.kind == .string || type.kind == .date) && !["id", "code"].contains(words.last ?? "") {
            return Guess(sensitivity: .personal, identifier: false, reason: "class 'personal' guessed: a table of people; confirm, or lower it if the column is about something else")
        }
        return Guess(sensitivity: .internal, identifier: false, reason: nil)
    }

    static func contains(_ words: [String], _ pattern: [String]) -> Bool {
        guard pattern.count <= words.count else { return false }
        return (0...(words.count - pattern.count)).contains { Array(words[$0..<($0 + pattern.count)]) == pattern }
    }
}
