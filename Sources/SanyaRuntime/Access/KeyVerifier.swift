import Foundation
import Synchronization

/// Checks presented API keys against the stored hashes, with a short cache so that a busy endpoint does
/// not read the state database on every request; a revocation takes effect within `ttl` seconds.
public final class KeyVerifier: Sendable {
    let store: any StateStore
    let ttl: Double
    /// Stored keys by id, when they were read, and the key text last seen to match the stored hash (so that a
    /// busy client's key is hashed once per `ttl`, not on every request).
    private let cache = Mutex<[String: (key: StoredKey?, fetched: Double, matched: String?)]>([:])
    private let lastUse = Mutex<[String: Date]>([:])

    public init(store: any StateStore, ttl: Double = 1.5) {
        self.store = store
        self.ttl = ttl
    }

    /// The key id when the `Authorization` header holds a valid, unrevoked key of this contract.
    public func verify(authorization: String?, contract: String) async throws -> String {
        guard let authorization, !authorization.isEmpty else {
            throw SanyaError.unauthorized("an API key is required: send 'Authorization: Bearer <key>'")
        }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", let presented = APIKey.parse(Self.trimmed(parts[1])) else {
            throw SanyaError.unauthorized("the Authorization header must be 'Bearer <key>' with a key issued by the registrar")
        }
        let now = Date().timeIntervalSince1970
        let cached = cache.withLock { $0[presented.id] }
        let stored: StoredKey?
        var matched: String?
        if let cached, now - cached.fetched < ttl {
            stored = cached.key
            matched = cached.matched
        } else {
            do {
                stored = try await store.key(id: presented.id)
            } catch {
                throw SanyaError.unavailable("the key store cannot be reached")
            }
            cache.withLock { $0[presented.id] = (stored, now, nil) }
        }
        let text = presented.text
        // Both comparisons take constant time: the remembered text is a secret as much as the hash is.
        let remembered = matched.map { APIKey.equalInConstantTime($0, text) } ?? false
        guard let stored, stored.contract == contract, remembered || presented.matches(storedHash: stored.hash) else {
            throw SanyaError.unauthorized("this key is not valid for this contract")
        }
        if !remembered {
            cache.withLock { entries in
                if let entry = entries[presented.id], entry.key == stored { entries[presented.id]?.matched = text }
            }
        }
        guard stored.revokedAt == nil else {
            throw SanyaError.unauthorized("this key has been revoked")
        }
        lastUse.withLock { $0[stored.id] = Date() }
        return stored.id
    }

    /// The text without leading and trailing spaces and tabs.
    static func trimmed(_ text: Substring) -> String {
        let utf8 = text.utf8
        var start = utf8.startIndex, end = utf8.endIndex
        func blank(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        while start < end, blank(utf8[start]) { start = utf8.index(after: start) }
        while end > start, blank(utf8[utf8.index(before: end)]) { end = utf8.index(before: end) }
        return String(text[start..<end])
    }

    /// Stores the last use of each key seen since the previous call.
    public func flushLastUse() async {
        let uses = lastUse.withLock { uses -> [String: Date] in
            let copy = uses
            uses.removeAll()
            return copy
        }
        for (id, time) in uses {
            try? await store.touchKey(id: id, at: time)
        }
    }

    /// Forgets cached keys (after `sanya keys revoke` in the same process, and in tests).
    public func invalidate() {
        cache.withLock { $0.removeAll() }
    }
}
