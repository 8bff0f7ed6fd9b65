import ArgumentParser
import Foundation
import SanyaFrontend
import SanyaGovernance
import SanyaModel

extension Sanya {
    /// `sanya diff`: what a change of the contracts or the catalog means for the units that receive data.
    struct Diff: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Compare two revisions of the contracts and catalog, and say what each change means for the receiving units.",
            discussion: """
            BASE and HEAD are git revisions or folders holding Contracts/. Default: the merge base with main \
            against the working tree. Every finding has a stable rule id and a level (ERR, WARN, INFO) and names \
            the contract, its unit and coordinator, and the file and line. Findings listed in sanya-waivers.yaml \
            are waived until their expiry. Exit status: 0 nothing at the --fail-on level, 1 findings at it, 2 usage error.
            """
        )

        enum FailOn: String, ExpressibleByArgument, CaseIterable { case ERR, WARN, never }

        @OptionGroup var repository: RepositoryOptions

        @Argument(help: "The base: a git revision or a folder (default: the merge base with main).")
        var base: String?

        @Argument(help: "The head: a git revision or a folder (default: the working tree).")
        var head: String?

        @Option(name: .long, help: "Output form: text, markdown, json, sarif, github or junit.")
        var format: ChangeFormat = .text

        @Option(name: .customLong("fail-on"), help: "The level that makes the exit status 1: ERR, WARN or never.")
        var failOn: FailOn = .ERR

        @Flag(name: .customLong("list-rules"), help: "List every rule id with its level and meaning, and stop.")
        var listRules = false

        func run() throws {
            if listRules {
                for rule in ChangeRule.allCases { print("\(rule.rawValue) \(rule.level.rawValue) \(rule.summary)") }
                return
            }
            let project = try repository.project()
            let git = GitRepository(root: project.root)
            var temporary: [URL] = []
            defer { for url in temporary { try? FileManager.default.removeItem(at: url) } }
            func side(_ spec: String?, default label: String) throws -> (URL, String) {
                guard let spec else { return (project.root, label) }
                var isDirectory: ObjCBool = false
                let folder = URL(fileURLWithPath: spec, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL
                if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Contracts").path, isDirectory: &isDirectory), isDirectory.boolValue {
                    return (folder, spec)
                }
                let checkout = try git.export(spec)
                temporary.append(checkout)
                return (checkout, spec)
            }
            let baseSpec = try base ?? git.mergeBaseWithMain()
            let (baseRoot, baseLabel) = try side(baseSpec, default: baseSpec)
            let (headRoot, headLabel) = try side(head, default: "working tree")
            let day = repository.day
            let baseSide = DiffSide(root: baseRoot, result: Project(root: baseRoot).check(today: day), label: baseLabel)
            let headSide = DiffSide(root: headRoot, result: Project(root: headRoot).check(today: day), label: headLabel)
            for (label, sideResult) in [(baseLabel, baseSide.result), (headLabel, headSide.result)] where sideResult.hasErrors {
                let errors = sideResult.diagnostics.filter { $0.severity == .error }.count
                printError("note: \(label) does not check cleanly (\(errors) error(s)); contracts that do not check are reported, not compared\n")
            }

            let waiverFile = headRoot.appendingPathComponent("sanya-waivers.yaml")
            let document = FileManager.default.fileExists(atPath: waiverFile.path) ? SourceDocument.load(waiverFile, displayPath: "sanya-waivers.yaml") : nil
            let (waivers, problems) = WaiverChecker().check(document, rules: ChangeRule.allCases.map(\.rawValue))
            if problems.contains(where: { $0.severity == .error }) {
                printError(problems.map(\.rendered).joined(separator: "\n") + "\n")
                throw ExitCode(2)
            }

            let findings = ContractDiff(base: baseSide, head: headSide).findings()
            let report = ChangeReport(base: baseLabel, head: headLabel, findings: findings, waivers: waivers, today: day)
            print(report.render(format), terminator: "")
            let failing: Bool
            switch failOn {
            case .ERR: failing = report.count(.error) > 0
            case .WARN: failing = report.count(.error) + report.count(.warning) > 0
            case .never: failing = false
            }
            if failing { throw ExitCode(1) }
        }
    }
}

extension ChangeFormat: ExpressibleByArgument {}

/// The git repository around the project: revisions read without touching the working tree.
struct GitRepository {
    let root: URL

    func git(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", root.path] + arguments
        let output = Pipe(), error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    /// The merge base of HEAD with main (or origin/main).
    func mergeBaseWithMain() throws -> String {
        for branch in ["main", "origin/main"] {
            let result = try git(["merge-base", branch, "HEAD"])
            if result.status == 0 { return String(result.output.prefix(12)) }
        }
        throw ValidationError("no merge base with main here: name BASE (a git revision or a folder)")
    }

    /// The revision's Contracts/ (and waiver file) in a new temporary folder.
    func export(_ revision: String) throws -> URL {
        let verified = try git(["rev-parse", "--verify", "--quiet", "\(revision)^{commit}"])
        guard verified.status == 0 else { throw ValidationError("'\(revision)' is neither a folder holding Contracts/ nor a git revision") }
        let commit = verified.output.trimmingCharacters(in: .whitespacesAndNewlines)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-diff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let archive = folder.appendingPathComponent("revision.tar")
        let paths = try git(["ls-tree", "--name-only", commit, "Contracts", "sanya-waivers.yaml"]).output.split(separator: "\n").map(String.init)
        guard paths.contains("Contracts") else { throw ValidationError("revision '\(revision)' has no Contracts/ folder") }
        let result = try git(["archive", "--format=tar", "-o", archive.path, commit] + paths)
        guard result.status == 0 else { throw ValidationError("git archive \(revision) failed: \(result.error)") }
        let untar = Process()
        untar.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        untar.arguments = ["tar", "-xf", archive.path, "-C", folder.path]
        try untar.run()
        untar.waitUntilExit()
        try? FileManager.default.removeItem(at: archive)
        return folder
    }
}
