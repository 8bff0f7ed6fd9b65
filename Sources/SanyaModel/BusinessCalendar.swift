/// The registrar's working days: Monday to Friday, less the holidays and closures the office lists in
/// `Contracts/calendar.yaml`. The manual's time budgets are counted in these days.
public struct BusinessCalendar: Hashable, Sendable, Codable {
    /// A day the office is closed although it is a weekday.
    public struct Holiday: Hashable, Sendable, Codable {
        public var date: LocalDate
        public var name: String

        public init(date: LocalDate, name: String) {
            self.date = date
            self.name = name
        }
    }

    public var holidays: [Holiday]
    private var closed: Set<LocalDate>

    public init(holidays: [Holiday] = []) {
        self.holidays = holidays.sorted { $0.date < $1.date }
        self.closed = Set(holidays.map(\.date))
    }

    /// A weekday that is not a holiday.
    public func isBusinessDay(_ day: LocalDate) -> Bool {
        day.weekday <= 5 && !closed.contains(day)
    }

    /// The business days after `start` up to and including `end`: a step taken the next working day took 1,
    /// one taken the same day 0. Zero when `end` is not after `start`.
    public func businessDays(after start: LocalDate, through end: LocalDate) -> Int {
        let first = start.daysSinceEpoch + 1, last = end.daysSinceEpoch
        guard last >= first else { return 0 }
        // Whole weeks at once, then the remaining days one by one; holidays on weekdays inside are subtracted.
        let total = last - first + 1
        var count = total / 7 * 5
        var day = first + total / 7 * 7
        while day <= last {
            if LocalDate(daysSinceEpoch: day).weekday <= 5 { count += 1 }
            day += 1
        }
        for holiday in closed where holiday.weekday <= 5 {
            let index = holiday.daysSinceEpoch
            if index >= first && index <= last { count -= 1 }
        }
        return count
    }
}
