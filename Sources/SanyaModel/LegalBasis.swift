/// The PDPA section 24 legal basis (or consent) for processing personal data.
public enum LegalBasis: String, Sendable, Codable, CaseIterable {
    case consent
    case research
    case vitalInterest = "vital-interest"
    case contract
    case publicTask = "public-task"
    case legitimateInterest = "legitimate-interest"
    case legalObligation = "legal-obligation"

    /// The section of the PDPA the basis comes from.
    public var section: String {
        switch self {
        case .consent: "s.19"
        case .research: "s.24(1)"
        case .vitalInterest: "s.24(2)"
        case .contract: "s.24(3)"
        case .publicTask: "s.24(4)"
        case .legitimateInterest: "s.24(5)"
        case .legalObligation: "s.24(6)"
        }
    }
}
