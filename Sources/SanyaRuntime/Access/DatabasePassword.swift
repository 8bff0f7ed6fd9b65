import Crypto
import _CryptoExtras
import Foundation

/// The password of a View Table contract's database login, and the SCRAM-SHA-256 verifier that PostgreSQL
/// stores for it.
///
/// Sanya sends PostgreSQL only the verifier (`ALTER ROLE … PASSWORD 'SCRAM-SHA-256$…'`), as `psql`'s
/// `\password` does, so the password itself never reaches the server's logs or statistics; it is shown
/// once, on the terminal of whoever issued it.
public struct DatabasePassword: Sendable {
    public let text: String

    /// 24 letters and digits (about 143 bits): nothing that needs quoting in a connection string.
    public static func generate() -> DatabasePassword {
        let alphabet = Array("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        var generator = SystemRandomNumberGenerator()
        return DatabasePassword(text: String((0..<24).map { _ in alphabet.randomElement(using: &generator)! }))
    }

    public init(text: String) {
        self.text = text
    }

    /// The verifier in PostgreSQL's form `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>` (RFC 5802,
    /// RFC 7677); 4096 iterations, PostgreSQL's own default.
    public func scramVerifier(salt: [UInt8]? = nil, iterations: Int = 4096) throws -> String {
        var generator = SystemRandomNumberGenerator()
        let salt = salt ?? (0..<16).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let salted = try KDF.Insecure.PBKDF2.deriveKey(from: Array(text.utf8), salt: salt, using: .sha256, outputByteCount: 32,
                                                       unsafeUncheckedRounds: iterations)
        let clientKey = Data(HMAC<SHA256>.authenticationCode(for: Data("Client Key".utf8), using: salted))
        let storedKey = Data(SHA256.hash(data: clientKey))
        let serverKey = Data(HMAC<SHA256>.authenticationCode(for: Data("Server Key".utf8), using: salted))
        return "SCRAM-SHA-256$\(iterations):\(Data(salt).base64EncodedString())$\(storedKey.base64EncodedString()):\(serverKey.base64EncodedString())"
    }
}
