import Foundation
import SanyaModel
import SanyaTestSupport
import Testing

/// What a receiving unit's client may read of the documentation: its own contracts' pages, its part of the
/// OpenAPI document and of `/`, an index of its own contracts and the request form; never another unit's
/// pages, the registrar's index or the record of processing. The staff network reads everything.
@Suite("The documentation a unit's client may read")
struct DocumentationAccessTests {
    /// 10.9.8.7, through the trusted proxy on this machine, is admitted by rt-proxied and by no other contract.
    static let unit = ["X-Forwarded-For": "10.9.8.7"]
    static let ownPage = "/docs/" + DocumentationPaths.contractPage("rt-proxied", "html")

    @Test("a unit's client gets its own contract's pages, and 403 on another unit's page, the registrar's index and the record of processing")
    func pages() async throws {
        let harness = try await RuntimeHarness.start(trustedProxies: [IPNetwork("127.0.0.1")!])
        // `sanya build` writes the record of processing beside the pages; the harness's generator does not.
        try "<p>record of processing: rt-students</p>".write(to: harness.root.appendingPathComponent("Generated/docs/ropa.html"), atomically: true, encoding: .utf8)
        for path in [Self.ownPage, "/docs/contracts/rt-proxied.md", "/docs/request.html"] {
            let reply = try await harness.request(path, headers: Self.unit)
            #expect(reply.status == 200, "\(path): \(reply.status) \(reply.text.prefix(120))")
        }
        for path in ["/docs/contracts/rt-students.html", "/docs/contracts/rt-limited.md", "/docs/ropa.html", "/docs/index.md",
                     "/docs/contracts/..%2Fropa.html", "/docs/%72opa.html", "/docs/contracts/rt-proxied.json", "/docs/contracts/"] {
            let reply = try await harness.request(path, headers: Self.unit)
            #expect(reply.status == 403 && reply.errorCode == "FORBIDDEN", "\(path): \(reply.status) \(reply.text.prefix(120))")
            #expect(!reply.text.contains("rt-students"), "\(path) names another unit's contract")
        }
        // The same pages from the staff network (this machine).
        for path in ["/docs/contracts/rt-students.html", "/docs/ropa.html", "/docs/index.md", Self.ownPage] {
            #expect(try await harness.request(path).status == 200, "\(path) from the staff network")
        }
        await harness.stop()
    }

    @Test("the index, the contract list and the OpenAPI document show a unit's client only its own contracts; the staff network sees them all")
    func lists() async throws {
        let harness = try await RuntimeHarness.start(trustedProxies: [IPNetwork("127.0.0.1")!])
        for path in ["/docs/", "/docs/index.html", "/docs"] {
            let index = try await harness.request(path, headers: Self.unit)
            #expect(index.status == 200 && index.headers["content-type"]?.hasPrefix("text/html") == true, "\(path): \(index.status)")
            #expect(index.text.contains("rt-proxied") && index.text.contains("href=\"contracts/rt-proxied.html\""), Comment(rawValue: index.text))
            for other in ["rt-students", "rt-limited", "rt-lookup", "rt-draft", "ropa.html"] {
                #expect(!index.text.contains(other), "\(path) names \(other)")
            }
        }
        let list = try await harness.request("/", headers: Self.unit)
        #expect((list.json?["contracts"] as? [[String: Any]])?.compactMap { $0["contract"] as? String } == ["rt-proxied"], Comment(rawValue: list.text))

        let document = try await harness.request("/openapi.json", headers: Self.unit)
        #expect(document.status == 200)
        let paths = try #require(document.json?["paths"] as? [String: Any])
        #expect(Array(paths.keys) == ["/api/rt-proxied"])
        let schemas = try #require((document.json?["components"] as? [String: Any])?["schemas"] as? [String: Any])
        #expect(!schemas.isEmpty && schemas.keys.allSatisfy { $0.hasPrefix("RtProxied") || !$0.hasPrefix("Rt") }, "\(schemas.keys.sorted())")
        #expect(!document.text.contains("rt-students") && !document.text.contains("RtStudents"))
        // Still a valid OpenAPI document: every reference it keeps resolves.
        let file = harness.root.appendingPathComponent("unit-openapi.json")
        try document.body.write(to: file)
        let validation = try Snapshot.run("/usr/bin/env", ["python3", "-c", "import json,sys; from openapi_spec_validator import validate; validate(json.load(open(sys.argv[1])))", file.path])
        #expect(validation.status == 0, Comment(rawValue: validation.error))

        // The staff network: the registrar's index of every contract, the whole document and list.
        let staffIndex = try await harness.request("/docs/")
        #expect(staffIndex.text.contains("rt-students") && staffIndex.text.contains("rt-proxied") && staffIndex.text.contains("ropa.html"))
        let staffPaths = try #require(try await harness.request("/openapi.json").json?["paths"] as? [String: Any])
        #expect(staffPaths.count > 1 && staffPaths["/api/rt-students"] != nil)
        let staffList = try await harness.request("/")
        #expect(((staffList.json?["contracts"] as? [[String: Any]])?.count ?? 0) > 1)
        await harness.stop()
    }
}
