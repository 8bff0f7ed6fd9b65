/// How the data reaches the receiving unit.
public struct Delivery: Hashable, Sendable, Codable {
    public var method: DeliveryMethod
    public var formats: [OutputFormat]
    public var allow: [ClientRule]
    public var rowLimit: Int?
    public var rateLimit: RateLimit?
    /// `time_limit`: how long its queries may run, where the contract says (`QueryTimeLimits`).
    public var timeLimits: QueryTimeLimits?

    public init(method: DeliveryMethod, formats: [OutputFormat], allow: [ClientRule], rowLimit: Int?, rateLimit: RateLimit?, timeLimits: QueryTimeLimits? = nil) {
        self.timeLimits = timeLimits
        self.method = method
        self.formats = formats
        self.allow = allow
        self.rowLimit = rowLimit
        self.rateLimit = rateLimit
    }
}
