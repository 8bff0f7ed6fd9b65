import Crypto
import Foundation
import SanyaModel

/// An e-mail address with an optional display name.
public struct MailAddress: Sendable, Hashable {
    public var name: String?
    public var email: String

    public init(name: String? = nil, email: String) {
        self.name = name
        self.email = email
    }

    /// The address as a header shows it: a name outside ASCII as RFC 2047 encoded words.
    var header: String {
        guard let name, !name.isEmpty else { return "<\(email)>" }
        return "\(MailMessage.encodedWords(name)) <\(email)>"
    }

    /// The part after the `@`, for message ids.
    var domain: String { email.split(separator: "@").last.map(String.init) ?? "localhost" }
}

/// One message in Internet Message Format (RFC 5322) with MIME (RFC 2045–2049): a plain-text and an HTML part
/// of the same text (`multipart/alternative`), each UTF-8 in base64, so that no line is too long and no mail
/// server rewrites a byte; a subject and names outside ASCII as encoded words (RFC 2047), which phones and mail
/// programs decode. Built by hand: no Swift package in the mirror writes MIME, and these few rules are all a
/// notice needs.
public struct MailMessage: Sendable {
    public var from: MailAddress
    public var to: MailAddress
    public var subject: String
    public var text: String
    public var html: String
    public var date: Date
    /// `<…@domain>`
    public var messageID: String
    /// The message this one follows in its thread (the request's first notice), for `In-Reply-To`/`References`.
    public var thread: String?

    public init(from: MailAddress, to: MailAddress, subject: String, text: String, html: String, date: Date, messageID: String, thread: String?) {
        self.from = from
        self.to = to
        self.subject = subject
        self.text = text
        self.html = html
        self.date = date
        self.messageID = messageID
        self.thread = thread
    }

    /// A notice's message. Its id is derived from the notice's key, so a notice sent again after a failure
    /// half way has the same id (a mail program shows it once); every notice of a request for one recipient
    /// threads under the id of that recipient's `received` notice.
    public init(_ notice: Notice, from: MailAddress, date: Date) {
        let domain = from.domain
        func id(_ key: String) -> String {
            let digest = SHA256.hash(data: Data(key.utf8)).prefix(12).map { String(format: "%02x", $0) }.joined()
            return "<\(digest).\(notice.contract)@\(domain)>"
        }
        var root = notice
        root.kind = .received
        root.detail = nil
        let thread = notice.kind == .received || notice.kind.toOffice ? nil : id(root.key)
        self.init(from: from, to: notice.recipient, subject: notice.subject, text: notice.text, html: notice.html, date: date,
                  messageID: id(notice.key), thread: thread)
    }

    /// The message as sent: header lines, then the two parts, lines ending in CRLF.
    public var rendered: String {
        let boundary = "sanya-" + String(messageID.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }.prefix(24).map(Character.init))
        var lines = [
            "From: \(from.header)",
            "To: \(to.header)",
            "Subject: \(Self.encodedWords(subject))",
            "Date: \(Self.dateText(date))",
            "Message-ID: \(messageID)",
        ]
        if let thread {
            lines.append("In-Reply-To: \(thread)")
            lines.append("References: \(thread)")
        }
        lines += [
            "MIME-Version: 1.0",
            "Content-Type: multipart/alternative; boundary=\"\(boundary)\"",
            "Auto-Submitted: auto-generated",
            "",
            "--\(boundary)",
            "Content-Type: text/plain; charset=utf-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        lines += Self.base64Lines(text.replacingOccurrences(of: "\n", with: "\r\n"))
        lines += ["--\(boundary)", "Content-Type: text/html; charset=utf-8", "Content-Transfer-Encoding: base64", ""]
        lines += Self.base64Lines(html)
        lines += ["--\(boundary)--", ""]
        return lines.joined(separator: "\r\n")
    }

    static func base64Lines(_ text: String) -> [String] {
        let encoded = Data(text.utf8).base64EncodedString()
        return stride(from: 0, to: encoded.count, by: 76).map { start in
            let from = encoded.index(encoded.startIndex, offsetBy: start)
            return String(encoded[from..<(encoded.index(from, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex)])
        }
    }

    /// `text` as it may stand in a header: unchanged when printable ASCII, else base64 encoded words of at most
    /// 75 characters each (RFC 2047 §2), split between characters, never inside one, folded onto lines of their own.
    static func encodedWords(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }) { return text }
        var words: [String] = []
        var chunk = ""
        // 45 bytes of UTF-8 become 60 characters of base64; with `=?utf-8?B?` and `?=` a word stays within 75.
        for character in text {
            if chunk.utf8.count + String(character).utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?utf-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    /// RFC 5322 §3.3, in Bangkok's time: `Thu, 03 Dec 2026 09:00:00 +0700`.
    static func dateText(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: Vocabulary.timeZone)
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
