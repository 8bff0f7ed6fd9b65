import SanyaDiagnostics
import SanyaModel

/// Resolves dotted column paths (`curriculum.faculty.name_en`) from a contract's base table through
/// the catalog's foreign-key relations, and allocates one join per distinct relation path.
final class PathResolver {
    let catalog: Catalog
    let base: CatalogTable
    private(set) var joins: [Join] = []
    private var aliases: [String: (alias: String, table: CatalogTable)] = [:]
    /// The base table's alias (`t0`; `c1` for the rows of a `has:` condition) and the prefix of its joins' (`t`, `c1_`).
    let baseAlias: String
    let joinPrefix: String

    init(catalog: Catalog, base: CatalogTable, alias: String = Vocabulary.baseAlias, joinPrefix: String = "t") {
        self.catalog = catalog
        self.base = base
        self.baseAlias = alias
        self.joinPrefix = joinPrefix
    }

    /// Resolves a path written in `node`, reporting the segment that does not resolve.
    func resolve(_ path: String, at node: SyntaxNode, _ reader: SyntaxReader) -> ColumnReference? {
        let segments = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        var table = base
        var alias = baseAlias
        var walked: [String] = []
        var offset = 0
        for (index, segment) in segments.enumerated() {
            let location = Self.location(of: offset, in: node)
            defer { offset += segment.count + 1 }
            if index == segments.count - 1 {
                guard let column = table.column(segment) else {
                    let relationHint = table.foreignKey(segment).map { _ in "'\(segment)' is a relation: name one of its columns, e.g. '\(path).\(catalog.table(table.foreignKey(segment)!.referencedTable)?.columns.first?.name ?? "…")'" }
                    reader.emit(.error(.unknownColumn, "table '\(table.name)' has no column '\(segment)'", at: location,
                                       note: relationHint ?? Suggestion.note(for: segment, in: table.columns.map(\.name) + table.foreignKeys.map(\.name))))
                    return nil
                }
                return ColumnReference(alias: alias, table: table.name, column: column.name, type: column.type,
                                       nullable: column.nullable || alias != baseAlias, sensitivity: column.sensitivity, path: path)
            }
            guard let fk = table.foreignKey(segment), let target = catalog.table(fk.referencedTable) else {
                reader.emit(.error(.unknownRelation, "table '\(table.name)' has no relation '\(segment)'", at: location,
                                   note: Suggestion.note(for: segment, in: table.foreignKeys.map(\.name))
                                       ?? (table.foreignKeys.isEmpty ? "'\(table.name)' has no foreign keys" : "relations of '\(table.name)': \(table.foreignKeys.map(\.name).joined(separator: ", "))")))
                return nil
            }
            walked.append(segment)
            let key = walked.joined(separator: ".")
            if let existing = aliases[key] {
                alias = existing.alias
            } else {
                let newAlias = "\(joinPrefix)\(joins.count + 1)"
                joins.append(Join(alias: newAlias, table: target.name, fromAlias: alias,
                                  on: zip(fk.columns, fk.referencedColumns).map { ColumnPair(from: $0, to: $1) }, path: key))
                aliases[key] = (newAlias, target)
                alias = newAlias
            }
            table = target
        }
        return nil
    }

    /// The position of a character offset within a plain, single-line scalar; the scalar's own position otherwise.
    static func location(of offset: Int, in node: SyntaxNode) -> SourceLocation {
        guard let scalar = node.scalar, scalar.plain, !scalar.text.contains("\n") else { return node.location }
        var location = node.location
        location.column += offset
        return location
    }
}
