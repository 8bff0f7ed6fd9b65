import Foundation
import Synchronization

/// Checks presented API keys against the stored hashes, with a short cache so that a busy endpoint does
/// not read the state database on every request; a revocation takes effect within `ttl` seconds.
public final class KeyVerifier: Sendable {
    let store: any StateStore
    let ttl: Double
    private let cache = Mutex<[String: (key: StoredKey?, fetched: Double)]>([:])
    private let lastUse = Mutex<[String: Date]>([:])

    public init(store: any StateStore, ttl: Double = 2) {
        self.store = store
        self.ttl = ttl
    }

    /// The key id when the `Authorization` header holds a valid, unrevoked key of this contract.
    public func verify(authorization: String?, contract: String) async throws -> String {
        guard let authorization, !authorization.isEmpty else {
            throw SanyaError.unauthorized("an API key is required: send 'Authorization: Bearer <key>'")
        }
        let parts = authorization.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", let presented = APIKey.parse(String(parts[1]).trimmingCharacters(in: .whitespaces)) else {
            throw SanyaError.unauthorized("the Authorization header must be 'Bearer <key>' with a key issued by the registrar")
        }
        let now = Date().timeIntervalSince1970
        let cached = cache.withLock { $0[presented.id] }
        let stored: StoredKey?
        if let cached, now - cached.fetched < ttl {
            stored = cached.key
        } else {
            do {
                stored = try await store.key(id: presented.id)
            } catch {
                throw SanyaError.unavailable("the key store cannot be reached")
            }
            cache.withLock { $0[presented.id] = (stored, now) }
        }
        guard let stored, presented.matches(storedHash: stored.hash), stored.contract == contract else {
            throw SanyaError.unauthorized("this key is not valid for this contract")
        }
        guard stored.revokedAt == nil else {
            throw SanyaError.unauthorized("this key has been revoked")
        }
        lastUse.withLock { $0[stored.id] = Date() }
        return stored.id
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
