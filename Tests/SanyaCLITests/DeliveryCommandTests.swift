import Foundation
import PostgresNIO
import SanyaTestSupport
import Testing

/// A temporary repository with the catalog, the given contracts, their Generated/ and a SQLite registrar
/// loaded with the fixture.
struct DeliveryRepository {
    let root: URL
    var database: String { root.appendingPathComponent("registrar.sqlite").path }
    var state: String { root.appendingPathComponent("state.sqlite").path }

    static func make(contracts: [URL]) throws -> DeliveryRepository {
        let root = Repository.temporaryDirectory("delivery")
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("Contracts/test"), withIntermediateDirectories: true)
        try fm.copyItem(at: Repository.testCatalog, to: root.appendingPathComponent("Contracts/catalog"))
        for contract in contracts {
            try fm.copyItem(at: contract, to: root.appendingPathComponent("Contracts/test/\(contract.lastPathComponent)"))
        }
        let build = try SanyaBinary.run(["build", "--today", "2026-11-26"], in: root)
        guard build.status == 0 else { throw TestDatabaseError(build.error) }
        let repository = DeliveryRepository(root: root)
        let fixture = Repository.testRows.path
        let load = try Snapshot.run("/usr/bin/env", ["sh", "-c", "cat Generated/sql/sqlite/schema.sql '\(fixture)' | sqlite3 '\(repository.database)'"], currentDirectory: root)
        guard load.status == 0 else { throw TestDatabaseError(load.error) }
        return repository
    }

    func sanya(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        try SanyaBinary.run(arguments + ["--database", database, "--state", state], in: root)
    }
}

@Suite("sanya export")
struct ExportCommandTests {
    static let contracts = ["rt-students", "rt-draft", "rt-expired", "rt-lookup"].map {
        Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
    }

    @Test("an Excel export read back by openpyxl holds every value of the database, typed, with the dictionary sheet")
    func excel() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let out = repo.root.appendingPathComponent("students.xlsx").path
        let export = try repo.sanya(["export", "rt-students", "--format", "excel", "-o", out])
        #expect(export.status == 0, Comment(rawValue: export.error))
        #expect(export.output.contains("Exported 9 rows"))
        let script = """
        import json, sqlite3, sys, openpyxl, datetime
        wb = openpyxl.load_workbook(sys.argv[1])
        got = [list(r) for r in wb["data"].iter_rows(values_only=True)]
        db = sqlite3.connect(sys.argv[2])
        want = db.execute('''SELECT s.student_id, s.first_name_th, f.name_th, s.prior_school_gpax, s.birth_date, s.updated_at, c.is_active
                              FROM student s JOIN curriculum c ON c.curriculum_id = s.curriculum_id JOIN faculty f ON f.faculty_code = c.faculty_code
                              WHERE s.nationality = 'THA' ORDER BY s.student_id''').fetchall()
        problems = []
        if got[0] != ["student_id", "first_name_th", "faculty_th", "prior_school_gpax", "birth_date", "updated_at", "curriculum_active"]:
            problems.append("header %r" % (got[0],))
        if len(got) - 1 != len(want):
            problems.append("rows %d vs %d" % (len(got) - 1, len(want)))
        for g, w in zip(got[1:], want):
            expected = [w[0], w[1], w[2], w[3], datetime.datetime.fromisoformat(w[4]), datetime.datetime.fromisoformat(w[5]), bool(w[6])]
            if g != expected:
                problems.append("%r != %r" % (g, expected))
        print(json.dumps({"problems": problems, "sheets": wb.sheetnames, "types": [type(c).__name__ for c in got[1]]}, ensure_ascii=False))
        """
        let read = try Snapshot.run("/usr/bin/env", ["python3", "-c", script, out, repo.database])
        #expect(read.status == 0, Comment(rawValue: read.error))
        let result = try #require(try JSONSerialization.jsonObject(with: Data(read.output.utf8)) as? [String: Any])
        #expect((result["problems"] as? [String])?.isEmpty == true, Comment(rawValue: "\(result["problems"] ?? "")"))
        #expect(result["sheets"] as? [String] == ["data", "dictionary"])
        #expect(result["types"] as? [String] == ["str", "str", "str", "float", "datetime", "datetime", "bool"])
    }

    @Test("CSV with a byte-order mark, a JSON array and NDJSON; parameters from --param")
    func textFormats() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let csv = repo.root.appendingPathComponent("s.csv").path
        #expect(try repo.sanya(["export", "rt-students", "--format", "csv", "--bom", "--param", "faculty=05", "-o", csv]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        #expect(String(decoding: bytes.dropFirst(3), as: UTF8.self).components(separatedBy: "\r\n").count == 5 + 1)
        let json = repo.root.appendingPathComponent("s.json").path
        #expect(try repo.sanya(["export", "rt-students", "--format", "json", "-o", json]).status == 0)
        let array = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: json))) as? [[String: Any]]
        #expect(array?.count == 9)
        #expect(array?.first?["first_name_th"] as? String == "สมชาย")
        let lookup = repo.root.appendingPathComponent("l.ndjson").path
        let refused = try repo.sanya(["export", "rt-lookup", "--format", "ndjson", "-o", lookup])
        #expect(refused.status == 1 && refused.error.contains("not ndjson"))
        let missing = try repo.sanya(["export", "rt-lookup", "--format", "json", "-o", lookup])
        #expect(missing.status == 1 && missing.error.contains("'student_ids' is required"))
        #expect(try repo.sanya(["export", "rt-lookup", "--format", "json", "--param", "student_ids=67010001,67050001", "-o", lookup]).status == 0)
        #expect((try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: lookup))) as? [Any])?.count == 4)
    }

    @Test("draft and expired contracts are refused with a clear message, and nothing is written")
    func refusals() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let out = repo.root.appendingPathComponent("x.csv").path
        let draft = try repo.sanya(["export", "rt-draft", "--format", "json", "-o", out])
        #expect(draft.status == 1 && draft.error.contains("is a draft"))
        let expired = try repo.sanya(["export", "rt-expired", "--format", "json", "-o", out])
        #expect(expired.status == 1 && expired.error.contains("expired on 2026-01-31"))
        #expect(!FileManager.default.fileExists(atPath: out))
    }

    @Test("each export is a delivery in the audit log, listed and exported as CSV by sanya audit")
    func audited() throws {
        let repo = try DeliveryRepository.make(contracts: Self.contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let out = repo.root.appendingPathComponent("a.csv").path
        #expect(try repo.sanya(["export", "rt-students", "--format", "csv", "--param", "faculty=01", "-o", out]).status == 0)
        let audit = try repo.sanya(["audit", "--contract", "rt-students", "--format", "csv"])
        #expect(audit.status == 0, Comment(rawValue: audit.error))
        let lines = audit.output.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 2)
        #expect(lines[1].contains(",EXPORT,"))
        #expect(lines[1].contains("\"{\"\"faculty\"\":\"\"01\"\"}\",csv,5,200,"))
        #expect(try repo.sanya(["audit", "--contract", "rt-lookup"]).output.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 1)
    }

    @Test("a disk that fills during an export gives a clear error and leaves no file", arguments: ["csv", "ndjson", "excel"])
    func diskFull(_ format: String) throws {
        let repo = try DeliveryRepository.make(contracts: [Repository.root.appendingPathComponent("Tests/SanyaCLITests/Contracts/rt-stream.yaml")])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        // 100,000 copies of one student: an export of several megabytes.
        let columns = try Snapshot.run("/usr/bin/sqlite3", [repo.database, "SELECT group_concat(name) FROM pragma_table_info('student')"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: ",").map(String.init)
        let select = columns.map { $0 == "student_id" ? "printf('9%07d', n)" : $0 }.joined(separator: ", ")
        let grow = try Snapshot.run("/usr/bin/sqlite3", [repo.database, """
            WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < 100000)
            INSERT INTO student SELECT \(select) FROM student, g WHERE student_id = '64010001'
            """])
        #expect(grow.status == 0, Comment(rawValue: grow.error))
        // A file may grow to 1 MiB: the next write fails as on a full disk (EFBIG; SIGXFSZ ignored).
        let output = repo.root.appendingPathComponent("students.\(format)").path
        let run = try Snapshot.run("/bin/bash", ["-c", "trap '' XFSZ; ulimit -f 1024; exec \"$0\" \"$@\"", SanyaBinary.path, "export", "rt-stream",
                                                 "--format", format, "-o", output, "--database", repo.database, "--state", repo.state],
                                   currentDirectory: repo.root)
        #expect(run.status == 1, Comment(rawValue: run.output + run.error))
        let reason = format == "excel" ? "cannot write the workbook: File too large" : "writing the file failed: File too large"
        #expect(run.error.contains("no file was written") && run.error.contains(reason), Comment(rawValue: run.error))
        let left = try FileManager.default.contentsOfDirectory(atPath: repo.root.path).filter { $0.hasPrefix("students.") }
        #expect(left.isEmpty, "left behind: \(left)")
    }
}

@Suite("sanya apply", .needs(.postgres), .serialized)
struct ApplyCommandTests {
    static let viewContract = Repository.root.appendingPathComponent("Tests/SanyaCodegenTests/Cases/view-access/contract.yaml")
    static let otherView = Repository.root.appendingPathComponent("Contracts/engineering/enrolment-view.yaml")

    func query(_ connection: PostgresConnection, _ sql: String) async throws -> [PostgresRow] {
        var rows: [PostgresRow] = []
        for try await row in try await connection.query(PostgresQuery(unsafeSQL: sql), logger: PostgresTestDatabase.logger) { rows.append(row) }
        return rows
    }

    @Test("the role reads its view, masked, and nothing else; applying twice changes nothing; revocation removes all access")
    func lifecycle() async throws {
        // A role name of its own: roles are cluster-wide, and other suites use the view-access case's role.
        let renamed = Repository.temporaryDirectory("apply-contract").appendingPathComponent("contract.yaml")
        try String(contentsOf: Self.viewContract, encoding: .utf8).replacingOccurrences(of: "contract: view-case", with: "contract: apply-case")
            .write(to: renamed, atomically: true, encoding: .utf8)
        let repo = try DeliveryRepository.make(contracts: [renamed, Self.otherView])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let url = try await PostgresTestDatabase.create("sanya_apply_test")
        try await PostgresTestDatabase.withConnection(url) { connection in
            try await PostgresTestDatabase.execute(script: String(contentsOf: repo.root.appendingPathComponent("Generated/sql/postgres/schema.sql"), encoding: .utf8), on: connection)
            try await PostgresTestDatabase.execute(script: String(contentsOf: Repository.testRows, encoding: .utf8), on: connection)
            for role in ["sanya_apply_case", "sanya_engineering_enrolment"] {
                _ = try? await connection.query(PostgresQuery(unsafeSQL: "DROP OWNED BY \"\(role)\""), logger: PostgresTestDatabase.logger)
                _ = try? await connection.query(PostgresQuery(unsafeSQL: "DROP ROLE IF EXISTS \"\(role)\""), logger: PostgresTestDatabase.logger)
            }
        }
        let dry = try SanyaBinary.run(["apply", "--dry-run", "--today", "2026-11-26"], in: repo.root)
        #expect(dry.status == 0 && dry.output.hasPrefix("BEGIN;") && dry.output.contains("GRANT SELECT ON \"sanya\".\"apply_case\" TO \"sanya_apply_case\""))
        for _ in 0..<2 {
            let apply = try SanyaBinary.run(["apply", "--database", url, "--today", "2026-11-26"], in: repo.root)
            #expect(apply.status == 0, Comment(rawValue: apply.error))
            #expect(apply.output.contains("Applied 2 View Table contract(s)"))
        }
        try await PostgresTestDatabase.withConnection(url) { connection in
            _ = try await query(connection, "GRANT \"sanya_apply_case\" TO CURRENT_USER")
            _ = try await query(connection, "SET ROLE \"sanya_apply_case\"")
            let rows = try await query(connection, "SELECT student_pseudonym, course_code FROM sanya.apply_case")
            #expect(rows.count == 3)
            let pseudonym = try rows[0].decode((String, String).self).0
            #expect(pseudonym.count == 16 && pseudonym.allSatisfy(\.isHexDigit) && pseudonym != "67010001")
            for forbidden in ["SELECT * FROM student", "SELECT * FROM enrollment", "SELECT * FROM sanya_secret", "SELECT * FROM sanya.engineering_enrolment"] {
                await #expect(throws: (any Error).self, "\(forbidden) must be refused") { _ = try await query(connection, forbidden) }
            }
            _ = try await query(connection, "RESET ROLE")
        }
        let contract = repo.root.appendingPathComponent("Contracts/test/contract.yaml")
        let revoked = try String(contentsOf: contract, encoding: .utf8)
            .replacingOccurrences(of: "status: approved", with: "status: revoked")
            .replacingOccurrences(of: "  valid_until:", with: "  revoked: { by: Approver, date: 2026-11-20 }\n  valid_until:")
        try revoked.write(to: contract, atomically: true, encoding: .utf8)
        let reapply = try SanyaBinary.run(["apply", "--database", url, "--today", "2026-11-26"], in: repo.root)
        #expect(reapply.status == 0, Comment(rawValue: reapply.error))
        #expect(reapply.output.contains("removed 1"))
        try await PostgresTestDatabase.withConnection(url) { connection in
            let role = try await query(connection, "SELECT 1 FROM pg_roles WHERE rolname = 'sanya_apply_case'")
            let view = try await query(connection, "SELECT 1 FROM pg_views WHERE schemaname = 'sanya' AND viewname = 'apply_case'")
            let other = try await query(connection, "SELECT 1 FROM pg_roles WHERE rolname = 'sanya_engineering_enrolment'")
            #expect(role.isEmpty && view.isEmpty)
            #expect(other.count == 1)
        }
    }
}

@Suite("sanya demo", .needs(.postgres))
struct DemoCommandTests {
    @Test("the demo registrar loads into PostgreSQL with every row of the SQLite one, and every value fits its column")
    func postgresCopy() async throws {
        let url = try await PostgresTestDatabase.create("sanya_demo_test")
        let dir = Repository.temporaryDirectory("demo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let sqlite = dir.appendingPathComponent("registrar.sqlite").path
        let demo = try SanyaBinary.run(["demo", "--size", "tiny", "-o", sqlite, "--postgres", url])
        #expect(demo.status == 0, Comment(rawValue: demo.error))
        for table in ["student", "enrollment", "term_gpa_summary", "graduation", "fee_invoice", "class_section", "sanya_secret"] {
            let local = try Snapshot.run("/usr/bin/env", ["sqlite3", sqlite, "SELECT count(*) FROM \(table)"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
            let remote = try await PostgresTestDatabase.withConnection(url) { connection -> Int in
                var count = 0
                for try await (value) in try await connection.query(PostgresQuery(unsafeSQL: "SELECT count(*) FROM \(table)"), logger: PostgresTestDatabase.logger).decode(Int.self) { count = value }
                return count
            }
            #expect(Int(local) == remote, "\(table)")
            #expect(remote > 0, "\(table)")
        }
    }
}
