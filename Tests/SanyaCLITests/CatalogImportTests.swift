import Foundation
import SanyaFrontend
import SanyaModel
import SanyaTestSupport
import Testing

/// `sanya catalog import` and `sanya catalog verify` against databases the tests build, and against RosarioSIS, a
/// real open-source student information system's schema (Tests/Fixtures/real-schemas/rosariosis, GPL v2, with its
/// origin), on PostgreSQL and MariaDB.
@Suite("sanya catalog import and verify")
struct CatalogImportTests {
    static let rosario = Repository.root.appendingPathComponent("Tests/Fixtures/real-schemas/rosariosis")

    /// A repository folder with an empty Contracts/ (the catalog is what the test imports).
    static func emptyRepository(_ label: String) throws -> URL {
        let root = Repository.temporaryDirectory(label)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Contracts"), withIntermediateDirectories: true)
        return root
    }

    static func catalogFile(_ root: URL, _ table: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent("Contracts/catalog/\(table).yaml"), encoding: .utf8)
    }

    /// What a person does after checking each proposal: deletes the review notes, and writes a key where the
    /// database had none.
    static func confirm(_ root: URL, keys: [String: [String]] = [:]) throws {
        let folder = root.appendingPathComponent("Contracts/catalog")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".yaml") {
            let url = folder.appendingPathComponent(name)
            var kept: [String] = []
            var inReviewList = false
            for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.drop { $0 == " " }
                if inReviewList && trimmed.hasPrefix("- \"") { continue }
                inReviewList = trimmed == "review:"
                if trimmed.hasPrefix("review:") { continue }
                kept.append(String(line))
                if line.hasPrefix("table: "), let key = keys[String(line.dropFirst(7))] {
                    kept.append("primary_key: [\(key.joined(separator: ", "))]")
                }
            }
            try kept.joined(separator: "\n").write(to: url, atomically: true, encoding: .utf8)
        }
    }

    /// An approved export contract (csv, excel, json) with the given `data:` section, written into the repository.
    static func writeContract(_ id: String, data: String, in root: URL) throws {
        var contract = try String(contentsOf: Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rosario/rosario-boys.yaml"), encoding: .utf8)
        contract = contract.replacingOccurrences(of: "contract: rosario-boys", with: "contract: \(id)")
            .replacingOccurrences(of: "formats: [csv, excel]", with: "formats: [csv, excel, json]")
        let start = contract.range(of: "data:\n")!.lowerBound, protection = contract.range(of: "protection:\n")!.lowerBound
        contract.replaceSubrange(start..<protection, with: data)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Contracts/unit"), withIntermediateDirectories: true)
        try contract.write(to: root.appendingPathComponent("Contracts/unit/\(id).yaml"), atomically: true, encoding: .utf8)
    }

    /// Exports `contract` in each format from `database`; the files' texts (the workbook's first sheet's values as JSON, read by openpyxl).
    static func exports(_ contract: String, from database: String, in root: URL) throws -> (json: String, csv: String, xlsx: String) {
        var texts: [String] = []
        for format in ["json", "csv", "excel"] {
            let file = root.appendingPathComponent("\(contract).\(format == "excel" ? "xlsx" : format)").path
            let export = try SanyaBinary.run(["export", contract, "--format", format, "-o", file, "--database", database,
                                              "--state", root.appendingPathComponent("state.sqlite").path], in: root)
            #expect(export.status == 0, Comment(rawValue: export.error))
            if format == "excel" {
                let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", """
                    import json, sys, openpyxl
                    ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]
                    def cell(v):
                        if isinstance(v, float): return repr(v)
                        if isinstance(v, str): return "text:" + v
                        if v is None or isinstance(v, (bool, int)): return v
                        return "value:" + str(v)
                    print(json.dumps([[cell(c.value) for c in r] for r in ws.iter_rows()]))
                    """, file])
                #expect(read.status == 0, Comment(rawValue: read.error))
                texts.append(read.output)
            } else {
                texts.append((try? String(contentsOf: URL(fileURLWithPath: file), encoding: .utf8)) ?? "")
            }
        }
        return (texts[0], texts[1], texts[2])
    }

    static func sqlite(_ database: String, _ sql: String) throws {
        let result = try Snapshot.run("/usr/bin/sqlite3", [database, sql])
        guard result.status == 0 else { throw TestDatabaseError("sqlite3: \(result.error)") }
    }

    // MARK: - SQLite

    /// What real schemas have: a key without a constraint, a composite key referenced in another order, two
    /// relations to one table, `*_id` columns no constraint declares, a table with no key, a view, CHAR(n),
    /// a bare NUMERIC, a column with no declared type.
    static let handBuilt = """
        CREATE TABLE person (id INTEGER PRIMARY KEY, national_id VARCHAR(13) NOT NULL UNIQUE, first_name VARCHAR(80) NOT NULL,
          email VARCHAR(120), religion TEXT, birth_date DATE, gpax NUMERIC);
        CREATE TABLE course (code CHAR(8) PRIMARY KEY, title TEXT NOT NULL, credits INTEGER NOT NULL);
        CREATE TABLE term (year INTEGER NOT NULL, semester INTEGER NOT NULL, starts DATE NOT NULL, PRIMARY KEY (year, semester));
        CREATE TABLE offering (id INTEGER PRIMARY KEY, course_code CHAR(8) NOT NULL REFERENCES course, year INTEGER NOT NULL,
          semester INTEGER NOT NULL, instructor_id INTEGER REFERENCES person(id), advisor_id INTEGER REFERENCES person(id),
          FOREIGN KEY (semester, year) REFERENCES term (semester, year));
        CREATE TABLE visit_log (at TIMESTAMP NOT NULL, person_id INTEGER NOT NULL, note);
        CREATE TABLE badge (serial VARCHAR(20) NOT NULL, person_id INTEGER NOT NULL, "IssuedOn" DATE, "Card Colour" VARCHAR(10), lost INTEGER);
        CREATE UNIQUE INDEX badge_serial ON badge (serial);
        CREATE VIEW people AS SELECT id, first_name FROM person;
        CREATE TABLE pass (serial TEXT PRIMARY KEY, holder_id INTEGER NOT NULL REFERENCES people (id));
        """

    @Test("a SQLite schema with what real ones have: one file per table, proposals marked where the database is silent, check clean once confirmed")
    func sqliteImport() throws {
        let root = try Self.emptyRepository("catalog-import")
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("source.sqlite").path
        try Self.sqlite(database, Self.handBuilt)
        let imported = try SanyaBinary.run(["catalog", "import", "--database", database], in: root)
        #expect(imported.status == 0, Comment(rawValue: imported.error))
        #expect(imported.output.contains("new table 'offering' (6 columns)"), Comment(rawValue: imported.output))
        #expect(imported.error.contains("wrote 8 file(s) in Contracts/catalog/: 8 new, 0 changed; 0 unchanged;"), Comment(rawValue: imported.error))

        let person = try Self.catalogFile(root, "person")
        #expect(person.contains("primary_key: [id]\nunique:\n  - [national_id]\n"), Comment(rawValue: person))
        #expect(person.contains("  - name: national_id\n    type: varchar(13)\n    sensitivity: personal\n    identifier: true\n    review: \"class 'personal' and identifier guessed from 'national_id'"), Comment(rawValue: person))
        #expect(person.contains("  - name: religion\n    type: text\n    nullable: true\n    sensitivity: sensitive\n"), Comment(rawValue: person))
        #expect(person.contains("  - name: gpax\n    type: numeric\n    nullable: true\n"), Comment(rawValue: person))
        let offering = try Self.catalogFile(root, "offering")
        // The composite key in the parent's order, its pairs kept; CHAR(n) catalogued as char(n), served without its padding.
        #expect(offering.contains("    columns: [year, semester]\n    references: { table: term, columns: [year, semester] }"), Comment(rawValue: offering))
        #expect(offering.contains("  - name: course_code\n    type: char(8)\n"), Comment(rawValue: offering))
        // Two relations reach person: named from their columns, for a person to rename.
        #expect(offering.contains("  - name: instructor\n    columns: [instructor_id]\n    references: { table: person, columns: [id] }\n    review: \"more than one relation reaches 'person'"), Comment(rawValue: offering))
        #expect(offering.contains("  - name: advisor\n    columns: [advisor_id]"), Comment(rawValue: offering))
        let log = try Self.catalogFile(root, "visit_log")
        #expect(!log.contains("\nprimary_key:"), Comment(rawValue: log))
        #expect(log.contains("the database declares no primary key and no unique key over NOT NULL columns"), Comment(rawValue: log))
        #expect(log.contains("  - name: person\n    columns: [person_id]\n    references: { table: person, columns: [id] }\n    review: \"the database declares no foreign key here"), Comment(rawValue: log))
        #expect(log.contains("  - name: note\n    type: text\n    nullable: true\n    sensitivity: internal\n    review: \"the column declares no type: read as text\""), Comment(rawValue: log))
        let badge = try Self.catalogFile(root, "badge")
        #expect(badge.contains("primary_key: [serial]\n"), Comment(rawValue: badge))
        #expect(badge.contains("proposed from its unique key (serial)"), Comment(rawValue: badge))
        // Names that are not lower-case identifiers: catalogued under one made from them, the database's kept.
        #expect(badge.contains("  - name: issued_on\n    database_name: \"IssuedOn\"\n    type: date\n"), Comment(rawValue: badge))
        #expect(badge.contains("  - name: card_colour\n    database_name: \"Card Colour\"\n") && badge.contains("the database names it 'Card Colour'"), Comment(rawValue: badge))
        #expect(try Self.catalogFile(root, "people").contains("table: people\nview: true\nreview:\n  - \"a view in the database"))
        // A foreign key that reaches a view: kept, and followed once the view's key is confirmed.
        #expect(try Self.catalogFile(root, "pass").contains("  - name: people\n    columns: [holder_id]\n    references: { table: people, columns: [id] }\n"))

        // Every proposal is an error of sanya check at its line until a person confirms it.
        let unconfirmed = try SanyaBinary.run(["check"], in: root)
        #expect(unconfirmed.status == 1)
        let line = person.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("review: \"class 'personal' and identifier guessed from 'national_id'") }! + 1
        #expect(unconfirmed.error.contains("Contracts/catalog/person.yaml:\(line):13: error: not yet confirmed: class 'personal' and identifier guessed from 'national_id' in the name: confirm [CATALOG_UNCONFIRMED]"),
                Comment(rawValue: unconfirmed.error))
        let errors = unconfirmed.error.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.allSatisfy { $0.hasSuffix("[CATALOG_UNCONFIRMED]") || $0.hasSuffix("[CATALOG_NO_PRIMARY_KEY]") }, Comment(rawValue: errors.joined(separator: "\n")))

        try Self.confirm(root, keys: ["visit_log": ["at", "person_id"], "people": ["id"]])
        let confirmed = try SanyaBinary.run(["check"], in: root)
        #expect(confirmed.status == 0, Comment(rawValue: confirmed.error))
        let built = try SanyaBinary.run(["build"], in: root)
        #expect(built.status == 0, Comment(rawValue: built.error))
        let verified = try SanyaBinary.run(["catalog", "verify", "--database", database], in: root)
        #expect(verified.status == 0, Comment(rawValue: verified.error))
        #expect(verified.error.contains("0 error(s)") && !verified.error.contains("people.yaml"), "a view is not asked for the key it cannot declare: \(verified.error)")

        // A contract reads the renamed columns by the catalog's names; the SQL reads the database's.
        try Self.sqlite(database, "INSERT INTO badge VALUES ('B-1', 1, '2026-05-01', 'red', 1), ('B-2', 1, NULL, 'blue', 0), ('B-3', 1, NULL, 'red', 2)")
        // A 1/0 flag declared a boolean; 2 is neither, so NULL.
        let badgeFile = root.appendingPathComponent("Contracts/catalog/badge.yaml")
        let confirmedBadge = try String(contentsOf: badgeFile, encoding: .utf8)
        #expect(confirmedBadge.contains("  - name: lost\n    type: integer\n"), Comment(rawValue: confirmedBadge))
        try confirmedBadge.replacingOccurrences(of: "  - name: lost\n    type: integer\n", with: "  - name: lost\n    type: boolean\n    true_value: \"1\"\n    false_value: \"0\"\n")
            .write(to: badgeFile, atomically: true, encoding: .utf8)
        try Self.writeContract("red-badges", data: """
            data:
              from: badge
              fields: [serial, issued_on, card_colour, lost]
              where:
                - { column: card_colour, equals: red }

            """, in: root)
        let rebuilt = try SanyaBinary.run(["build"], in: root)
        #expect(rebuilt.status == 0, Comment(rawValue: rebuilt.error))
        let csv = root.appendingPathComponent("red.csv").path
        let export = try SanyaBinary.run(["export", "red-badges", "--format", "csv", "-o", csv, "--database", database,
                                          "--state", root.appendingPathComponent("state.sqlite").path], in: root)
        #expect(export.status == 0, Comment(rawValue: export.error))
        let rows = try String(contentsOf: URL(fileURLWithPath: csv), encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows == ["serial,issued_on,card_colour,lost", "B-1,2026-05-01,red,true", "B-3,,red,"], "\(rows)")
        // Through the relation that reaches the view.
        try Self.sqlite(database, "INSERT INTO person (id, national_id, first_name) VALUES (7, '1100700000007', 'Malee'); INSERT INTO pass VALUES ('P-1', 7)")
        try Self.writeContract("passes", data: """
            data:
              from: pass
              fields: [serial, { name: holder, column: people.first_name }]

            """, in: root)
        #expect(try SanyaBinary.run(["build"], in: root).status == 0)
        let (_, passes, _) = try Self.exports("passes", from: database, in: root)
        #expect(passes == "serial,holder\r\nP-1,Malee\r\n", Comment(rawValue: passes))
        let flagVerified = try SanyaBinary.run(["catalog", "verify", "--database", database], in: root)
        #expect(flagVerified.status == 0, Comment(rawValue: flagVerified.error))
    }

    @Test("re-import keeps what staff wrote, reports what changed in the database, and rewrites only changed tables")
    func sqliteReimport() throws {
        let root = try Self.emptyRepository("catalog-reimport")
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("source.sqlite").path
        try Self.sqlite(database, Self.handBuilt)
        #expect(try SanyaBinary.run(["catalog", "import", "--database", database], in: root).status == 0)
        try Self.confirm(root, keys: ["visit_log": ["at", "person_id"], "people": ["id"]])
        // Staff: descriptions in Thai and English, a class lowered, the relation renamed, a comment of their own.
        let folder = root.appendingPathComponent("Contracts/catalog")
        var person = try Self.catalogFile(root, "person")
        person = person.replacingOccurrences(of: "table: person\n", with: "table: person\ndescription: { en: \"People of the institute\", th: \"บุคคล\" }\n")
            .replacingOccurrences(of: "  - name: gpax\n    type: numeric\n", with: "  - name: gpax\n    type: numeric(3,2)\n")
        try person.write(to: folder.appendingPathComponent("person.yaml"), atomically: true, encoding: .utf8)
        var offering = try Self.catalogFile(root, "offering")
        offering = offering.replacingOccurrences(of: "  - name: advisor\n", with: "  - name: adviser\n")
        try offering.write(to: folder.appendingPathComponent("offering.yaml"), atomically: true, encoding: .utf8)
        let course = try Self.catalogFile(root, "course") + "# checked with the faculty office, 2026-12-01\n"
        try course.write(to: folder.appendingPathComponent("course.yaml"), atomically: true, encoding: .utf8)
        #expect(try SanyaBinary.run(["check"], in: root).status == 0)

        // The database changes: a column added, one dropped, one widened.
        try Self.sqlite(database, """
            ALTER TABLE person ADD COLUMN phone VARCHAR(20);
            ALTER TABLE person DROP COLUMN religion;
            ALTER TABLE offering ADD COLUMN room VARCHAR(10);
            """)
        let again = try SanyaBinary.run(["catalog", "import", "--database", database], in: root)
        #expect(again.status == 0, Comment(rawValue: again.error))
        #expect(again.output == """
            offering: new column 'room' (varchar(10))
            person: new column 'phone' (varchar(20))
            person: column 'religion' is no longer in the database: removed from the catalog

            """, Comment(rawValue: again.output))
        #expect(again.error.contains("wrote 2 file(s) in Contracts/catalog/: 0 new, 2 changed; 6 unchanged;"), Comment(rawValue: again.error))
        let merged = try Self.catalogFile(root, "person")
        #expect(merged.contains("description:\n  en: \"People of the institute\"\n  th: \"บุคคล\"\n"), Comment(rawValue: merged))
        #expect(merged.contains("  - name: gpax\n    type: numeric(3,2)\n"), "a scale staff chose for a bare NUMERIC is kept")
        #expect(merged.contains("  - name: phone\n    type: varchar(20)\n    nullable: true\n    sensitivity: personal\n    identifier: true\n    review: "), Comment(rawValue: merged))
        #expect(!merged.contains("religion"))
        #expect(!merged.contains("national_id\n    type: varchar(13)\n    sensitivity: personal\n    identifier: true\n    review"), "confirmed entries are not proposed again")
        #expect(try Self.catalogFile(root, "offering").contains("  - name: adviser\n    columns: [advisor_id]\n"))
        #expect(try Self.catalogFile(root, "course").hasSuffix("# checked with the faculty office, 2026-12-01\n"), "an unchanged table's file is not rewritten")
        let check = try SanyaBinary.run(["check"], in: root)
        let open = check.error.split(separator: "\n").filter { $0.contains(": error: ") }
        // Only the new columns' classes wait for a person: the phone's guess, and the room's 'internal'.
        #expect(open.count == 2, Comment(rawValue: check.error))
        #expect(open.contains { $0.contains("person.yaml") && $0.contains("'phone'") } && open.contains { $0.contains("offering.yaml") && $0.contains("room") }, Comment(rawValue: check.error))
        let dry = try SanyaBinary.run(["catalog", "import", "--database", database, "--dry-run"], in: root)
        #expect(dry.status == 0 && dry.output.isEmpty && dry.error.contains("would write 0 file(s)"), Comment(rawValue: dry.error))
    }

    @Test("the tests' registrar imported onto its own catalog changes nothing; imported afresh it has the same tables, keys and relations")
    func registrarRoundTrip() throws {
        let repository = try DeliveryRepository.make(contracts: [])
        defer { try? FileManager.default.removeItem(at: repository.root) }
        let onto = try SanyaBinary.run(["catalog", "import", "--database", repository.database], in: repository.root)
        #expect(onto.status == 0, Comment(rawValue: onto.error))
        #expect(onto.output.isEmpty, Comment(rawValue: onto.output))
        #expect(onto.error.contains(" 0 review note(s)"), Comment(rawValue: onto.error))
        #expect(onto.error.contains("wrote 0 file(s)"), Comment(rawValue: onto.error))
        let verified = try SanyaBinary.run(["catalog", "verify", "--database", repository.database, "--format", "json"], in: repository.root)
        #expect(verified.status == 0, Comment(rawValue: verified.error + verified.output))

        let fresh = try Self.emptyRepository("catalog-fresh")
        defer { try? FileManager.default.removeItem(at: fresh) }
        #expect(try SanyaBinary.run(["catalog", "import", "--database", repository.database], in: fresh).status == 0)
        let (expected, _, _) = Project(root: repository.root).catalogWithSources()
        let (imported, _, _) = Project(root: fresh).catalogWithSources()
        #expect(imported.tables.map(\.name) == expected.tables.map(\.name))
        for table in expected.tables {
            guard let other = imported.table(table.name) else { continue }
            #expect(other.columns.map(\.name) == table.columns.map(\.name), "\(table.name)")
            #expect(other.columns.map(\.type.kind) == table.columns.map(\.type.kind), "\(table.name)")
            #expect(other.columns.map(\.nullable) == table.columns.map(\.nullable), "\(table.name)")
            #expect(other.primaryKey == table.primaryKey, "\(table.name)")
            #expect(Set(other.uniqueKeys) == Set(table.uniqueKeys), "\(table.name)")
            let links = { (t: CatalogTable) in Set(t.foreignKeys.map { "\($0.columns)→\($0.referencedTable)\($0.referencedColumns)" }) }
            #expect(links(other) == links(table), "\(table.name)")
        }
    }

    @Test("verify: every difference located at the catalog line it concerns, with text, JSON and SARIF output and check's exit status")
    func sqliteVerify() throws {
        let repository = try DeliveryRepository.make(contracts: [])
        defer { try? FileManager.default.removeItem(at: repository.root) }
        try Self.sqlite(repository.database, """
            ALTER TABLE student RENAME COLUMN email TO email_address;
            DROP TABLE scholarship_award;
            """)
        let result = try SanyaBinary.run(["catalog", "verify", "--database", repository.database], in: repository.root)
        #expect(result.status == 1)
        let student = try Self.catalogFile(repository.root, "student").split(separator: "\n", omittingEmptySubsequences: false)
        let line = student.firstIndex { $0 == "  - name: email" }! + 1
        #expect(result.error.contains("Contracts/catalog/student.yaml:\(line):5: error: column 'email' is not in the database's table 'student' [DRIFT_COLUMN]"), Comment(rawValue: result.error))
        #expect(result.error.contains("note: the database has, not in the catalog: email_address"), Comment(rawValue: result.error))
        #expect(result.error.contains("Contracts/catalog/scholarship_award.yaml:2:8: error: table 'scholarship_award' is not in the database [DRIFT_TABLE]"), Comment(rawValue: result.error))
        let json = try SanyaBinary.run(["catalog", "verify", "--database", repository.database, "--format", "json"], in: repository.root)
        #expect(json.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
        let codes = ((object?["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        #expect(Set(codes) == ["DRIFT_COLUMN", "DRIFT_TABLE"], Comment(rawValue: json.output))
        let sarif = try SanyaBinary.run(["catalog", "verify", "--database", repository.database, "--format", "sarif"], in: repository.root)
        #expect(sarif.status == 1 && sarif.output.contains("\"ruleId\" : \"DRIFT_COLUMN\"") || sarif.output.contains("\"ruleId\":\"DRIFT_COLUMN\""), Comment(rawValue: sarif.output))
        let unreadable = try SanyaBinary.run(["catalog", "verify", "--database", repository.root.appendingPathComponent("nowhere.sqlite").path], in: repository.root)
        #expect(unreadable.status == 2 && unreadable.error.contains("error: cannot read the schema of"), Comment(rawValue: unreadable.error))
    }

    // MARK: - A real schema: RosarioSIS on PostgreSQL and MariaDB

    /// The keys a registrar's staff would write for RosarioSIS's tables and views that declare none.
    static let rosarioKeys: [String: [String]] = [
        "access_log": ["syear", "username", "login_time"], "config": ["school_id", "title"],
        "course_details": ["course_period_id", "marking_period_id"], "dual": ["dummy"],
        "eligibility": ["student_id", "school_date", "period_id"], "enroll_grade": ["id"], "marking_periods": ["marking_period_id"],
        "program_config": ["syear", "school_id", "program", "title"], "program_user_config": ["user_id", "program", "title"],
        "schedule": ["syear", "school_id", "student_id", "course_period_id", "start_date"],
        "student_eligibility_activities": ["syear", "student_id", "activity_id"],
        "transcript_grades": ["student_id", "marking_period_id", "course_title"],
    ]

    /// Imports, checks that each foreign key the database declares is in the catalog, confirms, then check,
    /// build and verify clean.
    static func importRosario(_ url: String, schema: String? = nil, declaredForeignKeys: [(table: String, columns: Set<String>, references: String)], in root: URL) throws {
        let started = ContinuousClock.now
        let imported = try SanyaBinary.run(["catalog", "import", "--database", url] + (schema.map { ["--schema", $0] } ?? []), in: root)
        #expect(imported.status == 0, Comment(rawValue: imported.error))
        #expect(started.duration(to: .now) < .seconds(60), "a hundred tables take seconds, not minutes")
        #expect(imported.error.contains("written 80 of"), "progress on a large schema")
        let (catalog, _, _) = Project(root: root).catalogWithSources()
        #expect(catalog.tables.count >= 94, "RosarioSIS's 94 tables and its views")
        #expect(declaredForeignKeys.count == 100)
        for key in declaredForeignKeys {
            let found = catalog.table(key.table)?.foreignKeys.contains { Set($0.columns) == key.columns && $0.referencedTable == key.references } ?? false
            #expect(found, "\(key.table)(\(key.columns.sorted())) → \(key.references)")
        }
        #expect(declaredForeignKeys.filter { $0.columns.count > 1 }.count >= 30, "its composite foreign keys")
        let students = try catalogFile(root, "students")
        #expect(students.contains("  - name: custom_200000000\n"), Comment(rawValue: students))
        // (`dual` is a view of the PostgreSQL edition only.)
        for (table, _) in rosarioKeys where catalog.table(table) != nil {
            #expect(try catalogFile(root, table).contains("no primary key"), "\(table) is asked for a key")
        }
        try confirm(root, keys: rosarioKeys)
        let check = try SanyaBinary.run(["check"], in: root)
        #expect(check.status == 0, Comment(rawValue: check.error.split(separator: "\n").filter { $0.contains("error:") }.prefix(20).joined(separator: "\n")))
        let build = try SanyaBinary.run(["build"], in: root)
        #expect(build.status == 0, Comment(rawValue: build.error))
        let verify = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(verify.status == 0, Comment(rawValue: verify.error))
    }

    static let genderCodes = """
            codes:
              - { code: "Male", name: male, en: "Male", th: "ชาย" }
              - { code: "Female", name: female, en: "Female", th: "หญิง" }

        """

    /// What the registrar's staff do next on the imported RosarioSIS: say what the gender codes mean and name the
    /// students in Thai, write a contract that filters by a code's name, export it with real rows from the
    /// database, and answer a student's right of access through the data subject the import proposed.
    static func serveRosario(_ url: String, psql: (String) throws -> Void, in root: URL) async throws {
        var students = try catalogFile(root, "students")
        #expect(students.contains("data_subject:\n  key: student_id\n  name: { en: \"student\" }\n"), Comment(rawValue: String(students.prefix(800))))
        #expect(try catalogFile(root, "staff").contains("data_subject:\n  key: staff_id\n"))
        students = students.replacingOccurrences(of: "  name: { en: \"student\" }\n", with: "  name: { en: \"student\", th: \"นักเรียน\" }\n")
        students = students.replacingOccurrences(of: "    description: { en: \"Gender\" }\n", with: "    description: { en: \"Gender\" }\n" + genderCodes)
        // The database calls it custom_200000000; the catalog, the contract and every output call it gender.
        students = students.replacingOccurrences(of: "  - name: custom_200000000\n", with: "  - name: gender\n    database_name: \"custom_200000000\"\n")
        try students.write(to: root.appendingPathComponent("Contracts/catalog/students.yaml"), atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Contracts/sports"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rosario/rosario-boys.yaml"),
                                         to: root.appendingPathComponent("Contracts/sports/rosario-boys.yaml"))
        let build = try SanyaBinary.run(["build"], in: root)
        #expect(build.status == 0, Comment(rawValue: build.error.split(separator: "\n").filter { $0.contains("error") }.joined(separator: "\n")))
        let view = try String(contentsOf: root.appendingPathComponent("Generated/sql/postgres/views/rosario-boys.sql"), encoding: .utf8)
        #expect(view.contains("'Male'"), "the code's name 'male' stands for the code 'Male' in the query: \(view)")
        #expect(view.contains("FROM \"rosario\".\"students\" AS \"t0\"") && view.contains("\"t0\".\"custom_200000000\" AS \"gender\""),
                "the view names the schema and the database's column, under the catalog's name: \(view)")
        let page = try String(contentsOf: root.appendingPathComponent("Generated/docs/contracts/rosario-boys.md"), encoding: .utf8)
        #expect(page.contains("codes: Male Male · Female Female") && page.contains("รหัส: Male ชาย · Female หญิง"), Comment(rawValue: page))

        try psql("""
            INSERT INTO students (last_name, first_name, custom_200000000) VALUES ('Sukjai', 'Malee', 'Female'), ('Rakdee', 'Somchai', 'Male')
            """)
        let state = root.appendingPathComponent("state.sqlite").path
        let csv = root.appendingPathComponent("boys.csv").path
        let export = try SanyaBinary.run(["export", "rosario-boys", "--format", "csv", "-o", csv, "--database", url, "--state", state], in: root)
        #expect(export.status == 0, Comment(rawValue: export.error))
        let rows = try String(contentsOf: URL(fileURLWithPath: csv), encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows == ["student_id,first_name,last_name,gender", "1,Student,Student,Male", "3,Somchai,Rakdee,Male"], "only the rows whose code is 'Male': \(rows)")

        // A boolean RosarioSIS keeps as 'Y' or NULL, declared as such: served as true and false, read as stored.
        let periodsFile = root.appendingPathComponent("Contracts/catalog/school_marking_periods.yaml")
        let periods = try String(contentsOf: periodsFile, encoding: .utf8)
        #expect(periods.contains("  - name: does_grades\n    type: varchar(1)\n"), Comment(rawValue: periods))
        try periods.replacingOccurrences(of: "  - name: does_grades\n    type: varchar(1)\n", with: "  - name: does_grades\n    type: boolean\n    true_value: \"Y\"\n")
            .write(to: periodsFile, atomically: true, encoding: .utf8)
        try Self.writeContract("grading-periods", data: """
            data:
              from: school_marking_periods
              fields: [marking_period_id, title, does_grades]
              order_by: [marking_period_id]

            """, in: root)
        try psql("UPDATE school_marking_periods SET does_grades = 'Y' WHERE title = 'Semester 1'")
        let flagged = try SanyaBinary.run(["build"], in: root)
        #expect(flagged.status == 0, Comment(rawValue: flagged.error.split(separator: "\n").filter { $0.contains("error") }.joined(separator: "\n")))
        let (json, csvText, xlsx) = try Self.exports("grading-periods", from: url, in: root)
        #expect(json.contains("\"title\":\"Full Year\",\"does_grades\":false}") && json.contains("\"title\":\"Semester 1\",\"does_grades\":true}")
                && json.contains("\"title\":\"Semester 2\",\"does_grades\":false}"), Comment(rawValue: json))
        #expect(csvText.contains(",Semester 1,true\r\n") && csvText.contains(",Full Year,false\r\n"), Comment(rawValue: csvText))
        #expect(xlsx.contains("\"text:Semester 1\", true]"), Comment(rawValue: xlsx))
        let flagVerify = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(flagVerify.status == 0, "a flag is verified as what the database keeps: \(flagVerify.error)")

        let workbook = root.appendingPathComponent("boys.xlsx").path
        let excel = try SanyaBinary.run(["export", "rosario-boys", "--format", "excel", "-o", workbook, "--database", url, "--state", state], in: root)
        #expect(excel.status == 0, Comment(rawValue: excel.error))
        let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            print(json.dumps([list(r) for r in wb["dictionary"].iter_rows(values_only=True) if r[0] == "gender"][0], ensure_ascii=False))
            """, workbook])
        #expect(read.status == 0 && read.output.contains("Gender — codes: Male Male · Female Female") && read.output.contains(" — รหัส: Male ชาย · Female หญิง"),
                "the workbook's data dictionary says what the codes mean: \(read.output)\(read.error)")

        let several = try SanyaBinary.run(["subject", "3", "--database", url, "--state", state], in: root)
        #expect(several.status != 0 && several.error.contains("several data subjects (people, staff, students)"), Comment(rawValue: several.error))
        let boy = try SanyaBinary.run(["subject", "3", "--table", "students", "--database", url, "--state", state], in: root)
        #expect(boy.status == 0 && boy.output.hasPrefix("Student 3: 1 contract(s) in force") && boy.output.contains("rosario-boys — ฝ่ายกีฬา (Sports office) (export, until 2027-12-31): 1 row(s)"),
                Comment(rawValue: boy.output + boy.error))
        let girl = try SanyaBinary.run(["subject", "2", "--table", "students", "--format", "markdown", "--database", url, "--state", state], in: root)
        #expect(girl.status == 0 && girl.output.contains("รหัสนักเรียน 2 · To the student with ID 2") && girl.output.contains("No data contract discloses your data"),
                Comment(rawValue: girl.output + girl.error))
        let staff = try SanyaBinary.run(["subject", "1", "--table", "staff", "--database", url, "--state", state], in: root)
        #expect(staff.status == 0 && staff.output.hasPrefix("Staff 1: 0 contract(s)") && staff.output.contains("Not about any one staff: grading-periods, rosario-boys"),
                Comment(rawValue: staff.output + staff.error))
    }

    /// A bare NUMERIC: no precision declared, every value served as the database keeps it.
    static let exactNumbers = """
        CREATE TABLE reading (id INTEGER PRIMARY KEY, value NUMERIC NOT NULL);
        INSERT INTO reading VALUES (1, 0.333333), (2, 12345678901234567890.123456789), (3, 2.50), (4, -0.000001), (5, 7);
        """

    static let readingContract = """
        data:
          from: reading
          fields: [id, value]
          order_by: [id]

        """

    @Test("a NUMERIC without precision on PostgreSQL: catalogued as numeric, served exactly in JSON, CSV (COPY) and the workbook", .needs(.postgres))
    func exactNumericPostgres() async throws {
        let url = try await PostgresTestDatabase.create("sanya_catalog_numeric")
        let load = try Snapshot.run("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-q", url, "-c", Self.exactNumbers])
        #expect(load.status == 0, Comment(rawValue: load.error))
        let root = try Self.emptyRepository("catalog-numeric-pg")
        defer { try? FileManager.default.removeItem(at: root) }
        let imported = try SanyaBinary.run(["catalog", "import", "--database", url], in: root)
        #expect(imported.status == 0, Comment(rawValue: imported.error))
        let file = try Self.catalogFile(root, "reading")
        #expect(file.contains("  - name: value\n    type: numeric\n    sensitivity: internal\n") && !file.contains("precision"), Comment(rawValue: file))
        try Self.confirm(root)
        try Self.writeContract("readings", data: Self.readingContract, in: root)
        let build = try SanyaBinary.run(["build"], in: root)
        #expect(build.status == 0, Comment(rawValue: build.error))
        let (json, csv, xlsx) = try Self.exports("readings", from: url, in: root)
        for value in ["0.333333", "12345678901234567890.123456789", "2.50", "-0.000001", "7"] {
            #expect(json.contains("\"value\":\(value)}") && csv.contains(",\(value)\r\n"), "\(value) exactly: \(json) \(csv)")
        }
        // A spreadsheet number holds 15 digits: a longer value is its text, the others numbers of the same value.
        #expect(xlsx.contains("[1, \"0.333333\"]") && xlsx.contains("[2, \"text:12345678901234567890.123456789\"]") && xlsx.contains("[3, \"2.5\"]")
                && xlsx.contains("[4, \"-1e-06\"]") && xlsx.contains("[5, 7]"), Comment(rawValue: xlsx))
        let verify = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(verify.status == 0, Comment(rawValue: verify.error))
    }

    static let timesContract = """
        data:
          from: visit
          fields: [id, token, room, starts, arrived]
          where:
            - { column: room, equals: AB }
            - { column: arrived, greater_or_equal: 2026-05-01 08:00 }
          order_by: [id]

        """

    @Test("uuid, time, char(n) and timestamptz on PostgreSQL: catalogued as such, served as their text and timestamptz as Bangkok's local time", .needs(.postgres))
    func realTypesPostgres() async throws {
        let url = try await PostgresTestDatabase.create("sanya_catalog_types")
        let load = try Snapshot.run("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-q", url, "-c", """
            CREATE TABLE visit (id integer PRIMARY KEY, token uuid NOT NULL, room char(4) NOT NULL, starts time NOT NULL, arrived timestamptz NOT NULL);
            INSERT INTO visit VALUES
              (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', 'AB', '08:30', '2026-05-01 01:30:00+00'),
              (2, 'b1eebc99-9c0b-4ef8-bb6d-6bb9bd380a12', 'CD', '09:00', '2026-05-01 02:00:00+00'),
              (3, 'c2eebc99-9c0b-4ef8-bb6d-6bb9bd380a13', 'AB', '13:15:30', '2026-04-30 23:00:00+00');
            """])
        #expect(load.status == 0, Comment(rawValue: load.error))
        let root = try Self.emptyRepository("catalog-types-pg")
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try SanyaBinary.run(["catalog", "import", "--database", url], in: root).status == 0)
        let file = try Self.catalogFile(root, "visit")
        for line in ["  - name: token\n    type: uuid\n", "  - name: room\n    type: char(4)\n", "  - name: starts\n    type: time\n", "  - name: arrived\n    type: timestamptz\n"] {
            #expect(file.contains(line), "\(line) in \(file)")
        }
        try Self.confirm(root)
        try Self.writeContract("visits", data: Self.timesContract, in: root)
        let build = try SanyaBinary.run(["build"], in: root)
        #expect(build.status == 0, Comment(rawValue: build.error))
        let (json, csv, xlsx) = try Self.exports("visits", from: url, in: root)
        #expect(xlsx.contains(#"[1, "text:a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "text:AB", "text:08:30:00", "value:2026-05-01 08:30:00"]"#), Comment(rawValue: xlsx))
        // Row 3 arrived at 06:00 in Bangkok, before the filter's 08:00; row 2's room is another.
        #expect(json.contains(#"{"id":1,"token":"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11","room":"AB","starts":"08:30:00","arrived":"2026-05-01T08:30:00"}"#)
                && !json.contains(#""id":2"#) && !json.contains(#""id":3"#), Comment(rawValue: json))
        #expect(csv.contains("1,a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,AB,08:30:00,2026-05-01 08:30:00\r\n"), Comment(rawValue: csv))
        let verify = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(verify.status == 0, Comment(rawValue: verify.error))
    }

    @Test("a NUMERIC without precision on SQLite: the stored double served as its shortest text, never rounded to a scale")
    func exactNumericSQLite() throws {
        let root = try Self.emptyRepository("catalog-numeric-sqlite")
        defer { try? FileManager.default.removeItem(at: root) }
        let database = root.appendingPathComponent("source.sqlite").path
        try Self.sqlite(database, Self.exactNumbers.replacingOccurrences(of: "12345678901234567890.123456789", with: "0.0000001"))
        let imported = try SanyaBinary.run(["catalog", "import", "--database", database], in: root)
        #expect(imported.status == 0, Comment(rawValue: imported.error))
        try Self.confirm(root)
        try Self.writeContract("readings", data: Self.readingContract, in: root)
        #expect(try SanyaBinary.run(["build"], in: root).status == 0)
        let (json, csv, _) = try Self.exports("readings", from: database, in: root)
        for value in ["0.333333", "0.0000001", "2.5", "-0.000001", "7"] {
            #expect(json.contains("\"value\":\(value)}") && csv.contains(",\(value)\r\n"), "\(value): \(json) \(csv)")
        }
    }

    @Test("RosarioSIS on PostgreSQL: imported with its comments and composite keys, confirmed, checked, built; verify finds each change", .needs(.postgres))
    func rosarioPostgres() async throws {
        let url = try await PostgresTestDatabase.create("sanya_catalog_rosario")
        // RosarioSIS in a schema of its own that no login's search_path names: the generated SQL must name it.
        let load = try Snapshot.run("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-q", url, "-c", "CREATE SCHEMA rosario; SET search_path = rosario",
                                                      "-f", Self.rosario.appendingPathComponent("rosariosis.sql").path])
        #expect(load.status == 0, Comment(rawValue: load.error))
        func psql(_ sql: String) throws -> [[String]] {
            let result = try Snapshot.run("/usr/bin/psql", ["-v", "ON_ERROR_STOP=1", "-qAt", "-F", "\t", url, "-c", "SET search_path = rosario; " + sql])
            guard result.status == 0 else { throw TestDatabaseError(result.error) }
            return result.output.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        _ = try psql("COMMENT ON TABLE students IS 'นักเรียน'; COMMENT ON COLUMN students.custom_200000000 IS 'Gender'")
        let declared = try psql("""
            SELECT c.relname, (SELECT string_agg(a.attname, ',') FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)), f.relname
            FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class f ON f.oid = k.confrelid WHERE k.contype = 'f'
            """).map { (table: $0[0], columns: Set($0[1].split(separator: ",").map(String.init)), references: $0[2]) }
        let root = try Self.emptyRepository("catalog-rosario-pg")
        defer { try? FileManager.default.removeItem(at: root) }
        try Self.importRosario(url, schema: "rosario", declaredForeignKeys: declared, in: root)
        let students = try Self.catalogFile(root, "students")
        #expect(students.contains("table: students\nschema: \"rosario\"\ndescription:\n  th: \"นักเรียน\"\n"), Comment(rawValue: String(students.prefix(400))))
        #expect(students.contains("  - name: custom_200000000\n    type: text\n    nullable: true\n    sensitivity: personal\n    description: { en: \"Gender\" }\n"), Comment(rawValue: students))
        try await Self.serveRosario(url, psql: { _ = try psql($0) }, in: root)

        // The database changes under the catalog.
        _ = try psql("ALTER TABLE students ALTER COLUMN first_name TYPE varchar(120); ALTER TABLE students ALTER COLUMN last_name DROP NOT NULL")
        let drift = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(drift.status == 1)
        let lines = students.split(separator: "\n", omittingEmptySubsequences: false)
        let typeLine = lines.firstIndex { $0 == "  - name: first_name" }! + 2
        #expect(drift.error.contains("Contracts/catalog/students.yaml:\(typeLine):11: error: column 'first_name' is varchar(120) ('character varying(120)') in the database, varchar(50) here [DRIFT_TYPE]"), Comment(rawValue: drift.error))
        #expect(drift.error.contains("error: column 'last_name' may be NULL in the database; the catalog says it never is [DRIFT_NULLABLE]"), Comment(rawValue: drift.error))
        let junit = try SanyaBinary.run(["catalog", "verify", "--database", url, "--format", "junit"], in: root)
        #expect(junit.status == 1 && junit.output.contains("DRIFT_TYPE"), Comment(rawValue: junit.output))
        let again = try SanyaBinary.run(["catalog", "import", "--database", url, "--schema", "rosario"], in: root)
        #expect(again.output.contains("students: column 'first_name' varchar(50) → varchar(120)"), Comment(rawValue: again.output))
        #expect(again.output.contains("students: column 'last_name' may now be NULL"), Comment(rawValue: again.output))
        let reimported = try Self.catalogFile(root, "students")
        #expect(reimported.contains(Self.genderCodes) && reimported.contains("data_subject:\n  key: student_id\n  name: { en: \"student\", th: \"นักเรียน\" }\n"),
                "the codes and the data subject staff confirmed survive a re-import: \(reimported)")
        #expect(reimported.contains("  - name: gender\n    database_name: \"custom_200000000\"\n"), "the name staff gave the column survives a re-import: \(reimported)")
        #expect(try Self.catalogFile(root, "school_marking_periods").contains("  - name: does_grades\n    type: boolean\n    true_value: \"Y\"\n"), "a flag survives a re-import")
        let clean = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
        #expect(clean.status == 0, Comment(rawValue: clean.error))
    }

    static let gibbon = Repository.root.appendingPathComponent("Tests/Fixtures/real-schemas/gibbon")

    @Test("Gibbon on MariaDB: 200 camelCase tables with enum flags and codes and no declared foreign key, imported, confirmed, checked, built, verified and served", .needs(.mariaDB))
    func gibbonMariaDB() async throws {
        let server = try await MariaDBInstance.create()
        do {
            try server.execute("source \(Self.gibbon.appendingPathComponent("gibbon.sql").path)")
            try server.execute("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'secret'; GRANT SELECT ON sanya.* TO 'reader'@'127.0.0.1';", database: nil)
            let root = try Self.emptyRepository("catalog-gibbon")
            defer { try? FileManager.default.removeItem(at: root) }
            let url = "mariadb://reader:secret@127.0.0.1:\(server.port)/sanya"
            let imported = try SanyaBinary.run(["catalog", "import", "--database", url], in: root)
            #expect(imported.status == 0, Comment(rawValue: imported.error))
            #expect(!imported.error.contains("skipped"), Comment(rawValue: imported.error))
            let (catalog, _, _) = Project(root: root).catalogWithSources()
            #expect(catalog.tables.count == 200, "every table, each under a lower-case name")
            let person = try Self.catalogFile(root, "gibbon_person")
            #expect(person.contains("table: gibbon_person\ndatabase_name: \"gibbonPerson\"\n"), Comment(rawValue: String(person.prefix(600))))
            #expect(person.contains("  - name: gibbon_person_id\n    database_name: \"gibbonPersonID\"\n    type: bigint\n"), Comment(rawValue: person))
            #expect(person.contains("  - name: first_name\n    database_name: \"firstName\"\n"), Comment(rawValue: person))
            // An enum's codes are proposed as the column's codes, a yes/no enum as a boolean kept as a flag.
            #expect(person.contains("""
                  - name: gender
                    type: varchar(11)
                    sensitivity: personal
                    codes:
                      - { code: "M", name: m }
                      - { code: "F", name: f }
                      - { code: "Other", name: other }
                      - { code: "Unspecified", name: unspecified }
                    review:
                      - "'enum('M','F','Other','Unspecified')' is a list of codes (M, F, Other, Unspecified)
                """), Comment(rawValue: person))
            #expect(person.contains("""
                  - name: password_force_reset
                    database_name: "passwordForceReset"
                    type: boolean
                    true_value: "Y"
                    false_value: "N"
                """), Comment(rawValue: person))
            // Not one foreign key is declared: links are proposed from the columns' names, to the table each names.
            let enrolment = try Self.catalogFile(root, "gibbon_student_enrolment")
            #expect(enrolment.contains("    columns: [gibbon_person_id]\n    references: { table: gibbon_person, columns: [gibbon_person_id] }\n    review: \"the database declares no foreign key here"),
                    Comment(rawValue: enrolment))

            try Self.confirm(root)
            let check = try SanyaBinary.run(["check"], in: root)
            #expect(check.status == 0, Comment(rawValue: check.error.split(separator: "\n").filter { $0.contains("error:") }.prefix(20).joined(separator: "\n")))

            // Staff name two of the gender codes and say what they mean.
            let personFile = root.appendingPathComponent("Contracts/catalog/gibbon_person.yaml")
            var confirmed = try String(contentsOf: personFile, encoding: .utf8)
            confirmed = confirmed.replacingOccurrences(of: "{ code: \"M\", name: m }", with: "{ code: \"M\", name: male, en: Male, th: ชาย }")
                .replacingOccurrences(of: "{ code: \"F\", name: f }", with: "{ code: \"F\", name: female, en: Female, th: หญิง }")
            try confirmed.write(to: personFile, atomically: true, encoding: .utf8)
            try Self.writeContract("gibbon-girls", data: """
                data:
                  from: gibbon_person
                  fields: [gibbon_person_id, surname, first_name, gender, password_force_reset]
                  where:
                    - { column: gender, equals: female }
                  order_by: [gibbon_person_id]

                """, in: root)
            let build = try SanyaBinary.run(["build"], in: root)
            #expect(build.status == 0, Comment(rawValue: build.error.split(separator: "\n").filter { $0.contains("error") }.joined(separator: "\n")))
            let view = try String(contentsOf: root.appendingPathComponent("Generated/sql/mysql/views/gibbon-girls.sql"), encoding: .utf8)
            #expect(view.contains("FROM `gibbonPerson` AS `t0`") && view.contains("`t0`.`firstName` AS `first_name`"), Comment(rawValue: view))
            let verify = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
            #expect(verify.status == 0, Comment(rawValue: verify.error.split(separator: "\n").filter { $0.contains("error") }.prefix(10).joined(separator: "\n")))

            try server.execute("""
                SET SESSION sql_mode = '';
                INSERT INTO gibbonPerson (gibbonPersonID, title, surname, firstName, preferredName, officialName, gender, username, passwordForceReset)
                VALUES (1, 'Ms.', 'Sukjai', 'Malee', 'Malee', 'Malee Sukjai', 'F', 'malee', 'Y'),
                       (2, 'Mr.', 'Rakdee', 'Somchai', 'Somchai', 'Somchai Rakdee', 'M', 'somchai', 'N'),
                       (3, 'Ms.', 'Meesuk', 'Napa', 'Napa', 'Napa Meesuk', 'F', 'napa', 'N');
                """)
            let (json, csv, _) = try Self.exports("gibbon-girls", from: url, in: root)
            #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
                    == ["gibbon_person_id,surname,first_name,gender,password_force_reset", "1,Sukjai,Malee,F,true", "3,Meesuk,Napa,F,false"], Comment(rawValue: csv))
            #expect(json.contains("\"first_name\":\"Malee\"") && json.contains("\"password_force_reset\":true"), Comment(rawValue: json))
        } catch {
            await server.destroy()
            throw error
        }
        await server.destroy()
    }

    @Test("RosarioSIS on MariaDB, read by a login with only SELECT: imported, confirmed, checked, built, verified", .needs(.mariaDB))
    func rosarioMariaDB() async throws {
        let server = try await MariaDBInstance.create()
        do {
            try server.execute("source \(Self.rosario.appendingPathComponent("rosariosis_mysql.sql").path)")
            try server.execute("CREATE USER 'reader'@'127.0.0.1' IDENTIFIED BY 'secret'; GRANT SELECT ON sanya.* TO 'reader'@'127.0.0.1';", database: nil)
            let declared = try server.rows("""
                SELECT TABLE_NAME, GROUP_CONCAT(COLUMN_NAME), REFERENCED_TABLE_NAME FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = 'sanya' AND REFERENCED_TABLE_NAME IS NOT NULL GROUP BY TABLE_NAME, CONSTRAINT_NAME, REFERENCED_TABLE_NAME
                """).map { (table: $0[0] ?? "", columns: Set(($0[1] ?? "").split(separator: ",").map(String.init)), references: $0[2] ?? "") }
            let root = try Self.emptyRepository("catalog-rosario-mariadb")
            defer { try? FileManager.default.removeItem(at: root) }
            let url = "mariadb://reader:secret@127.0.0.1:\(server.port)/sanya"
            // A database named on the command line is written into each table (`schema:`), and verify reads it.
            try Self.importRosario(url, schema: "sanya", declaredForeignKeys: declared, in: root)
            #expect(try Self.catalogFile(root, "students").contains("table: students\nschema: \"sanya\"\n"))
            try server.execute("ALTER TABLE students MODIFY first_name VARCHAR(120) NOT NULL")
            let drift = try SanyaBinary.run(["catalog", "verify", "--database", url], in: root)
            #expect(drift.status == 1 && drift.error.contains("error: column 'first_name' is varchar(120) in the database, varchar(50) here [DRIFT_TYPE]"), Comment(rawValue: drift.error))
        } catch {
            await server.destroy()
            throw error
        }
        await server.destroy()
    }
}
