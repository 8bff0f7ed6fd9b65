import SanyaDiagnostics
import SanyaModel

/// How much a change matters to the units that depend on a contract.
public enum ChangeLevel: String, Sendable, Codable, CaseIterable, Comparable {
    /// Breaks or endangers a consumer, or needs a new approval.
    case error = "ERR"
    /// Needs a reviewer's eyes.
    case warning = "WARN"
    /// Worth knowing.
    case info = "INFO"

    private var rank: Int { Self.allCases.firstIndex(of: self)! }
    /// `ERR` < `WARN` < `INFO`: the more serious first.
    public static func < (lhs: ChangeLevel, rhs: ChangeLevel) -> Bool { lhs.rank < rhs.rank }
}

/// The stable ids of what `sanya diff` reports. Ids never change meaning once published: CI, waivers and
/// the golden tests key on them. Where a change has a direction, tightening and loosening are two rules.
public enum ChangeRule: String, Sendable, Codable, CaseIterable {
    case contractAdded = "CONTRACT_ADDED"
    case contractRemoved = "CONTRACT_REMOVED"
    case contractRevoked = "CONTRACT_REVOKED"
    case contractApproved = "CONTRACT_APPROVED"
    case contractRejected = "CONTRACT_REJECTED"
    case contractDoesNotCheck = "CONTRACT_DOES_NOT_CHECK"
    case fieldRemoved = "FIELD_REMOVED"
    case fieldRenamed = "FIELD_RENAMED"
    case fieldTypeChanged = "FIELD_TYPE_CHANGED"
    case fieldAdded = "FIELD_ADDED"
    case fieldSourceChanged = "FIELD_SOURCE_CHANGED"
    case fieldMaskAdded = "FIELD_MASK_ADDED"
    case fieldMaskRemoved = "FIELD_MASK_REMOVED"
    case fieldMaskChanged = "FIELD_MASK_CHANGED"
    case parameterAddedRequired = "PARAMETER_ADDED_REQUIRED"
    case parameterAddedOptional = "PARAMETER_ADDED_OPTIONAL"
    case parameterRemoved = "PARAMETER_REMOVED"
    case parameterTypeChanged = "PARAMETER_TYPE_CHANGED"
    case parameterNowRequired = "PARAMETER_NOW_REQUIRED"
    case parameterNowOptional = "PARAMETER_NOW_OPTIONAL"
    case formatRemoved = "FORMAT_REMOVED"
    case formatAdded = "FORMAT_ADDED"
    case methodChanged = "METHOD_CHANGED"
    case allowRemoved = "ALLOW_REMOVED"
    case allowAdded = "ALLOW_ADDED"
    case rowLimitLowered = "ROW_LIMIT_LOWERED"
    case rowLimitRaised = "ROW_LIMIT_RAISED"
    case rateLimitLowered = "RATE_LIMIT_LOWERED"
    case rateLimitRaised = "RATE_LIMIT_RAISED"
    case validUntilEarlier = "VALID_UNTIL_EARLIER"
    case validUntilLater = "VALID_UNTIL_LATER"
    case filterNarrowed = "FILTER_NARROWED"
    case filterWidened = "FILTER_WIDENED"
    case purposeChanged = "PURPOSE_CHANGED"
    case legalBasisChanged = "LEGAL_BASIS_CHANGED"
    case sensitivityRaised = "SENSITIVITY_RAISED"
    case versionNotBumped = "VERSION_NOT_BUMPED"
    case catalogTableRemoved = "CATALOG_TABLE_REMOVED"
    case catalogColumnRemoved = "CATALOG_COLUMN_REMOVED"
    case catalogColumnTypeChanged = "CATALOG_COLUMN_TYPE_CHANGED"
    case catalogRelationChanged = "CATALOG_RELATION_CHANGED"
    case catalogSensitivityChanged = "CATALOG_SENSITIVITY_CHANGED"
    case rosterChanged = "ROSTER_CHANGED"

    /// The level of the rule; a few depend on the case (see `ContractDiff`), this is the usual one.
    public var level: ChangeLevel {
        switch self {
        case .contractAdded, .contractApproved, .contractRejected, .fieldAdded, .parameterAddedOptional, .parameterNowOptional,
             .formatAdded, .rowLimitRaised, .rateLimitRaised:
            .info
        case .fieldSourceChanged, .fieldMaskAdded, .fieldMaskChanged, .allowAdded, .rowLimitLowered, .rateLimitLowered,
             .validUntilEarlier, .filterNarrowed:
            .warning
        default:
            .error
        }
    }

    /// One line on what the rule means, for the reference, SARIF's rule list and the reports.
    public var summary: String {
        switch self {
        case .contractAdded: "A new contract."
        case .contractRemoved: "A contract was deleted: its unit loses its data, and the record of the approval goes with it."
        case .contractRevoked: "A contract was revoked: its unit loses its data."
        case .contractApproved: "A draft was approved: the data will be served."
        case .contractRejected: "A request was refused."
        case .contractDoesNotCheck: "The contract does not pass `sanya check` on this side, so what it would serve cannot be compared."
        case .fieldRemoved: "A served field is gone: consumers reading it break."
        case .fieldRenamed: "A field keeps its column under another name: consumers reading the old name break."
        case .fieldTypeChanged: "A field's type changed: consumers parsing it may break."
        case .fieldAdded: "A new field is served."
        case .fieldSourceChanged: "A field keeps its name but reads another column."
        case .fieldMaskAdded: "A field is now masked: consumers see less (tightening)."
        case .fieldMaskRemoved: "A mask was removed: personal data is now disclosed in clear (needs approval)."
        case .fieldMaskChanged: "A field is masked differently."
        case .parameterAddedRequired: "A new required parameter: existing requests without it are refused."
        case .parameterAddedOptional: "A new optional parameter."
        case .parameterRemoved: "A parameter is gone: requests sending it are refused."
        case .parameterTypeChanged: "A parameter takes another type: existing requests may be refused."
        case .parameterNowRequired: "An optional parameter became required: requests without it are refused."
        case .parameterNowOptional: "A required parameter became optional."
        case .formatRemoved: "An agreed output format is no longer delivered."
        case .formatAdded: "A new output format is delivered."
        case .methodChanged: "The delivery method changed: the unit must connect differently."
        case .allowRemoved: "An address was removed from the allow-list: the unit may lose access from it."
        case .allowAdded: "An address was added to the allow-list: access widened (review who is behind it)."
        case .rowLimitLowered: "Fewer rows per request (tightening)."
        case .rowLimitRaised: "More rows per request, or no limit (loosening)."
        case .rateLimitLowered: "Fewer requests allowed (tightening)."
        case .rateLimitRaised: "More requests allowed, or no limit (loosening)."
        case .validUntilEarlier: "The contract ends earlier."
        case .validUntilLater: "The contract runs longer: a renewal needs a new approval (ERR unless the approval is re-dated)."
        case .filterNarrowed: "A fixed filter now admits fewer rows (tightening)."
        case .filterWidened: "A fixed filter now admits more rows (loosening; ERR when personal data is served)."
        case .purposeChanged: "The purpose changed: under PDPA s.21 a new purpose needs a new approval."
        case .legalBasisChanged: "The legal basis changed: needs a new approval."
        case .sensitivityRaised: "A personal or sensitive column is newly served: needs approval (and a s.26 approval for sensitive data)."
        case .versionNotBumped: "What is served changed but `version` did not."
        case .catalogTableRemoved: "A catalog table was removed; the contracts reading it break."
        case .catalogColumnRemoved: "A catalog column was removed; the contracts reading it break."
        case .catalogColumnTypeChanged: "A catalog column changed type; the contracts reading it may break."
        case .catalogRelationChanged: "A catalog relation (foreign key) changed or was removed; the paths through it change."
        case .catalogSensitivityChanged: "A catalog column's sensitivity changed; the protection of the contracts reading it must be reviewed."
        case .rosterChanged: "The roster of decision makers changed (a person, their steps, key or validity, or when signatures are required): who can approve disclosures changed."
        }
    }
}

/// The contract a finding concerns, with whom to tell.
public struct ContractParty: Hashable, Sendable, Codable {
    public var contract: String
    public var unit: String
    public var coordinator: String
    public var email: String

    public init(_ contract: Contract) {
        self.contract = contract.id
        self.unit = contract.request.unit
        self.coordinator = contract.request.coordinator.name
        self.email = contract.request.coordinator.email ?? ""
    }
}

/// One change found by `sanya diff`.
public struct ChangeFinding: Hashable, Sendable, Codable {
    public var rule: ChangeRule
    public var level: ChangeLevel
    public var message: String
    /// The contracts concerned: one for a contract's change, every contract that reads it for a catalog change.
    public var parties: [ContractParty]
    /// Where: on the HEAD side, or on BASE for what was removed.
    public var location: SourceLocation
    public var side: Side
    /// Set when a waiver accepts the finding.
    public var waiver: String?

    public enum Side: String, Sendable, Codable { case head, base }

    public init(_ rule: ChangeRule, _ message: String, parties: [ContractParty], at location: SourceLocation, side: Side = .head, level: ChangeLevel? = nil) {
        self.rule = rule
        self.level = level ?? rule.level
        self.message = message
        self.parties = parties
        self.location = location
        self.side = side
    }

    /// The contract id, or the first of several.
    public var contract: String? { parties.first?.contract }
}
