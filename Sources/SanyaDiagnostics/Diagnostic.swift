/// One finding of the compiler about a contract or the catalog.
///
/// Diagnostics are values: each stage collects them, and the driver sorts and prints them all at the
/// end of a run in the `path:line:col: error: message [CODE]` form that editors and CI understand.
public struct Diagnostic: Hashable, Sendable, Codable {
    /// How serious a finding is: errors stop the build, warnings do not.
    public enum Severity: String, Sendable, Codable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    public var severity: Severity
    /// A stable identifier of the kind of finding, e.g. `UNKNOWN_COLUMN`.
    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation
    /// An extra line of help, e.g. "did you mean 'student_id'?".
    public var note: String?

    public init(_ severity: Severity, _ code: DiagnosticCode, _ message: String, at location: SourceLocation, note: String? = nil) {
        self.severity = severity
        self.code = code
        self.message = message
        self.location = location
        self.note = note
    }

    public static func error(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, note: String? = nil) -> Diagnostic {
        Diagnostic(.error, code, message, at: location, note: note)
    }

    public static func warning(_ code: DiagnosticCode, _ message: String, at location: SourceLocation, note: String? = nil) -> Diagnostic {
        Diagnostic(.warning, code, message, at: location, note: note)
    }

    /// The compiler form: `path:line:col: error: message [CODE]`, and the note on a second line.
    public var rendered: String {
        var text = "\(location): \(severity.rawValue): \(message) [\(code.rawValue)]"
        if let note { text += "\n\(location): note: \(note)" }
        return text
    }
}

extension Diagnostic: Comparable {
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        if lhs.location != rhs.location { return lhs.location < rhs.location }
        if lhs.severity != rhs.severity { return lhs.severity < rhs.severity }
        if lhs.code != rhs.code { return lhs.code.rawValue < rhs.code.rawValue }
        return lhs.message < rhs.message
    }
}
