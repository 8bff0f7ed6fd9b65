/// Where a contract stands in the approval workflow.
public enum ContractStatus: String, Sendable, Codable, CaseIterable {
    case draft
    case approved
    case revoked
    /// Refused by the director (or at the executive's check): kept as a record, never served.
    case rejected
}

/// How the receiving unit gets its data: the "connection" box of the request form.
public enum DeliveryMethod: String, Sendable, Codable, CaseIterable {
    case apiGet = "api-get"
    case apiPost = "api-post"
    case view
    case export

    /// Whether the runtime serves this method over HTTP.
    public var isServed: Bool { self == .apiGet || self == .apiPost }

    /// The formats the method can produce, the usual first.
    public var formats: [OutputFormat] {
        switch self {
        case .apiGet, .apiPost: [.json, .ndjson, .csv, .table, .excel]
        case .export: [.json, .ndjson, .csv, .excel]
        case .view: [.table]
        }
    }
}

/// An output format of the request form: JSON, TABLE (an HTML table), Excel, or another.
public enum OutputFormat: String, Sendable, Codable, CaseIterable {
    case json
    case ndjson
    case csv
    case table
    case excel

    /// The HTTP media type of the format.
    public var mediaType: String {
        switch self {
        case .json: "application/json"
        case .ndjson: "application/x-ndjson"
        case .csv: "text/csv; charset=utf-8"
        case .table: "text/html; charset=utf-8"
        case .excel: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        }
    }

    public var fileExtension: String {
        switch self {
        case .json: "json"
        case .ndjson: "ndjson"
        case .csv: "csv"
        case .table: "html"
        case .excel: "xlsx"
        }
    }
}

/// A person named on the request form.
public struct Person: Hashable, Sendable, Codable {
    public var name: String
    public var phone: String?
    public var email: String?
    public var position: String?

    public init(name: String, phone: String? = nil, email: String? = nil, position: String? = nil) {
        self.name = name
        self.phone = phone
        self.email = email
        self.position = position
    }
}

/// What the requesting unit wrote on the form.
public struct Request: Hashable, Sendable, Codable {
    public var unit: String
    public var project: String
    public var head: Person
    public var coordinator: Person
    public var purpose: String
    public var memo: String?
    public var requestedOn: LocalDate
    public var details: String?

    public init(unit: String, project: String, head: Person, coordinator: Person, purpose: String, memo: String?, requestedOn: LocalDate, details: String?) {
        self.unit = unit
        self.project = project
        self.head = head
        self.coordinator = coordinator
        self.purpose = purpose
        self.memo = memo
        self.requestedOn = requestedOn
        self.details = details
    }
}

/// A step of the five-step request workflow, plus revocation.
public enum WorkflowStepKind: String, Sendable, Codable, CaseIterable {
    case submitted
    case endorsed
    case prepared
    case approved
    case delivered
    case revoked
    /// The request refused, with the reason.
    case rejected

    /// The step's name in the registrar's own words, for documentation.
    public var thai: String {
        switch self {
        case .submitted: "ยื่นบันทึกข้อความผ่าน e-Office"
        case .endorsed: "ผู้อำนวยการพิจารณาและลงนาม"
        case .prepared: "เจ้าหน้าที่จัดเตรียมข้อมูล"
        case .approved: "ตรวจสอบและอนุมัติ"
        case .delivered: "ส่งมอบข้อมูล"
        case .revoked: "ยกเลิกสิทธิ์"
        case .rejected: "ไม่อนุมัติคำขอ"
        }
    }

    /// The step's name in English.
    public var english: String {
        switch self {
        case .submitted: "memo and form through e-Office"
        case .endorsed: "the director reviews and endorses"
        case .prepared: "staff prepare the data"
        case .approved: "an executive checks and approves"
        case .delivered: "staff deliver through the agreed channel"
        case .revoked: "access revoked"
        case .rejected: "request refused"
        }
    }

    /// The business days W-REG6-001 gives the step, counted from the previous step; nil for a step the
    /// manual does not time (the memo itself, a revocation).
    public var budgetDays: Int? {
        switch self {
        case .endorsed, .approved, .delivered, .rejected: 1
        case .prepared: 4
        case .submitted, .revoked: nil
        }
    }
}

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

/// One entry of a contract's allow-list.
///
/// Encoded as its text (`10.1.2.0/24`, `lib.example.ac.th`): an entry that parses as an address or range is
/// a network, anything else a host name, so the two cannot be confused.
public enum ClientRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// An IPv4 or IPv6 network in CIDR form; a single address is a /32 or /128.
    case network(IPNetwork)
    /// A host name, from a URL or a name on the form. The runtime admits the addresses it resolves to
    /// (resolved when contracts load and again every few minutes); for a View Table, PostgreSQL resolves
    /// it for `pg_hba.conf`.
    case host(String)

    public var description: String {
        switch self {
        case .network(let network): network.description
        case .host(let host): host
        }
    }

    /// How often the runtime resolves the host names of its allow-lists again, in seconds.
    public static let hostRefreshSeconds = 300

    /// Reads an allow-list entry as the request form allows it to be written: an address (`10.1.2.3`,
    /// `2001:db8::1`), a CIDR range, `*` or `any` for every address, a host name (`lib.example.ac.th`,
    /// or a single label such as `localhost` or an intranet host), or a URL whose host is one of these
    /// (`https://lib.example.ac.th:8443/sync`). Nil when it is none of them.
    ///
    /// The checker, the request page and the runtime all use this one definition.
    public init?(parsing text: String) {
        // What is accepted is FormRule.allowEntry's one pattern; the code below only converts.
        guard FormRule.allowEntry.accepts(text) else { return nil }
        if text == "*" || text == "any" {
            self = .network(IPNetwork("0.0.0.0/0")!)
            return
        }
        if let network = IPNetwork(text) {
            self = .network(network)
            return
        }
        var host = text.lowercased()
        if let scheme = host.range(of: "://") {
            guard host[..<scheme.lowerBound].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
                  !host[..<scheme.lowerBound].isEmpty else { return nil }
            host = String(host[scheme.upperBound...])
            if let end = host.firstIndex(where: { "/?#".contains($0) }) { host = String(host[..<end]) }
            if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
            if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
                let inner = String(host[host.index(after: host.startIndex)..<close])
                guard let network = IPNetwork(inner), network.isSingleAddress else { return nil }
                self = .network(network)
                return
            }
            if let colon = host.lastIndex(of: ":") {
                let port = host[host.index(after: colon)...]
                guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isNumber) else { return nil }
                host = String(host[..<colon])
            }
            if let network = IPNetwork(host), network.isSingleAddress {
                self = .network(network)
                return
            }
        }
        guard Self.isHostName(host) else { return nil }
        self = .host(host)
    }

    /// A DNS host name (RFC 1123): labels of letters, digits and inner hyphens, at most 63 characters each
    /// and 253 in all, the last not all digits. One label is enough (`localhost`, an intranet name).
    public static func isHostName(_ text: String) -> Bool {
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !name.isEmpty, name.count <= 253, let last = labels.last, !last.allSatisfy(\.isNumber) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let network = IPNetwork(text) {
            self = .network(network)
        } else if Self.isHostName(text) {
            self = .host(text)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an address, range or host name: \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A rate limit: at most `requests` in each `seconds`.
public struct RateLimit: Hashable, Sendable, Codable, CustomStringConvertible {
    public var requests: Int
    public var seconds: Int

    public init(requests: Int, seconds: Int) {
        self.requests = requests
        self.seconds = seconds
    }

    public var description: String {
        switch seconds {
        case 1: "\(requests)/second"
        case 60: "\(requests)/minute"
        case 3600: "\(requests)/hour"
        case 86_400: "\(requests)/day"
        default: "\(requests)/\(seconds)s"
        }
    }
}

/// How the data reaches the receiving unit.
public struct Delivery: Hashable, Sendable, Codable {
    public var method: DeliveryMethod
    public var formats: [OutputFormat]
    public var allow: [ClientRule]
    public var rowLimit: Int?
    public var rateLimit: RateLimit?

    public init(method: DeliveryMethod, formats: [OutputFormat], allow: [ClientRule], rowLimit: Int?, rateLimit: RateLimit?) {
        self.method = method
        self.formats = formats
        self.allow = allow
        self.rowLimit = rowLimit
        self.rateLimit = rateLimit
    }
}

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

/// A data contract after checking: every name resolved against the catalog, every value typed.
///
/// This is the only form of a contract that code generation and the runtime see.
public struct Contract: Hashable, Sendable, Codable {
    public var id: String
    public var version: Int
    public var title: String
    public var status: ContractStatus
    public var request: Request
    public var workflow: Workflow
    public var delivery: Delivery
    public var query: ResolvedQuery
    public var protection: Protection
    /// The contract file, relative to the repository root.
    public var source: String

    public init(id: String, version: Int, title: String, status: ContractStatus, request: Request, workflow: Workflow, delivery: Delivery, query: ResolvedQuery, protection: Protection, source: String) {
        self.id = id
        self.version = version
        self.title = title
        self.status = status
        self.request = request
        self.workflow = workflow
        self.delivery = delivery
        self.query = query
        self.protection = protection
        self.source = source
    }

    /// The highest sensitivity of any field served.
    public var sensitivity: Sensitivity { query.fields.map(\.sensitivity).max() ?? .public }

    /// A name for database objects: the id with hyphens turned into underscores.
    public var sqlName: String { id.escaping("-", as: "_") }

    /// Whether the contract may be delivered on the given day.
    public func isInForce(on day: LocalDate) -> Bool {
        status.isInForce(until: workflow.validUntil, on: day)
    }
}
