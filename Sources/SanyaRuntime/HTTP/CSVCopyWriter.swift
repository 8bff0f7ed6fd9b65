import Hummingbird
import NIOCore
import SanyaModel

/// A CSV answer that the database writes itself (`CSVCopy`): the chunks go to the socket as they come, the
/// rows they complete are counted for the audit. Used on PostgreSQL for `format=csv` without `bom=1` (a file
/// for spreadsheets has formula-like text neutralised, which the row-by-row `StreamWriter` does).
struct CSVCopyWriter {
    let rows: ContractRows
    let query: DialectQuery
    let database: any CSVCopying

    /// Nil when the database runs as many exports as it allows: the caller writes the CSV row by row.
    func respond(headers: HTTPFields, outcome: AuditOutcome) async throws -> Response? {
        let started: CSVCopy?
        do {
            started = try await database.copyCSV(query, arguments: rows.arguments, budget: rows.budget)
        } catch let error as DatabaseError {
            throw rows.answer(error)
        }
        guard let copy = started else { return nil }
        return Response(status: .ok, headers: headers, body: ResponseBody { writer in
            do {
                while let chunk = try await copy.next() {
                    outcome.rows += chunk.rows
                    try await writer.write(chunk.bytes)
                }
                try await writer.finish(nil)
            } catch {
                copy.cancel()
                ContractRows.streamFailed(error, outcome)
                throw error
            }
        })
    }
}
