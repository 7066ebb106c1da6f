import SettleCharts
import SettleTrials

/// Charts of a simulated trial, drawn by the project's own SVG renderer: each arm's mean over the
/// follow-ups with its 95 % confidence interval, and the design's comparisons as standardised
/// mean differences with 95 % confidence intervals.
public enum TrialCharts {
    /// Each arm's mean of `outcome` at every follow-up day, with its 95 % CI as a band in the
    /// arm's colour. `nil` when the design does not record the outcome or has fewer than three
    /// follow-ups (a line through two points would suggest a course nobody measured; use
    /// `meanRows`).
    public static func means(_ r: TrialResult, outcome: OutcomeMeasure, id: String? = nil) -> LineChart? {
        guard r.design.outcomes.contains(outcome), r.design.followUpDays.count >= 3 else { return nil }
        let lines = r.design.arms.map { arm in
            (
                arm.name,
                r.design.followUpDays.map { day in
                    let s = r.summary(arm: arm.name, day: day, outcome: outcome)
                    return (day, s?.mean ?? .nan, s?.ciLow ?? .nan, s?.ciHigh ?? .nan)
                }
            )
        }
        let (series, bands) = linesWithBands(lines)
        return LineChart(
            id: id, title: "Mean \(label(outcome)) by arm",
            summary:
                "Simulated \(r.design.name), \(r.enrolledTotal) people: each arm's mean \(label(outcome)) at the follow-ups, with 95 % confidence intervals.",
            xAxis: .days(label: "Day after randomisation"), yAxis: yAxis(outcome), series: series, bands: bands)
    }

    /// Each arm's mean of `outcome` with its 95 % CI at every follow-up, one row per arm and day
    /// (for designs with few follow-ups). `nil` when the design does not record the outcome.
    public static func meanRows(_ r: TrialResult, outcome: OutcomeMeasure, id: String? = nil) -> IntervalChart? {
        guard r.design.outcomes.contains(outcome) else { return nil }
        let rows = r.design.arms.flatMap { arm in
            r.design.followUpDays.map { day in
                let s = r.summary(arm: arm.name, day: day, outcome: outcome)
                return IntervalRow(
                    label: "\(arm.name), day \(day)", estimate: s?.mean ?? .nan, low: s?.ciLow ?? .nan, high: s?.ciHigh ?? .nan)
            }
        }
        return IntervalChart(
            id: id, title: "Mean \(label(outcome)) by arm (95 % CI)",
            summary:
                "Simulated \(r.design.name), \(r.enrolledTotal) people: each arm's mean \(label(outcome)) at baseline and follow-up.",
            axisLabel: yAxis(outcome).label, rows: rows, reference: nil)
    }

    /// Every comparison's SMD of `outcome` over the follow-ups after baseline, with its 95 % CI
    /// as a band (positive favours the first arm). `nil` without comparisons or with fewer than two
    /// follow-ups after day 0.
    public static func effectsOverTime(_ r: TrialResult, outcome: OutcomeMeasure, id: String? = nil) -> LineChart? {
        let days = r.design.followUpDays.filter { $0 > 0 }
        guard r.design.outcomes.contains(outcome), days.count >= 2, !r.design.comparisons.isEmpty else { return nil }
        let lines = r.design.comparisons.map { c in
            (
                c.label,
                days.map { day in
                    let e = r.effect(arm: c.arm, comparator: c.comparator, day: day, outcome: outcome)
                    return (day, e?.smd ?? .nan, e?.smdLow ?? .nan, e?.smdHigh ?? .nan)
                }
            )
        }
        let (series, bands) = linesWithBands(lines)
        return LineChart(
            id: id, title: "Effects on \(label(outcome)) over time (SMD)",
            summary:
                "Standardised mean differences of the simulated \(r.design.name) comparisons at each follow-up after baseline; positive favours the first arm.",
            xAxis: .days(label: "Day after randomisation"), yAxis: YAxis(label: "SMD"),
            series: series, bands: bands)
    }

    /// A forest plot of every comparison's SMD of `outcome` at `day` (default: the last
    /// follow-up). `nil` without comparisons, or when the outcome or day is not in the design.
    public static func effects(_ r: TrialResult, outcome: OutcomeMeasure, day: Int? = nil, id: String? = nil)
        -> IntervalChart?
    {
        guard let day = day ?? r.design.followUpDays.last, day > 0, r.design.followUpDays.contains(day),
            r.design.outcomes.contains(outcome), !r.design.comparisons.isEmpty
        else { return nil }
        let rows = r.design.comparisons.map { c in
            let e = r.effect(arm: c.arm, comparator: c.comparator, day: day, outcome: outcome)
            return IntervalRow(
                label: c.label, estimate: e?.smd ?? .nan, low: e?.smdLow ?? .nan,
                high: e?.smdHigh ?? .nan)
        }
        return IntervalChart(
            id: id, title: "Effects on \(label(outcome)) at day \(day) (SMD, 95 % CI)",
            summary:
                "Standardised mean differences of the simulated \(r.design.name) comparisons at day \(day); positive favours the first arm.",
            axisLabel: "Standardised mean difference", rows: rows)
    }

    /// One series and one 95 % CI band in the same colour per named line of
    /// (day, estimate, low, high) cells.
    static func linesWithBands(_ lines: [(name: String, cells: [(Int, Double, Double, Double)])]) -> ([Series], [Band]) {
        var series: [Series] = []
        var bands: [Band] = []
        for (index, line) in lines.enumerated() {
            let color = ChartColor.series(index)
            series.append(
                Series(
                    name: line.name, points: line.cells.map { ChartPoint(x: Double($0.0), y: $0.1) }, color: color,
                    dash: DashPattern.series(index)))
            bands.append(
                Band(
                    name: "\(line.name): 95 % CI", points: line.cells.map { BandPoint(x: Double($0.0), low: $0.2, high: $0.3) },
                    color: color))
        }
        return (series, bands)
    }

    static func label(_ outcome: OutcomeMeasure) -> String {
        switch outcome {
        case .pain: "pain"
        case .disability: "disability"
        case .fearOfMovement: "fear of movement"
        }
    }

    static func yAxis(_ outcome: OutcomeMeasure) -> YAxis {
        switch outcome {
        case .pain: YAxis(label: "Pain (0–10)")
        case .disability: YAxis(label: "Disability (RMDQ 0–24)")
        case .fearOfMovement: YAxis(label: "Fear of movement (TSK 17–68)")
        }
    }
}
