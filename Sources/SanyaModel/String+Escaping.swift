extension String {
    /// The text with every `target` (one ASCII character) written as `replacement`; the text itself,
    /// without work, when it holds none — the common case for identifiers and literals.
    ///
    /// Used instead of Foundation's `replacingOccurrences`, which bridges through `NSString` and was the
    /// largest single cost of `sanya build` (quoting every identifier of every query).
    public func escaping(_ target: Unicode.Scalar, as replacement: String) -> String {
        let byte = UInt8(ascii: target)
        guard utf8.contains(byte) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 8)
        var start = startIndex
        while let found = self[start...].firstIndex(of: Character(target)) {
            result += self[start..<found]
            result += replacement
            start = index(after: found)
        }
        result += self[start...]
        return result
    }
}
