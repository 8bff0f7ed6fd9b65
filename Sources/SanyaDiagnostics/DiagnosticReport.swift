import Foundation

/// The output forms of a run's diagnostics: text for people, JSON for machines, SARIF and JUnit for CI.
public enum DiagnosticFormat: String, Sendable, CaseIterable {
    case text
    case json
    case sarif
    case junit
}

/// A finished run's diagnostics, ready to print in any of the `DiagnosticFormat`s.
public struct DiagnosticReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// Every file the run read, so that clean files appear in JUnit output as passing cases.
    public var files: [String]

    public init(diagnostics: [Diagnostic], files: [String]) {
        self.diagnostics = diagnostics.sorted()
        self.files = files.sorted()
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// Renders the report; text ends with a one-line summary.
    public func render(_ format: DiagnosticFormat) -> String {
        switch format {
        case .text: renderText()
        case .json: renderJSON()
        case .sarif: toolReport.sarif()
        case .junit: toolReport.junit()
        }
    }

    private func renderText() -> String {
        var lines = diagnostics.map(\.rendered)
        lines.append("\(files.count) file(s) checked: \(errorCount) error(s), \(warningCount) warning(s)")
        return lines.joined(separator: "\n") + "\n"
    }

    private struct JSONBody: Encodable {
        var files: Int
        var errors: Int
        var warnings: Int
        var diagnostics: [JSONDiagnostic]
    }

    private struct JSONDiagnostic: Encodable {
        var file: String
        var line: Int
        var column: Int
        var severity: String
        var code: String
        var message: String
        var note: String?
    }

    private func renderJSON() -> String {
        let body = JSONBody(
            files: files.count, errors: errorCount, warnings: warningCount,
            diagnostics: diagnostics.map {
                JSONDiagnostic(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                               severity: $0.severity.rawValue, code: $0.code.rawValue, message: $0.message, note: $0.note)
            })
        return ToolReport.json(body)
    }

    /// The run as the CI formats see it: a rule per code that fired, a result per diagnostic, and a test case
    /// per file read (passing when it has no error).
    var toolReport: ToolReport {
        let usedCodes = Set(diagnostics.map(\.code))
        let byFile = Dictionary(grouping: diagnostics) { $0.location.file }
        let cases = Set(files).union(byFile.keys).sorted().map { file -> ToolReport.TestCase in
            let found = byFile[file] ?? []
            let errors = found.filter { $0.severity == .error }
            let others = found.filter { $0.severity != .error }
            return ToolReport.TestCase(
                classname: "sanya.check", name: file,
                failure: errors.first.map { (type: $0.code.rawValue, message: "\(errors.count) error(s)", body: errors.map(\.rendered).joined(separator: "\n")) },
                output: others.isEmpty ? nil : others.map(\.rendered).joined(separator: "\n"))
        }
        return ToolReport(
            tool: "sanya check",
            rules: DiagnosticCode.allCases.filter(usedCodes.contains).map { ToolReport.Rule(id: $0.rawValue, summary: $0.summary) },
            results: diagnostics.map { d in
                ToolReport.Result(rule: d.code.rawValue, level: ToolReport.Level(rawValue: d.severity.rawValue)!,
                                  message: d.message + (d.note.map { " (\($0))" } ?? ""), location: d.location)
            },
            suite: "contracts", cases: cases)
    }
}
