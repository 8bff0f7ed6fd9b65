import Foundation
import NIOCore
import SanyaModel

/// Writes a contract's data to a file (the Export document delivery), with the same queries and encoders
/// the HTTP runtime uses, and records the delivery in the audit log.
public struct Exporter: Sendable {
    public let database: any RegistrarDatabase
    public let state: any StateStore
    let pseudonyms = PseudonymKey()

    public init(database: any RegistrarDatabase, state: any StateStore) {
        self.database = database
        self.state = state
    }

    public struct Refusal: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) {
            self.description = description
        }
    }

    /// Checks that a contract may be delivered today.
    public static func checkDeliverable(_ definition: HandlerDefinition, today: LocalDate) throws {
        switch definition.status {
        case .draft: throw Refusal(description: "'\(definition.contract)' is a draft: it cannot be delivered until it is approved")
        case .revoked: throw Refusal(description: "'\(definition.contract)' has been revoked: its data may no longer be delivered")
        case .rejected: throw Refusal(description: "'\(definition.contract)' was refused: a rejected request is never delivered")
        case .approved: break
        }
        if let until = definition.validUntil, until < today {
            throw Refusal(description: "'\(definition.contract)' expired on \(until) (\(until.thai)): renew the approval before exporting")
        }
    }

    /// Parses `NAME=VALUE` parameters (repeat a name, or separate values with commas, for a list).
    public static func arguments(_ pairs: [String], for definition: HandlerDefinition) throws -> [String: BoundArgument] {
        let items = try pairs.map { pair -> (String, String) in
            guard let equals = pair.firstIndex(of: "=") else { throw Refusal(description: "--param takes NAME=VALUE, not '\(pair)'") }
            return (String(pair[..<equals]), String(pair[pair.index(after: equals)...]))
        }
        do {
            return try ParameterReader.fromQuery(items, definition: definition)
        } catch let error as ParameterError {
            throw Refusal(description: error.message)
        }
    }

    /// Exports to `path`; returns the number of rows.
    ///
    /// - Parameter progress: called with the running row count after each batch.
    public func export(_ definition: HandlerDefinition, arguments: [String: BoundArgument], format: OutputFormat, byteOrderMark: Bool,
                       to path: String, temporaryDirectory: String = NSTemporaryDirectory(), budget: QueryBudget = .unlimited,
                       progress: (Int) -> Void = { _ in }) async throws -> Int {
        guard let query = definition.queries[database.dialect]?.queries(for: arguments).all else {
            throw Refusal(description: "'\(definition.contract)' has no query for \(database.dialect.rawValue); rebuild Generated/")
        }
        let started = ContinuousClock.now
        // A source that changed under the contract is said as such, before any file is begun (when the database's
        // catalogs cannot be read, the query itself says what is wrong).
        if let schema = try? await database.readSchema(schemas: Set(definition.reads.compactMap(\.schema))), let problem = SourceCheck.problem(of: definition, in: schema) {
            try? await state.append([record(definition, arguments, format, rows: 0, status: 503, code: SanyaError.sourceChangedCode, since: started)])
            throw Refusal(description: "'\(definition.contract)' cannot be exported: the registrar's database changed under it (\(problem.reason)); "
                          + "run 'sanya catalog verify', then update the catalog and the contract")
        }
        let bound = try await pseudonyms.arguments(arguments, for: [query], state: state, database: database)
        let cursor = try await database.open(query, arguments: bound, fields: definition.fields, budget: budget)
        var rows = 0
        let partial = path + ".partial"
        do {
            if format == .excel {
                let writer = try XLSXWriter(path: partial, fields: definition.fields, identity: XLSXWriter.Identity(
                    contract: definition.contract, version: definition.version, title: definition.title, unit: definition.unit,
                    purpose: definition.purpose, approvedOn: definition.approvedOn, validUntil: definition.validUntil,
                    generatedAt: ISO8601DateFormatter().string(from: Date())), temporaryDirectory: temporaryDirectory)
                while let batch = try await cursor.next() {
                    writer.write(batch)
                    rows += batch.count
                    progress(rows)
                }
                try writer.close()
            } else {
                guard FileManager.default.createFile(atPath: partial, contents: nil), let file = FileHandle(forWritingAtPath: partial) else { throw Refusal(description: "cannot write \(path)") }
                defer { try? file.close() }
                // An exported file is a document a person opens, most often in a spreadsheet.
                var encoder = format.rowEncoder(for: definition, byteOrderMark: byteOrderMark, forSpreadsheets: true)!
                var buffer = ByteBuffer()
                encoder.begin(into: &buffer)
                while let batch = try await cursor.next() {
                    encoder.encode(batch, into: &buffer)
                    rows += batch.count
                    try file.write(contentsOf: buffer.readableBytesView)
                    buffer.clear()
                    progress(rows)
                }
                encoder.end(next: nil, into: &buffer)
                try file.write(contentsOf: buffer.readableBytesView)
            }
            if FileManager.default.fileExists(atPath: path) { try FileManager.default.removeItem(atPath: path) }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
        } catch {
            cursor.cancel()
            try? FileManager.default.removeItem(atPath: partial)
            // The failed delivery is recorded too, where the state store can still be reached.
            let (status, code) = switch error {
            case DatabaseError.unavailable: (503, "UNAVAILABLE")
            case DatabaseError.queryFailed: (500, "QUERY_FAILED")
            case DatabaseError.timedOut: (504, SanyaError.queryTimeoutCode)
            default: (500, "EXPORT_FAILED")
            }
            try? await state.append([record(definition, arguments, format, rows: rows, status: status, code: code, since: started)])
            throw error
        }
        try await state.append([record(definition, arguments, format, rows: rows, status: 200, code: nil, since: started)])
        return rows
    }

    private func record(_ definition: HandlerDefinition, _ arguments: [String: BoundArgument], _ format: OutputFormat, rows: Int, status: Int,
                        code: String?, since started: ContinuousClock.Instant) -> AuditRecord {
        let elapsed = ContinuousClock.now - started
        let user = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.environment["LOGNAME"] ?? "unknown"
        return AuditRecord(
            time: Date(), contract: definition.contract, unit: definition.unit, keyID: nil, client: "export:\(user)", method: "EXPORT",
            parameters: ParameterReader.auditText(arguments), format: format.rawValue, rows: rows, status: status, code: code,
            durationMilliseconds: Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15)
    }
}
