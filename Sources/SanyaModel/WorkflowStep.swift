/// A dated workflow step and who took it.
public struct WorkflowStep: Hashable, Sendable, Codable {
    public var kind: WorkflowStepKind
    public var by: String
    public var on: LocalDate
    public var note: String?
    /// Why a request was refused (the `rejected` step only).
    public var reason: String?
    /// The decision maker's signature (`ApprovalStatement.signedSteps` only).
    public var signature: ApprovalSignature?

    public init(kind: WorkflowStepKind, by: String, on: LocalDate, note: String? = nil, reason: String? = nil, signature: ApprovalSignature? = nil) {
        self.kind = kind
        self.by = by
        self.on = on
        self.note = note
        self.reason = reason
        self.signature = signature
    }
}
