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
