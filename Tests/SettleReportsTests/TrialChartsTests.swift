import Foundation
import SettleCharts
import SettleTrials
import Testing

@testable import SettleReports

/// Charts and the HTML report of a simulated trial (`settle trial --report`, CALIBRATION.md's
/// persistence charts), checked against the result they draw.
@Suite("Trial charts and report")
struct TrialChartsTests {
    /// A small run of the 12-month, three-arm persistence design (13 follow-ups, 3 comparisons).
    static func persistence() throws -> TrialResult {
        try TrialRunner().run(.macphersonPersistence, options: TrialRunOptions(patients: 90, seed: 3))
    }
    /// A small run of a design with one follow-up after baseline.
    static func vickers() throws -> TrialResult {
        try TrialRunner().run(.vickersOsteoarthritis, options: TrialRunOptions(patients: 90, seed: 3))
    }

    @Test("arm means: one series and one 95 % CI band per arm, at every follow-up, with the result's values")
    func means() throws {
        let r = try Self.persistence()
        let chart = try #require(TrialCharts.means(r, outcome: .pain))
        #expect(chart.series.map(\.name) == r.design.arms.map(\.name))
        #expect(chart.bands.count == r.design.arms.count)
        for (series, band) in zip(chart.series, chart.bands) {
            #expect(series.points.map(\.x) == r.design.followUpDays.map(Double.init))
            for (point, bandPoint) in zip(series.points, band.points) {
                let s = try #require(r.summary(arm: series.name, day: Int(point.x), outcome: .pain))
                #expect(point.y == s.mean)
                #expect(bandPoint.low == s.ciLow && bandPoint.high == s.ciHigh)
                #expect(bandPoint.low < point.y && point.y < bandPoint.high)
            }
            #expect(band.color == series.color)
        }
        let svg = chart.svg()
        #expect(svg.hasPrefix("<svg") && svg.contains("verum") && svg.contains("usual-care"))
        #expect(TrialCharts.means(r, outcome: .disability) == nil)  // not an outcome of this design
    }

    @Test("with two follow-ups the arm means are rows with intervals, not a line through two points")
    func meanRows() throws {
        let r = try Self.vickers()
        #expect(TrialCharts.means(r, outcome: .pain) == nil)
        let chart = try #require(TrialCharts.meanRows(r, outcome: .pain))
        #expect(chart.rows.count == r.design.arms.count * 2)
        #expect(chart.reference == nil)
        let row = try #require(chart.rows.first { $0.label == "verum, day 70" })
        let s = try #require(r.summary(arm: "verum", day: 70, outcome: .pain))
        #expect(row.estimate == s.mean && row.low == s.ciLow && row.high == s.ciHigh)
    }

    @Test("effects over time: each comparison's SMD after baseline, with its CI band")
    func effectsOverTime() throws {
        let r = try Self.persistence()
        let chart = try #require(TrialCharts.effectsOverTime(r, outcome: .pain))
        #expect(chart.series.map(\.name) == r.design.comparisons.map { "\($0.arm) vs \($0.comparator)" })
        let verumVsUsual = try #require(chart.series.first { $0.name == "verum vs usual-care" })
        #expect(verumVsUsual.points.first?.x == 28)  // day 0 (no effect yet) is left out
        let end = try #require(verumVsUsual.points.first { $0.x == 84 })
        let expected = try #require(r.effect(arm: "verum", comparator: "usual-care", day: 84, outcome: .pain))
        #expect(end.y == expected.smd)
        #expect(expected.smd > 0.2)  // the course helps at its end
        // A design with one follow-up after baseline has no course over time to draw.
        #expect(TrialCharts.effectsOverTime(try Self.vickers(), outcome: .pain) == nil)
    }

    @Test("forest plot: one row per comparison at the last follow-up, or at a chosen day")
    func forest() throws {
        let r = try Self.vickers()
        let chart = try #require(TrialCharts.effects(r, outcome: .pain))
        #expect(chart.rows.count == r.design.comparisons.count)
        let row = try #require(chart.rows.first { $0.label == "verum vs sham" })
        let e = try #require(r.effect(arm: "verum", comparator: "sham", day: 70, outcome: .pain))
        #expect(row.estimate == e.smd && row.low == e.smdLow && row.high == e.smdHigh)
        #expect(chart.title.contains("day 70"))
        #expect(TrialCharts.effects(try Self.persistence(), outcome: .pain, day: 182)?.title.contains("day 182") == true)
        #expect(TrialCharts.effects(r, outcome: .pain, day: 0) == nil)  // baseline has no effect
        #expect(TrialCharts.effects(r, outcome: .pain, day: 71) == nil)  // not a follow-up day
    }

    @Test("the HTML report embeds the charts beside the tables, with no scripts")
    func report() throws {
        let html = TrialReport.html(try Self.persistence())
        // means, forest plot and effects over time for pain
        #expect(html.components(separatedBy: "<svg").count - 1 == 3)
        #expect(html.contains("Mean pain by arm"))
        #expect(html.contains("Effects on pain over time (SMD)"))
        #expect(html.contains("<th>verum mean [95% CI]</th>"))
        #expect(html.contains("not predictions for a person"))
        // The calibrated population reads pain with allocation-aware reporting, and says so.
        #expect(html.contains("Pain is read as reported: people in sham, verum rate it"))
        #expect(!html.contains("<script"))
        let oneFollowUp = TrialReport.html(try Self.vickers())
        #expect(oneFollowUp.components(separatedBy: "<svg").count - 1 == 2)  // mean rows and forest plot
        #expect(oneFollowUp.contains("Mean pain by arm (95 % CI)"))
    }
}
