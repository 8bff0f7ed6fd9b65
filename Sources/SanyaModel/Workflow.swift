/// The approval history of a contract and how long the approval lasts.
public struct Workflow: Hashable, Sendable, Codable {
    public var steps: [WorkflowStep]
    public var validUntil: LocalDate?

    public init(steps: [WorkflowStep], validUntil: LocalDate?) {
        self.steps = steps
        self.validUntil = validUntil
    }

    public func step(_ kind: WorkflowStepKind) -> WorkflowStep? { steps.first { $0.kind == kind } }
}
