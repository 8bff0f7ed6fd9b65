import Foundation

/// Writes an `Encodable` value as the JSON files of `Generated/` are written: indented by two spaces, keys
/// sorted by their UTF-8 bytes, `"key" : value`, slashes unescaped — byte for byte what Foundation's
/// `JSONEncoder` writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]` (a test holds the two
/// to the same bytes for every generated file).
///
/// Why not `JSONEncoder` itself: for every value it wraps, it asks the runtime whether the value is one of
/// the types it treats specially and starts a new encoder with its coding path. For the handler definitions
/// and the OpenAPI document of a 1,000-contract repository that was a quarter of a first `sanya build`'s
/// CPU time. This encoder keeps a tree of plain members (no coding paths: generated values cannot fail to
/// encode) and writes it once. It also writes the service-level report's JSON.
public enum GeneratedJSON {
    /// The JSON text of `value`, with a final line break.
    public static func text<T: Encodable>(_ value: T) throws -> String {
        let root = try node(value)
        var out = ""
        out.reserveCapacity(16_384)
        write(root, to: &out, indent: 0)
        out += "\n"
        return out
    }

    // MARK: The tree

    fileprivate final class Members { var pairs: [(key: String, value: Node)] = [] }
    fileprivate final class Items { var values: [Node] = [] }
    fileprivate enum Node {
        case text(String)
        /// A number, `true`, `false` or `null`, as written.
        case literal(String)
        case object(Members)
        case array(Items)
    }

    private static func write(_ node: Node, to out: inout String, indent: Int) {
        switch node {
        case .text(let text):
            quote(text, to: &out)
        case .literal(let text):
            out += text
        case .object(let members):
            out += "{\n"
            // Sorted by bytes, as JSONEncoder sorts; of a key given twice the last one counts, as in JSONEncoder.
            let sorted = members.pairs.enumerated().sorted { a, b in
                a.element.key == b.element.key ? a.offset < b.offset : a.element.key.utf8.lexicographicallyPrecedes(b.element.key.utf8)
            }.map(\.element)
            var first = true
            for (index, member) in sorted.enumerated() where index == sorted.count - 1 || sorted[index + 1].key != member.key {
                if !first { out += ",\n" }
                first = false
                spaces(indent + 2, to: &out)
                quote(member.key, to: &out)
                out += " : "
                write(member.value, to: &out, indent: indent + 2)
            }
            out += "\n"
            spaces(indent, to: &out)
            out += "}"
        case .array(let items):
            out += "[\n"
            for (index, item) in items.values.enumerated() {
                if index > 0 { out += ",\n" }
                spaces(indent + 2, to: &out)
                write(item, to: &out, indent: indent + 2)
            }
            out += "\n"
            spaces(indent, to: &out)
            out += "]"
        }
    }

    private static let indents = (0...40).map { String(repeating: " ", count: $0) }

    private static func spaces(_ count: Int, to out: inout String) {
        out += count < indents.count ? indents[count] : String(repeating: " ", count: count)
    }

    /// A JSON string: `"` and `\` escaped, the control characters as `\n`, `\r`, `\t`, `\b`, `\f` or `\u00xx`,
    /// everything else as it is. The text is copied in runs between the bytes that need escaping.
    private static func quote(_ text: String, to out: inout String) {
        out += "\""
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = start
        while index != bytes.endIndex {
            let byte = bytes[index]
            if byte < 0x20 || byte == 0x22 || byte == 0x5C {
                out += text[start..<index]
                switch byte {
                case 0x22: out += "\\\""
                case 0x5C: out += "\\\\"
                case 0x0A: out += "\\n"
                case 0x0D: out += "\\r"
                case 0x09: out += "\\t"
                case 0x08: out += "\\b"
                case 0x0C: out += "\\f"
                default:
                    let hex = String(byte, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        out += text[start...]
        out += "\""
    }

    fileprivate static func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ value: F) throws -> Node {
        guard value.isFinite else {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "JSON has no \(value)"))
        }
        // Whole numbers without ".0" (and -0 keeps its sign), the rest as Swift prints them: as JSONEncoder writes.
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 { return .literal(value == 0 && value.sign == .minus ? "-0" : String(Int64(value))) }
        return .literal(value.description)
    }

    /// The JSON of a value. The common scalars are recognised by comparing types, not by casts (a cast asks
    /// the runtime about conformances); URLs and decimals are written as JSONEncoder writes them.
    fileprivate static func node<T: Encodable>(_ value: T) throws -> Node {
        if T.self == String.self { return .text(unsafeBitCast(value, to: String.self)) }
        if T.self == Int.self { return .literal(String(unsafeBitCast(value, to: Int.self))) }
        if T.self == Bool.self { return .literal(unsafeBitCast(value, to: Bool.self) ? "true" : "false") }
        if T.self == URL.self { return .text((value as! URL).absoluteString) }
        if T.self == Decimal.self { return .literal((value as! Decimal).description) }
        if T.self == Date.self || T.self == Data.self {
            throw EncodingError.invalidValue(value, .init(codingPath: [], debugDescription: "generated JSON holds no dates or bytes"))
        }
        let encoder = TreeEncoder()
        try value.encode(to: encoder)
        return encoder.root ?? .object(Members())
    }

    // MARK: The Encoder

    fileprivate final class TreeEncoder: Encoder {
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }
        var root: Node?

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            if case .object(let members) = root { return KeyedEncodingContainer(KeyedContainer<Key>(members: members)) }
            let members = Members()
            root = .object(members)
            return KeyedEncodingContainer(KeyedContainer<Key>(members: members))
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            if case .array(let items) = root { return UnkeyedContainer(items: items) }
            let items = Items()
            root = .array(items)
            return UnkeyedContainer(items: items)
        }

        func singleValueContainer() -> any SingleValueEncodingContainer { SingleValueContainer(encoder: self) }
    }

    fileprivate struct KeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let members: Members
        var codingPath: [any CodingKey] { [] }

        private func add(_ key: Key, _ node: Node) { members.pairs.append((key.stringValue, node)) }

        mutating func encodeNil(forKey key: Key) throws { add(key, .literal("null")) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { add(key, .literal(value ? "true" : "false")) }
        mutating func encode(_ value: String, forKey key: Key) throws { add(key, .text(value)) }
        mutating func encode(_ value: Double, forKey key: Key) throws { add(key, try number(value)) }
        mutating func encode(_ value: Float, forKey key: Key) throws { add(key, try number(value)) }
        mutating func encode(_ value: Int, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: Int8, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: Int16, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: Int32, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: UInt, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { add(key, .literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { add(key, try node(value)) }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
            let nested = Members()
            add(key, .object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            let nested = Items()
            add(key, .array(nested))
            return UnkeyedContainer(items: nested)
        }

        mutating func superEncoder() -> any Encoder { MemberEncoder(members: members, key: "super") }
        mutating func superEncoder(forKey key: Key) -> any Encoder { MemberEncoder(members: members, key: key.stringValue) }
    }

    fileprivate struct UnkeyedContainer: UnkeyedEncodingContainer, NodeSink {
        let items: Items
        var codingPath: [any CodingKey] { [] }
        var count: Int { items.values.count }

        func put(_ node: Node) { items.values.append(node) }


        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
            let nested = Members()
            put(.object(nested))
            return KeyedEncodingContainer(KeyedContainer<NestedKey>(members: nested))
        }

        mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            let nested = Items()
            put(.array(nested))
            return UnkeyedContainer(items: nested)
        }

        mutating func superEncoder() -> any Encoder {
            let holder = Members()
            put(.object(holder))
            return MemberEncoder(members: holder, key: "super")
        }
    }

    /// The encoder `superEncoder` hands out: what it encodes becomes the member `key`.
    fileprivate final class MemberEncoder: Encoder {
        let inner = TreeEncoder()
        let members: Members
        let index: Int
        var codingPath: [any CodingKey] { [] }
        var userInfo: [CodingUserInfoKey: Any] { [:] }

        init(members: Members, key: String) {
            self.members = members
            index = members.pairs.count
            members.pairs.append((key, .object(Members())))
        }

        private func settle() { if let root = inner.root { members.pairs[index].value = root } }

        func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
            defer { settle() }
            return inner.container(keyedBy: type)
        }

        func unkeyedContainer() -> any UnkeyedEncodingContainer {
            defer { settle() }
            return inner.unkeyedContainer()
        }

        func singleValueContainer() -> any SingleValueEncodingContainer {
            SingleValueContainer(encoder: inner, settled: { [members, index] node in members.pairs[index].value = node })
        }
    }

    fileprivate struct SingleValueContainer: SingleValueEncodingContainer, NodeSink {
        let encoder: TreeEncoder
        var settled: ((Node) -> Void)? = nil
        var codingPath: [any CodingKey] { [] }

        func put(_ node: Node) {
            encoder.root = node
            settled?(node)
        }
    }

    /// An unkeyed or single-value container: every value it is given becomes one node.
    fileprivate protocol NodeSink {
        func put(_ node: Node)
    }
}

extension GeneratedJSON.NodeSink {
        mutating func encodeNil() throws { put(.literal("null")) }
        mutating func encode(_ value: Bool) throws { put(.literal(value ? "true" : "false")) }
        mutating func encode(_ value: String) throws { put(.text(value)) }
        mutating func encode(_ value: Double) throws { put(try GeneratedJSON.number(value)) }
        mutating func encode(_ value: Float) throws { put(try GeneratedJSON.number(value)) }
        mutating func encode(_ value: Int) throws { put(.literal(String(value))) }
        mutating func encode(_ value: Int8) throws { put(.literal(String(value))) }
        mutating func encode(_ value: Int16) throws { put(.literal(String(value))) }
        mutating func encode(_ value: Int32) throws { put(.literal(String(value))) }
        mutating func encode(_ value: Int64) throws { put(.literal(String(value))) }
        mutating func encode(_ value: UInt) throws { put(.literal(String(value))) }
        mutating func encode(_ value: UInt8) throws { put(.literal(String(value))) }
        mutating func encode(_ value: UInt16) throws { put(.literal(String(value))) }
        mutating func encode(_ value: UInt32) throws { put(.literal(String(value))) }
        mutating func encode(_ value: UInt64) throws { put(.literal(String(value))) }
        mutating func encode<T: Encodable>(_ value: T) throws { put(try GeneratedJSON.node(value)) }
}
