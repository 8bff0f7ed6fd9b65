import SanyaModel
import SanyaSQL

/// The SQL that brings a PostgreSQL database in line with the View Table contracts: in force ones get
/// their view, role and grants (recreated, so that applying twice changes nothing) and their login's end
/// moved to the contract's `valid_until`; revoked, expired and draft ones lose view, role and sessions.
/// The pseudonym secret is created once.
public struct ApplyPlanner: Sendable {
    public let contracts: [Contract]
    public let today: LocalDate
    static let dialect = PostgresDialect()

    public init(contracts: [Contract], today: LocalDate) {
        self.contracts = contracts.filter { $0.delivery.method == .view }.sorted { $0.id < $1.id }
        self.today = today
    }

    /// The statements, to run in one transaction.
    public func statements() -> [SQLStatement] {
        let dialect = Self.dialect
        var plan: [SQLStatement] = [.createSchema(Vocabulary.viewSchema), .revokeSchemaFromPublic(Vocabulary.viewSchema)]
        for contract in contracts {
            let role = Vocabulary.viewRole(contract)
            let view = dialect.viewName(contract.sqlName)
            plan.append(.dropView(view))
            if contract.isInForce(on: today) {
                let select = QueryTranslator(contract, pseudonymKey: .table).select(parameters: false, ordered: false)
                plan += [
                    .createView(qualifiedName: view, select: select, securityBarrier: true),
                    .createRoleIfMissing(role),
                    .grantUsageOnSchema(schema: Vocabulary.viewSchema, role: role),
                    .grantSelect(qualifiedName: view, role: role),
                    .roleStatementTimeout(role: role, milliseconds: AccessTranslator(contract).statementTimeout),
                ]
                if let until = contract.workflow.validUntil {
                    plan.append(.loginValidUntil(role: role, validUntil: Vocabulary.endOfValidity(until)))
                }
            } else {
                plan.append(.dropRoleIfExists(role: role, schema: Vocabulary.viewSchema))
            }
        }
        plan.append(.seedSecret(table: Vocabulary.secretTable, name: Vocabulary.pseudonymSecret))
        return plan
    }

    /// The statements as PostgreSQL text, each ending in `;`.
    public func sql() -> [String] {
        statements().map { $0.sql(in: Self.dialect).sql }
    }
}

/// The statements of `sanya dbuser`: the login of a View Table contract's role.
public struct LoginPlanner: Sendable {
    public let contract: Contract
    static let dialect = PostgresDialect()

    public init(_ contract: Contract) {
        self.contract = contract
    }

    public var role: String { Vocabulary.viewRole(contract) }

    /// Why the contract may not have a login today, or nil when it may.
    public func refusal(on day: LocalDate) -> String? {
        guard contract.delivery.method == .view else {
            return "'\(contract.id)' is delivered by \(contract.delivery.method.rawValue), not as a View Table: it has no database login"
        }
        switch contract.status {
        case .approved: break
        default: return "'\(contract.id)' is \(contract.status.rawValue): only an approved contract gets a login"
        }
        if let until = contract.workflow.validUntil, until < day {
            return "'\(contract.id)' expired on \(until) (\(until.thai)): renew the approval first"
        }
        return nil
    }

    /// A login with a new password (given as its SCRAM verifier), ending with the contract's validity.
    public func issue(verifier: String) -> [String] {
        let until = contract.workflow.validUntil.map(Vocabulary.endOfValidity) ?? "infinity"
        return [SQLStatement.grantLogin(role: role, verifier: verifier, validUntil: until).sql(in: Self.dialect).sql]
    }

    /// No login any more, and the sessions open now are ended.
    public func revoke() -> [String] {
        [SQLStatement.revokeLogin(role), .terminateSessions(role)].map { $0.sql(in: Self.dialect).sql }
    }
}
