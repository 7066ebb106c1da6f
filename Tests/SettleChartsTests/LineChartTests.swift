import Testing

@testable import SettleCharts

@Suite("Line chart rendering")
struct LineChartTests {
    /// 365 daily values falling linearly from 6.1 to 2.3.
    static let falling = (0..<365).map { 6.1 - 3.8 * Double($0) / 364 }

    @Test("root is an accessible image with title and desc linked by aria-labelledby")
    func accessibility() throws {
        let chart = LineChart(
            id: "pain", title: "Pain over a year", xAxis: .days(), yAxis: .rating(),
            series: [Series(name: "Pain", values: Self.falling)])
        let svg = SVGInspector(chart.svg())
        #expect(svg.wellFormed)
        let root = try #require(svg.root)
        #expect(root.name == "svg")
        #expect(root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "pain-title pain-desc")
        #expect(svg.all("title").first?.attributes["id"] == "pain-title")
        #expect(svg.all("title").first?.text == "Pain over a year")
        let desc = try #require(svg.all("desc").first)
        #expect(desc.attributes["id"] == "pain-desc")
        #expect(desc.text.hasPrefix("Pain from 6.1 to 2.3 over 365 days (day 0 to 364)"))
    }

    @Test("calendar axis describes the span in dates")
    func datedDescription() throws {
        let chart = LineChart(
            title: "Pain", xAxis: .dates(start: try CivilDate(iso: "2026-01-01")), yAxis: .rating(),
            series: [Series(name: "Pain", values: Self.falling)])
        #expect(chart.accessibleDescription.hasPrefix("Pain from 6.1 to 2.3 over 365 days (1 Jan 2026 to 31 Dec 2026)"))
    }

    @Test("every font size is at least 12 px")
    func fontSizes() throws {
        let chart = LineChart(
            title: "T", xAxis: .days(), yAxis: .rating(), series: [Series(name: "Pain", values: Self.falling)],
            markers: [EventMarker(x: 10, kind: "flare")])
        let sizes = SVGInspector(chart.svg()).elements.compactMap { $0.attributes["font-size"] }.compactMap(Double.init)
        #expect(!sizes.isEmpty)
        #expect(sizes.allSatisfy { $0 >= 12 })
    }

    @Test("NaN and infinite values are skipped, split the line and never reach the SVG")
    func nonFiniteValues() throws {
        let chart = LineChart(
            id: "gaps", title: "Gaps", yAxis: YAxis(label: "Value"),
            series: [Series(name: "S", values: [1, 2, .nan, 3, 4, .infinity, 5, -.infinity])],
            bands: [Band(name: "B", lower: [0, .nan, 1], upper: [2, 3, .nan])],
            regions: [ShadedRegion(label: "R", from: .nan, to: 3)],
            markers: [EventMarker(x: .infinity, kind: "K")])
        let text = chart.svg()
        #expect(!text.lowercased().contains("nan"))
        #expect(!text.lowercased().contains("inf"))
        let svg = SVGInspector(text)
        #expect(svg.wellFormed)
        let line = try #require(svg.all("path").first { $0.attributes["fill"] == "none" })
        let subpaths = line.attributes["d"]?.filter { $0 == "M" }.count
        #expect(subpaths == 2)  // [1, 2] and [3, 4]; the lone 5 is drawn as a dot
        #expect(svg.all("circle").count == 1)
        #expect(chart.accessibleDescription.contains("3 missing values skipped"))
        #expect(!chart.accessibleDescription.contains("Events"))  // the only marker had no finite x
    }

    @Test("empty chart draws axes and says there is no data")
    func emptyChart() throws {
        let chart = LineChart(title: "", yAxis: YAxis(label: ""), series: [Series(name: "Pain", points: [])])
        let svg = SVGInspector(chart.svg())
        #expect(svg.wellFormed)
        #expect(svg.all("text").contains { $0.text == "No data" })
        #expect(chart.accessibleDescription == "Pain: no data.")
        #expect(svg.all("title").first?.text == "Chart")
    }

    @Test("a single point is drawn as a dot and all-equal values get a padded range")
    func singlePointAndFlat() throws {
        let single = LineChart(title: "One", yAxis: YAxis(label: "Pain"), series: [Series(name: "Pain", values: [4])])
        let svg = SVGInspector(single.svg())
        #expect(svg.all("circle").count == 1)
        #expect(single.accessibleDescription == "Pain: 4.0 at day 0.")

        let flat = LineChart(
            title: "Flat", yAxis: YAxis(label: "Pain"), series: [Series(name: "Pain", values: [4, 4, 4, 4])])
        let flatSVG = SVGInspector(flat.svg())
        let labels = flatSVG.all("text").filter { $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(labels.first == "3.0" && labels.last == "5.0")
        #expect(flat.accessibleDescription.contains("lowest 4.0, highest 4.0"))
    }

    @Test("series differ by dash pattern as well as colour")
    func dashes() throws {
        let chart = LineChart(
            title: "Two", yAxis: .rating(),
            series: [Series(name: "A", values: [1, 2]), Series(name: "B", values: [3, 4])])
        let lines = SVGInspector(chart.svg()).all("path").filter { $0.attributes["fill"] == "none" }
        #expect(lines.count == 2)
        #expect(lines[0].attributes["stroke"] == "#0072B2" && lines[0].attributes["stroke-dasharray"] == nil)
        #expect(lines[1].attributes["stroke"] == "#D55E00" && lines[1].attributes["stroke-dasharray"] == "6 4")
    }

    @Test("long titles are truncated on screen but complete in <title>, and text is escaped")
    func longAndSpecialText() throws {
        let title = "Pain & sleep <after> \"education\" 'plus' " + String(repeating: "very long ", count: 40)
        let chart = LineChart(title: title, yAxis: .rating(), series: [Series(name: "A<B", values: [1, 2])])
        let text = chart.svg()
        #expect(text.contains("Pain &amp; sleep &lt;after&gt; &quot;education&quot; &apos;plus&apos;"))
        let svg = SVGInspector(text)
        #expect(svg.wellFormed)
        let shown = try #require(svg.all("text").first { $0.attributes["font-weight"] == "600" })
        #expect(shown.text.hasSuffix("…"))
        #expect(shown.text.count < 90)
        #expect(svg.all("title").first?.text == SVGText.singleLine(title))
    }

    @Test("output is deterministic and ids follow the caller's id")
    func determinism() {
        let make = {
            LineChart(id: "a-1", title: "T", yAxis: .rating(), series: [Series(name: "P", values: Self.falling)])
        }
        #expect(make().svg() == make().svg())
        #expect(make().svg().contains("clip-path=\"url(#a-1-plot)\""))
        let unnamed = LineChart(title: "T", yAxis: .rating(), series: [])
        #expect(unnamed.svg().contains("id=\"chart-"))
    }

    @Test("fixed 0–10 range ticks every 2")
    func ratingTicks() {
        let chart = LineChart(title: "T", yAxis: .rating(), series: [Series(name: "P", values: [3, 5])])
        let labels = SVGInspector(chart.svg()).all("text").filter { $0.attributes["text-anchor"] == "end" }.map(\.text)
        #expect(labels == ["0", "2", "4", "6", "8", "10"])
    }

    @Test("calendar ticks: months over a year, days over ten days")
    func dateTicks() throws {
        let year = AxisTicks.dates(domain: 0...364, start: try CivilDate(iso: "2026-01-01"), maxCount: 12)
        #expect(
            year.map(\.label) == [
                "Jan 2026", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
            ])
        #expect(year.map(\.value).prefix(3) == [0, 31, 59])
        let quarter = AxisTicks.dates(domain: 0...364, start: try CivilDate(iso: "2026-01-01"), maxCount: 4)
        #expect(quarter.map(\.label) == ["Jan 2026", "Apr", "Jul", "Oct"])
        let days = AxisTicks.dates(domain: 0...10, start: try CivilDate(iso: "2026-03-01"), maxCount: 6)
        #expect(days.map(\.label) == ["1 Mar", "3 Mar", "5 Mar", "7 Mar", "9 Mar", "11 Mar"])
        let fourWeeks = AxisTicks.dates(domain: 0...59, start: try CivilDate(iso: "2026-03-02"), maxCount: 3)
        #expect(fourWeeks.map(\.label) == ["2 Mar", "30 Mar", "27 Apr"])
        // 2020-01-01 + 3653 days (three leap years: 2020, 2024, 2028) = 2030-01-01.
        let decade = AxisTicks.dates(domain: 0...3653, start: try CivilDate(iso: "2020-01-01"), maxCount: 6)
        #expect(decade.map(\.label) == ["2020", "2022", "2024", "2026", "2028", "2030"])
    }

    @Test("markers get a tooltip and one lane per kind; their kinds appear in the legend")
    func markers() throws {
        let chart = LineChart(
            title: "Events", yAxis: .rating(), series: [Series(name: "P", values: [5, 5, 5, 5, 5])],
            markers: [
                EventMarker(x: 1, kind: "verum acupuncture", label: "Session 1"),
                EventMarker(x: 1, kind: "education"),
            ])
        let svg = SVGInspector(chart.svg())
        let titles = svg.all("title").map(\.text)
        #expect(titles.contains("Day 1: verum acupuncture – Session 1"))
        #expect(titles.contains("Day 1: education"))
        let triangle = try #require(svg.all("path").first { $0.attributes["fill"] == "#000000" })
        let circle = try #require(svg.all("circle").first { $0.attributes["fill"] == "#D55E00" })
        let triangleY = try #require(triangle.attributes["d"]?.split(separator: " ")[1]).description
        let circleY = try #require(circle.attributes["cy"])
        #expect(Double(triangleY).map { abs($0 + 4 - (Double(circleY) ?? 0)) == 14 } == true)  // lanes 14 px apart
        let legendTexts = svg.all("text").map(\.text)
        #expect(legendTexts.contains("verum acupuncture") && legendTexts.contains("education"))
        #expect(chart.accessibleDescription.hasSuffix("Events: verum acupuncture (1), education (1)."))
    }

    @Test("extreme values and a too-small size still give finite, well-formed output")
    func extremes() throws {
        let chart = LineChart(
            title: "Extremes", size: ChartSize(width: 10, height: .nan), yAxis: YAxis(label: "v"),
            series: [
                Series(name: "Huge", values: [1e300, -1e300, 1.7e308, -1.7e308]),
                Series(name: "Tiny", values: [1e-300, 2e-300]),
            ])
        let text = chart.svg()
        #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"))
        let svg = SVGInspector(text)
        #expect(svg.wellFormed)
        #expect(svg.root?.attributes["width"] == "240")
        let height = try #require(svg.root?.attributes["height"].flatMap(Double.init))
        #expect(height >= 160)
    }
}
