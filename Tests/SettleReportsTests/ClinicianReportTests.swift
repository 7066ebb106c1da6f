import Foundation
import SettleCare
import SettleReports
import Testing

@Suite("Clinician report")
struct ClinicianReportTests {
    static let report = ClinicianReport(
        record: ClinicianReportFixture.record(), from: ClinicianReportFixture.start, through: ClinicianReportFixture.end,
        generatedOn: ClinicianReportFixture.end.adding(days: 1), planRationale: ClinicianReportFixture.rationale)
    static let html = report.html()

    static var updating: Bool { ProcessInfo.processInfo.environment["SETTLE_UPDATE_GOLDEN"] == "1" }

    @Test("the HTML equals Golden/clinician-report.html (SETTLE_UPDATE_GOLDEN=1 rewrites it)")
    func golden() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "Golden/clinician-report.html")
        if Self.updating {
            try Data(Self.html.utf8).write(to: url, options: .atomic)
            print("SETTLE_UPDATE_GOLDEN=1: wrote \(url.path)")
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        let got = Self.html.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let line = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        #expect(
            expected == Self.html,
            "differs from the golden file at line \((line ?? min(got.count, want.count)) + 1); if intended, run SETTLE_UPDATE_GOLDEN=1 swift test --filter SettleReportsTests and review the diff"
        )
    }

    @Test("the same input gives the same bytes")
    func deterministic() {
        let again = ClinicianReport(
            record: ClinicianReportFixture.record(), from: ClinicianReportFixture.start, through: ClinicianReportFixture.end,
            generatedOn: ClinicianReportFixture.end.adding(days: 1), planRationale: ClinicianReportFixture.rationale)
        #expect(again.html() == Self.html)
    }

    @Test("PEG 5.33 → 3 is an important improvement (≥ 30 %); PHQ-9 12 → 5 moves moderate → mild")
    func questionnaireChanges() throws {
        let html = Self.html
        let pegRow = try #require(html.split(separator: "\n").first { $0.contains("<td>PEG") })
        // (3 − 16/3) ÷ 16/3 = −43.75 % → an improvement of 43.75 %, above the 30 % threshold.
        #expect(pegRow.contains("-2.33 points"))
        #expect(pegRow.contains("(-44 %)"))
        #expect(pegRow.contains("Yes: important improvement"))
        let phqRow = try #require(html.split(separator: "\n").first { $0.contains("<td>Patient Health Questionnaire-9") })
        #expect(phqRow.contains("<strong>12</strong>, moderate"))
        #expect(phqRow.contains("<strong>5</strong>, mild"))
        #expect(phqRow.contains("-7 points"))
        #expect(phqRow.contains("moderate → mild"))
        // TSK-17 with one item answered cannot be scored.
        #expect(html.contains("not scored"))
    }

    @Test("the diary summary matches the fixture's formula")
    func diarySummary() {
        let summary = DiarySummary(
            entries: ClinicianReportFixture.record().diary, from: ClinicianReportFixture.start,
            through: ClinicianReportFixture.end)
        let days = (0..<42).filter(ClinicianReportFixture.hasEntry)
        #expect(summary.days == 42)
        #expect(summary.daysWithEntry == days.count)
        let early = days.prefix(14).map { Double(ClinicianReportFixture.pain($0)) }
        let late = days.suffix(14).map { Double(ClinicianReportFixture.pain($0)) }
        #expect(summary.earlyPain == early.reduce(0, +) / 14)
        #expect(summary.latePain == late.reduce(0, +) / 14)
        #expect(summary.flareDays == 2)
        #expect(Self.html.contains("\(days.count) of 42"))
    }

    @Test("sessions, plan and rationale appear; free text is escaped")
    func contents() {
        let html = Self.html
        #expect(html.contains("4 sessions: 2 acupuncture, 1 graded exposure, 1 pain education."))
        #expect(
            html.contains(
                "140 minutes of activity a week, raised by 10 % every 7 days (held on flare-up days), up to 210 minutes"))
        #expect(html.contains("Raise the quota to 22 minutes a day"))
        #expect(!html.contains("<heavy>"))
        #expect(!html.lowercased().contains("nan"))
        #expect(!html.contains("<script"))
    }

    @Test("print stylesheet: A4 page and no figures split across pages")
    func printStyles() {
        #expect(Self.html.contains("@page{size:A4"))
        #expect(Self.html.contains("@media print"))
        #expect(Self.html.contains("figure{break-inside:avoid}"))
    }

    @Test("scheduled quota: 140/7 = 20 a day at the start, +10 % a week, capped at 210/7 = 30")
    func quota() throws {
        let plan = try #require(ClinicianReportFixture.record().plan)
        #expect(ClinicianReport.scheduledDailyQuota(plan, on: plan.startDay.adding(days: -1)) == nil)
        #expect(ClinicianReport.scheduledDailyQuota(plan, on: plan.startDay) == 20)
        let week1 = try #require(ClinicianReport.scheduledDailyQuota(plan, on: plan.startDay.adding(days: 7)))
        #expect(abs(week1 - 22) < 1e-9)
        #expect(ClinicianReport.scheduledDailyQuota(plan, on: plan.startDay.adding(days: 70)) == 30)
    }

    @Test("an empty period says so instead of drawing empty tables")
    func emptyPeriod() {
        let html = ClinicianReport(
            record: ClinicianReportFixture.record(), from: Day(year: 2030, month: 1, day: 1) ?? ClinicianReportFixture.end,
            through: Day(year: 2030, month: 1, day: 31) ?? ClinicianReportFixture.end, generatedOn: ClinicianReportFixture.end
        ).html()
        #expect(html.contains("No questionnaires in this period."))
        #expect(html.contains("No diary entries in this period."))
        #expect(html.contains("No sessions in this period."))
    }
}
