import Crypto
import Foundation

/// An Ed25519 public key as OpenSSH writes it (`ssh-ed25519 AAAA… comment`), the form of `allowed_signers`.
public struct SSHPublicKey: Hashable, Sendable {
    /// The 32 bytes of the Ed25519 key.
    public let raw: Data

    /// Reads `ssh-ed25519 <base64> [comment]`; nil for another key type or a damaged key.
    public init?(openSSH text: String) {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, parts[0] == "ssh-ed25519", let blob = Data(base64Encoded: String(parts[1])) else { return nil }
        var reader = SSHWireReader(blob)
        guard reader.string() == Data("ssh-ed25519".utf8), let key = reader.string(), key.count == 32, reader.isAtEnd else { return nil }
        raw = key
    }

    init?(wire blob: Data) {
        var reader = SSHWireReader(blob)
        guard reader.string() == Data("ssh-ed25519".utf8), let key = reader.string(), key.count == 32, reader.isAtEnd else { return nil }
        raw = key
    }
}

/// A signature in OpenSSH's SSHSIG format (`ssh-keygen -Y sign`), Ed25519 keys only, verified here without
/// `ssh-keygen` (the runtime verifies every served approval when it loads the contracts).
///
/// The format (OpenSSH's PROTOCOL.sshsig): the armored blob holds `SSHSIG`, version 1, the public key, the
/// namespace, a reserved string, the hash algorithm and the signature; what is signed is `SSHSIG`, the
/// namespace, the reserved string, the hash algorithm and the hash of the message.
public struct SSHSignature: Sendable {
    public let publicKey: SSHPublicKey
    public let namespace: String
    let hashAlgorithm: String
    let signature: Data

    static let magic = Data("SSHSIG".utf8)

    /// Reads an armored signature; nil when it is not one (or not an Ed25519 one).
    public init?(armored text: String) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard lines.first == "-----BEGIN SSH SIGNATURE-----", lines.last == "-----END SSH SIGNATURE-----",
              let blob = Data(base64Encoded: lines.dropFirst().dropLast().joined()) else { return nil }
        var reader = SSHWireReader(blob)
        guard reader.bytes(6) == Self.magic, reader.uint32() == 1,
              let keyBlob = reader.string(), let key = SSHPublicKey(wire: keyBlob),
              let namespace = reader.string().flatMap({ String(data: $0, encoding: .utf8) }), reader.string() != nil,
              let algorithm = reader.string().flatMap({ String(data: $0, encoding: .utf8) }), ["sha256", "sha512"].contains(algorithm),
              let signatureBlob = reader.string(), reader.isAtEnd else { return nil }
        var inner = SSHWireReader(signatureBlob)
        guard inner.string() == Data("ssh-ed25519".utf8), let raw = inner.string(), raw.count == 64, inner.isAtEnd else { return nil }
        publicKey = key
        self.namespace = namespace
        hashAlgorithm = algorithm
        signature = raw
    }

    /// Whether the signature is the key's over `message` in `namespace`.
    public func verifies(_ message: Data, namespace expected: String) -> Bool {
        guard namespace == expected, let key = try? Curve25519.Signing.PublicKey(rawRepresentation: publicKey.raw) else { return false }
        let hash = hashAlgorithm == "sha512" ? Data(SHA512.hash(data: message)) : Data(SHA256.hash(data: message))
        var signed = Self.magic
        for part in [Data(expected.utf8), Data(), Data(hashAlgorithm.utf8), hash] {
            signed.append(SSHWireReader.encode(part))
        }
        return key.isValidSignature(signature, for: signed)
    }
}

/// Reads SSH's wire encoding: big-endian 32-bit integers and length-prefixed strings.
struct SSHWireReader {
    private let data: Data
    private var offset: Int

    init(_ data: Data) {
        self.data = Data(data)
        offset = 0
    }

    var isAtEnd: Bool { offset == data.count }

    mutating func bytes(_ count: Int) -> Data? {
        guard count >= 0, data.count - offset >= count else { return nil }
        defer { offset += count }
        return data.subdata(in: offset..<offset + count)
    }

    mutating func uint32() -> UInt32? {
        bytes(4).map { $0.reduce(0) { $0 << 8 | UInt32($1) } }
    }

    mutating func string() -> Data? {
        guard let length = uint32(), length <= 1 << 20 else { return nil }
        return bytes(Int(length))
    }

    static func encode(_ string: Data) -> Data {
        let count = UInt32(string.count)
        return Data([UInt8(count >> 24), UInt8(count >> 16 & 0xFF), UInt8(count >> 8 & 0xFF), UInt8(count & 0xFF)]) + string
    }
}
