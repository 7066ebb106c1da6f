import Foundation

/// A calendar day in UTC, used for diary entries, sessions and plans.
///
/// Stored as the number of days since 1970-01-01 (day 0). Encodes to and decodes from an ISO 8601
/// calendar date string `"YYYY-MM-DD"`. Valid years are 1…9999.
public struct Day: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01 UTC (negative before 1970).
    public let daysSince1970: Int

    /// Creates a day from its number of days since 1970-01-01 UTC.
    public init(daysSince1970: Int) {
        self.daysSince1970 = daysSince1970
    }

    /// Creates a day from a proleptic Gregorian date; returns nil when the date does not exist
    /// (month 1–12, day within the month, year 1–9999).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Day.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        self.daysSince1970 = Day.daysFromCivil(year: year, month: month, day: day)
    }

    /// Parses `"YYYY-MM-DD"`; throws ``DayFormatError`` naming the text when it is not a real date.
    public init(iso text: String) throws(DayFormatError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
            let day = Day(year: y, month: m, day: d)
        else { throw DayFormatError(text: text) }
        self = day
    }

    /// The UTC day containing `date`.
    public init(containing date: Date) {
        let seconds = date.timeIntervalSince1970
        self.daysSince1970 = Int((seconds / 86_400).rounded(.down))
    }

    /// Midnight UTC at the start of this day.
    public var startDate: Date { Date(timeIntervalSince1970: Double(daysSince1970) * 86_400) }

    /// Year, month (1–12) and day of month (1–31).
    public var components: (year: Int, month: Int, day: Int) { Day.civil(fromDays: daysSince1970) }

    /// ISO 8601 calendar date, `"YYYY-MM-DD"`.
    public var iso: String {
        let c = components
        return pad(c.year, 4) + "-" + pad(c.month, 2) + "-" + pad(c.day, 2)
    }

    public var description: String { iso }

    /// The day `count` days later (earlier when negative).
    public func adding(days count: Int) -> Day { Day(daysSince1970: daysSince1970 + count) }

    /// Whole days from `self` to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.daysSince1970 - daysSince1970 }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.daysSince1970 < rhs.daysSince1970 }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            self = try Day(iso: text)
        } catch {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }

    // MARK: Calendar arithmetic (H. Hinnant's civil-from-days algorithms)

    static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// A day string was not a real `"YYYY-MM-DD"` date.
public struct DayFormatError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text that failed to parse.
    public let text: String

    public init(text: String) {
        self.text = text
    }
    public var description: String {
        "'\(text)' is not a calendar date; write it as YYYY-MM-DD (for example 2025-03-14)"
    }
}

private func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
}
