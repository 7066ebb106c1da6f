/// A calendar date in the proleptic Gregorian calendar, without time zone or locale.
///
/// Arithmetic uses integer day counts (days since 1970-01-01), so results are identical on
/// every machine. Valid years are 1...9999.
public struct CivilDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Year, 1...9999.
    public let year: Int
    /// Month, 1...12.
    public let month: Int
    /// Day of month, 1...28/29/30/31.
    public let day: Int

    /// Creates a date, checking that the day exists (e.g. 2023-02-29 does not).
    public init(year: Int, month: Int, day: Int) throws(CivilDateError) {
        guard (1...9999).contains(year) else { throw .yearOutOfRange(year) }
        guard (1...12).contains(month) else { throw .monthOutOfRange(month) }
        let length = CivilDate.daysInMonth(year: year, month: month)
        guard (1...length).contains(day) else {
            throw .dayOutOfRange(year: year, month: month, day: day, daysInMonth: length)
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses an ISO 8601 calendar date `YYYY-MM-DD`, e.g. `"2026-03-01"`.
    public init(iso text: String) throws(CivilDateError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { throw .notISO(text) }
        try self.init(year: y, month: m, day: d)
    }

    private init(unchecked year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days since 1970-01-01 (negative before it).
    public var daysSinceEpoch: Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The date `daysSinceEpoch` days after 1970-01-01, or `nil` outside years 1...9999.
    public init?(daysSinceEpoch days: Int) {
        guard (-719_162...2_932_896).contains(days) else { return nil }
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.init(unchecked: y, month: m, day: d)
    }

    /// The date `days` days later (earlier if negative), or `nil` if that leaves years 1...9999.
    public func adding(days: Int) -> CivilDate? {
        let (sum, overflow) = daysSinceEpoch.addingReportingOverflow(days)
        return overflow ? nil : CivilDate(daysSinceEpoch: sum)
    }

    /// Whole days from `other` to `self` (positive when `self` is later).
    public func days(since other: CivilDate) -> Int {
        daysSinceEpoch - other.daysSinceEpoch
    }

    /// ISO 8601 form `YYYY-MM-DD`.
    public var isoString: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// Short English label such as `"3 Mar"` (fixed names, no locale).
    public var dayMonthLabel: String { "\(day) \(CivilDate.monthAbbreviations[month - 1])" }

    /// Short English label such as `"3 Mar 2026"`.
    public var dayMonthYearLabel: String { "\(dayMonthLabel) \(year)" }

    /// Three-letter English month name, e.g. `"Mar"`.
    public var monthLabel: String { CivilDate.monthAbbreviations[month - 1] }

    public var description: String { isoString }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// True for Gregorian leap years (divisible by 4, except centuries not divisible by 400).
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// Number of days in `month` (1...12) of `year`.
    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The first day of this date's month.
    var startOfMonth: CivilDate { CivilDate(unchecked: year, month: month, day: 1) }

    /// The first day of the month `count` months later, or `nil` past year 9999.
    func startOfMonth(advancedBy count: Int) -> CivilDate? {
        let index = year * 12 + (month - 1) + count
        let y = index / 12
        guard (1...9999).contains(y) else { return nil }
        return CivilDate(unchecked: y, month: index % 12 + 1, day: 1)
    }

    static let monthAbbreviations = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ]

    private func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}

/// Why a `CivilDate` could not be made.
public enum CivilDateError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The year is outside 1...9999.
    case yearOutOfRange(Int)
    /// The month is outside 1...12.
    case monthOutOfRange(Int)
    /// The day does not exist in that month.
    case dayOutOfRange(year: Int, month: Int, day: Int, daysInMonth: Int)
    /// The text is not an ISO date `YYYY-MM-DD`.
    case notISO(String)

    public var description: String {
        switch self {
        case .yearOutOfRange(let y): "year \(y) is out of range: use a year from 1 to 9999"
        case .monthOutOfRange(let m): "month \(m) is out of range: use a month from 1 to 12"
        case .dayOutOfRange(let y, let m, let d, let n):
            "day \(d) does not exist in month \(m) of \(y): use a day from 1 to \(n)"
        case .notISO(let text): "date \"\(text)\" is not in ISO form: write it as YYYY-MM-DD, e.g. 2026-03-01"
        }
    }
}
