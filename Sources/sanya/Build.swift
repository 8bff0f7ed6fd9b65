import ArgumentParser
import Foundation
import SanyaCodegen
import SanyaDiagnostics
import SanyaFrontend
import SanyaGovernance

extension Sanya {
    /// `sanya build`: compile every contract into Generated/.
    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compile every contract into SQL views, handler definitions, OpenAPI and documentation in Generated/.",
            discussion: """
            The output depends only on the contracts and the catalog: the same input gives byte-identical files. \
            With --check nothing is written; the command fails, listing the files, when Generated/ differs from \
            what the contracts produce. Exit status: 0 done (or up to date), 1 contract errors or stale files, 2 usage error.
            """
        )

        @OptionGroup var repository: RepositoryOptions

        @Flag(name: .long, help: "Write nothing; fail if Generated/ is stale.")
        var check = false

        @Option(name: .long, help: "Where to write (default: Generated/ of the repository).")
        var output: String?

        func run() throws {
            let project = try repository.project()
            let directory = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
                ?? project.generatedDirectory
            let fingerprintURL = project.root.appendingPathComponent("var/build-fingerprint.json")
            let day = repository.day.description
            if !check, let saved = BuildFingerprint.load(fingerprintURL),
               saved.matches(BuildFingerprint.current(inputs: project.inputFiles, output: directory, today: day)) {
                if !saved.diagnostics.isEmpty { printError(saved.diagnostics) }
                print("\(saved.fileCount) files in \(project.display(directory))/: 0 written, 0 removed, \(saved.fileCount) unchanged (nothing changed since the last build).")
                return
            }
            let result = project.check(today: repository.day)
            let diagnostics = result.diagnostics.isEmpty ? "" : result.report.render(.text)
            if !diagnostics.isEmpty { printError(diagnostics) }
            if result.hasErrors { throw ExitCode(1) }
            let files = Generator(catalog: result.catalog, contracts: result.contracts, roster: result.roster).files(alongside: [
                { (RecordOfProcessingRenderer.generatedPath, RecordOfProcessingRenderer.generatedPage(result)) },
            ])
            let tree = GeneratedTree(root: directory)
            if check {
                let differences = tree.differences(from: files)
                if differences.isEmpty {
                    print("Generated/ is up to date (\(files.count) files).")
                    return
                }
                printError("Generated/ is stale: run 'sanya build' and commit the result.\n")
                for difference in differences { printError("  \(difference)\n") }
                throw ExitCode(1)
            }
            let changes = try tree.write(files)
            BuildFingerprint.current(inputs: project.inputFiles, output: directory, today: day, diagnostics: diagnostics).save(fingerprintURL)
            print("\(files.count) files in \(project.display(directory))/: \(changes.written) written, \(changes.removed) removed, \(files.count - changes.written) unchanged.")
        }
    }
}
