/// The explicit approval a PDPA section 26 column needs.
public struct SensitiveApproval: Hashable, Sendable, Codable {
    /// The catalog path of the column, as written in the contract (`disability_code`).
    public var column: String
    public var basis: String
    public var approvedBy: String
    public var approvedOn: LocalDate

    public init(column: String, basis: String, approvedBy: String, approvedOn: LocalDate) {
        self.column = column
        self.basis = basis
        self.approvedBy = approvedBy
        self.approvedOn = approvedOn
    }
}
