import SanyaModel

/// Who is asking: the socket's peer, or the first untrusted address of `X-Forwarded-For` when the peer is a
/// trusted proxy.
public struct ClientAddressResolver: Sendable {
    public let trustedProxies: [IPNetwork]

    public init(trustedProxies: [IPNetwork]) {
        self.trustedProxies = trustedProxies
    }

    /// The client's address.
    ///
    /// - Parameters:
    ///   - peer: the address at the other end of the TCP connection.
    ///   - forwardedFor: the `X-Forwarded-For` header values, if any.
    public func client(peer: String?, forwardedFor: [String]) -> String? {
        guard var address = peer else { return nil }
        guard isTrusted(address), !forwardedFor.isEmpty else { return address }
        // Walk the chain from the nearest hop outward; the first hop a trusted proxy did not add is the client.
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for hop in hops.reversed() {
            guard IPNetwork(hop)?.isSingleAddress == true else { return address }
            address = hop
            if !isTrusted(hop) { return hop }
        }
        return address
    }

    func isTrusted(_ address: String) -> Bool {
        trustedProxies.contains { $0.contains(address) }
    }
}

extension HandlerDefinition {
    /// Whether a client address is on the allow-list: inside one of its networks, or one of the addresses
    /// its host names resolved to (`hosts`; without it, host entries admit nobody).
    public func allows(_ address: String?, hosts: HostDirectory? = nil) -> Bool {
        guard let address else { return false }
        return allow.contains { rule in
            switch rule {
            case .network(let network): network.contains(address)
            case .host(let host): hosts?.addresses(of: host).contains { $0.contains(address) } ?? false
            }
        }
    }
}
