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
