import Foundation
import SanyaModel
import Synchronization

/// A sliding-window rate limit per contract: at most `requests` in any `seconds`.
/// Admits a request under its contract's rate limit, or says how long to wait.
public protocol RateLimiting: Sendable {
    /// - Returns: nil when admitted, or the seconds to wait before the next request would be.
    /// - Throws: when the shared counter cannot be reached (the request is then refused with 503).
    func admit(_ contract: String, limit: RateLimit?) async throws -> Int?
}

public final class RateLimiter: RateLimiting, Sendable {
    private let windows = Mutex<[String: [Double]]>([:])

    public init() {}

    /// Records a request if the contract's limit allows it.
    ///
    /// - Returns: nil when allowed, or the seconds to wait before the next request would be.
    public func admit(_ contract: String, limit: RateLimit?, now: Double = Date().timeIntervalSince1970) -> Int? {
        guard let limit else { return nil }
        return windows.withLock { windows in
            var times = windows[contract, default: []]
            let start = now - Double(limit.seconds)
            if let firstInside = times.firstIndex(where: { $0 > start }) {
                times.removeFirst(firstInside)
            } else {
                times.removeAll()
            }
            if times.count >= limit.requests {
                windows[contract] = times
                return max(1, Int((times[0] + Double(limit.seconds) - now).rounded(.up)))
            }
            times.append(now)
            windows[contract] = times
            return nil
        }
    }
}

extension RateLimiter {
    public func admit(_ contract: String, limit: RateLimit?) async throws -> Int? {
        admit(contract, limit: limit, now: Date().timeIntervalSince1970)
    }
}
