import Foundation
import SanyaFrontend
import SanyaModel

/// What was delivered under a contract in one month, from the runtime's audit.
public struct MonthlyDelivery: Sendable, Encodable, Hashable {
    /// `YYYY-MM`, in Bangkok.
    public var month: String
    /// Requests answered with data (status 200).
    public var requests: Int
    public var rows: Int
    public var exports: Int

    public init(month: String, requests: Int, rows: Int, exports: Int) {
        self.month = month
        self.requests = requests
        self.rows = rows
        self.exports = exports
    }
}

/// The record of processing activities (PDPA section 39) built from the contracts, with the register of
/// disclosures made without consent (section 27): what `sanya ropa` writes.
public struct RecordOfProcessing: Sendable, Encodable {
    public struct PersonalItem: Sendable, Encodable {
        public var field: String
        public var column: String
        public var description: Bilingual
        public var sensitivity: String
        /// How it is masked, or "in clear".
        public var protection: String
    }

    public struct Entry: Sendable, Encodable {
        public var contract: String
        public var title: String
        public var version: Int
        public var status: String
        public var recipient: String
        public var head: String
        public var coordinator: String
        public var purpose: String
        public var legalBasis: String
        public var sensitiveApprovals: [String]
        /// Whose data: the base table's description.
        public var dataSubjects: Bilingual
        public var personalData: [PersonalItem]
        public var otherFields: [String]
        public var retention: String
        public var access: String
        public var conditions: [String]
        public var approved: String
        public var validUntil: String
        public var securityMeasures: [String]
        public var deliveries: [MonthlyDelivery]?

        enum CodingKeys: String, CodingKey {
            case contract, title, version, status, recipient, head, coordinator, purpose, retention, access, conditions, approved, deliveries
            case legalBasis = "legal_basis", sensitiveApprovals = "sensitive_approvals", dataSubjects = "data_subjects"
            case personalData = "personal_data", otherFields = "other_fields", validUntil = "valid_until", securityMeasures = "security_measures"
        }
    }

    /// A disclosure of personal data to another unit on a basis other than consent (section 27 register).
    public struct Disclosure: Sendable, Encodable {
        public var contract: String
        public var recipient: String
        public var legalBasis: String
        public var personalData: [String]
        public var approved: String
        public var validUntil: String

        enum CodingKeys: String, CodingKey {
            case contract, recipient, approved
            case legalBasis = "legal_basis", personalData = "personal_data", validUntil = "valid_until"
        }
    }

    public var controller: DataController?
    /// "in force on 2026-11-27", or "every approved contract" for the page in Generated/.
    public var scope: String
    public var entries: [Entry]
    public var disclosures: [Disclosure]

    /// - Parameters:
    ///   - day: when given, only the contracts in force that day; otherwise every approved contract (the page in
    ///     `Generated/docs/`, which must not depend on the day it is built).
    ///   - deliveries: per contract, what the audit says was delivered each month.
    public init(contracts: [Contract], catalog: Catalog, controller: DataController?, inForceOn day: LocalDate?,
                deliveries: [String: [MonthlyDelivery]]? = nil) {
        self.controller = controller
        self.scope = day.map { "contracts in force on \($0) (\($0.thai))" } ?? "every approved contract"
        let chosen = contracts.filter { contract in
            guard contract.status == .approved, contract.sensitivity >= .personal || contract.query.fields.contains(where: { $0.sensitivity >= .personal }) else { return false }
            return day.map { contract.isInForce(on: $0) } ?? true
        }.sorted { $0.id < $1.id }
        entries = chosen.map { Self.entry($0, catalog: catalog, deliveries: deliveries?[$0.id] ?? (deliveries == nil ? nil : [])) }
        disclosures = chosen.filter { $0.protection.legalBasis != .consent }.map { contract in
            Disclosure(contract: contract.id, recipient: contract.request.unit, legalBasis: Self.basis(contract),
                       personalData: Self.personal(contract).map(\.field), approved: Self.approved(contract),
                       validUntil: contract.workflow.validUntil?.description ?? "–")
        }
    }

    static func basis(_ contract: Contract) -> String {
        contract.protection.legalBasis.map { "\($0.rawValue) (PDPA \($0.section))" } ?? "–"
    }

    static func approved(_ contract: Contract) -> String {
        contract.workflow.step(.approved).map { "\($0.by)\($0.signature == nil ? "" : " (signed)"), \($0.on)" } ?? "–"
    }

    static func personal(_ contract: Contract) -> [PersonalItem] {
        contract.query.fields.filter { $0.sensitivity >= .personal }.map { field in
            let column = field.value.source
            return PersonalItem(field: field.name, column: column, description: field.description, sensitivity: field.sensitivity.rawValue,
                                protection: field.mask.map { "masked: \($0.summary)" } ?? "in clear")
        }
    }

    static func entry(_ contract: Contract, catalog: Catalog, deliveries: [MonthlyDelivery]?) -> Entry {
        let request = contract.request
        let delivery = contract.delivery
        let access: String
        var conditions: [String] = []
        switch delivery.method {
        case .apiGet, .apiPost:
            access = "HTTPS API (\(delivery.method == .apiGet ? "GET" : "POST") /api/\(contract.id)), formats \(delivery.formats.map(\.rawValue).joined(separator: ", "))"
            conditions.append("an API key per request, stored only as a hash")
        case .view:
            access = "database view \(Vocabulary.viewSchema).\(contract.sqlName), read with the unit's own login"
            conditions.append("a database login with a password, over TLS, ending with valid_until")
        case .export:
            access = "export document (\(delivery.formats.map(\.rawValue).joined(separator: ", "))) handed over with its SHA-256"
        }
        if !delivery.allow.isEmpty { conditions.append("only from " + delivery.allow.map(\.description).joined(separator: ", ")) }
        if let limit = delivery.rowLimit { conditions.append("at most \(limit) rows per request") }
        if let rate = delivery.rateLimit { conditions.append("at most \(rate)") }
        conditions.append("until \(contract.workflow.validUntil?.description ?? "–")")
        var measures: [String] = []
        let personal = personal(contract)
        let masked = personal.filter { $0.protection != "in clear" }
        if !masked.isEmpty { measures.append("masking of " + masked.map(\.field).joined(separator: ", ")) }
        if contract.query.fields.contains(where: { $0.mask == .hash }) { measures.append("pseudonyms: keyed SHA-256, different in every contract") }
        if let size = contract.query.minGroupSize { measures.append("groups under \(size) people suppressed") }
        if !delivery.allow.isEmpty { measures.append("allow-list of client addresses") }
        measures.append("every access and refusal recorded in the audit log")
        measures.append("minimisation: only the fields of the contract, fixed filters")
        let base = catalog.table(contract.query.baseTable)
        return Entry(
            contract: contract.id, title: contract.title, version: contract.version, status: contract.status.rawValue,
            recipient: request.unit, head: Self.person(request.head), coordinator: Self.person(request.coordinator),
            purpose: request.purpose, legalBasis: basis(contract),
            sensitiveApprovals: contract.protection.sensitive.map { "\($0.column): \($0.basis) (\($0.approvedBy), \($0.approvedOn))" },
            dataSubjects: base?.description ?? Bilingual(en: contract.query.baseTable, th: contract.query.baseTable),
            personalData: personal, otherFields: contract.query.fields.filter { $0.sensitivity < .personal }.map(\.name),
            retention: contract.protection.retention ?? "–", access: access, conditions: conditions, approved: approved(contract),
            validUntil: contract.workflow.validUntil?.description ?? "–", securityMeasures: measures, deliveries: deliveries)
    }

    static func person(_ person: Person) -> String {
        [person.name, person.position, person.phone, person.email].compactMap { $0 }.joined(separator: ", ")
    }
}
