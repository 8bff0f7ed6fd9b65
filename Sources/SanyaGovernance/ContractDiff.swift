import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// One side of a comparison: a repository folder and what the front end made of it.
public struct DiffSide: Sendable {
    public var root: URL
    public var result: CheckResult
    /// Contract files that did not check, by the id they declare (when they declare one).
    public var failing: [String: String]
    /// What to call the side in reports: a git revision, a folder, "the working tree".
    public var label: String

    public init(root: URL, result: CheckResult, label: String) {
        self.root = root
        self.result = result
        self.label = label
        var failing: [String: String] = [:]
        let errorFiles = Set(result.diagnostics.filter { $0.severity == .error }.map(\.location.file))
        let resolved = Set(result.contracts.map(\.source))
        for file in errorFiles where !resolved.contains(file) && !file.hasPrefix("Contracts/catalog/") {
            let text = (try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)) ?? ""
            let id = text.split(separator: "\n").first { $0.hasPrefix("contract:") }
                .map { $0.dropFirst("contract:".count).trimmingCharacters(in: .whitespaces) } ?? file
            failing[id] = file
        }
        self.failing = failing
    }
}

/// Compares two revisions of the repository, contract by contract and table by table.
public struct ContractDiff: Sendable {
    public let base: DiffSide
    public let head: DiffSide

    public init(base: DiffSide, head: DiffSide) {
        self.base = base
        self.head = head
    }

    public func findings() -> [ChangeFinding] {
        var findings: [ChangeFinding] = []
        let before = Dictionary(base.result.contracts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(head.result.contracts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for (id, file) in head.failing.sorted(by: { $0.key < $1.key }) {
            let parties = before[id].map { [ContractParty($0)] } ?? []
            findings.append(ChangeFinding(.contractDoesNotCheck, "'\(id)' does not pass sanya check on \(head.label); run 'sanya check \(file)'",
                                          parties: parties, at: SourceLocation(file: file, line: 1, column: 1)))
        }
        for id in Set(before.keys).union(after.keys).sorted() {
            switch (before[id], after[id]) {
            case (let old?, nil):
                if head.failing[id] != nil { continue }
                let locator = SourceLocator(repository: base.root, file: old.source)
                findings.append(ChangeFinding(.contractRemoved, "contract '\(id)' (\(old.status.rawValue)) was deleted; revoke it instead, so that the record stays",
                                              parties: [ContractParty(old)], at: locator.at("contract"), side: .base))
            case (nil, let new?):
                let locator = SourceLocator(repository: head.root, file: new.source)
                findings.append(ChangeFinding(.contractAdded, "new contract '\(id)' (\(new.status.rawValue)) for \(new.request.unit)",
                                              parties: [ContractParty(new)], at: locator.at("contract")))
                findings += sensitiveFields(of: new, locator: locator, reason: "served by the new contract")
            case (let old?, let new?) where old != new || old.source != new.source:
                findings += compare(old, new)
            default:
                break
            }
        }
        findings += CatalogDiff(base: base, head: head).findings()
        findings += rosterChanges()
        return findings.sorted { ($0.location.file, $0.location.line, $0.location.column, $0.rule.rawValue, $0.message) < ($1.location.file, $1.location.line, $1.location.column, $1.rule.rawValue, $1.message) }
    }

    /// Who may sign which decision, compared person by person: `ROSTER_CHANGED`, at the roster file.
    func rosterChanges() -> [ChangeFinding] {
        let old = base.result.roster, new = head.result.roster
        let here = SourceLocation(file: "Contracts/approvers.yaml", line: 1, column: 1)
        var out: [ChangeFinding] = []
        func add(_ message: String) { out.append(ChangeFinding(.rosterChanged, message, parties: [], at: here)) }
        if old.requiredFrom != new.requiredFrom {
            add("signed decisions are required from \(new.requiredFrom?.description ?? "no day") instead of \(old.requiredFrom?.description ?? "no day")")
        }
        let before = Dictionary(old.approvers.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let after = Dictionary(new.approvers.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for name in Set(before.keys).union(after.keys).sorted() {
            switch (before[name], after[name]) {
            case (nil, let added?): add("\(name) (\(added.role)) may now sign \(added.steps.map(\.rawValue).joined(separator: ", "))")
            case (let removed?, nil): add("\(name) (\(removed.role)) is no longer in the roster")
            case (let a?, let b?) where a != b:
                var what: [String] = []
                if a.key != b.key { what.append("key") }
                if a.steps != b.steps { what.append("steps (\(b.steps.map(\.rawValue).joined(separator: ", ")))") }
                if a.role != b.role { what.append("role (\(b.role))") }
                if a.validFrom != b.validFrom || a.validUntil != b.validUntil { what.append("validity (\(b.validFrom) to \(b.validUntil?.description ?? "open"))") }
                if a.revokedOn != b.revokedOn { what.append("revocation (\(b.revokedOn?.description ?? "none"))") }
                add("\(name)'s \(what.joined(separator: ", ")) changed")
            default: break
            }
        }
        return out
    }

    /// Personal and sensitive fields a contract serves in clear, as SENSITIVITY_RAISED findings.
    func sensitiveFields(of contract: Contract, locator: SourceLocator, reason: String) -> [ChangeFinding] {
        guard contract.status != .rejected else { return [] }
        // A draft is not served yet: its approval is where this is settled, so it is a warning until then.
        return contract.query.clearPersonalFields.map { field in
            ChangeFinding(.sensitivityRaised, "'\(field.name)' (\(field.sensitivity.rawValue) data) is \(reason)", parties: [ContractParty(contract)],
                          at: locator.field(field.name), level: contract.status == .draft ? .warning : .error)
        }
    }

    // MARK: - One contract

    func compare(_ old: Contract, _ new: Contract) -> [ChangeFinding] {
        let here = SourceLocator(repository: head.root, file: new.source)
        let there = SourceLocator(repository: base.root, file: old.source)
        let party = [ContractParty(new)]
        var out: [ChangeFinding] = []
        func add(_ rule: ChangeRule, _ message: String, _ location: SourceLocation, side: ChangeFinding.Side = .head, level: ChangeLevel? = nil) {
            out.append(ChangeFinding(rule, message, parties: party, at: location, side: side, level: level))
        }

        // Status
        if old.status != new.status {
            switch new.status {
            case .revoked: add(.contractRevoked, "'\(new.id)' is revoked: \(new.request.unit) loses its data", here.at("status"))
            case .approved where old.status == .draft: add(.contractApproved, "'\(new.id)' is approved and will be served", here.at("status"))
            case .rejected: add(.contractRejected, "the request '\(new.id)' was refused", here.at("status"))
            default: add(.contractApproved, "'\(new.id)' went from \(old.status.rawValue) to \(new.status.rawValue)", here.at("status"), level: .warning)
            }
        }

        // Fields: by name; a field whose column reappears under another name is a rename.
        let oldFields = Dictionary(old.query.fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newFields = Dictionary(new.query.fields.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let oldClear = Set(old.query.clearPersonalFields.map(\.name)), newClear = Set(new.query.clearPersonalFields.map(\.name))
        var renamedTo: [String: String] = [:]
        for field in old.query.fields where newFields[field.name] == nil {
            if let target = new.query.fields.first(where: { oldFields[$0.name] == nil && $0.value == field.value && !renamedTo.values.contains($0.name) }) {
                renamedTo[field.name] = target.name
            }
        }
        for field in old.query.fields where newFields[field.name] == nil {
            if let target = renamedTo[field.name] {
                add(.fieldRenamed, "field '\(field.name)' is now called '\(target)'", here.field(target))
            } else {
                add(.fieldRemoved, "field '\(field.name)' is no longer served", there.field(field.name), side: .base)
            }
        }
        for field in new.query.fields {
            guard let previous = oldFields[field.name] else {
                if renamedTo.values.contains(field.name) { continue }
                add(.fieldAdded, "field '\(field.name)' (\(field.type.name)) is served", here.field(field.name))
                if newClear.contains(field.name), new.status != .rejected {
                    add(.sensitivityRaised, "'\(field.name)' (\(field.sensitivity.rawValue) data) is newly served in clear", here.field(field.name))
                }
                continue
            }
            // The same field disclosed as personal data where it was not: a statistic now grouped by a person,
            // whose group keys and figures become that person's record.
            if newClear.contains(field.name), !oldClear.contains(field.name), previous.mask == field.mask, new.status != .rejected {
                let why = new.query.disclosure == .perPerson && old.query.disclosure != .perPerson ? ": the contract is now grouped by a person" : ""
                add(.sensitivityRaised, "'\(field.name)' is now \(field.sensitivity.rawValue) data served in clear (was \(previous.sensitivity.rawValue))\(why)", here.field(field.name))
            }
            if previous.type != field.type {
                add(.fieldTypeChanged, "field '\(field.name)' changed type from \(previous.type.name) to \(field.type.name)", here.field(field.name))
            }
            if Self.source(previous) != Self.source(field) {
                add(.fieldSourceChanged, "field '\(field.name)' now reads \(Self.source(field)) instead of \(Self.source(previous))", here.field(field.name))
            }
            switch (previous.mask, field.mask) {
            case (nil, let mask?): add(.fieldMaskAdded, "field '\(field.name)' is now masked (\(mask.rawValue))", here.field(field.name))
            case (let mask?, nil):
                add(.fieldMaskRemoved, "field '\(field.name)' is no longer masked (was \(mask.rawValue))", here.field(field.name))
                if field.sensitivity >= .personal {
                    add(.sensitivityRaised, "'\(field.name)' (\(field.sensitivity.rawValue) data) is now served in clear", here.field(field.name))
                }
            case (let a?, let b?) where a != b: add(.fieldMaskChanged, "field '\(field.name)' is masked by \(b.rawValue) instead of \(a.rawValue)", here.field(field.name))
            default: break
            }
        }

        // Parameters
        let oldParameters = Dictionary(old.query.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        let newParameters = Dictionary(new.query.parameters.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for parameter in old.query.parameters where newParameters[parameter.name] == nil {
            add(.parameterRemoved, "parameter '\(parameter.name)' is gone", there.parameter(parameter.name), side: .base)
        }
        for parameter in new.query.parameters {
            guard let previous = oldParameters[parameter.name] else {
                if parameter.required {
                    add(.parameterAddedRequired, "new required parameter '\(parameter.name)'", here.parameter(parameter.name))
                } else {
                    add(.parameterAddedOptional, "new optional parameter '\(parameter.name)'", here.parameter(parameter.name))
                }
                continue
            }
            if previous.type != parameter.type || previous.list != parameter.list {
                add(.parameterTypeChanged, "parameter '\(parameter.name)' takes \(Self.kind(parameter)) instead of \(Self.kind(previous))", here.parameter(parameter.name))
            }
            if !previous.required && parameter.required {
                add(.parameterNowRequired, "parameter '\(parameter.name)' is now required", here.parameter(parameter.name))
            } else if previous.required && !parameter.required {
                add(.parameterNowOptional, "parameter '\(parameter.name)' is now optional", here.parameter(parameter.name))
            }
        }

        // Delivery
        if old.delivery.method != new.delivery.method {
            add(.methodChanged, "delivered by \(new.delivery.method.rawValue) instead of \(old.delivery.method.rawValue)", here.at("delivery", "method"))
        }
        for format in old.delivery.formats where !new.delivery.formats.contains(format) {
            add(.formatRemoved, "format '\(format.rawValue)' is no longer delivered", there.format(format), side: .base)
        }
        for format in new.delivery.formats where !old.delivery.formats.contains(format) {
            add(.formatAdded, "format '\(format.rawValue)' is delivered", here.format(format))
        }
        for rule in old.delivery.allow where !new.delivery.allow.contains(rule) {
            add(.allowRemoved, "'\(rule)' is no longer allowed to connect", there.allowEntry(rule), side: .base)
        }
        for rule in new.delivery.allow where !old.delivery.allow.contains(rule) {
            add(.allowAdded, "'\(rule)' may now connect", here.allowEntry(rule))
        }
        switch (old.delivery.rowLimit, new.delivery.rowLimit) {
        case (let a?, let b?) where b < a: add(.rowLimitLowered, "row_limit lowered from \(a) to \(b)", here.at("delivery", "row_limit"))
        case (nil, let b?): add(.rowLimitLowered, "row_limit of \(b) set where there was none", here.at("delivery", "row_limit"))
        case (let a?, let b?) where b > a: add(.rowLimitRaised, "row_limit raised from \(a) to \(b)", here.at("delivery", "row_limit"))
        case (let a?, nil): add(.rowLimitRaised, "row_limit of \(a) removed", here.at("delivery"))
        default: break
        }
        switch (old.delivery.rateLimit, new.delivery.rateLimit) {
        case (let a?, let b?) where Self.perSecond(b) < Self.perSecond(a): add(.rateLimitLowered, "rate_limit lowered from \(a) to \(b)", here.at("delivery", "rate_limit"))
        case (nil, let b?): add(.rateLimitLowered, "rate_limit of \(b) set where there was none", here.at("delivery", "rate_limit"))
        case (let a?, let b?) where Self.perSecond(b) > Self.perSecond(a): add(.rateLimitRaised, "rate_limit raised from \(a) to \(b)", here.at("delivery", "rate_limit"))
        case (let a?, nil): add(.rateLimitRaised, "rate_limit of \(a) removed", here.at("delivery"))
        default: break
        }

        // Validity
        switch (old.workflow.validUntil, new.workflow.validUntil) {
        case (let a?, let b?) where b < a: add(.validUntilEarlier, "valid_until moved from \(a) to \(b)", here.at("workflow", "valid_until"))
        case (let a?, let b?) where b > a:
            let reapproved = old.workflow.step(.approved)?.on != new.workflow.step(.approved)?.on
            add(.validUntilLater, "valid_until moved from \(a) to \(b)" + (reapproved ? ", with a new approval" : " without a new approval date"),
                here.at("workflow", "valid_until"), level: reapproved ? .info : .error)
        default: break
        }

        // Filters
        out += filterChanges(old, new, here: here, there: there, party: party)

        // Purpose and protection
        if old.request.purpose != new.request.purpose {
            add(.purposeChanged, "the purpose changed (PDPA s.21: a new purpose needs a new approval)", here.at("request", "purpose"))
        }
        if old.protection.legalBasis != new.protection.legalBasis {
            add(.legalBasisChanged, "the legal basis changed from \(old.protection.legalBasis?.rawValue ?? "none") to \(new.protection.legalBasis?.rawValue ?? "none")",
                here.at("protection", "legal_basis"))
        }

        // Version
        if new.version <= old.version, Self.served(old) != Self.served(new) {
            add(.versionNotBumped, "what '\(new.id)' serves changed but its version is still \(new.version)", here.at("version"))
        }
        return out
    }

    func filterChanges(_ old: Contract, _ new: Contract, here: SourceLocator, there: SourceLocator, party: [ContractParty]) -> [ChangeFinding] {
        var out: [ChangeFinding] = []
        let personal = new.sensitivity >= .personal
        func widened(_ message: String, _ location: SourceLocation, side: ChangeFinding.Side = .head) {
            out.append(ChangeFinding(.filterWidened, message + (personal ? " (the contract serves personal data)" : ""), parties: party, at: location, side: side,
                                     level: personal ? .error : .warning))
        }
        func narrowed(_ message: String, _ location: SourceLocation) {
            out.append(ChangeFinding(.filterNarrowed, message, parties: party, at: location))
        }
        let key = { (f: Filter) in "\(f.column.path) \(f.op.rawValue)" }
        let oldFilters = Dictionary(old.query.filters.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        let newFilters = Dictionary(new.query.filters.map { (key($0), $0) }, uniquingKeysWith: { a, _ in a })
        for filter in old.query.filters where newFilters[key(filter)] == nil {
            widened("the filter on \(filter.column.path) (\(filter.op.symbol)) was removed", there.filter(filter.column.path), side: .base)
        }
        // Conditions on child rows: one removed or changed admits rows it kept out; one added keeps rows out.
        let condition = { (c: ChildRows) in c.summary + " where " + c.filters.map { "\($0.column.path) \($0.op.rawValue) \($0.values.map(\.description))" }.sorted().joined(separator: "; ") }
        let oldConditions = Set(old.query.children.map(condition)), newConditions = Set(new.query.children.map(condition))
        for child in old.query.children where !newConditions.contains(condition(child)) {
            widened("the condition '\(child.summary)'\(child.filters.isEmpty ? "" : ", with its filters,") was removed or changed", there.childRows(child), side: .base)
        }
        for child in new.query.children where !oldConditions.contains(condition(child)) {
            narrowed("a condition '\(child.summary)'\(child.filters.isEmpty ? "" : " with \(child.filters.count) filter(s)") was added or changed", here.childRows(child))
        }
        for filter in new.query.filters {
            guard let previous = oldFilters[key(filter)] else {
                narrowed("a filter on \(filter.column.path) (\(filter.op.symbol) \(filter.values.map(\.description).joined(separator: ", "))) was added", here.filter(filter.column.path))
                continue
            }
            guard previous.values != filter.values else { continue }
            let location = here.filter(filter.column.path)
            let was = Set(previous.values.map(\.description)), now = Set(filter.values.map(\.description))
            switch filter.op {
            case .in, .notIn:
                let gained = now.subtracting(was).sorted(), lost = was.subtracting(now).sorted()
                let (more, fewer) = filter.op == .in ? (gained, lost) : (lost, gained)
                if !more.isEmpty { widened("the filter on \(filter.column.path) now admits \(more.joined(separator: ", "))", location) }
                if !fewer.isEmpty { narrowed("the filter on \(filter.column.path) no longer admits \(fewer.joined(separator: ", "))", location) }
            // (A `where` after a list of patterns guards only the last one: the order is matched once, for all four.)
            case .greater, .greaterOrEqual, .less, .lessOrEqual:
                let a = previous.values[0], b = filter.values[0]
                guard let order = Self.order(a, b) else {
                    widened("the filter on \(filter.column.path) now compares with \(b) instead of \(a)", location)
                    continue
                }
                let lowerBound = filter.op == .greater || filter.op == .greaterOrEqual
                let rose = order < 0
                let message = "the filter on \(filter.column.path) moved from \(filter.op.symbol) \(a) to \(filter.op.symbol) \(b)"
                if rose == lowerBound { narrowed(message, location) } else { widened(message, location) }
            default:
                // Another value for equals or starts_with: other rows, which is as much a widening as a narrowing.
                widened("the filter on \(filter.column.path) now compares with \(filter.values.map(\.description).joined(separator: ", ")) instead of \(previous.values.map(\.description).joined(separator: ", "))", location)
            }
        }
        return out
    }

    // MARK: - Helpers

    static func source(_ field: Field) -> String {
        field.value.source
    }

    static func kind(_ parameter: Parameter) -> String {
        parameter.list ? "a list of \(parameter.type.name)" : parameter.type.name
    }

    static func perSecond(_ limit: RateLimit) -> Double { Double(limit.requests) / Double(limit.seconds) }

    /// -1 when `a` < `b`, 1 when greater, 0 when equal; nil when the two do not compare.
    static func order(_ a: Literal, _ b: Literal) -> Int? {
        switch (a, b) {
        case (.integer(let x), .integer(let y)): x < y ? -1 : x > y ? 1 : 0
        case (.decimal(let x), .decimal(let y)): Double(x).flatMap { x in Double(y).map { y in x < y ? -1 : x > y ? 1 : 0 } }
        case (.date(let x), .date(let y)): x < y ? -1 : y < x ? 1 : 0
        case (.string(let x), .string(let y)), (.timestamp(let x), .timestamp(let y)): x < y ? -1 : x > y ? 1 : 0
        default: nil
        }
    }

    /// What a consumer sees of a contract: a change here needs a new version.
    struct Served: Equatable {
        var query: ResolvedQuery
        var method: DeliveryMethod
        var formats: [OutputFormat]
    }

    static func served(_ contract: Contract) -> Served {
        Served(query: contract.query, method: contract.delivery.method, formats: contract.delivery.formats)
    }
}
