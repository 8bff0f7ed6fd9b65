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

extension String {
    /// The text made safe inside HTML elements and quoted attributes: `& < > " '` as `&amp; &lt; &gt; &quot; &#39;`
    /// (the set Mustache's `{{…}}` escapes, so that Sanya's pages read alike whichever wrote them). Works on
    /// the UTF-8 bytes and returns the text itself when there is nothing to escape.
    public var htmlEscaped: String {
        guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count + 16)
        var start = utf8.startIndex
        var index = start
        while index != utf8.endIndex {
            let replacement: String? = switch utf8[index] {
            case 0x26: "&amp;"
            case 0x3C: "&lt;"
            case 0x3E: "&gt;"
            case 0x22: "&quot;"
            case 0x27: "&#39;"
            default: nil
            }
            if let replacement {
                result += self[start..<index]
                result += replacement
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        result += self[start...]
        return result
    }
}

extension String {
    /// The text kept inside one Markdown table cell, on one line: `|` escaped, line breaks as spaces.
    public var markdownCell: String {
        escaping("|", as: "\\|").escaping("\n", as: " ")
    }
}

extension String {
    /// The text without leading and trailing white space and line breaks (Unicode's White_Space, as
    /// Foundation's `.whitespacesAndNewlines`), without bridging to `NSString`: the checker trims every scalar
    /// it reads, and the bridged call was a sixth of `sanya check`.
    public var trimmed: String {
        let isEdgeSafe = { (byte: UInt8?) in byte.map { $0 > 0x20 && $0 < 0x80 } ?? true }
        if isEdgeSafe(utf8.first), isEdgeSafe(utf8.last) { return self }
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(self[first...last])
    }
}
