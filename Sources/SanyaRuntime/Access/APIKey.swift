import Crypto
import Foundation

/// An API key: `sanya_<key id>_<secret>`. The key id is public (it names the key in logs and the audit);
/// only the SHA-256 of the whole key is stored.
public struct APIKey: Sendable, Equatable {
    public let id: String
    public let secret: String

    public var text: String { "sanya_\(id)_\(secret)" }

    public init(id: String, secret: String) {
        self.id = id
        self.secret = secret
    }

    /// A new random key.
    public static func generate() -> APIKey {
        APIKey(id: randomString(length: 10), secret: randomString(length: 32))
    }

    /// Parses a presented key; nil when it does not have the key's shape.
    public static func parse(_ text: String) -> APIKey? {
        let parts = text.split(separator: "_", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "sanya", parts[1].count == 10, parts[2].count == 32,
              parts[1].allSatisfy(isKeyCharacter), parts[2].allSatisfy(isKeyCharacter) else { return nil }
        return APIKey(id: String(parts[1]), secret: String(parts[2]))
    }

    /// The stored form: hex SHA-256 of the whole key.
    public var hash: String {
        Self.hex(SHA256.hash(data: Data(text.utf8)))
    }

    /// Lower-case hexadecimal of bytes (a table lookup: `String(format:)` per byte was a hot spot).
    public static func hex(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(64)
        for byte in bytes {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Compares this key's hash with a stored one in time that does not depend on where they differ.
    public func matches(storedHash: String) -> Bool {
        let a = Array(hash.utf8), b = Array(storedHash.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    static func isKeyCharacter(_ c: Character) -> Bool { alphabet.contains(c) }

    public static func randomString(length: Int) -> String {
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &generator)] })
    }
}

/// A key as stored: never the key itself.
public struct StoredKey: Sendable, Equatable, Codable {
    public var id: String
    public var contract: String
    public var label: String
    public var hash: String
    public var createdAt: Date
    public var revokedAt: Date?
    public var lastUsedAt: Date?

    public init(id: String, contract: String, label: String, hash: String, createdAt: Date, revokedAt: Date?, lastUsedAt: Date?) {
        self.id = id
        self.contract = contract
        self.label = label
        self.hash = hash
        self.createdAt = createdAt
        self.revokedAt = revokedAt
        self.lastUsedAt = lastUsedAt
    }
}
