import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// Changes of the schema catalog, each naming every contract on the HEAD side (or BASE, for what HEAD no
/// longer has) that reads what changed.
struct CatalogDiff {
    let base: DiffSide
    let head: DiffSide

    func findings() -> [ChangeFinding] {
        var out: [ChangeFinding] = []
        let before = base.result.catalog, after = head.result.catalog
        let headFiles = Self.tableFiles(head), baseFiles = Self.tableFiles(base)
        // Contracts are looked up where they still read the table: BASE's contracts, as HEAD's may have been
        // changed along with the catalog.
        let readers = base.result.contracts.sorted { $0.id < $1.id }
        // What each contract reads, worked out once: the checks below ask it for every column of the catalog.
        let columnsRead = readers.map { Set($0.columnUses.map { "\($0.table).\($0.column)" }) }
        let tablesRead = readers.map(\.tablesRead)
        func parties(_ predicate: (Int) -> Bool) -> [ContractParty] {
            readers.indices.filter(predicate).map { ContractParty(readers[$0]) }
        }
        func level(_ parties: [ContractParty], _ serious: ChangeLevel = .error) -> ChangeLevel { parties.isEmpty ? .info : serious }
        func names(_ parties: [ContractParty]) -> String {
            parties.isEmpty ? "no contract reads it" : "read by " + parties.map(\.contract).joined(separator: ", ")
        }
        for table in before.tables {
            let baseLocator = SourceLocator(repository: base.root, file: baseFiles[table.name] ?? "Contracts/catalog/\(table.name).yaml")
            guard let now = after.table(table.name) else {
                let touched = parties { tablesRead[$0].contains(table.name) }
                out.append(ChangeFinding(.catalogTableRemoved, "table '\(table.name)' was removed from the catalog; \(names(touched))",
                                         parties: touched, at: baseLocator.at("table"), side: .base, level: level(touched)))
                continue
            }
            let locator = SourceLocator(repository: head.root, file: headFiles[table.name] ?? "Contracts/catalog/\(table.name).yaml")
            for column in table.columns {
                let touched = parties { columnsRead[$0].contains("\(table.name).\(column.name)") }
                guard let current = now.column(column.name) else {
                    out.append(ChangeFinding(.catalogColumnRemoved, "column '\(table.name).\(column.name)' was removed; \(names(touched))",
                                             parties: touched, at: baseLocator.catalogColumn(column.name), side: .base, level: level(touched)))
                    continue
                }
                if current.type != column.type {
                    out.append(ChangeFinding(.catalogColumnTypeChanged, "column '\(table.name).\(column.name)' changed from \(column.type.name) to \(current.type.name); \(names(touched))",
                                             parties: touched, at: locator.catalogColumn(column.name), level: level(touched)))
                }
                if current.sensitivity != column.sensitivity {
                    let raised = current.sensitivity > column.sensitivity
                    out.append(ChangeFinding(.catalogSensitivityChanged,
                                             "column '\(table.name).\(column.name)' is now \(current.sensitivity.rawValue) (was \(column.sensitivity.rawValue)); \(names(touched))",
                                             parties: touched, at: locator.catalogColumn(column.name), level: level(touched, raised ? .error : .warning)))
                }
            }
            for relation in table.foreignKeys {
                let touched = parties { index in readers[index].query.joins.contains { join in
                    join.table == relation.referencedTable && Self.lastRelation(join.path) == relation.name
                } }
                if let current = now.foreignKey(relation.name) {
                    if current.columns != relation.columns || current.referencedTable != relation.referencedTable || current.referencedColumns != relation.referencedColumns {
                        out.append(ChangeFinding(.catalogRelationChanged,
                                                 "relation '\(table.name).\(relation.name)' now joins \(current.columns.joined(separator: ", ")) → \(current.referencedTable) (was \(relation.columns.joined(separator: ", ")) → \(relation.referencedTable)); \(names(touched))",
                                                 parties: touched, at: locator.catalogRelation(relation.name), level: level(touched)))
                    }
                } else {
                    out.append(ChangeFinding(.catalogRelationChanged, "relation '\(table.name).\(relation.name)' was removed; \(names(touched))",
                                             parties: touched, at: baseLocator.catalogRelation(relation.name), side: .base, level: level(touched)))
                }
            }
        }
        return out
    }

    static func lastRelation(_ path: String) -> String {
        path.split(separator: ".").last.map(String.init) ?? path
    }

    /// Which catalog file describes each table.
    static func tableFiles(_ side: DiffSide) -> [String: String] {
        let project = Project(root: side.root)
        var files: [String: String] = [:]
        for url in project.yamlFiles(under: project.catalogDirectory) {
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if let line = text.split(separator: "\n").first(where: { $0.hasPrefix("table:") }) {
                files[line.dropFirst("table:".count).trimmingCharacters(in: .whitespaces)] = project.display(url)
            }
        }
        return files
    }
}
