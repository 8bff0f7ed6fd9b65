#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An IPv4 or IPv6 network (`10.1.2.0/24`, `2001:db8::/32`); a single address has the full prefix.
public struct IPNetwork: Hashable, Sendable, TextCodable {
    /// The network's address bytes: 4 for IPv4, 16 for IPv6, host bits cleared.
    public var bytes: [UInt8]
    public var prefixLength: Int

    public var isIPv4: Bool { bytes.count == 4 }
    /// True for `0.0.0.0/0` and `::/0`: every address, of either family.
    public var isEverything: Bool { prefixLength == 0 }
    public var isSingleAddress: Bool { prefixLength == bytes.count * 8 }

    /// Parses an address or CIDR range; nil when it is neither.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)
        guard let address = IPNetwork.parseAddress(String(parts[0])) else { return nil }
        let maxPrefix = address.count * 8
        var prefix = maxPrefix
        if parts.count == 2 {
            guard let p = Int(parts[1]), parts[1].allSatisfy(\.isNumber), (0...maxPrefix).contains(p) else { return nil }
            prefix = p
        }
        self.bytes = IPNetwork.mask(address, prefix: prefix)
        self.prefixLength = prefix
    }

    public static let textKind = "an IP network"

    /// Whether the address (textual, IPv4 or IPv6) lies inside this network. IPv4-mapped IPv6 addresses
    /// (`::ffff:10.0.0.1`) count as their IPv4 address.
    public func contains(_ address: String) -> Bool {
        guard var candidate = IPNetwork.parseAddress(address) else { return false }
        if isEverything { return true }
        if candidate.count == 16, isIPv4, candidate[0..<10].allSatisfy({ $0 == 0 }), candidate[10] == 0xFF, candidate[11] == 0xFF {
            candidate = Array(candidate[12...])
        }
        guard candidate.count == bytes.count else { return false }
        return IPNetwork.mask(candidate, prefix: prefixLength) == bytes
    }

    public var description: String {
        let address = IPNetwork.format(bytes)
        return isSingleAddress ? address : "\(address)/\(prefixLength)"
    }

    /// The CIDR form with the prefix always written, as pg_hba.conf wants it.
    public var cidr: String { "\(IPNetwork.format(bytes))/\(prefixLength)" }

    static func parseAddress(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, text.count <= 45 else { return nil }
        var v4 = in_addr()
        if text.withCString({ inet_pton(AF_INET, $0, &v4) }) == 1 {
            return withUnsafeBytes(of: &v4) { Array($0) }
        }
        var v6 = in6_addr()
        if text.withCString({ inet_pton(AF_INET6, $0, &v6) }) == 1 {
            return withUnsafeBytes(of: &v6) { Array($0) }
        }
        return nil
    }

    static func format(_ bytes: [UInt8]) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let family = bytes.count == 4 ? AF_INET : AF_INET6
        let ok = bytes.withUnsafeBytes { raw in
            inet_ntop(family, raw.baseAddress, &buffer, socklen_t(buffer.count)) != nil
        }
        guard ok else { return "?" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    static func mask(_ bytes: [UInt8], prefix: Int) -> [UInt8] {
        var result = bytes
        for index in result.indices {
            let bitsHere = max(0, min(8, prefix - index * 8))
            let byteMask: UInt8 = bitsHere == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - bitsHere))
            result[index] &= byteMask
        }
        return result
    }
}
