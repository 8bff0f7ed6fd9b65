import Foundation
import SanyaDiagnostics

/// A YAML file read from disk and composed into a syntax tree, or the diagnostics that say why not.
public struct SourceDocument: Sendable {
    /// The largest file accepted; contracts and catalog tables are a few kilobytes.
    public static let sizeLimit = 1 << 20

    public var path: String
    public var root: SyntaxNode?
    public var diagnostics: [Diagnostic]

    /// Reads and parses a file.
    ///
    /// - Parameters:
    ///   - url: where the file is.
    ///   - displayPath: the path printed in diagnostics (relative to the repository root).
    public static func load(_ url: URL, displayPath: String) -> SourceDocument {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        let data: Data
        // One stat for the folder and size checks (FileManager asked three times, a tenth of a large check).
        var info = stat()
        if stat(url.path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                return SourceDocument(path: displayPath, root: nil, diagnostics: [
                    .error(.fileUnreadable, "cannot read '\(displayPath)': it is a folder, not a file", at: start),
                ])
            }
            if info.st_size > sizeLimit {
                return SourceDocument(path: displayPath, root: nil, diagnostics: [
                    .error(.fileTooLarge, "the file is \(info.st_size) bytes; a contract or catalog file may be at most \(sizeLimit) bytes", at: start),
                ])
            }
        }
        do {
            data = try Data(contentsOf: url)
        } catch {
            return SourceDocument(path: displayPath, root: nil, diagnostics: [
                .error(.fileUnreadable, "cannot read the file (\(String(cString: strerror(errno))))", at: start),
            ])
        }
        return parse(data, displayPath: displayPath)
    }

    /// Parses YAML bytes that did not come from a file (tests, standard input).
    public static func parse(_ data: Data, displayPath: String) -> SourceDocument {
        let start = SourceLocation(file: displayPath, line: 1, column: 1)
        if data.count > sizeLimit {
            return SourceDocument(path: displayPath, root: nil, diagnostics: [
                .error(.fileTooLarge, "the file is \(data.count) bytes; a contract or catalog file may be at most \(sizeLimit) bytes", at: start),
            ])
        }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let bad = firstNonText(bytes) {
            return SourceDocument(path: displayPath, root: nil, diagnostics: [
                .error(.fileNotText, bad.reason, at: SourceLocation(file: displayPath, line: bad.line, column: bad.column),
                       note: "contracts are UTF-8 YAML text"),
            ])
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let (root, diagnostics) = YAMLComposer(file: displayPath, text: text).compose()
        var all = diagnostics
        if root == nil && diagnostics.isEmpty || root?.scalar?.isNull == true {
            all.append(.error(.fileEmpty, "the file holds no YAML document", at: start))
            return SourceDocument(path: displayPath, root: nil, diagnostics: all)
        }
        return SourceDocument(path: displayPath, root: root, diagnostics: all)
    }

    /// The position of the first NUL byte, control character or invalid UTF-8 sequence.
    private static func firstNonText(_ bytes: [UInt8]) -> (line: Int, column: Int, reason: String)? {
        var line = 1, column = 1
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00: return (line, column, "the file holds a NUL byte: it is binary, not YAML text")
            case 0x09, 0x0A, 0x0D: length = 1
            case 0x01...0x1F, 0x7F: return (line, column, String(format: "the file holds the control character 0x%02X", byte))
            case 0x20...0x7E: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, column, "the file is not valid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))")
            }
            if length > 1 {
                guard index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else {
                    return (line, column, "the file is not valid UTF-8 (a broken multi-byte sequence)")
                }
            }
            if byte == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }
}
