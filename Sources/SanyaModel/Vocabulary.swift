/// Names and rules that the compiler, the runtime and the command line must agree on, declared once.
public enum Vocabulary {
    /// The table that holds the key of the salted-hash pseudonyms of View Table contracts' views (which `sanya
    /// apply` writes into the registrar database anyway), and the key's row.
    public static let secretTable = "sanya_secret"
    public static let pseudonymSecret = "pseudonym"
    /// The bind that carries the pseudonym key into the runtime's queries: the key lives in the runtime's state
    /// database, so that the registrar's database is only read (a `$` name no contract parameter can take).
    public static let pseudonymKeyBind = "$pseudonym_key"
    /// The schema of the View Table contracts' views.
    public static let viewSchema = "sanya"
    /// The database role of a View Table contract: `sanya_` and the contract's SQL name.
    public static func viewRole(_ contract: Contract) -> String { "sanya_" + contract.sqlName }
    /// The alias of a contract's base table in every generated query; joined tables are `t1`, `t2`, ….
    public static let baseAlias = "t0"
    /// The binds of a JSON page's size and start, added to the contract's own parameters.
    public static let limitBind = "$limit"
    public static let offsetBind = "$offset"
    /// A JSON page's cursor: `o` and the offset of the page's first row; empty for the first page.
    public static let cursorPattern = "^(o[0-9]{1,18})?$"
    /// Query parameters the runtime reads itself or keeps for itself (`RuntimeParameter`); no contract
    /// parameter may take them.
    public static let reservedParameters = Set(RuntimeParameter.allCases.map(\.rawValue))
    /// How many days before a contract's `valid_until` the office is told to renew it: `sanya check`'s
    /// CONTRACT_EXPIRING warning (unless `--expiry-notice` says otherwise) and the index's "renew by".
    public static let expiryNoticeDays = 30
    /// The sizes `min_group_size` may take: a group of one is a person, so 2 is the floor; 5 or more is what
    /// published statistics usually suppress below.
    public static let minGroupSizeRange = 2...10_000
    public static let usualMinGroupSize = 5
    /// The time zone of the registrar's dates: a contract valid until a day is valid to that day's end here.
    public static let timeZone = "Asia/Bangkok"
    /// The instant a validity that ends on `day` (inclusive) runs out, as PostgreSQL reads a timestamp:
    /// the next midnight in Bangkok.
    public static func endOfValidity(_ day: LocalDate) -> String { "\(day.adding(days: 1)) 00:00:00+07" }
    /// Whether a database location is a PostgreSQL URL rather than a SQLite file.
    public static func isPostgresURL(_ location: String) -> Bool {
        location.hasPrefix("postgres://") || location.hasPrefix("postgresql://")
    }
    /// Whether a database location is a MariaDB (or MySQL) URL: `mariadb://` or `mysql://`.
    public static func isMariaDBURL(_ location: String) -> Bool {
        location.hasPrefix("mariadb://") || location.hasPrefix("mysql://")
    }
}

/// The SQL dialects Sanya generates for; the keys of a handler definition's queries.
public enum DialectName: String, Hashable, Sendable, Codable, CaseIterable, CodingKeyRepresentable {
    case postgres
    case sqlite
    case mysql
}

extension ContractStatus {
    /// The one rule of "in force": approved, and `validUntil` (inclusive) not yet past on `day`.
    public func isInForce(until validUntil: LocalDate?, on day: LocalDate) -> Bool {
        guard self == .approved else { return false }
        if let validUntil, validUntil < day { return false }
        return true
    }
}

/// The query parameters the runtime reads itself on every served contract, which the OpenAPI document
/// publishes and no contract parameter may take.
public enum RuntimeParameter: String, CaseIterable, Sendable {
    /// The output format; the Accept header is used when it is absent.
    case format
    /// A JSON page's size, and where it starts.
    case limit
    case cursor
    /// CSV for spreadsheets: a byte-order mark, and formula-like text neutralised.
    case bom
    /// Refused: keys travel in the Authorization header, never in a URL.
    case key

    /// The ones the runtime reads, each at most once in a request.
    public static let read: [RuntimeParameter] = [.format, .limit, .cursor, .bom]
    /// A JSON page's rows when `limit` is not given, and the most it may ask for.
    public static let defaultPageSize = 1_000
    public static let maximumPageSize = 10_000
}

/// Where the generated documentation puts each page under `Generated/docs/`, which the runtime's
/// `DisclosureGate` also reads to decide who may see a page.
public enum DocumentationPaths {
    /// The folder of the contracts' pages.
    public static let contractsFolder = "contracts"
    /// The page formats each contract gets.
    public static let contractPageExtensions = ["html", "md"]
    /// The blank request form (what a unit fills in to ask for data).
    public static let requestForm = "request.html"
    /// The registrar's index of every contract.
    public static let index = "index.html"
    public static let indexMarkdown = "index.md"

    /// A contract's page, relative to `Generated/docs/`.
    public static func contractPage(_ contract: String, _ pathExtension: String) -> String {
        "\(contractsFolder)/\(contract).\(pathExtension)"
    }

    /// The contract whose page `path` (relative to `Generated/docs/`) is, or nil when it is no contract's page.
    public static func contract(ofPage path: String) -> String? {
        let prefix = contractsFolder + "/"
        guard path.hasPrefix(prefix) else { return nil }
        let file = path.dropFirst(prefix.count)
        for pathExtension in contractPageExtensions where file.hasSuffix("." + pathExtension) {
            let id = file.dropLast(pathExtension.count + 1)
            return id.isEmpty || id.contains("/") ? nil : String(id)
        }
        return nil
    }
}
