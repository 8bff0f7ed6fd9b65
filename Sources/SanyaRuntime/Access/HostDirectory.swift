import Foundation
import Logging
import SanyaModel
import Synchronization

/// The addresses that the host names on the served contracts' allow-lists resolve to.
///
/// A unit's request form may give a URL or a host name instead of an address. The runtime resolves every
/// such name when the contracts load and again every `ClientRule.hostRefreshSeconds`, and admits a client
/// whose address is one of the name's addresses. A name that does not resolve admits nobody until it does,
/// and is logged. Lookups run on threads of their own (`getaddrinfo` blocks), never on a request's path.
public final class HostDirectory: Sendable {
    private let table = Mutex<[String: [IPNetwork]]>([:])
    private let logger: Logger
    private let lookup: @Sendable (String) -> [IPNetwork]

    /// - Parameter lookup: how a name is resolved; the system resolver unless a test says otherwise.
    public init(logger: Logger = Logger(label: "sanya.hosts"), lookup: @escaping @Sendable (String) -> [IPNetwork] = HostDirectory.resolve) {
        self.logger = logger
        self.lookup = lookup
    }

    /// The addresses a host name resolved to at the last refresh; none for a name not (yet) resolved.
    public func addresses(of host: String) -> [IPNetwork] {
        table.withLock { $0[host] ?? [] }
    }

    /// Resolves every host name on the allow-lists of `definitions`, all at once, and replaces the table.
    public func refresh(_ definitions: some Sequence<HandlerDefinition>) async {
        let hosts = Set(definitions.flatMap { definition in
            definition.allow.compactMap { rule -> String? in
                if case .host(let host) = rule { return host }
                return nil
            }
        })
        guard !hosts.isEmpty || !table.withLock({ $0.isEmpty }) else { return }
        let lookup = self.lookup
        let fresh = await withTaskGroup(of: (String, [IPNetwork]).self) { group in
            for host in hosts {
                group.addTask {
                    await withCheckedContinuation { continuation in
                        Thread.detachNewThread { continuation.resume(returning: (host, lookup(host))) }
                    }
                }
            }
            var table: [String: [IPNetwork]] = [:]
            for await (host, addresses) in group { table[host] = addresses }
            return table
        }
        let previous = table.withLock { table in
            defer { table = fresh }
            return table
        }
        for host in fresh.keys.sorted() where fresh[host] != previous[host] {
            let addresses = fresh[host] ?? []
            if addresses.isEmpty {
                logger.warning("an allow-list host name does not resolve; it admits nobody until it does", metadata: ["host": "\(host)"])
            } else {
                logger.info("allow-list host name resolved", metadata: ["host": "\(host)", "addresses": "\(addresses.map(\.description))"])
            }
        }
    }

    /// The system resolver (`getaddrinfo`): every IPv4 and IPv6 address of a name, or none.
    @Sendable public static func resolve(_ host: String) -> [IPNetwork] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var addresses: [IPNetwork] = []
        var cursor: UnsafeMutablePointer<addrinfo>? = first
        while let entry = cursor {
            var buffer = [CChar](repeating: 0, count: Int(INET6_ADDRSTRLEN))
            if let address = entry.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { inet in
                        var raw = inet.pointee.sin_addr
                        _ = inet_ntop(AF_INET, &raw, &buffer, socklen_t(buffer.count))
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { inet in
                        var raw = inet.pointee.sin6_addr
                        _ = inet_ntop(AF_INET6, &raw, &buffer, socklen_t(buffer.count))
                    }
                default: break
                }
            }
            let text = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            if let network = IPNetwork(text), !addresses.contains(network) { addresses.append(network) }
            cursor = entry.pointee.ai_next
        }
        return addresses
    }
}
