import Foundation
import SanyaModel

/// How long each request spent at each step of W-REG6-001, in the registrar's business days, against the
/// manual's budget: what `sanya sla` reports.
///
/// A step's days are the business days after the previous step's date up to and including its own (a memo
/// endorsed the next working day took 1 day). The first step is timed from the e-Office submission, or from
/// the date on the form when the submission is not recorded.
public struct ServiceLevelReport: Sendable, Encodable {
    public struct Step: Sendable, Encodable {
        public var step: String
        public var from: LocalDate
        public var to: LocalDate
        public var businessDays: Int
        public var budgetDays: Int?
        public var withinBudget: Bool?

        enum CodingKeys: String, CodingKey {
            case step, from, to
            case businessDays = "business_days", budgetDays = "budget_days", withinBudget = "within_budget"
        }
    }

    public struct Request: Sendable, Encodable {
        public var contract: String
        public var unit: String
        public var status: String
        public var steps: [Step]
        /// The step an open request waits for, and the business days it has waited; nil when closed.
        public var waitingAt: String?
        public var waitingDays: Int?
        /// Whether the wait already exceeds the budget of the step waited for.
        public var overdue: Bool?
        /// Who endorsed and who approved, when, and whether they signed (`Workflow.decisions`).
        public var decided: String = ""

        enum CodingKeys: String, CodingKey {
            case contract, unit, status, steps, decided
            case waitingAt = "waiting_at", waitingDays = "waiting_days", overdue
        }

        /// Every key is written, `null` for a closed request, so that readers see one shape.
        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(contract, forKey: .contract)
            try c.encode(unit, forKey: .unit)
            try c.encode(status, forKey: .status)
            try c.encode(steps, forKey: .steps)
            try c.encode(decided, forKey: .decided)
            try c.encode(waitingAt, forKey: .waitingAt)
            try c.encode(waitingDays, forKey: .waitingDays)
            try c.encode(overdue, forKey: .overdue)
        }
    }

    public struct StepSummary: Sendable, Encodable {
        public var step: String
        public var budgetDays: Int
        public var count: Int
        public var medianDays: Double?
        public var p90Days: Int?
        public var withinBudgetShare: Double?

        enum CodingKeys: String, CodingKey {
            case step, count
            case budgetDays = "budget_days", medianDays = "median_days", p90Days = "p90_days", withinBudgetShare = "within_budget_share"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(step, forKey: .step)
            try c.encode(budgetDays, forKey: .budgetDays)
            try c.encode(count, forKey: .count)
            try c.encode(medianDays, forKey: .medianDays)
            try c.encode(p90Days, forKey: .p90Days)
            try c.encode(withinBudgetShare, forKey: .withinBudgetShare)
        }
    }

    /// A unit's requests, and the whole way from submission to delivery of those delivered, against the sum
    /// of the step budgets.
    public struct UnitSummary: Sendable, Encodable {
        public var unit: String
        public var requests: Int
        public var open: Int
        public var rejected: Int
        public var delivered: Int
        public var budgetDays: Int
        public var medianDays: Double?
        public var p90Days: Int?
        public var withinBudgetShare: Double?

        enum CodingKeys: String, CodingKey {
            case unit, requests, open, rejected, delivered
            case budgetDays = "budget_days", medianDays = "median_days", p90Days = "p90_days", withinBudgetShare = "within_budget_share"
        }

        public func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(unit, forKey: .unit)
            try c.encode(requests, forKey: .requests)
            try c.encode(open, forKey: .open)
            try c.encode(rejected, forKey: .rejected)
            try c.encode(delivered, forKey: .delivered)
            try c.encode(budgetDays, forKey: .budgetDays)
            try c.encode(medianDays, forKey: .medianDays)
            try c.encode(p90Days, forKey: .p90Days)
            try c.encode(withinBudgetShare, forKey: .withinBudgetShare)
        }
    }

    public struct Summary: Sendable, Encodable {
        public var steps: [StepSummary]
        public var units: [UnitSummary]
    }

    public var today: LocalDate
    public var requests: [Request]
    public var summary: Summary

    /// The steps the manual times, in its order; a refusal is timed like the endorsement it replaces.
    public static let timedSteps: [WorkflowStepKind] = [.endorsed, .prepared, .approved, .delivered, .rejected]
    /// The steps of a request that goes all the way, and their budget together.
    static let deliverySteps: [WorkflowStepKind] = [.endorsed, .prepared, .approved, .delivered]
    public static let deliveryBudget = deliverySteps.compactMap(\.budgetDays).reduce(0, +)

    public init(contracts: [Contract], calendar: BusinessCalendar, today: LocalDate) {
        self.today = today
        var requests: [Request] = []
        var deliveredDays: [String: [Int]] = [:]
        for contract in contracts.sorted(by: { ($0.request.requestedOn, $0.id) < ($1.request.requestedOn, $1.id) }) {
            let workflow = contract.workflow
            let start = workflow.step(.submitted)?.on ?? contract.request.requestedOn
            var previous = start
            var steps: [Step] = []
            for kind in Self.timedSteps {
                guard let step = workflow.step(kind) else { continue }
                let days = calendar.businessDays(after: previous, through: step.on)
                let budget = kind.budgetDays
                steps.append(Step(step: kind.rawValue, from: previous, to: step.on, businessDays: days, budgetDays: budget,
                                  withinBudget: budget.map { days <= $0 }))
                previous = max(previous, step.on)
            }
            var request = Request(contract: contract.id, unit: contract.request.unit, status: contract.status.rawValue, steps: steps)
            request.decided = contract.workflow.decisions
            if let waiting = Self.waitingAt(contract) {
                let days = calendar.businessDays(after: previous, through: today)
                request.waitingAt = waiting.rawValue
                request.waitingDays = days
                request.overdue = waiting.budgetDays.map { days > $0 }
            }
            if let delivered = workflow.step(.delivered) {
                deliveredDays[contract.request.unit, default: []].append(calendar.businessDays(after: start, through: delivered.on))
            }
            requests.append(request)
        }
        self.requests = requests
        let stepSummaries = Self.timedSteps.map { kind -> StepSummary in
            let days = requests.flatMap(\.steps).filter { $0.step == kind.rawValue }.map(\.businessDays)
            let budget = kind.budgetDays ?? 0
            return StepSummary(step: kind.rawValue, budgetDays: budget, count: days.count, medianDays: Self.median(days),
                               p90Days: Self.percentile90(days), withinBudgetShare: Self.share(days, within: budget))
        }
        let units = Dictionary(grouping: requests, by: \.unit).keys.sorted()
        let unitSummaries = units.map { unit -> UnitSummary in
            let mine = requests.filter { $0.unit == unit }
            let days = deliveredDays[unit] ?? []
            return UnitSummary(unit: unit, requests: mine.count, open: mine.filter { $0.waitingAt != nil }.count,
                               rejected: mine.filter { $0.status == ContractStatus.rejected.rawValue }.count, delivered: days.count,
                               budgetDays: Self.deliveryBudget, medianDays: Self.median(days), p90Days: Self.percentile90(days),
                               withinBudgetShare: Self.share(days, within: Self.deliveryBudget))
        }
        self.summary = Summary(steps: stepSummaries, units: unitSummaries)
    }

    /// The step an open request waits for: a draft waits for the next of endorsement, preparation and
    /// approval; an approved contract not yet handed over waits for delivery. Refused, revoked and delivered
    /// requests are closed.
    static func waitingAt(_ contract: Contract) -> WorkflowStepKind? {
        let workflow = contract.workflow
        switch contract.status {
        case .draft:
            return [WorkflowStepKind.endorsed, .prepared, .approved].first { workflow.step($0) == nil }
        case .approved:
            return workflow.step(.delivered) == nil ? .delivered : nil
        case .rejected, .revoked:
            return nil
        }
    }

    static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted(), middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank 90th percentile: the smallest value at or above 90 % of the values.
    static func percentile90(_ values: [Int]) -> Int? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((Double(sorted.count) * 0.9).rounded(.up))
        return sorted[max(0, rank - 1)]
    }

    static func share(_ values: [Int], within budget: Int) -> Double? {
        guard !values.isEmpty else { return nil }
        return Double(values.filter { $0 <= budget }.count) / Double(values.count)
    }
}
