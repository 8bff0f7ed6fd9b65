import Foundation
import SanyaDiagnostics
import SanyaModel

/// Checks contract documents against the catalog and resolves them into `Contract` values.
///
/// Every problem is reported with its position; a contract with errors yields no `Contract`.
public struct ContractChecker: Sendable {
    public let catalog: Catalog
    /// The day "valid-until already past" is judged against.
    public let today: LocalDate
    /// How many days before `valid_until` an approved contract is reported as expiring.
    public var expiryNoticeDays = Vocabulary.expiryNoticeDays

    static let topKeys = ["contract", "version", "title", "status", "request", "workflow", "delivery", "data", "protection"]
    static let requestKeys = ["unit", "project", "head", "coordinator", "purpose", "memo", "requested", "details"]
    static let personKeys = ["name", "position", "phone", "email"]
    static let workflowKeys = WorkflowStepKind.allCases.map(\.rawValue) + ["valid_until"]
    static let stepKeys = ["by", "date", "note"]
    /// A refusal says why.
    static let rejectedStepKeys = ["by", "date", "reason", "note"]
    /// A decision maker's step may carry their signature (`sanya sign` writes it).
    static let signedStepKeys = ["by", "date", "note", "signature"]
    static let signatureKeys = ["digest", "sshsig"]
    static let deliveryKeys = ["method", "formats", "allow", "row_limit", "rate_limit", "time_limit"]
    static let timeLimitKeys = ["page", "export"]
    static let dataKeys = ["from", "fields", "where", "parameters", "order_by", "min_group_size"]
    static let fieldKeys = ["name", "column", "mask", "aggregate", "from", "where", "description"]
    static let filterKeys = ["column"] + ComparisonOperator.allCases.map(\.rawValue)
    static let childRowsKeys = ["has", "has_no", "where"]
    static let parameterKeys = ["name", "column", "op", "type", "required", "list", "max_items", "description"]
    static let protectionKeys = ["legal_basis", "retention", "sensitive"]
    static let approvalKeys = ["column", "basis", "approved_by", "approved_on"]
    /// Query names the runtime itself uses, which a parameter may not take.

    public init(catalog: Catalog, today: LocalDate) {
        self.catalog = catalog
        self.today = today
    }

    /// Checks every contract document, including that ids are unique across them.
    public func check(_ documents: [SourceDocument]) -> ([Contract], [Diagnostic]) {
        // Each contract is resolved on its own (on every core); only the ids are compared across them.
        let sorted = documents.sorted(by: { $0.path < $1.path })
        let resolved = sorted.concurrentMap { document -> (contract: Contract?, diagnostics: [Diagnostic]) in
            guard let root = document.root else { return (nil, []) }
            let reader = SyntaxReader()
            let contract = resolve(root, source: document.path, reader)
            return (contract, reader.diagnostics)
        }
        var contracts: [Contract] = []
        var diagnostics: [Diagnostic] = []
        var ids: [String: SourceLocation] = [:]
        for (document, outcome) in zip(sorted, resolved) {
            diagnostics += document.diagnostics
            guard let root = document.root else { continue }
            diagnostics += outcome.diagnostics
            if let (id, location) = idOf(root) {
                if let first = ids[id] {
                    diagnostics.append(.error(.contractDuplicateID, "contract id '\(id)' is already used", at: location, note: "first used at \(first)"))
                    continue
                }
                ids[id] = location
            }
            if let contract = outcome.contract, !outcome.diagnostics.contains(where: { $0.severity == .error }) {
                contracts.append(contract)
            }
        }
        return (contracts, diagnostics)
    }

    private func idOf(_ root: SyntaxNode) -> (String, SourceLocation)? {
        guard case .mapping(let pairs) = root.kind, let node = pairs.first(where: { $0.key == "contract" })?.value,
              let text = node.scalar?.text, !text.isEmpty else { return nil }
        return (text, node.location)
    }

    // MARK: - The contract

    /// The passes that judge a contract once it is read and its disclosure decided (`DisclosureDecision`): the
    /// office's workflow, PDPA protection, and the suppression of small groups. Each reads the resolved
    /// contract and emits its own diagnostics.
    var policies: [any ContractPolicy] { [WorkflowPolicy(today: today, expiryNoticeDays: expiryNoticeDays), ProtectionPolicy(), SuppressionPolicy(catalog: catalog)] }

    private func resolve(_ root: SyntaxNode, source: String, _ reader: SyntaxReader) -> Contract? {
        guard var reading = read(root, reader) else { return nil }
        if var data = reading.data {
            DisclosureDecision(catalog: catalog).decide(&data)
            reading.data = data
        }
        for policy in policies { policy.check(reading, reader) }
        guard let id = reading.id, let version = reading.version, let title = reading.title, let status = reading.status,
              let request = reading.request, let workflow = reading.workflow, let delivery = reading.delivery, let data = reading.data,
              data.complete, let protection = reading.protection?.value else { return nil }
        return Contract(id: id, version: version, title: title, status: status, request: request, workflow: workflow,
                        delivery: delivery, query: data.query, protection: protection, source: source)
    }

    /// The reading stage: every part of the contract resolved against the language and the catalog, each
    /// with the syntax node it came from; no policy is judged here.
    private func read(_ root: SyntaxNode, _ reader: SyntaxReader) -> ContractReading? {
        guard let map = reader.mapping(root, "a contract", keys: Self.topKeys) else { return nil }
        let id = reader.string(map.required("contract"), "the contract id")
        if let id, !Self.isValidID(id) {
            reader.error(.contractInvalidID, "contract id '\(id)' must be 3–63 lower-case letters, digits and single hyphens, starting with a letter", at: map.optional("contract")!,
                         note: "the id becomes part of URLs and database object names")
        }
        var reading = ContractReading(root: root)
        reading.id = id
        reading.version = reader.integer(map.required("version"), "the version", range: 1...100_000)
        reading.title = reader.string(map.required("title"), "the title")
        reading.status = reader.choice(map.required("status"), "status", ContractStatus.self)
        reading.request = readRequest(map.required("request"), reader)
        reading.workflowNode = map.optional("workflow")
        reading.workflow = readWorkflow(map.required("workflow"), reader)
        reading.deliveryNode = map.optional("delivery")
        reading.delivery = readDelivery(map.required("delivery"), reader)
        reading.protection = readProtection(map.optional("protection"), reader)
        reading.data = readData(map.required("data"), method: reading.delivery?.method, reader)
        return reading
    }

    static func isValidID(_ id: String) -> Bool { FormRule.contractID.accepts(id) }

    // MARK: - Request

    private func readRequest(_ node: SyntaxNode?, _ reader: SyntaxReader) -> Request? {
        guard let map = reader.mapping(node, "the request", keys: Self.requestKeys) else { return nil }
        let unit = reader.string(map.required("unit"), "the unit")
        let project = reader.string(map.required("project"), "the project")
        let head = readPerson(map.required("head"), "the project head", reader)
        let coordinator = readPerson(map.required("coordinator"), "the coordinator", reader)
        let purpose = reader.string(map.required("purpose"), "the purpose")
        let memo = map.optional("memo").flatMap { reader.string($0, "the e-Office memo number") }
        let requested = reader.date(map.required("requested"), "the request date")
        let details = map.optional("details").flatMap { reader.string($0, "the data details") }
        guard let unit, let project, let head, let coordinator, let purpose, let requested else { return nil }
        return Request(unit: unit, project: project, head: head, coordinator: coordinator, purpose: purpose, memo: memo, requestedOn: requested, details: details)
    }

    private func readPerson(_ node: SyntaxNode?, _ what: String, _ reader: SyntaxReader) -> Person? {
        guard let map = reader.mapping(node, what, keys: Self.personKeys) else { return nil }
        let name = reader.string(map.required("name"), "the name of \(what)")
        let position = map.optional("position").flatMap { reader.string($0, "the position") }
        var phone: String?
        if let node = map.required("phone"), let text = reader.string(node, "the phone number") {
            if Self.isValidPhone(text) { phone = text } else {
                reader.error(.invalidPhone, "'\(text)' is not a phone number", at: node, note: "write it as \(FormRule.phone.hint)")
            }
        }
        var email: String?
        if let node = map.required("email"), let text = reader.string(node, "the e-mail address") {
            if Self.isValidEmail(text) { email = text } else {
                reader.error(.invalidEmail, "'\(text)' is not an e-mail address", at: node)
            }
        }
        guard let name, phone != nil, email != nil else { return nil }
        return Person(name: name, phone: phone, email: email, position: position)
    }

    static func isValidEmail(_ text: String) -> Bool { FormRule.email.accepts(text) }

    static func isValidPhone(_ text: String) -> Bool { FormRule.phone.accepts(text) }

    // MARK: - Workflow

    private func readWorkflow(_ node: SyntaxNode?, _ reader: SyntaxReader) -> Workflow? {
        guard let map = reader.mapping(node, "the workflow", keys: Self.workflowKeys) else { return nil }
        var steps: [WorkflowStep] = []
        var complete = true
        for kind in WorkflowStepKind.allCases {
            guard let stepNode = map.optional(kind.rawValue) else { continue }
            let keys = kind == .rejected ? Self.rejectedStepKeys : ApprovalStatement.signedSteps.contains(kind) ? Self.signedStepKeys : Self.stepKeys
            guard let step = reader.mapping(stepNode, "the '\(kind.rawValue)' step", keys: keys) else { complete = false; continue }
            let by = reader.string(step.required("by"), "who took the '\(kind.rawValue)' step")
            let on = reader.date(step.required("date"), "the date of the '\(kind.rawValue)' step")
            let note = step.optional("note").flatMap { reader.string($0, "the note") }
            var reason: String?
            if kind == .rejected {
                reason = reader.string(step.required("reason"), "the reason for the refusal")
                if reason == nil { complete = false }
            }
            var signature: ApprovalSignature?
            if let node = step.optional("signature") {
                guard let signed = reader.mapping(node, "the signature of the '\(kind.rawValue)' step", keys: Self.signatureKeys),
                      let digest = reader.string(signed.required("digest"), "the digest the signature covers"),
                      let sshsig = reader.string(signed.required("sshsig"), "the SSH signature") else { complete = false; continue }
                signature = ApprovalSignature(digest: digest, sshsig: sshsig)
            }
            guard let by, let on else { complete = false; continue }
            steps.append(WorkflowStep(kind: kind, by: by, on: on, note: note, reason: reason, signature: signature))
        }
        var validUntil: LocalDate?
        if let node = map.optional("valid_until") {
            validUntil = reader.date(node, "valid_until")
            if validUntil == nil { complete = false }
        }
        guard complete else { return nil }
        return Workflow(steps: steps, validUntil: validUntil)
    }

    // MARK: - Delivery

    private func readDelivery(_ node: SyntaxNode?, _ reader: SyntaxReader) -> Delivery? {
        guard let map = reader.mapping(node, "the delivery", keys: Self.deliveryKeys) else { return nil }
        let method = reader.choice(map.required("method"), "delivery method", DeliveryMethod.self)
        var formats: [OutputFormat] = []
        var formatsOK = true
        if let node = map.optional("formats") {
            for item in reader.listOrScalar(node, "the formats") ?? [] {
                guard let format = reader.choice(item, "format", OutputFormat.self) else { formatsOK = false; continue }
                if let method, !Self.formats(for: method).contains(format) {
                    reader.error(.formatNotForMethod, "format '\(format.rawValue)' cannot be delivered by '\(method.rawValue)'", at: item,
                                 note: "'\(method.rawValue)' delivers: \(Self.formats(for: method).map(\.rawValue).joined(separator: ", "))")
                    formatsOK = false
                    continue
                }
                if !formats.contains(format) { formats.append(format) }
            }
        } else if let method {
            if method == .view {
                formats = [.table]
            } else {
                reader.error(.missingKey, "the delivery is missing 'formats'", at: map.node)
                formatsOK = false
            }
        }
        var allow: [ClientRule] = []
        var allowOK = true
        if let node = method == .export ? map.optional("allow") : map.required("allow") {
            let items = reader.listOrScalar(node, "the allow-list") ?? []
            if items.isEmpty && method != .export {
                reader.error(.invalidAddress, "the allow-list is empty: nobody could connect", at: node)
                allowOK = false
            }
            for item in items {
                guard let text = reader.string(item, "an allowed client") else { allowOK = false; continue }
                guard let rule = ClientRule(parsing: text) else {
                    reader.error(.invalidAddress, "'\(text)' is not an IP address, CIDR range, host name or URL", at: item,
                                 note: "write \(FormRule.allowEntry.hint)")
                    allowOK = false
                    continue
                }
                allow.append(rule)
                if case .host(let host) = rule, let method, method != .export {
                    reader.emit(Diagnostic(.note, .hostEntry, Self.hostEnforcement(host, method), at: item.location))
                }
            }
        } else if method != .export {
            allowOK = false
        }
        let rowLimit = map.optional("row_limit").flatMap { node -> Int? in
            let limit = reader.integer(node, "row_limit")
            if let limit, !(1...50_000_000).contains(limit) {
                reader.error(.invalidLimit, "row_limit must be between 1 and 50,000,000, not \(limit)", at: node)
                return nil
            }
            return limit
        }
        var rateLimit: RateLimit?
        if let node = map.optional("rate_limit"), let text = reader.string(node, "rate_limit") {
            rateLimit = Self.rateLimit(text)
            if rateLimit == nil {
                reader.error(.invalidLimit, "rate_limit '\(text)' is not of the form N/second, N/minute, N/hour or N/day", at: node,
                             note: "for example 60/minute")
            }
        }
        let timeLimits = method.flatMap { Self.readTimeLimits(map.optional("time_limit"), method: $0, reader) }
        guard let method, formatsOK, allowOK else { return nil }
        return Delivery(method: method, formats: formats, allow: allow, rowLimit: rowLimit, rateLimit: rateLimit, timeLimits: timeLimits)
    }

    /// `time_limit`: one duration (a page's budget for a served API, the whole export's for an export, each
    /// statement's of the unit's login for a View Table), or `page:` and `export:` for an API, which also streams.
    static func readTimeLimits(_ node: SyntaxNode?, method: DeliveryMethod, _ reader: SyntaxReader) -> QueryTimeLimits? {
        guard let node else { return nil }
        func duration(_ node: SyntaxNode?, _ what: String, _ range: ClosedRange<Int>) -> Int? {
            guard let node, let text = reader.string(node, what) else { return nil }
            guard let milliseconds = DurationText.milliseconds(text) else {
                reader.error(.invalidLimit, "\(what) '\(text)' is not a duration", at: node, note: "write \(DurationText.hint)")
                return nil
            }
            guard range.contains(milliseconds) else {
                reader.error(.invalidLimit, "\(what) must be from \(DurationText.text(range.lowerBound)) to \(DurationText.text(range.upperBound)), not \(text)",
                             at: node)
                return nil
            }
            return milliseconds
        }
        let served = method == .apiGet || method == .apiPost
        if case .mapping = node.kind {
            guard served else {
                reader.error(.invalidLimit, "time_limit of '\(method.rawValue)' is one duration: its queries are all exports", at: node,
                             note: "for example time_limit: 20m")
                return nil
            }
            guard let map = reader.mapping(node, "the time limit", keys: timeLimitKeys) else { return nil }
            let limits = QueryTimeLimits(pageMilliseconds: duration(map.optional("page"), "the page time limit", QueryTimeLimits.pageRange),
                                         exportMilliseconds: duration(map.optional("export"), "the export time limit", QueryTimeLimits.exportRange))
            return limits == .none ? nil : limits
        }
        if served {
            return duration(node, "time_limit", QueryTimeLimits.pageRange).map { QueryTimeLimits(pageMilliseconds: $0) }
        }
        return duration(node, "time_limit", QueryTimeLimits.exportRange).map { QueryTimeLimits(exportMilliseconds: $0) }
    }

    /// The formats each delivery method can produce.
    public static func formats(for method: DeliveryMethod) -> [OutputFormat] { method.formats }

    /// Parses an allow-list entry: an address, a CIDR range, `*` for everyone, a URL or a host name.
    /// What `sanya check` tells the author about a host name on an allow-list.
    static func hostEnforcement(_ host: String, _ method: DeliveryMethod) -> String {
        if method == .view {
            return "'\(host)' is a host name: PostgreSQL admits a login through it only when the client's address resolves back to "
                + "this name and the name to that address (pg_hba.conf); list the unit's address or range if its DNS is not that tidy"
        }
        return "'\(host)' is a host name: the runtime admits the addresses it resolves to, looked up when the contracts load and "
            + "every \(ClientRule.hostRefreshSeconds / 60) minutes; while it does not resolve, nobody is admitted through it"
    }

    static func rateLimit(_ text: String) -> RateLimit? {
        let parts = text.replacingOccurrences(of: " ", with: "").split(separator: "/")
        guard parts.count == 2, let count = Int(parts[0]), (1...1_000_000).contains(count) else { return nil }
        let seconds: Int
        switch parts[1] {
        case "second", "s", "sec": seconds = 1
        case "minute", "min", "m": seconds = 60
        case "hour", "h": seconds = 3600
        case "day", "d": seconds = 86_400
        default: return nil
        }
        return RateLimit(requests: count, seconds: seconds)
    }

    // MARK: - Protection

    struct ReadProtection {
        var value: Protection
        var approvalNodes: [SyntaxNode]
    }

    private func readProtection(_ node: SyntaxNode?, _ reader: SyntaxReader) -> ReadProtection? {
        guard let node else { return ReadProtection(value: Protection(legalBasis: nil, retention: nil, sensitive: []), approvalNodes: []) }
        guard let map = reader.mapping(node, "the protection", keys: Self.protectionKeys) else { return nil }
        var ok = true
        var basis: LegalBasis?
        if let node = map.optional("legal_basis") {
            basis = reader.choice(node, "legal basis", LegalBasis.self)
            if basis == nil { ok = false }
        }
        let retention = map.optional("retention").flatMap { reader.string($0, "the retention") }
        var approvals: [SensitiveApproval] = []
        var nodes: [SyntaxNode] = []
        for item in reader.list(map.optional("sensitive"), "the sensitive-data approvals") ?? [] {
            guard let approval = reader.mapping(item, "a sensitive-data approval", keys: Self.approvalKeys) else { ok = false; continue }
            let column = reader.string(approval.required("column"), "the approved column")
            let basis = reader.string(approval.required("basis"), "the section 26 basis")
            let by = reader.string(approval.required("approved_by"), "who approved")
            let on = reader.date(approval.required("approved_on"), "the approval date")
            guard let column, let basis, let by, let on else { ok = false; continue }
            approvals.append(SensitiveApproval(column: column, basis: basis, approvedBy: by, approvedOn: on))
            nodes.append(item)
        }
        guard ok else { return nil }
        return ReadProtection(value: Protection(legalBasis: basis, retention: retention, sensitive: approvals), approvalNodes: nodes)
    }
}
