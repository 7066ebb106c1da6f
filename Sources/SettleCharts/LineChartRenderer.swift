/// Lays out and draws a `LineChart`.
struct LineChartRenderer {
    let chart: LineChart

    static let pad = 10.0
    static let tickFont = 12.0
    static let axisFont = 13.0
    static let titleFont = 16.0
    static let gridColor = "#e3e3e3"
    static let axisColor = "#555555"
    static let textColor = "#333333"
    static let laneHeight = 14.0
    static let maxLanes = 4

    /// Marker kinds in first-appearance order with their symbol and colour.
    private var markerKinds: [(kind: String, shape: MarkerShape, color: ChartColor)] {
        var seen: [String] = []
        for marker in chart.markers where marker.x.isFinite && !seen.contains(marker.kind) { seen.append(marker.kind) }
        return seen.enumerated().map {
            ($0.element, MarkerShape.kind($0.offset), ChartColor.markerOrder[$0.offset % ChartColor.markerOrder.count])
        }
    }

    private var legendEntries: [LegendEntry] {
        var entries: [LegendEntry] = []
        for (index, series) in chart.series.enumerated() {
            let key = LegendKey.line(
                color: series.color ?? .series(index), dash: series.dash ?? .series(index), width: series.lineWidth)
            entries.append(LegendEntry(key: key, label: series.name))
        }
        for band in chart.bands {
            entries.append(LegendEntry(key: .swatch(color: band.color, opacity: band.opacity), label: band.name))
        }
        var regionLabels: [String] = []
        for region in chart.regions where !regionLabels.contains(region.label) {
            regionLabels.append(region.label)
            entries.append(LegendEntry(key: .swatch(color: region.color, opacity: 0.14), label: region.label))
        }
        for kind in markerKinds {
            entries.append(LegendEntry(key: .symbol(shape: kind.shape, color: kind.color), label: kind.kind))
        }
        return entries
    }

    private static func validRange(_ range: ClosedRange<Double>?) -> ClosedRange<Double>? {
        guard let range, range.lowerBound.isFinite, range.upperBound.isFinite, range.lowerBound < range.upperBound
        else { return nil }
        return range
    }

    private var xDomain: ClosedRange<Double> {
        if let fixed = LineChartRenderer.validRange(chart.xAxis.range) { return fixed }
        var xs: [Double] = chart.series.flatMap { $0.points.filter(\.isFinite).map(\.x) }
        xs += chart.bands.flatMap { $0.points.filter(\.isFinite).map(\.x) }
        xs += chart.regions.filter { $0.from.isFinite && $0.to.isFinite }.flatMap { [$0.from, $0.to] }
        xs += chart.markers.map(\.x).filter(\.isFinite)
        guard let lo = xs.min(), let hi = xs.max() else { return 0...1 }
        return lo < hi ? lo...hi : (lo - 1)...(hi + 1)
    }

    private func yAxisTicks(maxCount: Int) -> (domain: ClosedRange<Double>, ticks: [AxisTick]) {
        if let fixed = LineChartRenderer.validRange(chart.yAxis.range) {
            return (fixed, AxisTicks.numeric(domain: fixed, maxCount: maxCount))
        }
        var ys: [Double] = chart.series.flatMap { $0.points.filter(\.isFinite).map(\.y) }
        ys += chart.bands.flatMap { $0.points.filter(\.isFinite).flatMap { [$0.low, $0.high] } }
        guard let lo = ys.min(), let hi = ys.max() else {
            return (0...1, AxisTicks.numeric(domain: 0...1, maxCount: maxCount))
        }
        let domain = NiceTicks.niceDomain(lower: lo, upper: hi, maxCount: maxCount)
        return (domain, AxisTicks.numeric(domain: domain, maxCount: maxCount))
    }

    /// Where a day index falls in words, for tooltips: a date on a calendar axis, else "Day 14".
    private func positionLabel(_ x: Double) -> String {
        if case .dates(let start) = chart.xAxis.scale, x == x.rounded(), abs(x) < 4e6,
            let date = start.adding(days: Int(x))
        {
            return date.dayMonthYearLabel
        }
        let axis = SVGText.singleLine(chart.xAxis.label)
        return (axis.isEmpty ? "x" : axis) + " " + ChartNumberFormat.compact(x, decimals: 2)
    }

    func render() -> String {
        let pad = LineChartRenderer.pad
        var size = chart.size.atLeast(width: 240, height: 160)
        let id = ChartID.make(given: chart.id, seed: chart.title + "\u{1F}" + chart.summary)
        let title = SVGText.singleLine(chart.title)
        let xDomain = self.xDomain
        let kinds = markerKinds
        let visibleMarkers = chart.markers.filter { $0.x.isFinite && xDomain.contains($0.x) }

        // Vertical layout.
        let legend = LegendLayout(
            entries: chart.showsLegend ? legendEntries : [], left: pad + 2, width: size.width - 2 * pad - 4)
        let titleBlock = title.isEmpty ? 0.0 : 26
        // Each marker kind gets its own lane above the plot, so symbols of different kinds never overlap.
        let lanes = min(kinds.count, LineChartRenderer.maxLanes)
        let markerStrip = visibleMarkers.isEmpty ? 0.0 : 6 + Double(lanes) * LineChartRenderer.laneHeight
        let plotTop = pad + titleBlock + markerStrip + 8
        let xTitle = SVGText.singleLine(chart.xAxis.label)
        let xTitleBlock = xTitle.isEmpty ? 0.0 : 20
        let below = 24 + xTitleBlock + (legend.rows > 0 ? 8 + legend.height : 0) + pad
        var plotHeight = size.height - plotTop - below
        if plotHeight < 80 {
            size.height += 80 - plotHeight
            plotHeight = 80
        }
        let plotBottom = plotTop + plotHeight

        // Vertical scale, then horizontal layout (the y tick labels set the left margin).
        let (yDomain, yTicks) = yAxisTicks(maxCount: max(2, Int(plotHeight / 36)))
        let yTitle = SVGText.singleLine(chart.yAxis.label)
        let yTickWidth =
            yTicks.map { SVGText.estimatedWidth($0.label, fontSize: LineChartRenderer.tickFont) }.max() ?? 0
        let plotLeft = pad + (yTitle.isEmpty ? 0 : 24) + yTickWidth + 10
        let plotRight = max(plotLeft + 40, size.width - pad - 14)
        if plotRight + pad > size.width { size.width = plotRight + pad }
        let plotWidth = plotRight - plotLeft
        let xs = LinearScale(domain: xDomain, pixels: plotLeft...plotRight)
        let ys = LinearScale(domain: yDomain, pixels: plotTop...plotBottom, inverted: true)
        let xTicks: [AxisTick]
        switch chart.xAxis.scale {
        case .numeric: xTicks = AxisTicks.numeric(domain: xDomain, maxCount: max(2, Int(plotWidth / 90)))
        case .dates(let start):
            xTicks = AxisTicks.dates(domain: xDomain, start: start, maxCount: max(2, Int(plotWidth / 80)))
        }

        var doc = SVGDocument()
        doc.open("defs")
        doc.open("clipPath", [("id", "\(id)-plot")])
        doc.rect(x: plotLeft, y: plotTop, width: plotWidth, height: plotHeight, fill: "#ffffff")
        doc.close("clipPath")
        doc.close("defs")

        if !title.isEmpty {
            let shown = SVGText.truncated(title, toWidth: size.width - 2 * pad, fontSize: LineChartRenderer.titleFont)
            doc.text(shown, x: pad, y: pad + 17, size: LineChartRenderer.titleFont, weight: "600", fill: "#111111")
        }

        // Gridlines.
        doc.open("g", [("aria-hidden", "true")])
        for tick in yTicks {
            let y = ys(tick.value)
            doc.line(x1: plotLeft, y1: y, x2: plotRight, y2: y, stroke: LineChartRenderer.gridColor)
        }
        for tick in xTicks {
            let x = xs(tick.value)
            doc.line(x1: x, y1: plotTop, x2: x, y2: plotBottom, stroke: LineChartRenderer.gridColor, dash: "2 3")
        }
        doc.close("g")

        // Data, clipped to the plot.
        doc.open("g", [("clip-path", "url(#\(id)-plot)")])
        for region in chart.regions where region.from.isFinite && region.to.isFinite {
            let a = xs(min(region.from, region.to))
            let b = xs(max(region.from, region.to))
            doc.rect(x: a, y: plotTop, width: max(b - a, 1), height: plotHeight, fill: region.color.hex, opacity: 0.14)
        }
        for band in chart.bands { drawBand(band, xs: xs, ys: ys, into: &doc) }
        for marker in visibleMarkers {
            guard let kind = kinds.first(where: { $0.kind == marker.kind }) else { continue }
            let x = xs(marker.x)
            doc.line(x1: x, y1: plotTop, x2: x, y2: plotBottom, stroke: kind.color.hex, dash: "3 3", opacity: 0.5)
        }
        for (index, series) in chart.series.enumerated() {
            drawSeries(series, index: index, xs: xs, ys: ys, into: &doc)
        }
        doc.close("g")

        let hasData =
            chart.series.contains { $0.points.contains(where: \.isFinite) }
            || chart.bands.contains { $0.points.contains(where: \.isFinite) }
        if !hasData {
            doc.text(
                "No data", x: plotLeft + plotWidth / 2, y: plotTop + plotHeight / 2 + 5, size: 14, anchor: "middle",
                fill: "#666666")
        }

        // Event symbols in the strip above the plot, each with a tooltip.
        for marker in visibleMarkers {
            guard let lane = kinds.firstIndex(where: { $0.kind == marker.kind }) else { continue }
            let kind = kinds[lane]
            let laneY =
                plotTop - 4 - LineChartRenderer.laneHeight / 2
                - Double(lanes - 1 - lane % LineChartRenderer.maxLanes) * LineChartRenderer.laneHeight
            let detail = SVGText.singleLine(marker.label)
            let tip =
                positionLabel(marker.x) + ": " + SVGText.singleLine(marker.kind)
                + (detail.isEmpty ? "" : " – " + detail)
            doc.open("g")
            doc.element("title", [], text: tip)
            MarkerSymbol.draw(kind.shape, color: kind.color, x: xs(marker.x), y: laneY, into: &doc)
            doc.close("g")
        }

        drawAxes(
            xTicks: xTicks, yTicks: yTicks, xs: xs, ys: ys, plotLeft: plotLeft, plotRight: plotRight,
            plotTop: plotTop, plotBottom: plotBottom, width: size.width, into: &doc)

        if !yTitle.isEmpty {
            let cx = pad + 12
            let cy = plotTop + plotHeight / 2
            // May run 20 px past each end of the plot: nothing else is drawn at that x.
            let shown = SVGText.truncated(yTitle, toWidth: plotHeight + 40, fontSize: LineChartRenderer.axisFont)
            doc.text(
                shown, x: cx, y: cy, size: LineChartRenderer.axisFont, anchor: "middle",
                transform: "rotate(-90 \(SVGDocument.num(cx)) \(SVGDocument.num(cy)))")
        }
        if !xTitle.isEmpty {
            let shown = SVGText.truncated(xTitle, toWidth: plotWidth, fontSize: LineChartRenderer.axisFont)
            doc.text(
                shown, x: plotLeft + plotWidth / 2, y: plotBottom + 24 + 15, size: LineChartRenderer.axisFont,
                anchor: "middle")
        }
        legend.draw(into: &doc, top: plotBottom + 24 + xTitleBlock + 8)

        return doc.rendered(
            id: id, size: size, title: title.isEmpty ? "Chart" : title, description: chart.accessibleDescription,
            background: chart.drawsBackground)
    }

    private func drawBand(_ band: Band, xs: LinearScale, ys: LinearScale, into doc: inout SVGDocument) {
        var path = PathData()
        for run in PathData.runs(band.points, isValid: \.isFinite) {
            if run.count == 1, let only = run.first {
                let x = xs(only.x)
                path.move(x - 1.5, ys(max(only.low, only.high)))
                path.lineTo(x + 1.5, ys(max(only.low, only.high)))
                path.lineTo(x + 1.5, ys(min(only.low, only.high)))
                path.lineTo(x - 1.5, ys(min(only.low, only.high)))
                path.closePath()
                continue
            }
            for (i, point) in run.enumerated() {
                let y = ys(max(point.low, point.high))
                if i == 0 { path.move(xs(point.x), y) } else { path.lineTo(xs(point.x), y) }
            }
            for point in run.reversed() { path.lineTo(xs(point.x), ys(min(point.low, point.high))) }
            path.closePath()
        }
        guard !path.text.isEmpty else { return }
        let opacity = band.opacity.isFinite ? min(max(band.opacity, 0.02), 1) : 0.18
        doc.element("path", [("d", path.text), ("fill", band.color.hex), ("fill-opacity", SVGDocument.num(opacity))])
    }

    private func drawSeries(_ series: Series, index: Int, xs: LinearScale, ys: LinearScale, into doc: inout SVGDocument) {
        let color = (series.color ?? .series(index)).hex
        let dash = (series.dash ?? .series(index)).dashArray
        let width = series.lineWidth.isFinite ? min(max(series.lineWidth, 0.5), 8) : 2
        var path = PathData()
        var dots: [ChartPoint] = []
        for run in PathData.runs(series.points, isValid: \.isFinite) {
            if run.count == 1, let only = run.first {
                dots.append(only)
                continue
            }
            for (i, point) in run.enumerated() {
                if i == 0 { path.move(xs(point.x), ys(point.y)) } else { path.lineTo(xs(point.x), ys(point.y)) }
            }
        }
        if !path.text.isEmpty {
            doc.element(
                "path",
                [
                    ("d", path.text), ("fill", "none"), ("stroke", color), ("stroke-width", SVGDocument.num(width)),
                    ("stroke-dasharray", dash), ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                ])
        }
        for dot in dots {
            doc.element(
                "circle",
                [
                    ("cx", SVGDocument.num(xs(dot.x))), ("cy", SVGDocument.num(ys(dot.y))),
                    ("r", SVGDocument.num(width + 1.5)),
                    ("fill", color),
                ])
        }
    }

    private func drawAxes(
        xTicks: [AxisTick], yTicks: [AxisTick], xs: LinearScale, ys: LinearScale, plotLeft: Double, plotRight: Double,
        plotTop: Double, plotBottom: Double, width: Double, into doc: inout SVGDocument
    ) {
        let axis = LineChartRenderer.axisColor
        let font = LineChartRenderer.tickFont
        doc.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: axis)
        doc.line(x1: plotLeft, y1: plotTop, x2: plotLeft, y2: plotBottom, stroke: axis)
        for tick in yTicks {
            let y = ys(tick.value)
            doc.line(x1: plotLeft - 4, y1: y, x2: plotLeft, y2: y, stroke: axis)
            doc.text(
                tick.label, x: plotLeft - 7, y: y + 4, size: font, anchor: "end", fill: LineChartRenderer.textColor)
        }
        var lastRight = -Double.infinity
        for tick in xTicks {
            let x = xs(tick.value)
            doc.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 4, stroke: axis)
            let half = SVGText.estimatedWidth(tick.label, fontSize: font) / 2
            let centre = min(max(x, half + 2), width - half - 2)
            guard centre - half >= lastRight + 8 else { continue }
            lastRight = centre + half
            doc.text(
                tick.label, x: centre, y: plotBottom + 18, size: font, anchor: "middle",
                fill: LineChartRenderer.textColor)
        }
    }
}
