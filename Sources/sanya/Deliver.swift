import ArgumentParser
import Crypto
import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel
import SanyaRuntime

extension Sanya {
    /// `sanya deliver`: step 5 of W-REG6-001 in one command.
    struct Deliver: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Deliver an approved contract through its channel, record the step, and write the hand-over note.",
            discussion: """
            An API contract gets a key; an Export contract its file and a SHA-256 checksum; a View Table contract \
            its database login. Secrets are printed once, here, never written to the note. The contract file gets \
            its 'delivered' step (by --by, today), and the hand-over note for the coordinator is written in Thai \
            and English as Markdown and HTML. Drafts, refused, revoked and expired contracts are refused. \
            Exit status: 0 delivered, 1 refused or failed, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions
        @OptionGroup var runtime: RuntimeOptions

        @Argument(help: "The contract id.")
        var contract: String

        @Option(name: .long, help: "Who delivers: recorded as the 'delivered' step and named in the note.")
        var by: String

        @Option(name: [.short, .customLong("output")], help: "The folder for the note (and an export's file). Default: var/deliveries/<contract>/.")
        var output: String?

        @Option(name: .long, help: "Export: the format (default: the first agreed).")
        var format: String?

        @Option(name: .customLong("param"), help: "Export: a parameter as NAME=VALUE.")
        var parameters: [String] = []

        @Option(name: .long, help: "API: the runtime's address as the unit reaches it, e.g. https://data.registrar.example.ac.th (env SANYA_PUBLIC_URL; setting public_url).")
        var url: String?

        @Option(name: .long, help: "Whom the unit calls with questions (default: who delivers, at the registrar).")
        var contact: String?

        func run() async throws {
            let (project, result) = try repository.checkedProject()
            let day = repository.day
            guard let contract = result.contracts.first(where: { $0.id == self.contract }) else {
                throw ValidationError("no contract '\(self.contract)' under Contracts/")
            }
            if let refusal = Self.refusal(contract, on: day) {
                printError("error: \(refusal)\n")
                throw ExitCode(1)
            }
            let folder = URL(fileURLWithPath: output ?? project.root.appendingPathComponent("var/deliveries/\(contract.id)").path,
                             relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)

            let channel: HandoverNote.Channel
            switch contract.delivery.method {
            case .apiGet, .apiPost:
                guard let base = try runtime.setting(url, "SANYA_PUBLIC_URL", "public_url"), base.hasPrefix("https://") || base.hasPrefix("http://") else {
                    throw ValidationError("say where the unit reaches the runtime: --url https://… (or SANYA_PUBLIC_URL, or public_url in --config)")
                }
                guard let definition = try runtime.definition(contract.id) else {
                    throw ValidationError("'\(contract.id)' is not in Generated/handlers/: run 'sanya build' first")
                }
                let key = APIKey.generate()
                let label = contract.request.unit
                try await runtime.withState { store in
                    try await store.insertKey(StoredKey(id: key.id, contract: definition.contract, label: label, hash: key.hash,
                                                        createdAt: Date(), revokedAt: nil, lastUsedAt: nil))
                }
                print(key.text)
                printError("Key \(key.id) issued for \(contract.id). It is shown only now: give it to \(contract.request.coordinator.name) over a safe channel.\n")
                channel = .api(keyID: key.id, baseURL: base.hasSuffix("/") ? String(base.dropLast()) : base)
            case .export:
                guard let definition = try runtime.definition(contract.id) else {
                    throw ValidationError("'\(contract.id)' is not in Generated/handlers/: run 'sanya build' first")
                }
                let name = format.map { $0 == "xlsx" ? "excel" : $0 }
                let chosen: OutputFormat? = name.map { OutputFormat(rawValue: $0) } ?? contract.delivery.formats.first
                guard let format = chosen, contract.delivery.formats.contains(format) else {
                    throw ValidationError("--format must be one of the agreed formats: \(contract.delivery.formats.map(\.rawValue).joined(separator: ", "))")
                }
                let file = folder.appendingPathComponent("\(contract.id)-\(day).\(format.fileExtension)")
                let rows: Int
                do {
                    let arguments = try Exporter.arguments(parameters, for: definition)
                    rows = try await Export.write(definition, arguments: arguments, format: format, byteOrderMark: false, to: file.path,
                                                  timeLimit: (definition.timeLimits ?? .none).applying(defaults: .none).export, runtime: runtime, progress: false)
                } catch let refusal as Exporter.Refusal {
                    printError("error: \(refusal.description)\n")
                    throw ExitCode(1)
                } catch {
                    printError("error: the export of '\(contract.id)' failed and nothing was delivered: \(Export.reason(error))\n")
                    throw ExitCode(1)
                }
                let digest = try Self.sha256(of: file)
                try Data("\(digest)  \(file.lastPathComponent)\n".utf8).write(to: file.appendingPathExtension("sha256"))
                print("Exported \(rows) rows to \(project.display(file)); SHA-256 \(digest).")
                channel = .export(file: file.lastPathComponent, sha256: digest, rows: rows, format: format)
            case .view:
                let login = try await DBUser.issueLogin(contract, database: runtime.database, day: day, rotating: false)
                channel = .view(host: login.host, port: login.port, database: login.database, role: login.role)
            }

            let note = HandoverNote(contract: contract, channel: channel, deliveredBy: by, on: day,
                                    registrarContact: contact ?? "\(by), สำนักทะเบียนและประมวลผล · Office of the Registrar")
            let markdown = folder.appendingPathComponent("handover-\(contract.id).md")
            let html = folder.appendingPathComponent("handover-\(contract.id).html")
            try Data(note.markdown.utf8).write(to: markdown)
            try Data(note.html.utf8).write(to: html)
            print("")
            print(note.markdown)
            print("Hand-over note: \(project.display(markdown)) and \(project.display(html)).")
            try record(contract, project: project, day: day)
        }

        /// Why the contract may not be delivered today, or nil.
        static func refusal(_ contract: Contract, on day: LocalDate) -> String? {
            switch contract.status {
            case .draft: return "'\(contract.id)' is a draft: it can be delivered once it is approved (step 4 of the manual)"
            case .rejected:
                let step = contract.workflow.step(.rejected)
                return "'\(contract.id)' was refused\(step.map { " on \($0.on) (\($0.reason ?? ""))" } ?? ""): a rejected request is never delivered"
            case .revoked: return "'\(contract.id)' has been revoked: its data may no longer be delivered"
            case .approved: break
            }
            if !contract.status.isInForce(until: contract.workflow.validUntil, on: day), let until = contract.workflow.validUntil {
                return "'\(contract.id)' expired on \(until) (\(until.thai)): renew the approval before delivering"
            }
            return nil
        }

        /// Adds the `delivered` step to the contract file, unless it is there (a renewal delivered again).
        func record(_ contract: Contract, project: Project, day: LocalDate) throws {
            let file = project.root.appendingPathComponent(contract.source)
            if let step = contract.workflow.step(.delivered) {
                print("\(contract.source) already records delivery on \(step.on); left as it is.")
                return
            }
            let original = try String(contentsOf: file, encoding: .utf8)
            guard let edited = WorkflowRecorder.adding(.delivered, by: by, on: day, to: original) else {
                printError("note: add this step under workflow: in \(contract.source) by hand:\n  delivered: { by: \(YAMLText.scalar(by)), date: \(day) }\n")
                return
            }
            try Data(edited.utf8).write(to: file)
            let check = project.check(paths: [file.path], today: day)
            if check.hasErrors {
                try Data(original.utf8).write(to: file)
                printError(check.report.render(.text))
                printError("error: recording the step would break \(contract.source); it was left unchanged\n")
                throw ExitCode(1)
            }
            print("Recorded in \(contract.source): delivered by \(by) on \(day). Run 'sanya build' and commit.")
        }

        static func sha256(of file: URL) throws -> String {
            let handle = try FileHandle(forReadingFrom: file)
            defer { try? handle.close() }
            var hasher = SHA256()
            while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
            return hasher.finalize().map { String(format: "%02x", $0) }.joined()
        }
    }
}
