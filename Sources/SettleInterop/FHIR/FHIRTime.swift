import Foundation
import SettleCare

/// FHIR date and instant text, written and read without locale or time-zone dependence.
public enum FHIRTime {
    /// `YYYY-MM-DDThh:mm:ss.sssZ` in UTC, to the millisecond (FHIR `instant`).
    public static func instant(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded())
        let dayNumber = Int((Double(milliseconds) / 86_400_000).rounded(.down))
        let inDay = milliseconds - dayNumber * 86_400_000
        let day = Day(daysSince1970: dayNumber)
        let hours = inDay / 3_600_000
        let minutes = inDay / 60_000 % 60
        let seconds = inDay / 1000 % 60
        let millis = inDay % 1000
        return day.iso + "T" + pad(hours, 2) + ":" + pad(minutes, 2) + ":" + pad(seconds, 2) + "." + pad(millis, 3) + "Z"
    }

    /// A FHIR `date` or `dateTime` read as the calendar day written (the date part, before any time),
    /// or nil when it is not a full date (`YYYY-MM-DD…`).
    public static func day(_ text: String) -> Day? {
        guard text.count >= 10 else { return nil }
        return try? Day(iso: String(text.prefix(10)))
    }

    /// A FHIR `dateTime` or `instant` with a time and zone as a moment, or a date-only value as
    /// midnight UTC; nil when it cannot be read.
    public static func date(_ text: String) -> Date? {
        guard let day = day(text) else { return nil }
        let rest = Array(text.dropFirst(10))
        if rest.isEmpty { return day.startDate }
        guard rest.count >= 9, rest[0] == "T", rest[3] == ":", rest[6] == ":",
            let hours = Int(String(rest[1...2])), let minutes = Int(String(rest[4...5])),
            let seconds = Int(String(rest[7...8])), hours < 24, minutes < 60, seconds < 61
        else { return nil }
        var index = 9
        var fraction = 0.0
        if index < rest.count, rest[index] == "." {
            var digits = ""
            index += 1
            while index < rest.count, rest[index].isASCII, rest[index].isNumber {
                digits.append(rest[index])
                index += 1
            }
            guard !digits.isEmpty, let value = Double("0." + digits) else { return nil }
            fraction = value
        }
        let zone = String(rest[index...])
        var offset = 0
        if zone == "Z" {
            offset = 0
        } else if zone.count == 6, let sign = zone.first, sign == "+" || sign == "-",
            let zoneHours = Int(zone.dropFirst().prefix(2)), let zoneMinutes = Int(zone.suffix(2))
        {
            offset = (zoneHours * 3600 + zoneMinutes * 60) * (sign == "-" ? -1 : 1)
        } else {
            return nil
        }
        let seconds0 = Double(day.daysSince1970) * 86_400 + Double(hours * 3600 + minutes * 60 + seconds - offset)
        let milliseconds = ((seconds0 + fraction) * 1000).rounded()
        return Date(timeIntervalSince1970: milliseconds / 1000)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
