import SanyaDiagnostics
import SanyaModel

/// Reads `Contracts/calendar.yaml`, the registrar's list of holidays and closures:
///
/// ```yaml
/// holidays:
///   - { date: 2026-12-07, name: ชดเชยวันคล้ายวันพระราชสมภพ ร.9 (Father's Day, substitute) }
/// ```
public struct CalendarChecker {
    static let topKeys = ["holidays"]
    static let holidayKeys = ["date", "name"]

    public init() {}

    public func check(_ document: SourceDocument?) -> (BusinessCalendar, [Diagnostic]) {
        guard let document else { return (BusinessCalendar(), []) }
        let reader = SyntaxReader()
        var holidays: [BusinessCalendar.Holiday] = []
        var seen: [LocalDate: SourceLocation] = [:]
        if let root = document.root, let map = reader.mapping(root, "the calendar", keys: Self.topKeys) {
            for item in reader.list(map.required("holidays"), "the holidays") ?? [] {
                guard let entry = reader.mapping(item, "a holiday", keys: Self.holidayKeys) else { continue }
                let date = reader.date(entry.required("date"), "the holiday's date")
                let name = reader.string(entry.required("name"), "the holiday's name")
                guard let date, let name else { continue }
                if let first = seen[date] {
                    reader.error(.invalidValue, "\(date) is listed twice", at: item, note: "first listed at \(first)")
                    continue
                }
                seen[date] = item.location
                holidays.append(BusinessCalendar.Holiday(date: date, name: name))
            }
        }
        return (BusinessCalendar(holidays: holidays), document.diagnostics + reader.diagnostics)
    }
}
