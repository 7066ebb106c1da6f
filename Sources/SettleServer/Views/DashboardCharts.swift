import Foundation
import SettleCare
import SettleCharts
import SettleMeasures

/// SVG charts of a patient's record (from `SettleCharts`), inlined in the dashboard.
enum DashboardCharts {
    /// Daily pain with a 7-day mean, the engine's needling windows shaded and sessions marked.
    static func diary(_ record: PatientRecord, care: CareAssessment?, from start: Day, through end: Day) -> HTML {
        let entries = record.diary.filter { $0.day >= start && $0.day <= end }
        guard !entries.isEmpty, let axisStart = CivilDate(daysSinceEpoch: start.daysSince1970) else {
            return "<p>No diary entries in this period.</p>"
        }
        let x = { (day: Day) in Double(start.days(to: day)) }
        let pain = entries.map { ChartPoint(x: x($0.day), y: Double($0.pain)) }
        var smoothed: [ChartPoint] = []
        for offset in 0...start.days(to: end) {
            let day = start.adding(days: offset)
            let window = entries.filter { $0.day <= day && $0.day > day.adding(days: -7) }.map { Double($0.pain) }
            if let mean = CareSummary.mean(window), window.count >= 3 { smoothed.append(ChartPoint(x: Double(offset), y: mean)) }
        }
        var regions: [ShadedRegion] = []
        var markers: [EventMarker] = []
        for session in record.sessions where session.day >= start && session.day <= end {
            switch session.treatment {
            case .acupuncture(let details):
                markers.append(
                    EventMarker(x: x(session.day), kind: details.arm == .verum ? "acupuncture" : "sham", label: session.day.iso))
                if details.arm == .verum, let care, care.history.isEmpty, let length = care.window.duration?.mean,
                    length.isFinite, length > 0
                {
                    regions.append(
                        ShadedRegion(
                            label: "Estimated window (about \(length.oneDecimal) days)", from: x(session.day),
                            to: min(x(session.day) + length, x(end))))
                }
            case .exercise: markers.append(EventMarker(x: x(session.day), kind: "exercise / exposure", label: session.day.iso))
            case .education: markers.append(EventMarker(x: x(session.day), kind: "education", label: session.day.iso))
            }
        }
        if let care { regions += windowRegions(care, from: start, through: end) }
        let flares = entries.filter(\.flare).map { EventMarker(x: x($0.day), kind: "flare", label: $0.day.iso) }
        let chart = LineChart(
            id: "diary-pain", title: "Daily pain",
            summary:
                "Daily pain ratings with a 7-day mean; shaded spans are days the care model puts the needling window at 50 % or more.",
            xAxis: .dates(start: axisStart, range: 0...Double(start.days(to: end))), yAxis: .rating(),
            series: [
                Series(name: "Pain (0–10)", points: pain, lineWidth: 1),
                Series(name: "7-day mean", points: smoothed, lineWidth: 2.5),
            ],
            regions: regions, markers: markers + flares, drawsBackground: false)
        return figure(chart)
    }

    /// Shaded spans where the engine's window probability is at least 50 % (needs the day-by-day history).
    static func windowRegions(_ care: CareAssessment, from start: Day, through end: Day) -> [ShadedRegion] {
        CareHistory.windowRuns(care.history).compactMap { run in
            guard run.upperBound >= start, run.lowerBound <= end else { return nil }
            let from = max(run.lowerBound, start)
            let to = min(run.upperBound, end)
            return ShadedRegion(
                label: "Window likely open (model ≥ 50 %)", from: Double(start.days(to: from)),
                to: Double(start.days(to: to)) + (to < end ? 1 : 0))
        }
    }

    /// The engine's day-by-day sensitivity (80 % and 95 % bands) and threat, with window spans shaded.
    static func states(_ care: CareAssessment, from requestedStart: Day, through end: Day) -> HTML {
        let history = care.history.filter { $0.day >= requestedStart && $0.day <= end }
        guard let first = history.first?.day, let axisStart = CivilDate(daysSinceEpoch: first.daysSince1970) else {
            return .empty
        }
        let x = { (day: Day) in Double(first.days(to: day)) }
        let chart = LineChart(
            id: "care-history", title: "Estimated sensitivity and threat over time",
            summary:
                "Posterior means from the care model with approximate 80 % and 95 % bands for sensitivity (mean ± 1.28 and 1.96 SD); shaded spans: window likely open.",
            size: ChartSize(width: 720, height: 300),
            xAxis: .dates(start: axisStart, range: 0...Double(max(first.days(to: end), 1))),
            yAxis: YAxis(label: "Estimate (0–1)", range: 0...1),
            series: [
                Series(
                    name: "Sensitivity G", points: history.map { ChartPoint(x: x($0.day), y: $0.sensitivity) }, lineWidth: 2.5),
                Series(name: "Threat T", points: history.map { ChartPoint(x: x($0.day), y: $0.threat) }, lineWidth: 1.5),
            ],
            bands: [
                SettleCharts.Band(
                    name: "Sensitivity 95 % band",
                    points: history.map {
                        let r = CareHistory.sensitivity95($0)
                        return BandPoint(x: x($0.day), low: r.lowerBound, high: r.upperBound)
                    }, color: .blue, opacity: 0.1),
                SettleCharts.Band(
                    name: "Sensitivity 80 % band",
                    points: history.map {
                        let r = CareHistory.sensitivity80($0)
                        return BandPoint(x: x($0.day), low: r.lowerBound, high: r.upperBound)
                    }, color: .blue, opacity: 0.2),
            ],
            regions: windowRegions(care, from: first, through: end), drawsBackground: false)
        return figure(chart)
    }

    /// Activity minutes and sleep per day.
    static func activity(_ record: PatientRecord, from start: Day, through end: Day) -> HTML {
        let entries = record.diary.filter { $0.day >= start && $0.day <= end }
        guard !entries.isEmpty, let axisStart = CivilDate(daysSinceEpoch: start.daysSince1970) else { return .empty }
        let points = entries.compactMap { entry in
            entry.activityMinutes.map { ChartPoint(x: Double(start.days(to: entry.day)), y: Double($0)) }
        }
        let chart = LineChart(
            id: "diary-activity", title: "Activity (minutes per day)",
            summary: "Minutes of deliberate activity reported each day.",
            size: ChartSize(width: 720, height: 260),
            xAxis: .dates(start: axisStart, range: 0...Double(start.days(to: end))), yAxis: YAxis(label: "Minutes"),
            series: [Series(name: "Activity minutes", points: points)], drawsBackground: false)
        return figure(chart)
    }

    /// One instrument's totals over time with its bands and the change that counts as important.
    static func questionnaire(_ instrument: Instrument, administrations: [QuestionnaireAdministration]) -> HTML {
        let scored = administrations.compactMap { admin -> (Day, Double)? in
            guard
                let total =
                    (QuestionnaireScoring.decode(admin.scoreJSON)
                    ?? QuestionnaireScoring.score(instrumentID: admin.instrumentID, answers: admin.answers))?.total
            else { return nil }
            return (admin.day, total)
        }
        guard let first = scored.first?.0, let last = scored.last?.0,
            let axisStart = CivilDate(daysSinceEpoch: first.daysSince1970)
        else {
            return .empty
        }
        let span = Double(max(first.days(to: last), 1))
        let points = scored.map { ChartPoint(x: Double(first.days(to: $0.0)), y: $0.1) }
        var bands: [SettleCharts.Band] = []
        var range: ClosedRange<Double>?
        if let scale = instrument.primaryScale {
            range = scale.range.lower...scale.range.upper
            let colors: [ChartColor] = [.bluishGreen, .yellow, .orange, .vermillion, .reddishPurple]
            for (index, band) in scale.bands.enumerated() {
                bands.append(
                    SettleCharts.Band(
                        name: "Band: \(band.label) (\(band.from.formatted)–\(band.through.formatted))",
                        points: [
                            BandPoint(x: 0, low: band.from, high: band.through),
                            BandPoint(x: span, low: band.from, high: band.through),
                        ],
                        color: colors[index % colors.count], opacity: 0.08))
            }
            if let change = scale.importantChange, let points = change.minimumPoints, let baseline = scored.first?.1 {
                bands.append(
                    SettleCharts.Band(
                        name: "Within ±\(points.formatted) of first score (not an important change)",
                        points: [
                            BandPoint(x: 0, low: baseline - points, high: baseline + points),
                            BandPoint(x: span, low: baseline - points, high: baseline + points),
                        ],
                        color: .skyBlue, opacity: 0.2))
            }
        }
        let chart = LineChart(
            id: "q-" + instrument.id, title: instrument.name, summary: "Total score at each administration.",
            size: ChartSize(width: 720, height: 260),
            xAxis: .dates(start: axisStart, range: 0...span),
            yAxis: YAxis(label: instrument.primaryScale?.name ?? "Score", range: range),
            series: [Series(name: "Total", points: points)], bands: bands, drawsBackground: false)
        return figure(chart)
    }

    private static func figure(_ chart: LineChart) -> HTML {
        "<figure class=\"chart\">\(raw: chart.svg())<figcaption class=\"legend\">\(chart.accessibleDescription)</figcaption></figure>"
    }
}

extension Double {
    /// Whole numbers without a decimal point, otherwise one decimal.
    var formatted: String { self == rounded() ? String(Int(self)) : oneDecimal }
}
