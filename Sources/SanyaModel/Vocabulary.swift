/// Names that the compiler, the runtime and the command line must agree on, declared once.
public enum Vocabulary {
    /// The table that holds the key of the salted-hash pseudonyms, and the key's row.
    public static let secretTable = "sanya_secret"
    public static let pseudonymSecret = "pseudonym"
    /// The schema of the View Table contracts' views.
    public static let viewSchema = "sanya"
    /// The database role of a View Table contract: `sanya_` and the contract's SQL name.
    public static func viewRole(_ contract: Contract) -> String { "sanya_" + contract.sqlName }
    /// The time zone of the registrar's dates: a contract valid until a day is valid to that day's end here.
    public static let timeZone = "Asia/Bangkok"
    /// The instant a validity that ends on `day` (inclusive) runs out, as PostgreSQL reads a timestamp:
    /// the next midnight in Bangkok.
    public static func endOfValidity(_ day: LocalDate) -> String { "\(day.adding(days: 1)) 00:00:00+07" }
}
