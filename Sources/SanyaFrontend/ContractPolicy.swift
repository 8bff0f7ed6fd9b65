import SanyaDiagnostics
import SanyaModel

/// One contract file as the reading stage resolved it, with the syntax nodes its parts came from: what the
/// policy passes judge. A part that did not read is nil; a policy checks what is there.
struct ContractReading {
    var root: SyntaxNode
    var id: String?
    var version: Int?
    var title: String?
    var status: ContractStatus?
    var request: Request?
    var workflow: Workflow?
    var workflowNode: SyntaxNode?
    var delivery: Delivery?
    var deliveryNode: SyntaxNode?
    var protection: ContractChecker.ReadProtection?
    var data: ContractChecker.ReadQuery?

    init(root: SyntaxNode) {
        self.root = root
    }
}

/// A rule set run over a read contract, after resolution: the workflow of the office's manual, PDPA
/// protection, small-group suppression. A reviewer finds each policy here, apart from the parsing.
protocol ContractPolicy {
    func check(_ contract: ContractReading, _ reader: SyntaxReader)
}

extension SyntaxNode {
    /// The value of `key` in a mapping node.
    func child(_ key: String) -> SyntaxNode? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key == key }?.value
    }

    /// Where `key` itself stands in a mapping node.
    func keyLocation(_ key: String) -> SourceLocation? {
        guard case .mapping(let pairs) = kind else { return nil }
        return pairs.first { $0.key == key }?.keyLocation
    }
}

/// The policy pass's first judgement: what the contract discloses (`Disclosure`), and so the class of each
/// field as the PDPA sees it. The checker's other policies, the documentation, the record of processing,
/// subject access and `sanya diff` all read this one decision from the resolved contract.
///
/// - A row list discloses each field as the catalog classifies it.
/// - An aggregate grouped by something that identifies a person (`Catalog.identifiesPerson`) is that
///   person's record: every field keeps its class, and each figure is personal data about that person.
/// - Any other aggregate is a statistic: with `min_group_size`, its personal (not section 26) fields describe
///   groups of at least that many people and fall to internal; without it they keep their class.
struct DisclosureDecision {
    let catalog: Catalog

    func decide(_ data: inout ContractChecker.ReadQuery) {
        var query = data.query
        guard query.isAggregated else {
            query.disclosure = .rows
            data.query = query
            return
        }
        data.personKeys = zip(query.fields, data.fieldNodes).filter { field, _ in !field.isAggregate && identifiesPerson(field) }
        if !data.personKeys.isEmpty {
            query.disclosure = .perPerson
            query.fields = query.fields.map { field in
                var field = field
                if field.isAggregate { field.sensitivity = max(field.sensitivity, .personal) }
                return field
            }
        } else {
            query.disclosure = .statistics
            if query.minGroupSize != nil {
                query.fields = query.fields.map { field in
                    var field = field
                    if field.sensitivity == .personal { field.sensitivity = .internal }
                    return field
                }
            }
        }
        data.query = query
    }

    /// Whether a field's column picks out a person (a masked one too: a pseudonym still picks out one person).
    func identifiesPerson(_ field: Field) -> Bool {
        guard case .column(let column, _) = field.value else { return false }
        return catalog.identifiesPerson(table: column.table, column: column.column)
    }
}

/// W-REG6-001's order of steps, the steps each status needs, and validity: `WORKFLOW_INCOMPLETE`,
/// `WORKFLOW_STATUS`, `WORKFLOW_ORDER`, `CONTRACT_EXPIRED`, `CONTRACT_EXPIRING`.
struct WorkflowPolicy: ContractPolicy {
    let today: LocalDate
    /// How many days before `valid_until` the office is told to renew.
    var expiryNoticeDays: Int

    func check(_ contract: ContractReading, _ reader: SyntaxReader) {
        guard let workflow = contract.workflow, let node = contract.workflowNode else { return }
        let status = contract.status
        let present = Set(workflow.steps.map(\.kind))
        let stepNode = { (kind: WorkflowStepKind) in node.child(kind.rawValue) }
        switch status {
        case .approved?, .revoked?:
            for kind in [WorkflowStepKind.endorsed, .prepared, .approved] where !present.contains(kind) {
                reader.error(.workflowIncomplete, "an \(status!.rawValue) contract needs the '\(kind.rawValue)' step (\(kind.thai))", at: node)
            }
            if workflow.validUntil == nil {
                reader.error(.workflowIncomplete, "an \(status!.rawValue) contract needs 'valid_until'", at: node,
                             note: "approval lasts until a stated date; the runtime stops serving after it")
            }
            if status == .approved, let revoked = stepNode(.revoked) {
                reader.error(.workflowStatus, "the workflow records a revocation but the status is 'approved'", at: revoked, note: "set 'status: revoked'")
            }
            if status == .revoked, !present.contains(.revoked) {
                reader.error(.workflowIncomplete, "a revoked contract needs the 'revoked' step: who revoked it and when", at: node)
            }
            if let rejected = stepNode(.rejected) {
                reader.error(.workflowStatus, "the workflow records a refusal but the status is '\(status!.rawValue)'", at: rejected, note: "set 'status: rejected'")
            }
        case .rejected?:
            if !present.contains(.rejected) {
                reader.error(.workflowIncomplete, "a rejected request needs the 'rejected' step: who refused it, when and why", at: node,
                             note: "rejected: { by: …, date: YYYY-MM-DD, reason: … }")
            }
            for kind in [WorkflowStepKind.approved, .delivered, .revoked] {
                if let step = stepNode(kind) {
                    reader.error(.workflowStatus, "a rejected request cannot have the '\(kind.rawValue)' step", at: step)
                }
            }
        case .draft?:
            for kind in [WorkflowStepKind.approved, .delivered, .revoked, .rejected] {
                if let step = stepNode(kind) {
                    reader.error(.workflowStatus, "a draft cannot have the '\(kind.rawValue)' step", at: step,
                                 note: kind == .approved ? "set 'status: approved' once the contract is approved"
                                     : kind == .rejected ? "set 'status: rejected': a refused request is kept as a record" : nil)
                }
            }
        case nil:
            break
        }
        var previous: (kind: String, date: LocalDate)? = contract.request.map { ("requested", $0.requestedOn) }
        for kind in [WorkflowStepKind.submitted, .endorsed, .prepared, .approved, .delivered, .rejected] {
            guard let step = workflow.step(kind) else { continue }
            if let previous, step.on < previous.date {
                reader.error(.workflowOrder, "the '\(kind.rawValue)' step (\(step.on)) is dated before '\(previous.kind)' (\(previous.date))", at: stepNode(kind)!)
            }
            previous = (kind.rawValue, step.on)
        }
        if let revoked = workflow.step(.revoked), let approved = workflow.step(.approved), revoked.on < approved.on {
            reader.error(.workflowOrder, "the contract is revoked (\(revoked.on)) before it was approved (\(approved.on))", at: stepNode(.revoked)!)
        }
        if let until = workflow.validUntil, let untilNode = node.child("valid_until") {
            if let approved = workflow.step(.approved), until < approved.on {
                reader.error(.workflowOrder, "valid_until (\(until)) is before the approval (\(approved.on))", at: untilNode)
            } else if status == .approved, until < today {
                reader.emit(.warning(.contractExpired, "the contract expired on \(until) (\(until.thai)); it will not be served", at: untilNode.location,
                                     note: "renew it with a new approval and valid_until, or revoke it"))
            } else if status == .approved, until.daysSinceEpoch - today.daysSinceEpoch < expiryNoticeDays {
                let left = until.daysSinceEpoch - today.daysSinceEpoch
                reader.emit(.warning(.contractExpiring, "the contract expires on \(until) (\(until.thai)), in \(left) day(s)", at: untilNode.location,
                                     note: "ask the unit whether it still needs the data and renew the approval in time, or let it lapse"))
            }
        }
    }
}

/// PDPA protection of personal data: section 26 data needs an approval (`SENSITIVE_NOT_APPROVED`, and
/// `SENSITIVE_APPROVAL_UNUSED` for one that matches nothing), personal data is masked or has a legal basis
/// (`PERSONAL_UNPROTECTED`), personal data is never open to every address (`OPEN_ALLOW_LIST`), and a
/// mask on data that is not personal is pointed out (`MASK_NOT_NEEDED`).
struct ProtectionPolicy: ContractPolicy {
    /// The person-identifying group keys as a message names them.
    static func keys(_ keys: [(field: Field, node: SyntaxNode)]) -> String {
        keys.map { "'\($0.field.name)'" }.joined(separator: ", ")
    }

    func check(_ contract: ContractReading, _ reader: SyntaxReader) {
        guard let data = contract.data else { return }
        let query = data.query
        for (field, node) in zip(query.fields, data.fieldNodes) {
            if let mask = node.child("mask"), case .column(let column, _) = field.value, column.sensitivity < .personal {
                reader.emit(.warning(.maskNotNeeded, "'\(column.path)' is \(column.sensitivity.rawValue) data; masking it is not needed", at: mask.location))
            }
        }
        guard let delivery = contract.delivery else { return }
        let protection = contract.protection
        // A draft is never served: what protection it lacks is settled while staff prepare the data, so it is a
        // warning there and an error once the contract is approved. A refused request has nothing to settle.
        let undecided = contract.status == .draft
        let refused = contract.status == .rejected
        let severity: Diagnostic.Severity = undecided ? .warning : .error
        let settleNote = undecided ? "; settle it before approval, when it becomes an error" : ""
        let approvals = protection?.value.sensitive ?? []
        var usedApprovals = Set<String>()
        for (field, node) in zip(query.fields, data.fieldNodes) {
            let column: ColumnReference?
            switch field.value {
            case .column(let c, _): column = c
            case .aggregate(_, let c), .childAggregate(_, _, let c): column = c
            }
            guard let column else { continue }
            if column.sensitivity == .sensitive, !refused {
                if approvals.contains(where: { $0.column == column.path }) {
                    usedApprovals.insert(column.path)
                } else {
                    reader.emit(Diagnostic(severity, .sensitiveNotApproved, "'\(column.path)' is PDPA section 26 data and needs an explicit approval", at: node.location,
                                           note: "add it under 'protection: sensitive:' with the basis, who approved it and when" + settleNote))
                }
            }
            // A figure cannot be masked: a statistic's figures are protected by suppression, a per-person figure
            // by its group keys, which are judged here like any field of a row list.
            if !refused, !field.isAggregate, field.sensitivity >= .personal, field.mask == nil, protection?.value.legalBasis == nil, protection != nil {
                let why = query.disclosure == .perPerson ? "grouped by \(Self.keys(data.personKeys)), each row is one person's record; " : ""
                reader.emit(Diagnostic(severity, .personalUnprotected, "'\(column.path)' is personal data: mask it or state the legal basis", at: node.location,
                                       note: why + "add 'mask: hash|last4|year|initial' to the field, or 'protection: legal_basis: …'" + settleNote))
            }
        }
        for (approval, node) in zip(approvals, protection?.approvalNodes ?? []) where !usedApprovals.contains(approval.column) {
            reader.emit(.warning(.sensitiveApprovalUnused, "the approval for '\(approval.column)' matches no sensitive field of this contract", at: node.location))
        }
        let sensitivity = query.fields.map(\.sensitivity).max() ?? .public
        // The record of processing (PDPA s.39) is built from the contracts: what it needs must be there.
        if sensitivity >= .personal, contract.status == .draft || contract.status == .approved, let protection {
            let location = contract.root.child("protection")?.location ?? data.node.location
            if protection.value.retention == nil {
                reader.emit(.warning(.ropaIncomplete, "the contract serves personal data but states no retention: the record of processing (PDPA s.39) would be incomplete",
                                     at: location, note: "add 'protection: retention: …' (how long the unit keeps the data)"))
            }
            // Unmasked personal data without a basis is already an error (PERSONAL_UNPROTECTED).
            let allMasked = !query.fields.contains { $0.sensitivity >= .personal && $0.mask == nil && !$0.isAggregate }
            if protection.value.legalBasis == nil, allMasked {
                reader.emit(.warning(.ropaIncomplete, "the contract serves personal data (masked) but states no legal basis: the record of processing (PDPA s.39) would be incomplete",
                                     at: location, note: "add 'protection: legal_basis: …'"))
            }
        }
        if sensitivity >= .personal, delivery.allow.contains(where: { if case .network(let n) = $0 { n.isEverything } else { false } }) {
            let location = contract.deliveryNode?.child("allow")?.location ?? contract.root.location
            reader.emit(.error(.openAllowList, "the allow-list admits every address, but the contract serves personal data", at: location,
                               note: "list the receiving unit's addresses or ranges"))
        }
    }
}

/// Statistics over people suppress small groups, which could identify them (`AGGREGATE_WITHOUT_SUPPRESSION`);
/// only statistics set a group size (`SUPPRESSION_WITHOUT_AGGREGATE`, and `SUPPRESSION_PER_PERSON` for a
/// contract grouped by a person, where every group is one person); counting people within groups that are
/// each one person counts nothing (`PER_PERSON_COUNT`).
struct SuppressionPolicy: ContractPolicy {
    let catalog: Catalog

    func check(_ contract: ContractReading, _ reader: SyntaxReader) {
        guard let data = contract.data else { return }
        let query = data.query
        let fields = query.fields
        // A field that asked for an aggregate and did not resolve has its own error; the contract is still
        // meant to be aggregated.
        if let node = data.minGroupSizeNode, !query.isAggregated, !data.declaresAggregate, !fields.isEmpty {
            reader.error(.suppressionWithoutAggregate, "min_group_size applies only to aggregated contracts", at: node,
                         note: "add a field with 'aggregate: count' or remove min_group_size")
        }
        switch query.disclosure {
        case .rows:
            return
        case .perPerson:
            let keys = ProtectionPolicy.keys(data.personKeys)
            if let node = data.minGroupSizeNode {
                reader.error(.suppressionPerPerson, "min_group_size cannot protect a contract grouped by a person: \(keys) identifies one, so every group is one person's record",
                             at: node, note: "remove min_group_size and protect the fields as in a row list (a mask such as 'mask: hash', or 'protection: legal_basis: …'); "
                                 + "for a statistic, group by faculty, year or the like instead of a person")
            }
            for (field, node) in zip(fields, data.fieldNodes) {
                guard case .aggregate(.count, let column?) = field.value, catalog.identifiesPerson(table: column.table, column: column.column) else { continue }
                reader.emit(.warning(.perPersonCount, "'\(field.name)' counts '\(column.path)' in groups that are each one person (grouped by \(keys)): it counts that person's rows, not people",
                                     at: node.location, note: "count rows with 'aggregate: count' and no column; to count people, group by faculty, year or the like instead"))
            }
        case .statistics:
            guard data.minGroupSizeNode == nil else { return }
            let personal = zip(fields, data.fieldNodes).first { field, _ in
                switch field.value {
                case .column(let c, _): c.sensitivity >= .personal
                case .aggregate(_, let c): (c?.sensitivity ?? .public) >= .personal
                // Refused in an aggregated contract when it is read (ContractChecker.readField).
                case .childAggregate: field.sensitivity >= .personal
                }
            }
            let countsPeople = fields.contains { if case .aggregate(.count, _) = $0.value { true } else { false } }
                && data.base.columns.contains { $0.sensitivity >= .personal && $0.identifier }
            guard countsPeople || personal != nil else { return }
            let what = countsPeople ? "counts people" : "summarises personal data ('\(personal!.0.name)')"
            reader.error(.aggregateWithoutSuppression, "this aggregated contract \(what) but sets no minimum group size", at: data.node,
                         note: "add 'min_group_size: N' so that groups of fewer than N people, which could identify them, are suppressed "
                             + "(\(Vocabulary.minGroupSizeRange.lowerBound) at the least; \(Vocabulary.usualMinGroupSize) or more is usual for published figures)")
        }
    }
}
