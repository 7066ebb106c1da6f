/// Lays out and draws an `IntervalChart`.
struct IntervalChartRenderer {
    let chart: IntervalChart

    static let rowHeight = 30.0
    static let twoLineRowHeight = 38.0
    static let lineHeight = 14.0
    static let font = 12.0

    private var domain: ClosedRange<Double> {
        if let range = chart.range, range.lowerBound.isFinite, range.upperBound.isFinite,
            range.lowerBound < range.upperBound
        {
            return range
        }
        var values: [Double] = []
        for row in chart.rows where row.estimate.isFinite {
            values.append(row.estimate)
            if row.hasInterval { values += [row.low, row.high] }
        }
        if let reference = chart.reference, reference.isFinite { values.append(reference) }
        guard let lo = values.min(), let hi = values.max() else { return 0...1 }
        return NiceTicks.niceDomain(lower: lo, upper: hi, maxCount: 6)
    }

    func render() -> String {
        let pad = 10.0
        let font = IntervalChartRenderer.font
        let width = chart.width.isFinite ? min(max(chart.width, 320), 20_000) : 720
        let id = ChartID.make(given: chart.id, seed: chart.title + "\u{1F}" + chart.summary)
        let title = SVGText.singleLine(chart.title)
        let labels = chart.rows.map { SVGText.singleLine($0.label) }
        let values = chart.rows.map(chart.valueText)

        let labelColumn = min(labels.map { SVGText.estimatedWidth($0, fontSize: font) }.max() ?? 0, width * 0.32)
        let valueColumn =
            chart.showsValues
            ? min(values.map { SVGText.estimatedWidth($0, fontSize: font) }.max() ?? 0, width * 0.3) : 0
        let plotLeft = pad + labelColumn + 14
        let plotRight = width - pad - (chart.showsValues ? valueColumn + 14 : 8)
        let plotTop = pad + (title.isEmpty ? 0 : 26) + 6
        let wrappedLabels = labels.map { SVGText.wrapped($0, toWidth: labelColumn, fontSize: font, maxLines: 2) }
        let rowHeights = wrappedLabels.map {
            $0.count > 1 ? IntervalChartRenderer.twoLineRowHeight : IntervalChartRenderer.rowHeight
        }
        var rowTops: [Double] = []
        var cursor = plotTop
        for height in rowHeights {
            rowTops.append(cursor)
            cursor += height
        }
        let plotBottom = chart.rows.isEmpty ? plotTop + IntervalChartRenderer.rowHeight : cursor
        let axisTitle = SVGText.singleLine(chart.axisLabel)
        let height = plotBottom + 24 + (axisTitle.isEmpty ? 0 : 20) + pad

        let domain = self.domain
        let xs = LinearScale(domain: domain, pixels: plotLeft...plotRight)
        let ticks = AxisTicks.numeric(domain: domain, maxCount: max(2, Int((plotRight - plotLeft) / 60)))

        var doc = SVGDocument()
        if !title.isEmpty {
            doc.text(
                SVGText.truncated(title, toWidth: width - 2 * pad, fontSize: 16), x: pad, y: pad + 17, size: 16,
                weight: "600", fill: "#111111")
        }
        doc.open("g", [("aria-hidden", "true")])
        for index in chart.rows.indices where index % 2 == 0 {
            doc.rect(x: pad, y: rowTops[index], width: width - 2 * pad, height: rowHeights[index], fill: "#f4f4f4")
        }
        for tick in ticks {
            doc.line(x1: xs(tick.value), y1: plotTop, x2: xs(tick.value), y2: plotBottom, stroke: "#dddddd")
        }
        doc.close("g")
        if let reference = chart.reference, reference.isFinite, domain.contains(reference) {
            doc.line(
                x1: xs(reference), y1: plotTop, x2: xs(reference), y2: plotBottom, stroke: "#444444", width: 1.2,
                dash: "5 4")
        }

        let color = ChartColor.blue.hex
        for (index, row) in chart.rows.enumerated() {
            let cy = rowTops[index] + rowHeights[index] / 2
            doc.open("g")
            doc.element("title", [], text: labels[index] + ": " + values[index])
            let lines = wrappedLabels[index]
            for (number, line) in lines.enumerated() {
                let offset = (Double(number) - Double(lines.count - 1) / 2) * IntervalChartRenderer.lineHeight
                doc.text(line, x: pad + labelColumn + 4, y: cy + 4 + offset, size: font, anchor: "end")
            }
            if row.estimate.isFinite {
                if chart.style == .bar {
                    let base = chart.reference.flatMap { domain.contains($0) ? $0 : nil } ?? domain.lowerBound
                    let a = xs(min(base, row.estimate))
                    let b = xs(max(base, row.estimate))
                    doc.rect(
                        x: a, y: cy - 8, width: max(b - a, 1), height: 16, fill: color, opacity: 0.35, stroke: color)
                }
                if row.hasInterval {
                    let a = xs(min(row.low, row.high))
                    let b = xs(max(row.low, row.high))
                    doc.line(x1: a, y1: cy, x2: b, y2: cy, stroke: "#222222", width: 1.5)
                    doc.line(x1: a, y1: cy - 5, x2: a, y2: cy + 5, stroke: "#222222", width: 1.5)
                    doc.line(x1: b, y1: cy - 5, x2: b, y2: cy + 5, stroke: "#222222", width: 1.5)
                }
                if chart.style == .dot {
                    doc.element(
                        "circle",
                        [
                            ("cx", SVGDocument.num(xs(row.estimate))), ("cy", SVGDocument.num(cy)), ("r", "5"),
                            ("fill", color), ("stroke", "#ffffff"), ("stroke-width", "1"),
                        ])
                }
            }
            if chart.showsValues {
                doc.text(
                    SVGText.truncated(values[index], toWidth: valueColumn, fontSize: font), x: plotRight + 14,
                    y: cy + 4, size: font, fill: row.estimate.isFinite ? "#333333" : "#666666")
            }
            doc.close("g")
        }
        if chart.rows.isEmpty {
            doc.text(
                "No data", x: (plotLeft + plotRight) / 2, y: plotTop + IntervalChartRenderer.rowHeight / 2 + 5,
                size: 14, anchor: "middle", fill: "#666666")
        }

        doc.line(x1: plotLeft, y1: plotBottom, x2: plotRight, y2: plotBottom, stroke: "#555555")
        var lastRight = -Double.infinity
        for tick in ticks {
            let x = xs(tick.value)
            doc.line(x1: x, y1: plotBottom, x2: x, y2: plotBottom + 4, stroke: "#555555")
            let half = SVGText.estimatedWidth(tick.label, fontSize: font) / 2
            guard x - half >= lastRight + 8 else { continue }
            lastRight = x + half
            doc.text(tick.label, x: x, y: plotBottom + 18, size: font, anchor: "middle")
        }
        if !axisTitle.isEmpty {
            // Centred under the plot when it fits there, otherwise under the whole chart.
            let fitsPlot = SVGText.estimatedWidth(axisTitle, fontSize: 13) <= plotRight - plotLeft
            doc.text(
                SVGText.truncated(axisTitle, toWidth: width - 2 * pad, fontSize: 13),
                x: fitsPlot ? (plotLeft + plotRight) / 2 : width / 2, y: plotBottom + 39, size: 13, anchor: "middle")
        }
        return doc.rendered(
            id: id, size: ChartSize(width: width, height: height), title: title.isEmpty ? "Interval chart" : title,
            description: chart.accessibleDescription, background: chart.drawsBackground)
    }
}
