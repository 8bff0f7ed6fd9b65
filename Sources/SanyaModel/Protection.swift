/// The contract's PDPA protections.
public struct Protection: Hashable, Sendable, Codable {
    public var legalBasis: LegalBasis?
    public var retention: String?
    public var sensitive: [SensitiveApproval]

    public init(legalBasis: LegalBasis?, retention: String?, sensitive: [SensitiveApproval]) {
        self.legalBasis = legalBasis
        self.retention = retention
        self.sensitive = sensitive
    }
}
