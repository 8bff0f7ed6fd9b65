/// Where a contract stands in the approval workflow.
public enum ContractStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case approved
    case revoked
    /// Refused by the director (or at the executive's check): kept as a record, never served.
    case rejected
}
