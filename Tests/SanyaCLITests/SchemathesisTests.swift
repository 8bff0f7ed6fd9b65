import Foundation
import SanyaTestSupport
import Testing

/// Schemathesis (from PyPI, installed by `scripts/setup`) attacks a real `sanya serve` through its own
/// OpenAPI document: every check, positive and negative data, a fixed seed, a JUnit report, with the key of
/// the contract under test — and with Sanya's own check that no answer carries a field the contract does not
/// list (`Schemathesis/sanya_checks.py`).
@Suite("Schemathesis against the served OpenAPI document", .serialized,
       .needs(.schemathesis))
struct SchemathesisTests {
    static let contracts = ["rt-students", "rt-lookup"]
    static let hooks = Repository.root.appendingPathComponent("Tests/SanyaCLITests/Schemathesis")

    @Test("zero failures for a GET and a POST contract, every format, with a fixed seed", arguments: contracts)
    func attack(_ contract: String) async throws {
        let tool = try #require(SchemathesisTool.path, "schemathesis (st) is not installed")
        let repository = try DeliveryRepository.make(contracts: Self.contracts.map {
            Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/\($0).yaml")
        })
        defer { try? FileManager.default.removeItem(at: repository.root) }
        let key = try repository.sanya(["keys", "issue", contract]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        let port = TestPorts.free()
        let server = try Process.start(SanyaBinary.path, ["serve", "--database", repository.database, "--state", repository.state,
                                                          "--host", "127.0.0.1", "--port", String(port)],
                                       in: repository.root, log: repository.root.appendingPathComponent("serve.log").path)
        defer { server.terminate() }
        for _ in 0..<100 {
            if (try? Snapshot.run("/usr/bin/curl", ["-sf", "http://127.0.0.1:\(port)/healthz"]))?.status == 0 { break }
            try await Task.sleep(for: .milliseconds(100))
        }
        let handler = repository.root.appendingPathComponent("Generated/handlers/\(contract).json")
        let fields = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: handler)) as? [String: Any])["fields"] as? [[String: Any]]
        let names = (fields ?? []).compactMap { $0["name"] as? String }.joined(separator: ",")
        let report = repository.root.appendingPathComponent("schemathesis-\(contract).xml")
        let run = try Snapshot.run("/usr/bin/env", [
            "PYTHONPATH=\(Self.hooks.path)", "SCHEMATHESIS_HOOKS=sanya_checks", "SANYA_CONTRACT_FIELDS=\(names)",
            tool, "run", "http://127.0.0.1:\(port)/openapi.json", "-H", "Authorization: Bearer \(key)", "--include-path", "/api/\(contract)",
            "--checks", "all", "--mode", "all", "--seed", "2569", "-n", "60", "--report", "junit", "--report-junit-path", report.path,
        ], currentDirectory: repository.root)
        #expect(run.status == 0, Comment(rawValue: String((run.output + run.error).suffix(3_000))))
        let junit = try String(contentsOf: report, encoding: .utf8)
        #expect(junit.contains(#"errors="0" failures="0""#) && junit.contains(#"tests="1""#), Comment(rawValue: junit))
        #expect(run.output.contains(" passed") && !run.output.contains("0 generated"), Comment(rawValue: String(run.output.suffix(1_000))))
    }
}
