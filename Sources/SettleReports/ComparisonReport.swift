import SettleCharts
import SettleModel

/// The HTML report of `settle simulate --compare`: built-in care strategies over a year.
public struct ComparisonReport: Sendable {
    public var outcomes: [StrategyOutcome]
    public var patients: Int
    public var seed: UInt64

    public init(outcomes: [StrategyOutcome], patients: Int, seed: UInt64) {
        self.outcomes = outcomes
        self.patients = patients
        self.seed = seed
    }

    /// Weekly means of a daily series (x = middle day of each week).
    static func weekly(_ xs: [Double]) -> [ChartPoint] {
        stride(from: 0, to: xs.count, by: 7).map { start in
            let end = min(xs.count, start + 7)
            return ChartPoint(x: Double(start + end - 1) / 2, y: xs[start..<end].reduce(0, +) / Double(end - start))
        }
    }

    /// Summary table rows: strategy, pain at 3 and 12 months, disability at 12 months, mean over the year.
    public var table: [(title: String, pain3m: Double, pain12m: Double, disability12m: Double, painYear: Double)] {
        outcomes.map { o in
            let n = o.meanPain.count
            return (
                o.strategy.title, StrategyOutcome.mean(o.meanPain, 77..<91), StrategyOutcome.mean(o.meanPain, (n - 14)..<n),
                StrategyOutcome.mean(o.meanDisability, (n - 14)..<n), StrategyOutcome.mean(o.meanPain, 14..<n)
            )
        }
    }

    public func html() -> String {
        let pain = LineChart(
            id: "compare-pain", title: "Mean pain over a year, by strategy",
            summary: "Weekly mean pain of \(patients) simulated people with persistent pain under each strategy.",
            yAxis: .rating(),
            series: outcomes.map { Series(name: $0.strategy.title, points: Self.weekly($0.meanPain)) },
            regions: (outcomes.first { $0.strategy == .integrated }?.sessionDays ?? []).map {
                ShadedRegion(label: "window after a session (integrated, acupuncture arms)", from: Double($0), to: Double($0 + 3))
            })
        let integrated = outcomes.first { $0.strategy == .integrated }
        let usual = outcomes.first { $0.strategy == .usualCare }
        var bands: [Band] = []
        var bandSeries: [Series] = []
        for o in [usual, integrated].compactMap({ $0 }) {
            let lo = Self.weekly(o.pain10)
            let hi = Self.weekly(o.pain90)
            bands.append(
                Band(
                    name: "\(o.strategy.title): 10th–90th percentile",
                    points: zip(lo, hi).map { BandPoint(x: $0.x, low: $0.y, high: $1.y) }))
            bandSeries.append(Series(name: o.strategy.title, points: Self.weekly(o.meanPain)))
        }
        let spread = LineChart(
            id: "compare-spread", title: "Spread between people: usual care and integrated care",
            summary: "Mean and 10th–90th percentile of weekly pain across simulated people.",
            yAxis: .rating(), series: bandSeries, bands: bands)
        let states = LineChart(
            id: "compare-states", title: "Mean sensitivity by strategy", summary: "Sensitivity G, 0–1.",
            yAxis: YAxis(label: "Sensitivity (0–1)", range: 0...1),
            series: outcomes.map { Series(name: $0.strategy.title, points: Self.weekly($0.meanSensitivity)) })
        let threat = LineChart(
            id: "compare-threat", title: "Mean threat (fear of movement) by strategy", summary: "Threat T, 0–1.",
            yAxis: YAxis(label: "Threat (0–1)", range: 0...1),
            series: outcomes.map { Series(name: $0.strategy.title, points: Self.weekly($0.meanThreat)) })
        let rows = table.map { r in
            "<tr><td>\(htmlEscape(r.title))</td><td class=\"num\">\(fixed(r.pain3m))</td><td class=\"num\">\(fixed(r.pain12m))</td><td class=\"num\">\(fixed(r.painYear))</td><td class=\"num\">\(fixed(r.disability12m))</td></tr>"
        }.joined()
        return HTMLPage(
            title: "Settle — care strategies compared",
            body: """
                <h1>Care strategies compared in the model</h1>
                \(ReportText.decisionSupportNotice)
                <p>\(patients) simulated people with persistent pain (the <em>sensitised</em> preset), one year, seed \(seed).
                They share the same parameters and differ only in day-to-day randomness (sleep, stress, flares), so the
                spread shows day-to-day variation, not differences between people; cohorts with varied people are in
                <code>settle trial</code>. Strategies start on day 14: acupuncture is 10 weekly verum sessions; education
                is 4 weekly sessions; exercise is graded exposure from 80 % of recent activity, +10 % a week; integrated
                care combines all three and adds 15 % to the quota in the three days after each session.</p>
                <table><thead><tr><th>Strategy</th><th>Pain at 3 months</th><th>Pain at 12 months</th><th>Mean pain over the year</th><th>Disability at 12 months (0–24)</th></tr></thead>
                <tbody>\(rows)</tbody></table>
                <figure>\(pain.svg())</figure>
                <figure>\(spread.svg())</figure>
                <figure>\(states.svg())</figure>
                <figure>\(threat.svg())</figure>
                <h2>What the model shows, and why</h2>
                <p>Acupuncture alone lowers pain while the course runs and the relief fades after it ends: the model's
                needling acts on amplification for a few days and changes nothing structural. Exercise and education
                act slowly but durably, through lower threat and higher capacity. Integrated care does best because the
                windows after sessions make the same activity hurt less, so more of it is done and more threat is
                unlearned. These are properties the model was built to show, consistent with the trials below; they are
                not new evidence.</p>
                \(ReportText.howTheModelWorks)
                <h2>Evidence</h2>
                \(Evidence.htmlList(Evidence.modelReport))
                """
        ).render()
    }
}
