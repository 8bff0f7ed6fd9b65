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
