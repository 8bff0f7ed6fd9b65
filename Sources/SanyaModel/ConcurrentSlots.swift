import Foundation

/// Slots that concurrent workers fill, each index by exactly one worker, read once they are all done.
public final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    public init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    public func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    public var values: [Value] { lock.withLock { slots.map { $0! } } }
}
