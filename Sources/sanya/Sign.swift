import ArgumentParser
import Foundation
import SanyaFrontend
import SanyaModel
import SanyaSignatures

extension Sanya {
    /// `sanya sign`: a decision maker signs the step they took (W-REG6-001 steps 2 and 4).
    struct Sign: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Sign an endorsement or approval with your SSH key, on your own machine.",
            discussion: """
            Signs the digest of what the contract decides — what is disclosed, to whom, how, for what purpose, \
            under what protection, until when — with ssh-keygen -Y sign (namespace sanya-approval), and writes the \
            signature into the step. The step must be recorded already, naming you as in Contracts/approvers.yaml. \
            --key is your private key file, or your public key when the private one is in ssh-agent. Anyone can \
            verify it without Sanya: ssh-keygen -Y verify -f allowed_signers -I NAME -n sanya-approval -s SIG < STATEMENT \
            (sanya sign --statement prints the statement). Exit status: 0 signed, 1 refused, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "The contract id.")
        var contract: String

        @Option(name: .long, help: "The step you sign: endorsed (the director) or approved (the executive).")
        var step: String

        @Option(name: .long, help: "Your name, as the step and the roster write it.")
        var by: String

        @Option(name: .long, help: "Your SSH key: the private key file, or the public key (.pub) of a key held by ssh-agent.")
        var key: String?

        @Flag(name: .long, help: "Print the statement that would be signed, and stop.")
        var statement = false

        func validate() throws {
            guard let kind = WorkflowStepKind(rawValue: step), ApprovalStatement.signedSteps.contains(kind) else {
                throw ValidationError("--step is endorsed or approved, not '\(step)'")
            }
            if !statement && key == nil { throw ValidationError("--key is required: your private key, or your public key with ssh-agent") }
        }

        func run() async throws {
            let project = try repository.project()
            let result = project.check(today: repository.day)
            let kind = WorkflowStepKind(rawValue: step)!
            guard let contract = (result.contracts + result.unapproved).first(where: { $0.id == self.contract }) else {
                printError(result.report.render(.text))
                throw ValidationError("no contract '\(self.contract)' that checks: mend its errors first")
            }
            guard let recorded = contract.workflow.step(kind) else {
                throw ValidationError("'\(contract.id)' has no '\(kind.rawValue)' step yet: record it (by, date) before signing it")
            }
            guard recorded.by == by else {
                throw ValidationError("the '\(kind.rawValue)' step names \(recorded.by), not \(by): only the person who took the step signs it")
            }
            guard let approver = result.roster.approvers.first(where: { $0.name == by }), approver.steps.contains(kind) else {
                throw ValidationError("\(by) is not in Contracts/approvers.yaml for the '\(kind.rawValue)' step")
            }
            let substance = ContractSubstance(contract)
            let digest = substance.digest
            let text = ApprovalStatement.text(contract: contract.id, version: contract.version, step: kind, by: by, on: recorded.on, digest: digest)
            if statement {
                print(text, terminator: "")
                return
            }
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-sign-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let message = folder.appendingPathComponent("statement")
            try Data(text.utf8).write(to: message)
            let signer = Process()
            signer.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            signer.arguments = ["ssh-keygen", "-Y", "sign", "-q", "-f", key!, "-n", ApprovalStatement.namespace, message.path]
            let errors = Pipe()
            signer.standardError = errors
            try signer.run()
            signer.waitUntilExit()
            let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            guard signer.terminationStatus == 0, let armored = try? String(contentsOf: folder.appendingPathComponent("statement.sig"), encoding: .utf8) else {
                printError("error: ssh-keygen could not sign: \(said)")
                throw ExitCode(1)
            }
            let signature = ApprovalSignature(digest: digest, sshsig: armored.trimmingCharacters(in: .whitespacesAndNewlines))
            let verdict = ApprovalJudge(roster: result.roster, today: repository.day)
                .judge(contract: contract.id, version: contract.version, step: SignedStep(step: kind, by: by, on: recorded.on, signature: signature), substance: substance)
            guard case .valid = verdict else {
                printError("error: the signature would not stand (\(verdict)): is --key the one Contracts/approvers.yaml gives \(approver.name)?\n")
                throw ExitCode(1)
            }
            let file = project.root.appendingPathComponent(contract.source)
            let original = try String(contentsOf: file, encoding: .utf8)
            guard let signed = WorkflowRecorder.signing(recorded, signature: signature, in: original) else {
                printError("error: \(contract.source) has no block 'workflow:' entry for '\(kind.rawValue)' to sign; write the step on lines of its own\n")
                throw ExitCode(1)
            }
            try signed.write(to: file, atomically: true, encoding: .utf8)
            print("Signed the '\(kind.rawValue)' step of \(contract.id) v\(contract.version) as \(approver.name) (\(approver.role)); \(contract.source) now carries the signature.")
        }
    }
}
