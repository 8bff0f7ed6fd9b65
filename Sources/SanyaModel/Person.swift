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
