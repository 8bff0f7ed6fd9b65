import Foundation

/// What the audit record of one contract request says so far: filled in by the middleware and the writer
/// as the request goes, written once when its answer is complete.
final class AuditOutcome: @unchecked Sendable {
    let started = ContinuousClock.now
    let time = Date()
    let contract: String
    let method: String
    var unit = ""
    var keyID: String?
    var client: String?
    var parameters = "{}"
    var format: String?
    var rows = 0
    /// Set when the answer failed after its status line went out (the database failed mid-stream, or the
    /// client went away); otherwise the response's status is recorded.
    var failure: (status: Int, code: String)?
    /// Runs once when the answer is complete or has failed: gives back the request's place in the bulkhead
    /// and stops watching its connection (set by the endpoint once the query is admitted).
    var endOfAnswer: (@Sendable () -> Void)?

    init(contract: String, method: String) {
        self.contract = contract
        self.method = method
    }

    var seconds: Double {
        let elapsed = ContinuousClock.now - started
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    func record(status: Int, code: String?) -> AuditRecord {
        AuditRecord(time: time, contract: contract, unit: unit, keyID: keyID, client: client, method: method, parameters: parameters,
                    format: format, rows: rows, status: status, code: code, durationMilliseconds: seconds * 1000)
    }
}
