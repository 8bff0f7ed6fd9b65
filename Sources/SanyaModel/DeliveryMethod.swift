/// How the receiving unit gets its data: the "connection" box of the request form.
public enum DeliveryMethod: String, Sendable, Codable, CaseIterable {
    case apiGet = "api-get"
    case apiPost = "api-post"
    case view
    case export

    /// Whether the runtime serves this method over HTTP.
    public var isServed: Bool { self == .apiGet || self == .apiPost }

    /// The formats the method can produce, the usual first.
    public var formats: [OutputFormat] {
        switch self {
        case .apiGet, .apiPost: [.json, .ndjson, .csv, .table, .excel]
        case .export: [.json, .ndjson, .csv, .excel]
        case .view: [.table]
        }
    }
}
