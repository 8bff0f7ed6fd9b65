/// One entry of a contract's allow-list.
///
/// Encoded as its text (`10.1.2.0/24`, `lib.example.ac.th`): an entry that parses as an address or range is
/// a network, anything else a host name, so the two cannot be confused.
public enum ClientRule: Hashable, Sendable, Codable, CustomStringConvertible {
    /// An IPv4 or IPv6 network in CIDR form; a single address is a /32 or /128.
    case network(IPNetwork)
    /// A host name, from a URL or a name on the form. The runtime admits the addresses it resolves to
    /// (resolved when contracts load and again every few minutes); for a View Table, PostgreSQL resolves
    /// it for `pg_hba.conf`.
    case host(String)

    public var description: String {
        switch self {
        case .network(let network): network.description
        case .host(let host): host
        }
    }

    /// How often the runtime resolves the host names of its allow-lists again, in seconds.
    public static let hostRefreshSeconds = 300

    /// Reads an allow-list entry as the request form allows it to be written: an address (`10.1.2.3`,
    /// `2001:db8::1`), a CIDR range, `*` or `any` for every address, a host name (`lib.example.ac.th`,
    /// or a single label such as `localhost` or an intranet host), or a URL whose host is one of these
    /// (`https://lib.example.ac.th:8443/sync`). Nil when it is none of them.
    ///
    /// The checker, the request page and the runtime all use this one definition.
    public init?(parsing text: String) {
        // What is accepted is FormRule.allowEntry's one pattern; the code below only converts.
        guard FormRule.allowEntry.accepts(text) else { return nil }
        if text == "*" || text == "any" {
            self = .network(IPNetwork("0.0.0.0/0")!)
            return
        }
        if let network = IPNetwork(text) {
            self = .network(network)
            return
        }
        var host = text.lowercased()
        if let scheme = host.range(of: "://") {
            guard host[..<scheme.lowerBound].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }),
                  !host[..<scheme.lowerBound].isEmpty else { return nil }
            host = String(host[scheme.upperBound...])
            if let end = host.firstIndex(where: { "/?#".contains($0) }) { host = String(host[..<end]) }
            if let at = host.lastIndex(of: "@") { host = String(host[host.index(after: at)...]) }
            if host.hasPrefix("["), let close = host.firstIndex(of: "]") {
                let inner = String(host[host.index(after: host.startIndex)..<close])
                guard let network = IPNetwork(inner), network.isSingleAddress else { return nil }
                self = .network(network)
                return
            }
            if let colon = host.lastIndex(of: ":") {
                let port = host[host.index(after: colon)...]
                guard !port.isEmpty, port.count <= 5, port.allSatisfy(\.isNumber) else { return nil }
                host = String(host[..<colon])
            }
            if let network = IPNetwork(host), network.isSingleAddress {
                self = .network(network)
                return
            }
        }
        guard Self.isHostName(host) else { return nil }
        self = .host(host)
    }

    /// A DNS host name (RFC 1123): labels of letters, digits and inner hyphens, at most 63 characters each
    /// and 253 in all, the last not all digits. One label is enough (`localhost`, an intranet name).
    public static func isHostName(_ text: String) -> Bool {
        let name = text.hasSuffix(".") ? String(text.dropLast()) : text
        let labels = name.split(separator: ".", omittingEmptySubsequences: false)
        guard !name.isEmpty, name.count <= 253, let last = labels.last, !last.allSatisfy(\.isNumber) else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" }
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        if let network = IPNetwork(text) {
            self = .network(network)
        } else if Self.isHostName(text) {
            self = .host(text)
        } else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not an address, range or host name: \(text)"))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
