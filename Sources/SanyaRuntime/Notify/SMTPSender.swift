import Foundation

/// Where notices are sent: `smtp://[user:password@]host[:port]` (STARTTLS required, port 587 by default),
/// `smtps://…` (TLS from the start, port 465), or `smtp://host:port?tls=none` for a relay on the same machine
/// that speaks no TLS (never with a password).
public struct SMTPServer: Sendable {
    public enum Security: Sendable { case startTLS, implicitTLS, none }

    public let host: String
    public let port: Int
    public let user: String?
    public let password: String?
    public let security: Security
    /// A CA certificate (PEM) to trust for the server's, when it is signed by the institute's own CA.
    public var caFile: String?

    /// Nil when `text` is not such a URL, or asks for no TLS with a password.
    public init?(_ text: String, caFile: String? = nil) {
        guard let components = URLComponents(string: text), let scheme = components.scheme, ["smtp", "smtps"].contains(scheme),
              let host = components.host, !host.isEmpty else { return nil }
        let plain = components.queryItems?.contains { $0.name == "tls" && $0.value == "none" } ?? false
        security = scheme == "smtps" ? .implicitTLS : plain ? .none : .startTLS
        if security == .none, components.password != nil { return nil }
        self.host = host
        self.port = components.port ?? (scheme == "smtps" ? 465 : 587)
        self.user = components.user?.removingPercentEncoding
        self.password = components.password?.removingPercentEncoding
        self.caFile = caFile
    }

    /// The URL without its password, for messages.
    public var display: String { "\(security == .implicitTLS ? "smtps" : "smtp")://\(user.map { "\($0)@" } ?? "")\(host):\(port)" }
}

/// What became of one message.
public enum SendOutcome: Sendable, Equatable {
    case sent
    /// The server refused the recipient for good (a 5xx answer to `RCPT TO`): logged, not tried again.
    case refused(String)
    /// It could not be sent now (the server is down, refused the login, answered 4xx): the next run tries again.
    case failed(String)
}

/// Sends one message at a time through the mail server with curl, whose SMTP client (STARTTLS, implicit TLS,
/// AUTH PLAIN/LOGIN, a CA of one's own) is maintained and used everywhere; no SMTP package is in the mirror, and
/// a hand-written one would be the riskiest code in the project. The password reaches curl on its standard
/// input (a config line), never on its command line, where `ps` would show it.
public struct SMTPSender: Sendable {
    public let server: SMTPServer
    static let curl = "/usr/bin/curl"

    public init(server: SMTPServer) {
        self.server = server
    }

    /// Sends `message` (CRLF lines) from `sender` to `recipient`; blocking.
    public func send(_ message: String, from sender: String, to recipient: String) -> SendOutcome {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("sanya-mail-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            return .failed("cannot write the message: \(error)")
        }
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("message.eml")
        guard (try? Data(message.utf8).write(to: file)) != nil else { return .failed("cannot write the message") }
        let scheme = server.security == .implicitTLS ? "smtps" : "smtp"
        var arguments = ["--silent", "--show-error", "--config", "-", "--url", "\(scheme)://\(server.host):\(server.port)",
                         "--mail-from", sender, "--mail-rcpt", recipient, "--upload-file", file.path,
                         "--connect-timeout", "10", "--max-time", "60"]
        if server.security == .startTLS { arguments.append("--ssl-reqd") }
        if let caFile = server.caFile { arguments += ["--cacert", caFile] }
        var config = ""
        if let user = server.user {
            let credentials = "\(user):\(server.password ?? "")".replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            config = "user = \"\(credentials)\"\n"
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.curl)
        process.arguments = arguments
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return .failed("cannot run curl (scripts/setup installs it): \(error)")
        }
        input.fileHandleForWriting.write(Data(config.utf8))
        try? input.fileHandleForWriting.close()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        if process.terminationStatus == 0 { return .sent }
        let message = stderr.trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "curl: ", with: "")
        // curl reports a refused recipient as "RCPT failed: 550"; a 5xx there is for good, a 4xx for now.
        if let range = message.range(of: "RCPT failed: "), message[range.upperBound...].hasPrefix("5") { return .refused(message) }
        return .failed(message.isEmpty ? "curl exited with \(process.terminationStatus)" : message)
    }
}
