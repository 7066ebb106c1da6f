import Testing

@testable import SettleCharts

@Suite("Sparkline and interval chart")
struct SparklineAndIntervalTests {
    @Test("sparkline describes its values and skips missing ones")
    func sparkline() throws {
        let spark = Sparkline(id: "s1", label: "Pain, last 5 days", values: [6, .nan, 5, 4.5, 4], range: 0...10)
        #expect(
            spark.accessibleDescription
                == "From 6.0 to 4.0 over 5 days; lowest 4.0, highest 6.0. 1 missing value skipped.")
        let text = spark.svg()
        #expect(!text.lowercased().contains("nan"))
        let svg = SVGInspector(text)
        #expect(svg.wellFormed)
        #expect(svg.root?.attributes["width"] == "120")
        #expect(svg.root?.attributes["aria-labelledby"] == "s1-title s1-desc")
        #expect(svg.all("circle").count == 2)  // the lone 6 and the latest value
    }

    @Test("empty and flat sparklines render")
    func sparklineEdges() {
        let empty = Sparkline(label: "None", values: [])
        #expect(empty.accessibleDescription == "No data.")
        #expect(SVGInspector(empty.svg()).wellFormed)
        let flat = Sparkline(label: "Flat", values: [3, 3, 3])
        let path = SVGInspector(flat.svg()).all("path").first?.attributes["d"]
        #expect(path == "M3 14 L60 14 L117 14")  // middle of a 28 px high box, 3 px padding
    }

    @Test("interval rows print estimate and bounds, or say there is no estimate")
    func intervalValues() {
        let chart = IntervalChart(title: "Effects", axisLabel: "SMD", rows: [])
        #expect(chart.valueText(IntervalRow(label: "A", estimate: 0.45, low: 0.2, high: 0.7)) == "0.45 (0.20 to 0.70)")
        #expect(chart.valueText(IntervalRow(label: "A", estimate: 0.45, low: 0.7, high: 0.2)) == "0.45 (0.20 to 0.70)")
        #expect(chart.valueText(IntervalRow(label: "A", estimate: 0.45, low: .nan, high: 0.2)) == "0.45")
        #expect(chart.valueText(IntervalRow(label: "A", estimate: .nan, low: 0, high: 1)) == "no estimate")
    }

    @Test("interval chart lists rows in its description and grows with rows")
    func intervalChart() throws {
        let rows = [
            IntervalRow(label: "Verum vs sham", estimate: 0.2, low: 0.05, high: 0.35),
            IntervalRow(label: "Verum vs usual care", estimate: 0.5, low: 0.35, high: 0.65),
        ]
        let chart = IntervalChart(id: "fx", title: "Effects", axisLabel: "SMD", rows: rows)
        #expect(
            chart.accessibleDescription
                == "SMD with intervals. Verum vs sham: 0.20 (0.05 to 0.35); Verum vs usual care: 0.50 (0.35 to 0.65). Reference line at 0."
        )
        let svg = SVGInspector(chart.svg())
        #expect(svg.wellFormed)
        #expect(svg.all("circle").count == 2)
        let oneRow = SVGInspector(IntervalChart(title: "E", axisLabel: "SMD", rows: [rows[0]]).svg())
        let h1 = try #require(oneRow.root?.attributes["height"].flatMap(Double.init))
        let h2 = try #require(svg.root?.attributes["height"].flatMap(Double.init))
        #expect(h2 - h1 == 30)
    }

    @Test("bar style draws a bar per finite estimate")
    func bars() {
        let rows = [
            IntervalRow(label: "A", estimate: 1, low: 0.5, high: 1.5),
            IntervalRow(label: "B", estimate: .nan, low: 0, high: 1),
        ]
        let svg = SVGInspector(IntervalChart(title: "E", axisLabel: "x", rows: rows, style: .bar).svg())
        let bars = svg.all("rect").filter { $0.attributes["fill"] == "#0072B2" }
        #expect(bars.count == 1)
        #expect(svg.all("text").contains { $0.text == "no estimate" })
    }
}
