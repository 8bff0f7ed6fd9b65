import Foundation
import SanyaTestSupport
import Testing

/// A repository whose decision makers sign with SSH keys made here by `ssh-keygen`: the roster, contracts
/// built from the runtime's test contract, and the signing as the director and the executive do it.
struct SigningRepository {
    let root: URL
    var contracts: URL { root.appendingPathComponent("Contracts/units") }

    static let people = ["director": "Director", "executive": "Approver", "deputy": "Deputy Executive", "former": "Former Executive",
                         "revoked": "Revoked Executive", "stranger": "Stranger"]

    /// The runtime's `rt-students` contract under another id, with a masked field (so that a mask can be removed).
    static func contract(_ id: String, approvedBy: String = "Approver") throws -> String {
        let text = try String(contentsOf: Repository.root.appendingPathComponent("Tests/SanyaRuntimeTests/Contracts/rt-students.yaml"), encoding: .utf8)
        return text.replacingOccurrences(of: "contract: rt-students", with: "contract: \(id)")
            .replacingOccurrences(of: "approved: { by: Approver,", with: "approved: { by: \(approvedBy),")
            .replacingOccurrences(of: "    - first_name_th\n", with: "    - first_name_th\n    - { name: mobile, column: mobile_phone, mask: last4 }\n")
    }

    static func make(_ contracts: [String: String]) throws -> SigningRepository {
        let fm = FileManager.default
        let repository = SigningRepository(root: Repository.temporaryDirectory("signing"))
        try fm.createDirectory(at: repository.contracts, withIntermediateDirectories: true)
        try fm.copyItem(at: Repository.testCatalog, to: repository.root.appendingPathComponent("Contracts/catalog"))
        for who in people.keys {
            let made = try Snapshot.run("/usr/bin/env", ["ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", "\(who)@test", "-f", repository.key(who)])
            guard made.status == 0 else { throw TestDatabaseError(made.error) }
        }
        func key(_ who: String) throws -> String { try String(contentsOfFile: repository.key(who) + ".pub", encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines) }
        try """
        signatures:
          required_from: 2026-01-01
        approvers:
          - { name: Director, role: director, steps: [endorsed], key: \(try key("director")), valid_from: 2025-10-01 }
          - { name: Approver, role: executive, steps: [approved], key: \(try key("executive")), valid_from: 2025-10-01 }
          - { name: Deputy Executive, role: deputy director, steps: [approved], key: \(try key("deputy")), valid_from: 2025-10-01 }
          - { name: Former Executive, role: deputy director, steps: [approved], key: \(try key("former")), valid_from: 2024-10-01, valid_until: 2025-12-31 }
          - { name: Revoked Executive, role: executive, steps: [approved], key: \(try key("revoked")), valid_from: 2025-10-01, revoked: 2026-06-01 }

        """.write(to: repository.root.appendingPathComponent("Contracts/approvers.yaml"), atomically: true, encoding: .utf8)
        for (id, text) in contracts { try text.write(to: repository.contracts.appendingPathComponent("\(id).yaml"), atomically: true, encoding: .utf8) }
        return repository
    }

    func key(_ who: String) -> String { root.appendingPathComponent("key-\(who)").path }

    /// Runs sanya in the repository; the commands that read the contracts judge them on 2026-11-26.
    func sanya(_ arguments: [String], onTheDay: Bool = true) throws -> (status: Int32, output: String, error: String) {
        try SanyaBinary.run(arguments + (onTheDay ? ["--today", "2026-11-26"] : []), in: root)
    }

    /// Signs as the roster's person for the step, with their key.
    func sign(_ id: String, _ step: String, as who: String) throws {
        let result = try sanya(["sign", id, "--step", step, "--by", Self.people[who]!, "--key", key(who)])
        #expect(result.status == 0, Comment(rawValue: result.error))
    }

    /// What a forger with commit access can do at best: the statement for `name`, signed with `who`'s key.
    func forge(_ id: String, _ step: String, name: String, with who: String) throws {
        let statement = try sanya(["sign", id, "--step", step, "--by", name, "--statement"])
        let file = root.appendingPathComponent("statement-\(id)")
        try statement.output.write(to: file, atomically: true, encoding: .utf8)
        try? FileManager.default.removeItem(atPath: file.path + ".sig")
        let signed = try Snapshot.run("/usr/bin/env", ["ssh-keygen", "-q", "-Y", "sign", "-f", key(who), "-n", "sanya-approval", file.path])
        #expect(signed.status == 0, Comment(rawValue: signed.error))
        let signature = try String(contentsOfFile: file.path + ".sig", encoding: .utf8).split(separator: "\n").map { "        " + $0 }.joined(separator: "\n")
        let digest = statement.output.split(separator: "\n").first { $0.hasPrefix("substance: ") }!.dropFirst("substance: ".count)
        let path = contracts.appendingPathComponent("\(id).yaml")
        let text = try String(contentsOf: path, encoding: .utf8)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("  \(step): {") })
        let date = try #require(line.split(separator: "date: ").last?.split(separator: " ").first)
        try text.replacingOccurrences(of: String(line), with: "  \(step):\n    by: \(name)\n    date: \(date)\n    signature:\n      digest: \(digest)\n      sshsig: |\n\(signature)")
            .write(to: path, atomically: true, encoding: .utf8)
    }

    func edit(_ id: String, _ change: (String) -> String) throws {
        let path = contracts.appendingPathComponent("\(id).yaml")
        try change(try String(contentsOf: path, encoding: .utf8)).write(to: path, atomically: true, encoding: .utf8)
    }
}

@Suite("Signed approvals")
struct ApprovalSigningTests {
    @Test("sanya sign writes signatures that ssh-keygen verifies without Sanya; a reformatted contract keeps them")
    func signAndVerify() throws {
        let repo = try SigningRepository.make(["signed-ok": try SigningRepository.contract("signed-ok")])
        defer { try? FileManager.default.removeItem(at: repo.root) }
        let unsigned = try repo.sanya(["check"])
        #expect(unsigned.status == 1 && (unsigned.output + unsigned.error).contains("[APPROVAL_UNSIGNED]"), Comment(rawValue: unsigned.output + unsigned.error))
        // Only the person the step names signs it, with their own key.
        let wrongPerson = try repo.sanya(["sign", "signed-ok", "--step", "approved", "--by", "Director", "--key", repo.key("director")])
        #expect(wrongPerson.status != 0 && wrongPerson.error.contains("names Approver"), Comment(rawValue: wrongPerson.error))
        let wrongKey = try repo.sanya(["sign", "signed-ok", "--step", "approved", "--by", "Approver", "--key", repo.key("stranger")])
        #expect(wrongKey.status == 1 && wrongKey.error.contains("would not stand"), Comment(rawValue: wrongKey.error))
        // The director's private key is held by ssh-agent (in the foreground, a process of the test's own):
        // --key names the public half.
        let socket = repo.root.appendingPathComponent("agent.sock").path
        let agent = try Process.start("/usr/bin/env", ["ssh-agent", "-D", "-a", socket], in: repo.root, log: repo.root.appendingPathComponent("agent.log").path)
        defer { kill(agent.processIdentifier, SIGKILL) }
        for _ in 0..<50 where !FileManager.default.fileExists(atPath: socket) { Thread.sleep(forTimeInterval: 0.1) }
        let added = try Snapshot.run("/usr/bin/env", ["ssh-add", "-q", repo.key("director")], environment: ProcessInfo.processInfo.environment.merging(["SSH_AUTH_SOCK": socket]) { $1 })
        #expect(added.status == 0, Comment(rawValue: added.error))
        let throughAgent = try Snapshot.run(SanyaBinary.path, ["sign", "signed-ok", "--step", "endorsed", "--by", "Director", "--key", repo.key("director") + ".pub", "--today", "2026-11-26"],
                                            currentDirectory: repo.root, environment: ProcessInfo.processInfo.environment.merging(["SSH_AUTH_SOCK": socket]) { $1 })
        #expect(throughAgent.status == 0, Comment(rawValue: throughAgent.error))
        try repo.sign("signed-ok", "approved", as: "executive")
        let signed = try repo.sanya(["check"])
        #expect(signed.status == 0, Comment(rawValue: signed.output))

        // The office checks a decision with OpenSSH alone: the statement, the signature, an allowed_signers line.
        let statement = try repo.sanya(["sign", "signed-ok", "--step", "approved", "--by", "Approver", "--statement"]).output
        let text = try String(contentsOf: repo.contracts.appendingPathComponent("signed-ok.yaml"), encoding: .utf8)
        let armored = text.components(separatedBy: "-----BEGIN SSH SIGNATURE-----").last!.components(separatedBy: "-----END SSH SIGNATURE-----").first!
        let signature = "-----BEGIN SSH SIGNATURE-----\n" + armored.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: "\n") + "\n-----END SSH SIGNATURE-----\n"
        let files = repo.root
        try signature.write(to: files.appendingPathComponent("approved.sig"), atomically: true, encoding: .utf8)
        try statement.write(to: files.appendingPathComponent("statement"), atomically: true, encoding: .utf8)
        let executive = try String(contentsOfFile: repo.key("executive") + ".pub", encoding: .utf8)
        try "Approver namespaces=\"sanya-approval\" \(executive)".write(to: files.appendingPathComponent("allowed_signers"), atomically: true, encoding: .utf8)
        let verified = try Snapshot.run("/bin/sh", ["-c", "ssh-keygen -Y verify -f allowed_signers -I Approver -n sanya-approval -s approved.sig < statement"], currentDirectory: files)
        #expect(verified.status == 0 && verified.output.contains("Good \"sanya-approval\" signature for Approver"), Comment(rawValue: verified.output + verified.error))
        let impostor = try Snapshot.run("/bin/sh", ["-c", "ssh-keygen -Y verify -f allowed_signers -I Director -n sanya-approval -s approved.sig < statement"], currentDirectory: files)
        #expect(impostor.status != 0, "the signature is Approver's, not anyone's")

        // Comments, key order, flow or block style, a field written out in full: the decision is the same.
        try repo.edit("signed-ok") { text in
            let protection = text.components(separatedBy: "protection:\n").last!
            return "# Reformatted by hand after the approval.\nprotection:\n" + protection.trimmingCharacters(in: .newlines) + "\n"
                + text.components(separatedBy: "protection:\n").first!
                .replacingOccurrences(of: "    - student_id\n", with: "    - name: student_id   # the key\n      column: student_id\n")
                .replacingOccurrences(of: "  formats: [json, ndjson, csv, table, excel]", with: "  formats:\n    - json\n    - ndjson\n    - csv\n    - table\n    - excel")
        }
        let reformatted = try repo.sanya(["check"])
        #expect(reformatted.status == 0, Comment(rawValue: reformatted.output))
    }

    @Test("the checker refuses a forged name, a stranger's key, a former and a revoked signer, and a change after signing, at the step's line")
    func forgeries() throws {
        let ids = ["forged-name", "stranger-key", "former-signer", "revoked-signer", "field-added", "mask-removed", "still-good"]
        var contracts: [String: String] = [:]
        for id in ids {
            contracts[id] = try SigningRepository.contract(id, approvedBy: id == "former-signer" ? "Former Executive" : id == "revoked-signer" ? "Revoked Executive" : "Approver")
        }
        let repo = try SigningRepository.make(contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        for id in ids { try repo.sign(id, "endorsed", as: "director") }
        for id in ["field-added", "mask-removed", "still-good"] { try repo.sign(id, "approved", as: "executive") }
        try repo.forge("forged-name", "approved", name: "Approver", with: "director")
        try repo.forge("stranger-key", "approved", name: "Approver", with: "stranger")
        try repo.forge("former-signer", "approved", name: "Former Executive", with: "former")
        try repo.forge("revoked-signer", "approved", name: "Revoked Executive", with: "revoked")
        try repo.edit("field-added") { $0.replacingOccurrences(of: "    - birth_date\n", with: "    - birth_date\n    - national_id\n") }
        try repo.edit("mask-removed") { $0.replacingOccurrences(of: ", mask: last4 }", with: " }") }
        let result = try repo.sanya(["check", "--format", "json"])
        #expect(result.status == 1)
        let diagnostics = try #require((try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])?["diagnostics"] as? [[String: Any]])
        func codes(_ id: String) -> [String] {
            diagnostics.filter { ($0["file"] as? String)?.hasSuffix("/\(id).yaml") == true && ($0["code"] as? String)?.hasPrefix("APPROVAL_") == true }.compactMap { $0["code"] as? String }
        }
        #expect(codes("forged-name") == ["APPROVAL_NOT_ROSTERED"])
        #expect(codes("stranger-key") == ["APPROVAL_NOT_ROSTERED"])
        #expect(codes("former-signer") == ["APPROVAL_SIGNER_EXPIRED"])
        #expect(codes("revoked-signer") == ["APPROVAL_SIGNER_REVOKED"])
        #expect(codes("field-added") == ["APPROVAL_STALE", "APPROVAL_STALE"], "both decisions were about the contract before the field")
        #expect(codes("mask-removed") == ["APPROVAL_STALE", "APPROVAL_STALE"])
        #expect(codes("still-good").isEmpty)
        // At the signature of the step that fails.
        let forged = try #require(diagnostics.first { ($0["file"] as? String)?.hasSuffix("/forged-name.yaml") == true })
        let lines = try String(contentsOf: repo.contracts.appendingPathComponent("forged-name.yaml"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[(forged["line"] as! Int) - 1].trimmingCharacters(in: .whitespaces) == "signature:")
        // The office routine refuses them too.
        let delivery = try repo.sanya(["deliver", "still-good", "--by", "Staff", "--url", "https://data.example.ac.th"])
        #expect(delivery.status == 1 && delivery.error.contains("APPROVAL_"), Comment(rawValue: delivery.error))
    }

    @Test("the runtime verifies every approval when it loads the contracts and serves only those that stand")
    func runtimeRefusesForgeries() async throws {
        let ids = ["good", "handler-forged", "roster-dropped", "substance-changed"]
        var contracts: [String: String] = [:]
        for id in ids { contracts[id] = try SigningRepository.contract(id, approvedBy: id == "roster-dropped" ? "Deputy Executive" : "Approver") }
        let repo = try SigningRepository.make(contracts)
        defer { try? FileManager.default.removeItem(at: repo.root) }
        for id in ids {
            try repo.sign(id, "endorsed", as: "director")
            try repo.sign(id, "approved", as: id == "roster-dropped" ? "deputy" : "executive")
        }
        let build = try repo.sanya(["build"])
        #expect(build.status == 0, Comment(rawValue: build.error))
        let database = repo.root.appendingPathComponent("registrar.sqlite").path, state = repo.root.appendingPathComponent("state.sqlite").path
        let load = try Snapshot.run("/usr/bin/env", ["sh", "-c", "cat Generated/sql/sqlite/schema.sql '\(Repository.testRows.path)' | sqlite3 '\(database)'"], currentDirectory: repo.root)
        #expect(load.status == 0, Comment(rawValue: load.error))
        let key = try repo.sanya(["keys", "issue", "good", "--database", database, "--state", state], onTheDay: false).output.trimmingCharacters(in: .whitespacesAndNewlines)
        // Generated/ edited by hand, around the checker: a name in a handler's approval, a signer gone from
        // the roster, the substance the runtime would serve opened to every address.
        let handlers = repo.root.appendingPathComponent("Generated/handlers")
        func tamper(_ file: URL, _ change: (inout [String: Any]) -> Void) throws {
            var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
            change(&object)
            try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(to: file)
        }
        try tamper(handlers.appendingPathComponent("handler-forged.json")) { object in
            var approvals = object["approvals"] as! [[String: Any]]
            approvals[1]["by"] = "Director"
            object["approvals"] = approvals
        }
        try tamper(handlers.appendingPathComponent("substance-changed.json")) { object in
            var substance = object["substance"] as! [String: Any]
            substance["allow"] = ["*"]
            object["substance"] = substance
        }
        try tamper(repo.root.appendingPathComponent("Generated/approvers.json")) { object in
            object["approvers"] = (object["approvers"] as! [[String: Any]]).filter { $0["name"] as? String != "Deputy Executive" }
        }
        let port = TestPorts.free()
        let log = repo.root.appendingPathComponent("serve.log")
        let server = try Process.start(SanyaBinary.path, ["serve", "--database", database, "--state", state, "--host", "127.0.0.1", "--port", String(port)],
                                       in: repo.root, log: log.path)
        defer { server.terminate() }
        func status(_ path: String, key: String? = nil) throws -> String {
            try Snapshot.run("/usr/bin/curl", ["-s", "-o", "/dev/null", "-w", "%{http_code}"] + (key.map { ["-H", "Authorization: Bearer \($0)"] } ?? []) + ["http://127.0.0.1:\(port)\(path)"]).output
        }
        for _ in 0..<100 where (try? status("/healthz")) != "200" { try await Task.sleep(for: .milliseconds(100)) }
        #expect(try status("/api/good", key: key) == "200", "the contract that stands is served")
        for id in ["handler-forged", "roster-dropped", "substance-changed"] {
            #expect(try status("/api/\(id)") == "404", "\(id) is not served")
        }
        let said = try String(contentsOf: log, encoding: .utf8)
        #expect(said.contains("contract=handler-forged") && said.contains("made with Approver's key, but the step names Director"), Comment(rawValue: said))
        #expect(said.contains("contract=roster-dropped") && said.contains("not in the roster"), Comment(rawValue: said))
        #expect(said.contains("contract=substance-changed") && said.contains("changed after"), Comment(rawValue: said))
        #expect(!said.contains("contract=good"))
        // Export and keys refuse them too.
        let export = try repo.sanya(["export", "substance-changed", "--format", "csv", "-o", repo.root.appendingPathComponent("x.csv").path, "--database", database, "--state", state], onTheDay: false)
        #expect(export.status != 0 && export.error.contains("approval does not verify"), Comment(rawValue: export.error))
    }
}
