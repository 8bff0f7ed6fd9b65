/// A rate limit: at most `requests` in each `seconds`.
public struct RateLimit: Hashable, Sendable, Codable, CustomStringConvertible {
    public var requests: Int
    public var seconds: Int

    public init(requests: Int, seconds: Int) {
        self.requests = requests
        self.seconds = seconds
    }

    public var description: String {
        switch seconds {
        case 1: "\(requests)/second"
        case 60: "\(requests)/minute"
        case 3600: "\(requests)/hour"
        case 86_400: "\(requests)/day"
        default: "\(requests)/\(seconds)s"
        }
    }
}
