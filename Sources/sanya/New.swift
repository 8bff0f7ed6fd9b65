import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaFrontend
import SanyaModel

extension Sanya {
    /// `sanya new`: a draft contract from a filled request form.
    struct New: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a draft contract from a request form (request.json from the request page, or questions on the terminal).",
            discussion: """
            The draft goes to Contracts/<unit>/<id>.yaml with status: draft, the request as filled, the e-Office \
            submission dated, the delivery from the connection, formats and addresses, and the picked data items as \
            fields. It never overwrites a file. A form with problems is refused, each problem naming its field, and \
            nothing is written. Exit status: 0 written, 1 refused, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions

        @Option(name: .long, help: "The request.json saved from Generated/docs/request.html. Without it, the form's questions are asked here.")
        var from: String?

        @Option(name: [.short, .customLong("output")], help: "Where to write the draft (default: Contracts/<unit>/<id>.yaml).")
        var output: String?

        @Option(name: .long, help: "The contract id (default: proposed from the project's name).")
        var id: String?

        func run() throws {
            do {
                try write()
            } catch let stop as FormQuestions.Stop {
                printError("error: \(stop)\n")
                throw ExitCode(1)
            }
        }

        func write() throws {
            let project = try repository.project()
            let checked = project.check(today: repository.day)
            if checked.diagnostics.contains(where: { $0.severity == .error && $0.location.file.hasPrefix("Contracts/catalog/") }) {
                printError(checked.report.render(.text))
                printError("error: the catalog has errors; fix them before writing a new contract\n")
                throw ExitCode(1)
            }
            let form: RequestForm
            if let from {
                let url = URL(fileURLWithPath: from)
                guard let data = FileManager.default.contents(atPath: url.path) else {
                    printError("\(from): error: cannot read the file\n")
                    throw ExitCode(1)
                }
                switch RequestForm.read(data, catalog: checked.catalog) {
                case .success(let read): form = read
                case .failure(let problems):
                    for problem in problems.list { printError("\(from): error: \(problem)\n") }
                    printError("\(problems.list.count) problem(s) in the form; nothing written\n")
                    throw ExitCode(1)
                }
            } else {
                form = try FormQuestions(catalog: checked.catalog).ask()
            }
            let taken = Set(checked.contracts.map(\.id)).union(project.contractFiles.map { $0.deletingPathExtension().lastPathComponent })
            let contractID: String
            if let id {
                guard FormRule.contractID.accepts(id) else { throw ValidationError("--id '\(id)' must be \(FormRule.contractID.hint)") }
                guard !taken.contains(id) else { throw ValidationError("--id '\(id)' is already a contract") }
                contractID = id
            } else {
                contractID = DraftContract.proposedID(for: form, taken: taken, on: repository.day)
            }
            let target = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
                ?? project.contractsDirectory.appendingPathComponent(DraftContract.unitFolder(for: form)).appendingPathComponent("\(contractID).yaml")
            guard !FileManager.default.fileExists(atPath: target.path) else {
                printError("\(project.display(target)): error: the file exists; sanya new never overwrites (choose --id or -o)\n")
                throw ExitCode(1)
            }
            let draft = DraftContract(form: form, catalog: checked.catalog, id: contractID, submitted: form.requested ?? repository.day)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: target.path, contents: Data(draft.yaml().utf8)) else {
                printError("\(project.display(target)): error: cannot write the file\n")
                throw ExitCode(1)
            }
            // What was written must check: a draft that does not is a fault of this command, and is taken back.
            let result = project.check(paths: [target.path], today: repository.day)
            if result.hasErrors {
                try? FileManager.default.removeItem(at: target)
                printError(result.report.render(.text))
                printError("error: the draft did not check (a fault of sanya new); nothing written\n")
                throw ExitCode(1)
            }
            if !result.diagnostics.isEmpty { printError(result.report.render(.text)) }
            print("Wrote \(project.display(target)): draft '\(contractID)' for \(form.unit).")
            print("Next: settle the data and its protection, record each step under workflow:, then 'sanya check'.")
        }
    }
}

/// The request form's questions on a terminal: each field in the form's order, with the same rules as the
/// page; a wrong answer is said at once and asked again.
struct FormQuestions {
    let catalog: Catalog

    enum Stop: Error { case unfinished }

    func ask() throws -> RequestForm {
        var answers: [String: Any] = ["form": RequestForm.formID]
        say("แบบฟอร์มขอใช้ข้อมูล · Request for registrar data (\(RequestForm.formID)). Empty answers skip optional fields.")
        for field in RequestForm.fields {
            try askField(field, into: &answers)
        }
        while true {
            switch RequestForm.read(answers, catalog: catalog) {
            case .success(let form): return form
            case .failure(let problems):
                for problem in problems.list { say("  ✗ \(problem)") }
                let keys = Set(problems.list.map(\.field))
                for field in RequestForm.fields where keys.contains(field.key) { try askField(field, into: &answers) }
                if !RequestForm.fields.contains(where: { keys.contains($0.key) }) { throw Stop.unfinished }
            }
        }
    }

    private func askField(_ field: FormField, into answers: inout [String: Any]) throws {
        while true {
            let prompt = "\(field.thai) · \(field.english)\(field.required ? "" : " (optional)")"
            switch field.kind {
            case .connection:
                say(prompt + ": " + DeliveryMethod.allCases.enumerated().map { "\($0.offset + 1)) \($0.element.formLabel)" }.joined(separator: "  "))
            case .formats:
                say(prompt + ", comma-separated: " + FormFormat.allCases.map(\.rawValue).joined(separator: ", "))
            case .addresses, .items:
                say(prompt + ", comma-separated" + (field.kind == .items ? " as table.column" : ""))
            default:
                say(prompt + ":")
            }
            guard let line = readLine() else { throw Stop.unfinished }
            let answer = line.trimmingCharacters(in: .whitespaces)
            var value: Any = answer
            switch field.kind {
            case .connection:
                if let number = Int(answer), (1...DeliveryMethod.allCases.count).contains(number) { value = DeliveryMethod.allCases[number - 1].rawValue }
            case .formats, .addresses, .items:
                value = answer.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            default:
                break
            }
            set(field.key, value, in: &answers)
            // The same reading as for a file, for this one field.
            let problems: [FormProblem]
            if case .failure(let all) = RequestForm.read(answers, catalog: catalog) { problems = all.list.filter { $0.field == field.key } } else { problems = [] }
            if problems.isEmpty { return }
            for problem in problems { say("  ✗ \(problem.message)") }
        }
    }

    private func set(_ key: String, _ value: Any, in answers: inout [String: Any]) {
        let parts = key.split(separator: ".").map(String.init)
        if parts.count == 2 {
            var inner = answers[parts[0]] as? [String: Any] ?? [:]
            inner[parts[1]] = value
            answers[parts[0]] = inner
        } else {
            answers[key] = value
        }
    }
}

extension FormQuestions.Stop: CustomStringConvertible {
    var description: String { "the form was not finished (end of input); nothing written" }
}
