import Foundation
import Mustache
import OpenAPIKit
import SanyaCodegen
import SanyaDemo
import SanyaModel
import Testing

/// The small text and file helpers the compiler uses in place of slower library calls must give exactly what
/// the calls they replace gave: the generated pages and the checker's readings depend on it.
@Suite("Text, JSON and file primitives")
struct TextPrimitivesTests {
    /// Text with every character the helpers treat specially, Thai, and Unicode spaces, in random mixes.
    static func samples(count: Int) -> [String] {
        let pieces = ["&", "<", ">", "\"", "'", "|", "\n", "\r\n", "\t", " ", "\u{A0}", "\u{3000}", "\u{2028}", "\u{85}", "\u{1}",
                      "a", "Z", "0", "ทะเบียน", "นักศึกษา", "é", "🎓", "\\", "/", "&amp;", "{{x}}"]
        var random = SeededRandom(seed: 2569)
        return (0..<count).map { _ in
            (0..<Int.random(in: 0...12, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        } + ["", " ", "\n", "plain", "  padded  ", "\u{3000}ไทย\u{3000}"]
    }

    @Test("htmlEscaped escapes exactly as Mustache's {{…}} did")
    func htmlEscaping() throws {
        let template = try MustacheTemplate(string: "{{x}}")
        for text in Self.samples(count: 2_000) {
            #expect(text.htmlEscaped == template.render(["x": text]), "\(text.debugDescription)")
        }
    }

    @Test("trimmed removes what Foundation's .whitespacesAndNewlines removes")
    func trimming() {
        for text in Self.samples(count: 2_000) {
            #expect(text.trimmed == text.trimmingCharacters(in: .whitespacesAndNewlines), "\(text.debugDescription)")
        }
    }

    @Test("terminal width: Thai marks and combining marks take no column, wide characters and emoji two")
    func terminalWidth() {
        #expect("abc".terminalWidth == 3)
        #expect("สำนักทะเบียน".terminalWidth == 10, "SARA AM (ำ) takes a column; the marks above น and บ do not")
        #expect("กี่".terminalWidth == 1 && "ปี่น้อง".terminalWidth == 4, "a vowel and a tone mark above one consonant take nothing")
        #expect("e\u{301}".terminalWidth == 1 && "a\u{200D}b".terminalWidth == 2)
        #expect("漢字".terminalWidth == 4 && "ｱ".terminalWidth == 1 && "Ａ".terminalWidth == 2 && "한국".terminalWidth == 4 && "🎓".terminalWidth == 2)
    }

    @Test("a text table lines up columns after Thai, combining and wide text")
    func textTable() {
        let rows = [["unit", "open", "n"], ["สำนักหอสมุดกลาง", "2", "x"], ["漢字", "10", "y"], ["café", "1", "z"]]
        let table = TextTable.render(rows)
        let lines = table.split(separator: "\n").map(String.init)
        #expect(lines.count == rows.count)
        // The display column where each row's second and third cells start.
        for column in [1, 2] {
            let starts = zip(lines, rows).map { line, row in
                line.range(of: "  " + row[column], options: .backwards).map { String(line[..<$0.upperBound]).terminalWidth - row[column].terminalWidth } ?? -1
            }
            #expect(Set(starts).count == 1, "column \(column) starts at \(starts):\n\(table)")
        }
        #expect(lines[1].hasPrefix("สำนักหอสมุดกลาง  2"))
        #expect(table.hasSuffix("z\n") && !table.contains("z "), "the last column is not padded")
    }

    @Test("markdownCell keeps text on one line inside its cell")
    func markdownCell() {
        #expect("a | b\nc".markdownCell == "a \\| b c")
        #expect("ไทย".markdownCell == "ไทย")
    }

    @Test("concurrentMap keeps the input's order")
    func concurrentMapOrder() {
        let numbers = Array(0..<5_000)
        #expect(numbers.concurrentMap { $0 * 3 } == numbers.map { $0 * 3 })
        #expect([Int]().concurrentMap { $0 } == [])
    }

    @Test("the directory listing finds files in subfolders and through links to files, never through links to folders")
    func directoryListing() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-listing-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let fm = FileManager.default
        try fm.createDirectory(at: root.appendingPathComponent("a/b"), withIntermediateDirectories: true)
        try fm.createDirectory(at: root.appendingPathComponent("folder.yaml"), withIntermediateDirectories: true)
        try "one".write(to: root.appendingPathComponent("top.yaml"), atomically: false, encoding: .utf8)
        try "three".write(to: root.appendingPathComponent("a/b/deep.yaml"), atomically: false, encoding: .utf8)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("link.yaml").path, withDestinationPath: root.appendingPathComponent("top.yaml").path)
        try fm.createSymbolicLink(atPath: root.appendingPathComponent("loop").path, withDestinationPath: root.path)

        let files = DirectoryListing.files(under: root.path)
        #expect(Set(files.map(\.path)) == ["top.yaml", "a/b/deep.yaml", "link.yaml"])
        #expect(files.first { $0.path == "a/b/deep.yaml" }?.size == 5)
        let folders = DirectoryListing.entries(under: root.path).filter(\.isFolder).map(\.path)
        #expect(Set(folders) == ["a", "a/b", "folder.yaml"])
        // Modification times are those stat reports, to the nanosecond.
        var info = stat()
        #expect(stat(root.appendingPathComponent("top.yaml").path, &info) == 0)
        let top = try #require(files.first { $0.path == "top.yaml" })
        #expect(top.modified.seconds == info.st_mtim.tv_sec && top.modified.nanoseconds == info.st_mtim.tv_nsec)
        #expect(DirectoryListing.files(under: root.appendingPathComponent("missing").path).isEmpty)
    }

    /// What `JSONEncoder` wrote for the generated files before `GeneratedJSON` did.
    static func foundationJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }

    struct Awkward: Encodable {
        var text = "quote \" backslash \\ slash / newline \n tab \t bell \u{7} del \u{7F} ไทย 🎓"
        var empty: [String] = []
        var emptyObject: [String: Int] = [:]
        var nested: [String: [String: [Int]]] = ["b": ["y": [1, 2], "x": []], "a": [:], "B": ["": [0]]]
        var missing: String? = nil
        var present: Int? = -7
        var flags = [true, false]
        var whole = 3.0
        var fractions = [0.5, 1.0 / 3.0, 1.5e-7, 1e20, -0.0, 12_345_678.9, 0.1 + 0.2, -2.25]
        var single: Float = 0.1
        var big = UInt64.max
        var url = URL(string: "https://lib.example.ac.th/sync?a=1&b=2")!
        var keys = ["a10": 1, "a9": 2, "a-b": 3, "a_b": 4, "Ä": 5, "ab": 6, "_": 7]
    }

    @Test("GeneratedJSON writes the same bytes as JSONEncoder for handlers, OpenAPI and awkward values")
    func generatedJSON() throws {
        #expect(try GeneratedJSON.text(Awkward()) == Self.foundationJSON(Awkward()))
        var contracts: [Contract] = []
        var handlers = 0
        for scenario in CodegenCase.all {
            let (_, contract) = try scenario.load()
            contracts.append(contract)
            guard contract.delivery.method != .view else { continue }
            let definition = HandlerTranslator.definition(for: contract)
            #expect(try GeneratedJSON.text(definition) == Self.foundationJSON(definition), "\(scenario.name)")
            handlers += 1
        }
        // Every case but the view is served through a handler; OpenAPI documents the four approved ones.
        #expect(handlers == CodegenCase.all.count - 1)
        let document = OpenAPIRenderer(contracts: contracts).document()
        #expect(document.paths.count == 5)
        #expect(try GeneratedJSON.text(document) == Self.foundationJSON(document))
    }
}
