import Foundation

/// The rules that decide whether what a person typed on the request form is well formed: an e-mail address,
/// a phone number, an allow-list entry, a contract id.
///
/// Each rule is one regular expression, written once here in the subset that ICU (Foundation's
/// `NSRegularExpression`, used by `sanya check` and `sanya new`) and ECMAScript (`new RegExp(p, "u")`, used by
/// the offline request page, which embeds these very strings) read alike: groups, classes, `\p{L}`, bounded
/// repetition and look-ahead, nothing else. Lengths count Unicode scalars in both.
public enum FormRule: String, CaseIterable, Sendable {
    case email
    case phone
    case allowEntry = "allow_entry"
    case contractID = "contract_id"

    /// The pattern, anchored at both ends.
    public var pattern: String {
        switch self {
        case .email: FormPatterns.email
        case .phone: FormPatterns.phone
        case .allowEntry: FormPatterns.allowEntry
        case .contractID: FormPatterns.contractID
        }
    }

    /// Whether the whole of `text` satisfies the rule.
    public func accepts(_ text: String) -> Bool {
        let range = NSRange(text.startIndex..., in: text)
        return FormPatterns.compiled[self]!.firstMatch(in: text, options: [], range: range) != nil
    }

    /// How to write a value that satisfies the rule, for error messages on the page and in the checker.
    public var hint: String {
        switch self {
        case .email: "name@example.ac.th"
        case .phone: "02-329-8000, 0-2329-8000 ต่อ 1234 or +66 2 329 8000"
        case .allowEntry: "10.1.2.3, 10.1.2.0/24, 2001:db8::/32, lib.example.ac.th, an intranet name such as reportsrv, or https://lib.example.ac.th/sync"
        case .contractID: "3–63 lower-case letters, digits and single hyphens, starting with a letter"
        }
    }
}

/// The pattern texts of `FormRule`, built from named parts so that each is readable.
enum FormPatterns {
    /// A letter or mark of any script (Thai vowels are marks), or an ASCII digit.
    static let wordChar = #"\p{L}\p{M}0-9"#
    static let email: String = {
        let local = "[\(wordChar)%+'_-]+(?:\\.[\(wordChar)%+'_-]+)*"
        let label = "[\(wordChar)](?:[\(wordChar)-]{0,61}[\(wordChar)])?"
        let top = "[\(wordChar)][\(wordChar)-]{0,61}[\(wordChar)]"
        return "^(?=[^@]{1,64}@)\(local)@(?:\(label)\\.)+\(top)$"
    }()

    /// A Thai or international number: starts with `0`, `+` or `(`, 9 to 15 digits with spaces, hyphens and
    /// brackets between, then optionally an extension (`ต่อ 1234`, `ext. 12`, `x12`, `#12`).
    static let phone: String = {
        let separators = "[ ()-]*"
        let ext = "(?:(?: ต่อ | ext\\. | ext | x|#) *[0-9]+ *)?"
        return "^(?=\\+?\(separators)(?:[0-9]\(separators)){9,15}\(ext)$)[+0(][0-9 ()-]*\(ext)$"
    }()

    static let octet = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])"
    static let ipv4 = "\(octet)(?:\\.\(octet)){3}"
    /// Every textual IPv6 form `inet_pton` reads: eight groups, or fewer around one `::`, the last two groups
    /// possibly written as an IPv4 address.
    static let ipv6: String = {
        let h = "[0-9a-fA-F]{1,4}"
        var forms = ["(?:\(h):){7}\(h)", "(?:\(h):){6}\(ipv4)"]
        for left in 0...7 {
            let room = 7 - left
            let head = left == 0 ? "" : left == 1 ? h : "(?:\(h):){\(left - 1)}\(h)"
            var tails = ["(?:\(h)(?::\(h)){0,\(max(room - 1, 0))})?"]
            if room == 0 { tails = [""] }
            if room >= 2 { tails.append(room == 2 ? ipv4 : "(?:\(h):){0,\(room - 2)}\(ipv4)") }
            forms.append("\(head)::(?:\(tails.joined(separator: "|")))")
        }
        return "(?:\(forms.joined(separator: "|")))"
    }()
    static let label = "[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
    /// A host name: at most 253 characters, labels of at most 63, the last not all digits, one label allowed.
    static let hostName = "(?:\(label)\\.)*(?![0-9]+\\.?(?:[:/?#]|$))\(label)\\.?"
    static let allowEntry: String = {
        let v4 = "\(ipv4)(?:/(?:3[0-2]|[12]?[0-9]))?"
        let v6 = "\(ipv6)(?:/(?:12[0-8]|1[01][0-9]|[1-9]?[0-9]))?"
        let host = "(?=[^:/?#]{1,253}\\.?$)\(hostName)"
        let urlHost = "(?:\(ipv4)|\\[\(ipv6)\\]|(?=[^:/?#]{1,254}(?:[:/?#]|$))\(hostName))"
        let url = "[a-zA-Z0-9+.-]+://(?:[^/?#]*@)?\(urlHost)(?::[0-9]{1,5})?(?:[/?#].*)?"
        return "^(?:\\*|any|\(v4)|\(v6)|\(host)|\(url))$"
    }()
    static let contractID = "^(?=.{3,63}$)[a-z](?:[a-z0-9]|-(?=[a-z0-9]))*$"

    /// Compiled once; `NSRegularExpression` matching is safe from several threads.
    static let compiled: [FormRule: NSRegularExpression] = {
        var result: [FormRule: NSRegularExpression] = [:]
        for rule in FormRule.allCases {
            do {
                result[rule] = try NSRegularExpression(pattern: rule.pattern, options: [])
            } catch {
                preconditionFailure("invalid form rule \(rule): \(error)")
            }
        }
        return result
    }()
}
