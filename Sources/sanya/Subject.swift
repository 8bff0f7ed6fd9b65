import ArgumentParser
import Foundation
import Logging
import SanyaCodegen
import SanyaGovernance
import SanyaModel
import SanyaRuntime
import SanyaSQL

extension Sanya {
    /// `sanya subject`: a student's right of access (PDPA s.30).
    struct Subject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Answer a person's right of access (PDPA s.30): which contracts in force include their record, what each discloses, to whom, and what was delivered since a date.",
            discussion: """
            The person is looked up in the table the catalog declares 'data_subject:' (the student table on the demo \
            registrar), by its key. Each contract's query is run for that one person on the registrar database (SQLite or PostgreSQL), with its \
            fixed filters and without client parameters. --format markdown or html writes a Thai/English letter the \
            office can send. Exit status: 0 answered, 1 contract errors or a database failure, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var runtime: RuntimeOptions

        @Argument(help: "The person's id, as the key of the catalog's data subject table holds it (a student id on the demo registrar).")
        var student: String

        @Option(name: .long, help: "The table of people to look the id up in, when the catalog declares more than one data_subject.")
        var table: String?

        @Option(name: .long, help: "Count deliveries from this day (YYYY-MM-DD; default one year before today).")
        var since: String?

        @Option(name: .long, help: "Output form: text, json, markdown or html.")
        var format: SubjectAccess.Format = .text

        func validate() throws {
            if let since, LocalDate(since) == nil { throw ValidationError("--since must be a date YYYY-MM-DD, not '\(since)'") }
        }

        func run() async throws {
            let (_, result) = try repository.checkedProject()
            let day = repository.day
            let subject: CatalogTable
            do { subject = try SubjectAccess.subjectTable(in: result.catalog, named: table) } catch { throw ValidationError(error.description) }
            guard let keyName = subject.dataSubject?.key, let keyColumn = subject.column(keyName) else {
                throw ValidationError("the catalog's data subject '\(subject.name)' has no key column")
            }
            guard let key = Literal.parse(student, kind: keyColumn.type.kind, maxLength: keyColumn.type.length) else {
                throw ValidationError("'\(student)' is not a value of \(subject.name).\(keyName) (\(keyColumn.type.name))")
            }
            let from = since.flatMap(LocalDate.init) ?? day.adding(days: -365)
            let (checks, others) = SubjectAccess.plan(contracts: result.contracts, catalog: result.catalog, subject: subject, on: day)
            let runtime = self.runtime
            let fields = [OutputField(name: "rows", kind: .integer, scale: nil, nullable: false, sensitivity: .internal, mask: nil,
                                      description: Bilingual(en: "rows", th: "แถว"))]
            let records = try await runtime.withState { store in
                try await store.audit(AuditFilter(contract: nil, unit: nil, since: Audit.date(from.description), until: nil, status: 200, limit: nil))
            }
            let (database, _, pool) = try runtime.open(logger: Logger(label: "sanya.subject"))
            let dialect = Dialects.dialect(database.dialect)
            let counts: [Int]
            do {
                counts = try await withThrowingTaskGroup(of: [Int]?.self) { group in
                    if let pool { group.addTask { await pool.run(); return nil } }
                    group.addTask {
                        try await database.waitUntilReachable()
                        var counts: [Int] = []
                        for check in checks {
                            let query = QueryTranslator(check.contract).subjectQuery(keyColumn: check.keyColumn, keyType: check.keyType, in: dialect)
                            let rows = try await database.rows(query, arguments: [QueryTranslator.subjectBind: .value(key)], fields: fields)
                            if case .integer(let n)? = rows.first?.first { counts.append(Int(n)) } else { counts.append(0) }
                        }
                        return counts
                    }
                    while let result = try await group.next() {
                        if let result { group.cancelAll(); return result }
                    }
                    return []
                }
            } catch {
                printError("error: the registrar database did not answer: \(Export.reason(error))\n")
                throw ExitCode(1)
            }
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: Vocabulary.timeZone)
            formatter.formatOptions = [.withFullDate]
            let results = zip(checks, counts).map { check, rows in
                let mine = records.filter { $0.contract == check.contract.id }.sorted { $0.time < $1.time }
                let deliveries = SubjectAccess.Deliveries(
                    requests: mine.filter { $0.method != "EXPORT" }.count, exports: mine.filter { $0.method == "EXPORT" }.count,
                    first: mine.first.map { formatter.string(from: $0.time) }, last: mine.last.map { formatter.string(from: $0.time) })
                return (check, rows: rows, deliveries: deliveries)
            }
            let answer = SubjectAccess(subject: student, named: subject.dataSubject?.name ?? Bilingual(en: subject.name, th: subject.name), today: day, since: from, results: results, others: others)
            print(answer.render(format), terminator: "")
        }
    }
}

extension SubjectAccess.Format: ExpressibleByArgument {}
