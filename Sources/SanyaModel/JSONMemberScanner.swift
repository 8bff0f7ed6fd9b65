import Foundation

/// Finds a member name that appears twice in one JSON object of a document.
///
/// `JSONDecoder` keeps one of two members of the same name without a word; for a request's parameters that
/// would let a client or a proxy send a value the audit record never shows. RFC 8259 leaves the meaning of
/// such a document open, so the runtime refuses it (400 `BAD_BODY`). Names are compared after unescaping
/// (`"a"` and `"\u0061"` are the same name). A malformed document is left for the decoder to refuse.
enum JSONMemberScanner {
    /// The first repeated member name, or nil.
    static func duplicate(in data: Data) -> String? {
        let bytes = [UInt8](data)
        var index = 0
        // One set of names per open object; nil for an open array.
        var open: [Set<String>?] = []
        var expectingName = false
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"):
                open.append([])
                expectingName = true
            case UInt8(ascii: "["):
                open.append(nil)
                expectingName = false
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !open.isEmpty { open.removeLast() }
                expectingName = false
            case UInt8(ascii: ","):
                expectingName = open.last.map { $0 != nil } ?? false
            case UInt8(ascii: "\""):
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < bytes.count else { return nil }
                if expectingName, var names = open.last ?? nil {
                    guard let name = try? JSONDecoder().decode(String.self, from: Data(bytes[start...index])) else { return nil }
                    if !names.insert(name).inserted { return name }
                    open[open.count - 1] = names
                    expectingName = false
                }
            default:
                break
            }
            index += 1
        }
        return nil
    }
}
