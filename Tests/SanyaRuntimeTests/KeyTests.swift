import Foundation
import NIOCore
import SanyaModel
@testable import SanyaRuntime
import SanyaTestSupport
import Synchronization
import Testing

@Suite("API keys")
struct APIKeyTests {
    @Test("a generated key parses back to itself; anything of another shape is refused")
    func parse() {
        let key = APIKey.generate()
        #expect(APIKey.parse(key.text) == key)
        #expect(key.matches(storedHash: key.hash))
        #expect(!APIKey.generate().matches(storedHash: key.hash))
        let text = key.text
        for bad in ["", "sanya_", String(text.dropLast()), text + "x", text.replacingOccurrences(of: "sanya_", with: "sanyo_"),
                    "sanya_" + String(repeating: "l", count: 10) + "_" + String(repeating: "a", count: 32),  // l is not in the alphabet
                    String(text.prefix(16)) + "-" + String(text.dropFirst(17)), "sanya_ก" + String(text.dropFirst(7))] {
            #expect(APIKey.parse(bad) == nil, Comment(rawValue: bad))
        }
    }
}

@Suite("Key verification")
struct KeyVerifierTests {
    @Test("a key seen to match is remembered, but a different secret under the same id is still refused")
    func remembered() async throws {
        let dir = Repository.temporaryDirectory("keys")
        let store = try SQLiteStateStore(path: dir.appendingPathComponent("state.sqlite").path)
        try await store.migrate()
        let key = APIKey.generate()
        try await store.insertKey(StoredKey(id: key.id, contract: "rt-students", label: "t", hash: key.hash, createdAt: Date(), revokedAt: nil, lastUsedAt: nil))
        let verifier = KeyVerifier(store: store, ttl: 60)
        #expect(try await verifier.verify(authorization: "Bearer \(key.text)", contract: "rt-students") == key.id)
        #expect(try await verifier.verify(authorization: "bearer  \(key.text)\t", contract: "rt-students") == key.id, "scheme in any case, blanks around the key")
        var other = Array(key.secret)
        other[0] = other[0] == "a" ? "b" : "a"
        let forged = APIKey(id: key.id, secret: String(other))
        await #expect(throws: SanyaError.self) { try await verifier.verify(authorization: "Bearer \(forged.text)", contract: "rt-students") }
        await #expect(throws: SanyaError.self) { try await verifier.verify(authorization: "Bearer \(key.text)", contract: "rt-lookup") }
        #expect(try await verifier.verify(authorization: "Bearer \(key.text)", contract: "rt-students") == key.id)
        #expect(APIKey.equalInConstantTime("abc", "abc") && !APIKey.equalInConstantTime("abc", "abd") && !APIKey.equalInConstantTime("abc", "abcd"))
    }
}
