import Foundation
import Hummingbird
import NIOCore
import SanyaModel

/// An Excel answer: the workbook is written to a temporary file in constant memory (libxlsxwriter needs a
/// file), then sent; a database failure while it is written is answered with a JSON error, never a
/// partial workbook.
struct WorkbookWriter: Sendable {
    let rows: ContractRows
    let query: DialectQuery
    let temporaryDirectory: String

    func respond(headers: HTTPFields, outcome: AuditOutcome) async throws -> Response {
        let definition = rows.definition
        let cursor = try await rows.open(query)
        let path = (temporaryDirectory as NSString).appendingPathComponent("sanya-\(UUID().uuidString).xlsx")
        let writer = try XLSXWriter(path: path, fields: definition.fields, identity: XLSXWriter.Identity(
            contract: definition.contract, version: definition.version, title: definition.title, unit: definition.unit, purpose: definition.purpose,
            approvedOn: definition.approvedOn, validUntil: definition.validUntil, generatedAt: Self.now()), temporaryDirectory: temporaryDirectory)
        let rowLimit = definition.rowLimit ?? Int.max
        do {
            while outcome.rows < rowLimit, var batch = try await cursor.next() {
                if outcome.rows + batch.count > rowLimit { batch.removeLast(outcome.rows + batch.count - rowLimit) }
                writer.write(batch)
                outcome.rows += batch.count
            }
            cursor.cancel()
            try writer.close()
        } catch {
            cursor.cancel()
            try? writer.close()
            try? FileManager.default.removeItem(atPath: path)
            if let error = error as? DatabaseError { throw rows.answer(error) }
            if let failure = error as? XLSXWriter.Failure {
                // Most often the server's disk is full: nothing the client did, and it may pass.
                throw SanyaError(.serviceUnavailable, "WORKBOOK_FAILED", "the workbook could not be written: \(failure.description)", headers: [.retryAfter: "30"])
            }
            throw error
        }
        guard let file = FileHandle(forReadingAtPath: path) else {
            throw SanyaError(.internalServerError, "INTERNAL", "the workbook could not be read back")
        }
        // The file stays open while it is sent, so it can be unlinked now; its space is freed at close.
        try? FileManager.default.removeItem(atPath: path)
        return Response(status: .ok, headers: headers, body: ResponseBody { body in
            defer { try? file.close() }
            while let chunk = try file.read(upToCount: 1 << 16), !chunk.isEmpty {
                try await body.write(ByteBuffer(bytes: chunk))
            }
            try await body.finish(nil)
        })
    }

    static func now() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: Vocabulary.timeZone)
        return formatter.string(from: Date())
    }
}
