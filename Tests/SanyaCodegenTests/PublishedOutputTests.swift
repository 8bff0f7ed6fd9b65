import Foundation
import SanyaTestSupport
import Testing

/// Checks of the committed `Generated/` tree with independent tools.
@Suite("Published documents")
struct PublishedOutputTests {
    static let generated = Repository.root.appendingPathComponent("Generated")

    /// The handler definitions of `Generated/`, read as plain JSON (method and status of each contract).
    static func handlers(sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [[String: Any]] {
        let folder = generated.appendingPathComponent("handlers")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.map {
            try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent($0))) as? [String: Any], sourceLocation: sourceLocation)
        }
    }

    @Test("openapi.json is a valid OpenAPI 3.1 document for an independent validator")
    func openAPIValidates() throws {
        let script = """
        import json, sys
        from openapi_spec_validator import validate
        spec = json.load(open(sys.argv[1]))
        validate(spec)
        assert spec["openapi"].startswith("3.1"), spec["openapi"]
        print(len(spec["paths"]))
        """
        let result = try Snapshot.run("/usr/bin/env", ["python3", "-c", script, Self.generated.appendingPathComponent("openapi.json").path])
        #expect(result.status == 0, Comment(rawValue: result.error))
        let served = try Self.handlers().filter { ["api-get", "api-post"].contains($0["method"] as? String) && $0["status"] as? String == "approved" }
        #expect(Int(result.output.trimmingCharacters(in: .whitespacesAndNewlines)) == served.count, "one path per approved API contract")
    }

    @Test("every link of the HTML documentation is relative and leads to a file that exists")
    func linksResolve() throws {
        let docs = Self.generated.appendingPathComponent("docs")
        let pages = try FileManager.default.subpathsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".html") || $0.hasSuffix(".md") }
        let contracts = try FileManager.default.contentsOfDirectory(atPath: Self.generated.appendingPathComponent("sql/postgres/views").path).count
        #expect(pages.count == 2 * contracts + 4, "an HTML and a Markdown page per contract, the index in both, the request form and the record of processing")
        // Links of HTML pages are href attributes, of Markdown pages [text](target); the request page's script
        // holds regular expressions, which are not links.
        let html = try Regex(##"href="([^"#]+)"##)
        let markdown = try Regex(#"\]\(([^\)#]+)"#)
        for page in pages {
            let url = docs.appendingPathComponent(page)
            let text = try String(contentsOf: url, encoding: .utf8)
            for match in text.matches(of: page.hasSuffix(".md") ? markdown : html) {
                let target = String(match.output[1].substring ?? "")
                #expect(!target.contains("://") && !target.hasPrefix("/"), "\(page) links outside: \(target)")
                let resolved = url.deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL
                #expect(FileManager.default.fileExists(atPath: resolved.path), "\(page) links to missing \(target)")
            }
        }
    }

    @Test("HTML pages declare UTF-8 and carry the Thai text unescaped")
    func thaiText() throws {
        let page = try String(contentsOf: Self.generated.appendingPathComponent("docs/contracts/library-active-students.html"), encoding: .utf8)
        #expect(page.contains("<meta charset=\"utf-8\">"))
        #expect(page.contains("สำนักหอสมุดกลาง"))
        #expect(page.contains("8 พ.ค. 2569"), "approval date in Buddhist Era")
        let index = try String(contentsOf: Self.generated.appendingPathComponent("docs/index.html"), encoding: .utf8)
        #expect(index.contains("data-valid-until=\"2027-05-31\""))
    }
}
