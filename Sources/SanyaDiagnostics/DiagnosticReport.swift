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
        case .sarif: renderSARIF()
        case .junit: renderJUnit()
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
        return Self.encode(body)
    }

    private func renderSARIF() -> String {
        let usedCodes = Set(diagnostics.map(\.code))
        let rules: [[String: Any]] = DiagnosticCode.allCases.filter(usedCodes.contains).map {
            ["id": $0.rawValue, "shortDescription": ["text": $0.summary]]
        }
        let results: [[String: Any]] = diagnostics.map { d in
            var message = d.message
            if let note = d.note { message += " (\(note))" }
            return [
                "ruleId": d.code.rawValue,
                "level": d.severity.rawValue,
                "message": ["text": message],
                "locations": [[
                    "physicalLocation": [
                        "artifactLocation": ["uri": d.location.file],
                        "region": ["startLine": d.location.line, "startColumn": d.location.column],
                    ] as [String: Any],
                ]],
            ]
        }
        let log: [String: Any] = [
            "version": "2.1.0",
            "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
            "runs": [[
                "tool": ["driver": ["name": "sanya", "informationUri": "https://github.com/", "rules": rules] as [String: Any]],
                "results": results,
            ] as [String: Any]],
        ]
        let data = (try? JSONSerialization.data(withJSONObject: log, options: [.prettyPrinted, .sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func renderJUnit() -> String {
        let byFile = Dictionary(grouping: diagnostics) { $0.location.file }
        let allFiles = Set(files).union(byFile.keys).sorted()
        let failures = allFiles.filter { byFile[$0]?.contains { $0.severity == .error } ?? false }.count
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<testsuites name=\"sanya check\" tests=\"\(allFiles.count)\" failures=\"\(failures)\">\n"
        xml += "  <testsuite name=\"contracts\" tests=\"\(allFiles.count)\" failures=\"\(failures)\">\n"
        for file in allFiles {
            let found = byFile[file] ?? []
            let errors = found.filter { $0.severity == .error }
            xml += "    <testcase classname=\"sanya.check\" name=\"\(Self.xmlEscape(file))\""
            if found.isEmpty {
                xml += "/>\n"
                continue
            }
            xml += ">\n"
            if !errors.isEmpty {
                let text = errors.map(\.rendered).joined(separator: "\n")
                xml += "      <failure message=\"\(errors.count) error(s)\" type=\"\(Self.xmlEscape(errors[0].code.rawValue))\">\(Self.xmlEscape(text))</failure>\n"
            }
            let others = found.filter { $0.severity != .error }
            if !others.isEmpty {
                xml += "      <system-out>\(Self.xmlEscape(others.map(\.rendered).joined(separator: "\n")))</system-out>\n"
            }
            xml += "    </testcase>\n"
        }
        xml += "  </testsuite>\n</testsuites>\n"
        return xml
    }

    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func xmlEscape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default:
                if scalar.value < 0x20 && scalar != "\n" && scalar != "\t" && scalar != "\r" {
                    out += "?"
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}
