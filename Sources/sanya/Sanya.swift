import ArgumentParser
import Foundation
import SanyaDiagnostics
import SanyaFrontend
import SanyaModel

/// The `sanya` command: compiler and runtime of the registrar's data contracts.
struct Sanya: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanya",
        abstract: "Compile the registrar's data contracts and serve what they allow.",
        subcommands: [Check.self, Build.self, Demo.self, Serve.self, Keys.self, Audit.self, Export.self, Apply.self, DBUser.self, SLA.self, New.self, Sign.self, Deliver.self, Diff.self, Impact.self, ROPA.self, Subject.self, Notify.self, CatalogCommands.self]
    )
}

/// Options every subcommand that reads the repository shares.
struct RepositoryOptions: ParsableArguments {
    @Option(name: .long, help: "The repository root (the folder holding Contracts/). Default: the nearest one above the current folder.")
    var root: String?

    @Option(name: .long, help: ArgumentHelp("The day expiry is judged against, YYYY-MM-DD (default: today in Asia/Bangkok).", visibility: .hidden))
    var today: String?

    func validate() throws {
        if let today, LocalDate(today) == nil {
            throw ValidationError("--today must be a date YYYY-MM-DD, not '\(today)'")
        }
    }

    var day: LocalDate { today.flatMap(LocalDate.init) ?? .today() }

    /// The project, checked: the commands that act on the contracts stop here, printing every diagnostic
    /// and exiting with 1, when any contract or the catalog has an error.
    func checkedProject() throws -> (Project, CheckResult) {
        let project = try project()
        let result = project.check(today: day)
        if result.hasErrors {
            printError(result.report.render(.text))
            throw ExitCode(1)
        }
        return (project, result)
    }

    /// The project the command works on.
    func project() throws -> Project {
        let fm = FileManager.default
        if let root {
            let url = URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: fm.currentDirectoryPath)).standardizedFileURL
            guard fm.fileExists(atPath: url.appendingPathComponent("Contracts").path) else {
                throw ValidationError("--root \(root) holds no Contracts/ folder")
            }
            return Project(root: url)
        }
        var url = URL(fileURLWithPath: fm.currentDirectoryPath).standardizedFileURL
        while true {
            if fm.fileExists(atPath: url.appendingPathComponent("Contracts/catalog").path) { return Project(root: url) }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { break }
            url = parent
        }
        throw ValidationError("no Contracts/catalog/ folder here or above; run from the repository or pass --root")
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

/// Writes text to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
}

/// Writes a line to standard output at once (a server's output must not wait in a buffer).
func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
