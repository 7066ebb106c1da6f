import SettleCharts

/// Representative charts rendered by the golden-file tests. Data comes from integer
/// arithmetic only (no libm), so it is identical on every platform.
enum GoldenFixtures {
    /// A tiny linear congruential generator giving values in -0.5...0.5 in steps of 0.01.
    struct Noise {
        var state: UInt32
        mutating func next() -> Double {
            state = state &* 1_664_525 &+ 1_013_904_223
            return Double(Int(state >> 16) % 101 - 50) / 100
        }
    }

    /// A year of daily pain falling from about 6 to 2.3, a forecast with 80 % / 95 % bands for the last
    /// 60 days, windows of opportunity after eight acupuncture sessions, a flare and an education visit.
    static func painYear() throws -> LineChart {
        var noise = Noise(state: 7)
        let days = 365
        let pain = (0..<days).map { day -> Double in
            let trend = 6.1 - 3.8 * Double(day) / Double(days - 1)
            let flare = (150...163).contains(day) ? 1.5 - Double(abs(day - 154)) * 0.15 : 0
            return ((trend + flare + noise.next() * 0.8) * 10).rounded() / 10
        }
        let sessions: [Double] = [14, 21, 28, 35, 49, 63, 91, 119]
        let forecastStart = 305
        let forecast = (forecastStart..<days).map {
            ChartPoint(x: Double($0), y: 2.6 - 0.3 * Double($0 - forecastStart) / 59)
        }
        let band95 = forecast.map {
            BandPoint(x: $0.x, low: $0.y - 0.4 - 0.02 * ($0.x - 305), high: $0.y + 0.4 + 0.02 * ($0.x - 305))
        }
        let band80 = forecast.map {
            BandPoint(x: $0.x, low: $0.y - 0.25 - 0.012 * ($0.x - 305), high: $0.y + 0.25 + 0.012 * ($0.x - 305))
        }
        return LineChart(
            id: "pain-year",
            title: "Daily pain, first year of care",
            summary: "Pain eased over the year, with one flare in June",
            xAxis: .dates(start: try CivilDate(iso: "2026-01-05")),
            yAxis: .rating(label: "Pain (0–10)"),
            series: [
                Series(name: "Pain (diary)", values: Array(pain.prefix(forecastStart + 1)), lineWidth: 1.5),
                Series(name: "Forecast", points: forecast, color: .vermillion, dash: .dashed),
            ],
            bands: [
                Band(name: "95 % interval", points: band95, color: .vermillion, opacity: 0.15),
                Band(name: "80 % interval", points: band80, color: .vermillion, opacity: 0.2),
            ],
            regions: sessions.map { ShadedRegion(label: "Window of opportunity", from: $0, to: $0 + 5) },
            markers: sessions.enumerated().map {
                EventMarker(x: $0.element, kind: "verum acupuncture", label: "Session \($0.offset + 1)")
            } + [
                EventMarker(x: 150, kind: "flare", label: "Moved house"),
                EventMarker(x: 7, kind: "education", label: "Pain neuroscience education"),
            ])
    }

    /// Edge cases on a numeric day axis: gaps, a lone point, an empty series, an all-equal series,
    /// awkward characters and very long labels.
    static func edgeCases() -> LineChart {
        LineChart(
            id: "edge-cases",
            title:
                "Edge cases: gaps & <missing> values, a lone point, an \"empty\" series and a very long title that cannot fit",
            xAxis: .days(label: "Day"),
            yAxis: YAxis(label: "Score 'raw'"),
            series: [
                Series(name: "With gaps", values: [5, 5.5, .nan, .nan, 6, 6.5, 7, .infinity, 6, 5.5, 5, 4.5]),
                Series(name: "Lone point", points: [ChartPoint(x: 4, y: 3)]),
                Series(name: "Empty", points: []),
                Series(name: "Flat at 4", values: Array(repeating: 4, count: 12)),
                Series(
                    name:
                        "A series name so long that it has to be truncated in the legend to keep the layout tidy and readable for everyone",
                    values: [2, 2.5, 3, 2.5, 2, 1.5, 1, 1.5, 2, 2.5, 3, 3.5]),
            ],
            markers: [EventMarker(x: 3, kind: "sham <control>"), EventMarker(x: .nan, kind: "never shown")])
    }

    /// A 28-day caseload sparkline on the 0–10 scale with one missing day.
    static func sparkline() -> Sparkline {
        var noise = Noise(state: 3)
        let values = (0..<28).map { day -> Double in
            day == 9 ? .nan : ((5.8 - 0.1 * Double(day) + noise.next()) * 10).rounded() / 10
        }
        return Sparkline(id: "spark", label: "Pain, last 28 days", values: values, range: 0...10)
    }

    /// Effect sizes with 95 % intervals across arms, including a missing estimate and a long label.
    static func effects() -> IntervalChart {
        IntervalChart(
            id: "effects",
            title: "Effect on pain at 12 weeks (standardised mean difference, 95 % CI)",
            axisLabel: "Standardised mean difference (negative favours treatment)",
            rows: [
                IntervalRow(label: "Verum vs sham acupuncture", estimate: -0.2, low: -0.35, high: -0.05),
                IntervalRow(label: "Verum vs usual care", estimate: -0.55, low: -0.72, high: -0.38),
                IntervalRow(
                    label: "Education + graded activity vs usual care", estimate: -0.38, low: -0.6, high: -0.16),
                IntervalRow(
                    label: "Sham vs no treatment (not measured in this trial)", estimate: .nan, low: .nan, high: .nan),
            ])
    }
}
