import ArgumentParser
import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaGovernance
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya catalog`: the catalog and the registrar's real database.
    struct CatalogCommands: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog",
            abstract: "Write the catalog from a database (import), and check it against the database (verify).",
            subcommands: [Import.self, Verify.self]
        )
    }
}

/// The database and what of it to read, shared by import and verify.
struct SchemaOptions: ParsableArguments {
    @Option(name: .long, help: "The database: a SQLite file, postgres://user:password@host:port/db or mariadb://user:password@host:port/db. A read-only login is enough.")
    var database: String

    @Option(name: .long, help: "A PostgreSQL schema (default public) or MariaDB database (default the URL's) to read; repeat for several.")
    var schema: [String] = []

    @Option(name: .long, help: "Only this table; repeat for several (default: every table and view).")
    var table: [String] = []

    /// - Parameter placed: the schemas a catalog places its tables in, read besides the default when no `--schema` is given.
    func read(placed: Set<String> = []) async throws -> DatabaseSchema {
        do {
            if schema.isEmpty && !placed.isEmpty {
                return try await SchemaReader.read(database, schemas: placed.sorted(), tables: table, withDefault: true)
            }
            return try await SchemaReader.read(database, schemas: schema, tables: table)
        } catch {
            printError("error: cannot read the schema of \(PostgresRegistrar.redact(database)): \(error)\n")
            throw ExitCode(2)
        }
    }

    /// Where the schema came from, for the files' header: the engine and database, never a password.
    var origin: String {
        if Vocabulary.isPostgresURL(database) || Vocabulary.isMariaDBURL(database),
           var components = URLComponents(string: database) {
            components.password = nil
            components.user = nil
            components.query = nil
            let schemas = schema.isEmpty ? "" : " (schema \(schema.joined(separator: ", ")))"
            return (components.string ?? "the database") + schemas
        }
        return URL(fileURLWithPath: database).lastPathComponent
    }
}

extension Sanya.CatalogCommands {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write one catalog file per table of a database, proposing what the database cannot say.",
            discussion: """
            Types, nullability, primary and unique keys, foreign keys (composite ones in the key's order) and \
            comments come from the database. What it cannot say is proposed with a 'review:' note that sanya check \
            reports as CATALOG_UNCONFIRMED until a person deletes it: each column's PDPA class (guessed from names), \
            a key for a table without one, links for *_id columns no constraint declares, names for two relations \
            reaching one table, approximate types. Run again after the database changes: what staff wrote is kept, \
            what changed is listed, and only changed tables' files are rewritten. Exit status: 0 written, 2 usage \
            error or unreadable database.
            """
        )

        @OptionGroup var source: SchemaOptions
        @OptionGroup var repository: RepositoryOptions

        @Option(name: [.customShort("o"), .long], help: "The catalog folder to write (default: Contracts/catalog of the repository here, else ./Contracts/catalog).")
        var output: String?

        @Flag(name: .long, help: "Say what would be written and changed, and write nothing.")
        var dryRun = false

        func run() async throws {
            let fm = FileManager.default
            let here = URL(fileURLWithPath: fm.currentDirectoryPath)
            let folder: URL
            if let output {
                folder = URL(fileURLWithPath: output, relativeTo: here).standardizedFileURL
            } else if let project = try? repository.project() {
                folder = project.catalogDirectory
            } else {
                folder = here.appendingPathComponent("Contracts/catalog")
            }
            let started = ContinuousClock.now
            printError("reading the schema of \(source.origin)…\n")
            let schema = try await source.read()
            printError("\(schema.tables.count) table(s) and view(s), \(schema.tables.map(\.columns.count).reduce(0, +)) columns, \(schema.tables.map(\.foreignKeys.count).reduce(0, +)) foreign keys read in \(started.duration(to: .now).formatted(.units(allowed: [.seconds, .milliseconds], width: .narrow)))\n")
            let project = Project(root: folder.deletingLastPathComponent().deletingLastPathComponent(), catalogDirectory: folder)
            let (existing, _, sources) = fm.fileExists(atPath: folder.path) ? project.catalogWithSources() : (Catalog(tables: []), [], [:])
            // Generated SQL names each table's schema, never leaving it to a login's search_path: always on PostgreSQL,
            // on MariaDB when a database other than the URL's was asked for.
            let qualifies = schema.engine == .postgres || !source.schema.isEmpty
            let result = CatalogImport(schema: schema, existing: existing, sources: sources, origin: source.origin, qualifies: qualifies).run()
            for line in result.skipped { printError("skipped: \(line)\n") }
            for line in result.changes { print(line) }
            if !dryRun {
                try fm.createDirectory(at: folder, withIntermediateDirectories: true)
                for (index, file) in result.files.enumerated() {
                    try Data(file.text.utf8).write(to: folder.appendingPathComponent(file.name), options: .atomic)
                    if result.files.count >= 20 && (index + 1) % 20 == 0 { printError("written \(index + 1) of \(result.files.count) files\n") }
                }
            }
            let new = result.files.filter(\.isNew).count
            let verb = dryRun ? "would write" : "wrote"
            printError("""
                \(verb) \(result.files.count) file(s) in \(project.display(folder))/: \(new) new, \(result.files.count - new) changed; \(result.unchanged.count) unchanged; \
                \(result.proposals) review note(s) to confirm (sanya check lists them as CATALOG_UNCONFIRMED)\n
                """)
        }
    }

    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check every catalog table, column, type, nullability and key against the live database.",
            discussion: """
            Prints each difference at the catalog line it concerns: path:line:col: error|warning: message [CODE]. \
            Errors (DRIFT_TABLE, DRIFT_COLUMN, DRIFT_TYPE, DRIFT_NULLABLE, DRIFT_KEY) break contracts; warnings \
            are keys the database does not enforce. Fit for a nightly CI job. Exit status: 0 clean, 1 errors found, \
            2 usage error or unreadable database.
            """
        )

        @OptionGroup var source: SchemaOptions
        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "Output form: text, json, sarif or junit.")
        var format: DiagnosticFormat = .text

        func run() async throws {
            let project = try repository.project()
            let (catalog, catalogDiagnostics, sources) = project.catalogWithSources()
            let schema = try await source.read(placed: Set(catalog.tables.compactMap(\.schema)))
            let subset = source.table.isEmpty ? catalog : Catalog(tables: catalog.tables.filter { source.table.contains($0.name) })
            let findings = catalogDiagnostics.filter { $0.severity == .error && $0.code != .catalogUnconfirmed }
                + CatalogVerify.diagnostics(subset, sources: sources, against: schema)
            let report = DiagnosticReport(diagnostics: findings.sorted(), files: sources.values.map(\.file).sorted())
            let output = report.render(format)
            if format == .text { printError(output) } else { print(output, terminator: "") }
            if findings.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        }
    }
}
