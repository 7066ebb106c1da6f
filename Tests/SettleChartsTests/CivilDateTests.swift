import Testing

@testable import SettleCharts

@Suite("Civil dates without locale")
struct CivilDateTests {
    @Test("known day counts from 1970-01-01")
    func epochCounts() throws {
        #expect(try CivilDate(year: 1970, month: 1, day: 1).daysSinceEpoch == 0)
        #expect(try CivilDate(year: 2000, month: 1, day: 1).daysSinceEpoch == 10_957)
        #expect(try CivilDate(year: 2020, month: 1, day: 1).daysSinceEpoch == 18_262)
        #expect(try CivilDate(year: 1969, month: 12, day: 31).daysSinceEpoch == -1)
        #expect(try CivilDate(year: 1, month: 1, day: 1).daysSinceEpoch == -719_162)
    }

    @Test("adding days crosses leap days, month and year ends")
    func addingDays() throws {
        let leap = try CivilDate(year: 2024, month: 2, day: 28)
        #expect(leap.adding(days: 1) == (try CivilDate(year: 2024, month: 2, day: 29)))
        #expect(leap.adding(days: 2) == (try CivilDate(year: 2024, month: 3, day: 1)))
        let common = try CivilDate(year: 2023, month: 2, day: 28)
        #expect(common.adding(days: 1) == (try CivilDate(year: 2023, month: 3, day: 1)))
        let newYear = try CivilDate(year: 2026, month: 12, day: 31)
        #expect(newYear.adding(days: 1)?.isoString == "2027-01-01")
        #expect(try CivilDate(year: 2026, month: 3, day: 1).adding(days: -1)?.isoString == "2026-02-28")
        #expect(
            try CivilDate(year: 2026, month: 11, day: 25).days(since: CivilDate(year: 2026, month: 1, day: 1)) == 328)
        #expect(try CivilDate(year: 9999, month: 12, day: 31).adding(days: 1) == nil)
    }

    @Test("leap-year rule: every 4th year, not centuries, but every 400th")
    func leapYears() {
        #expect(CivilDate.isLeapYear(2024))
        #expect(!CivilDate.isLeapYear(2023))
        #expect(!CivilDate.isLeapYear(1900))
        #expect(CivilDate.isLeapYear(2000))
        #expect(CivilDate.daysInMonth(year: 2000, month: 2) == 29)
        #expect(CivilDate.daysInMonth(year: 2100, month: 2) == 28)
    }

    @Test("day counts round-trip over four centuries")
    func roundTrip() throws {
        for days in stride(from: -150_000, through: 150_000, by: 37) {
            let date = try #require(CivilDate(daysSinceEpoch: days))
            #expect(date.daysSinceEpoch == days)
        }
    }

    @Test("ISO parsing and labels")
    func isoAndLabels() throws {
        let date = try CivilDate(iso: "2026-03-03")
        #expect(date.year == 2026 && date.month == 3 && date.day == 3)
        #expect(date.isoString == "2026-03-03")
        #expect(date.dayMonthLabel == "3 Mar")
        #expect(date.dayMonthYearLabel == "3 Mar 2026")
        #expect(try CivilDate(year: 987, month: 1, day: 9).isoString == "0987-01-09")
    }

    @Test("invalid dates throw errors that say how to fix them")
    func invalidDates() {
        #expect(throws: CivilDateError.dayOutOfRange(year: 2023, month: 2, day: 29, daysInMonth: 28)) {
            try CivilDate(year: 2023, month: 2, day: 29)
        }
        #expect(throws: CivilDateError.monthOutOfRange(13)) { try CivilDate(year: 2023, month: 13, day: 1) }
        #expect(throws: CivilDateError.notISO("2026-3-1")) { try CivilDate(iso: "2026-3-1") }
        #expect(throws: CivilDateError.notISO("2026-+3-01")) { try CivilDate(iso: "2026-+3-01") }
        #expect(CivilDateError.notISO("x").description.contains("YYYY-MM-DD"))
        #expect(
            CivilDateError.dayOutOfRange(year: 2023, month: 2, day: 29, daysInMonth: 28).description.contains("1 to 28")
        )
    }
}
