/// A dated workflow step and who took it.
public struct WorkflowStep: Hashable, Sendable, Codable {
    public var kind: WorkflowStepKind
    public var by: String
    public var on: LocalDate
    public var note: String?
    /// Why a request was refused (the `rejected` step only).
    public var reason: String?

    public init(kind: WorkflowStepKind, by: String, on: LocalDate, note: String? = nil, reason: String? = nil) {
        self.kind = kind
        self.by = by
        self.on = on
        self.note = note
        self.reason = reason
    }
}
