import Foundation

/// Slots that concurrent workers fill, each index by exactly one worker, read once they are all done.
final class ConcurrentSlots<Value>: @unchecked Sendable {
    private var slots: [Value?]
    private let lock = NSLock()

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: Value) {
        lock.withLock { slots[index] = value }
    }

    var values: [Value] { lock.withLock { slots.map { $0! } } }
}

extension Array {
    /// `map` on every core (each free worker takes the next element, so long and short elements spread
    /// evenly); the result keeps the input's order. Below `serialBelow` elements the work is too small to
    /// share and runs on the calling thread.
    public func concurrentMap<T>(serialBelow: Int = 16, _ transform: @Sendable (Element) -> T) -> [T] where Element: Sendable {
        guard count >= serialBelow else { return map(transform) }
        let results = ConcurrentSlots<T>(count: count)
        withoutActuallyEscaping(transform) { transform in
            DispatchQueue.concurrentPerform(iterations: count) { index in
                results.set(index, transform(self[index]))
            }
        }
        return results.values
    }
}
