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
        // sanya_ + 10-character id + _ + 32-character secret
        let bytes = Array(text.utf8)
        guard bytes.count == 49, bytes[0..<6].elementsEqual("sanya_".utf8), bytes[16] == UInt8(ascii: "_"),
              bytes[6..<16].allSatisfy(isKeyByte), bytes[17...].allSatisfy(isKeyByte) else { return nil }
        return APIKey(id: String(decoding: bytes[6..<16], as: UTF8.self), secret: String(decoding: bytes[17...], as: UTF8.self))
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
        Self.equalInConstantTime(hash, storedHash)
    }

    /// Whether two strings have the same bytes, in time that depends on their length only.
    public static func equalInConstantTime(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8), b = Array(right.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }

    static let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

    /// Whether each byte value is in the alphabet: a table, since keys are checked on every request.
    private static let keyBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for character in alphabet { table[Int(character.asciiValue!)] = true }
        return table
    }()

    static func isKeyByte(_ byte: UInt8) -> Bool { keyBytes[Int(byte)] }

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
