import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// `sanya catalog verify`: the catalog against the live database, each difference located at the line of the
/// catalog file that no longer says the truth — a nightly job's way to learn that the database changed under
/// the contracts before a unit does.
///
/// Errors are what breaks a contract (a table or column gone, a type the catalog's cannot hold, NULLs where the
/// catalog promises none, a primary key the database keys otherwise); warnings are promises the database does
/// not enforce (a unique key or a primary key it does not declare). A database column the catalog leaves out is
/// fine: the catalog lists what contracts may read, not everything there is.
public enum CatalogVerify {
    public static func diagnostics(_ catalog: Catalog, sources: [String: CatalogTableSource], against schema: DatabaseSchema) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let engine = schema.engine
        for table in catalog.tables {
            guard let source = sources[table.name] else { continue }
            let place = table.source
            guard let live = schema.tables.first(where: { $0.name == place.name && (place.schema == nil || $0.schema == place.schema) }) else {
                out.append(.error(.driftTable, "table '\(place.qualifiedName)' is not in the database", at: source.table,
                                  note: Suggestion.note(for: place.name, in: schema.tables.map(\.name)) ?? "it was dropped or renamed, or the login cannot see it"))
                continue
            }
            if table.isView != live.isView {
                out.append(.warning(.driftTable, "'\(place.qualifiedName)' is a \(live.isView ? "view" : "table") in the database; the catalog says a \(table.isView ? "view" : "table")",
                                    at: source.table, note: live.isView ? "write 'view: true': its key is the catalog's promise, no constraint keeps it" : "delete 'view: true'"))
            }
            for column in table.columns {
                guard let at = source.columns[column.name] else { continue }
                guard let found = live.column(column.sourceName) else {
                    out.append(.error(.driftColumn, "column '\(column.sourceName)' is not in the database's table '\(place.qualifiedName)'", at: at.location,
                                      note: Suggestion.note(for: column.sourceName, in: live.columns.map(\.name)) ?? renamedNote(table, live)))
                    continue
                }
                let reading = DatabaseTypeReading.reading(found.type, engine: engine)
                if reading.misfit(column.storedType, engine: engine) {
                    let spelled = reading.type.name == found.type.lowercased() ? reading.type.name : "\(reading.type.name) ('\(found.type)')"
                    out.append(.error(.driftType, "column '\(column.name)' is \(spelled) in the database, \(column.storedType) here", at: at.type,
                                      note: "write the database's type, or ask why it changed; contracts reading '\(table.name).\(column.name)' rely on it"))
                }
                if found.nullable && !column.nullable {
                    out.append(.error(.driftNullable, "column '\(column.name)' may be NULL in the database; the catalog says it never is", at: at.nullable ?? at.location,
                                      note: "add 'nullable: true' (the documents and the runtime then say it may be empty)"))
                }
            }
            // Keys are compared as the database names their columns.
            let declared = [live.primaryKey ?? []] + live.uniqueKeys
            func isDeclared(_ key: [String]) -> Bool { declared.contains { !$0.isEmpty && Set($0) == Set(key.map(place.column)) } }
            let keyAt = source.primaryKey ?? source.table
            if let primary = live.primaryKey, !primary.isEmpty, Set(primary) != Set(table.primaryKey.map(place.column)), !table.primaryKey.isEmpty {
                out.append(.error(.driftKey, "the database's primary key of '\(table.name)' is (\(primary.joined(separator: ", "))), here (\(table.primaryKey.joined(separator: ", ")))", at: keyAt,
                                  note: "a contract's rows, paging and relations rest on the key: write the database's"))
            } else if !table.primaryKey.isEmpty && !isDeclared(table.primaryKey) && !live.isView {
                out.append(.warning(.driftKey, "the database declares no key (\(table.primaryKey.joined(separator: ", "))) on '\(table.name)': nothing stops two rows from sharing it", at: keyAt,
                                    note: "ask the database's owners for a unique constraint, or make sure the key holds"))
            }
            // A view declares no key: the catalog's is its promise (`view: true` says so).
            for key in table.uniqueKeys where !isDeclared(key) && !live.isView {
                out.append(.warning(.driftKey, "the database declares no unique key (\(key.joined(separator: ", "))) on '\(table.name)': a relation through it may reach several rows", at: source.table,
                                    note: "ask the database's owners for a unique constraint, or remove the key from the catalog"))
            }
        }
        return out
    }

    /// For a column gone: the database's columns the catalog does not list, where a renamed one would be.
    static func renamedNote(_ table: CatalogTable, _ live: DatabaseSchema.Table) -> String {
        let listed = Set(table.columns.map(\.sourceName))
        let unlisted = live.columns.map(\.name).filter { !listed.contains($0) }
        guard !unlisted.isEmpty else { return "it was dropped or renamed" }
        let shown = unlisted.count > 8 ? unlisted.prefix(8).joined(separator: ", ") + " …" : unlisted.joined(separator: ", ")
        return "the database has, not in the catalog: \(shown)"
    }
}
