/// Words describing a line chart's data, for `<desc>` and screen readers.
struct LineChartDescription {
    let chart: LineChart

    var text: String {
        var sentences: [String] = []
        let summary = SVGText.singleLine(chart.summary)
        if !summary.isEmpty { sentences.append(ending(summary)) }
        for series in chart.series { sentences.append(describe(series)) }
        if !chart.bands.isEmpty {
            sentences.append(
                "Shaded bands: " + chart.bands.map { SVGText.singleLine($0.name) }.joined(separator: ", ") + ".")
        }
        let regions = grouped(chart.regions.filter { $0.from.isFinite && $0.to.isFinite }.map(\.label))
        if !regions.isEmpty {
            sentences.append(
                "Shaded ranges: " + regions.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        let events = grouped(chart.markers.filter { $0.x.isFinite }.map(\.kind))
        if !events.isEmpty {
            sentences.append("Events: " + events.map { "\($0.name) (\($0.count))" }.joined(separator: ", ") + ".")
        }
        if sentences.isEmpty { return "No data." }
        return sentences.joined(separator: " ")
    }

    private func describe(_ series: Series) -> String {
        let name = SVGText.singleLine(series.name).isEmpty ? "Unnamed series" : SVGText.singleLine(series.name)
        let finite = series.points.filter(\.isFinite)
        let missing = series.points.count - finite.count
        let missingNote = missing > 0 ? " \(missing) missing \(missing == 1 ? "value" : "values") skipped." : ""
        guard let first = finite.first, let last = finite.last else { return "\(name): no data." + missingNote }
        if finite.count == 1 {
            return "\(name): \(value(first.y)) at \(position(first.x))." + missingNote
        }
        let ys = finite.map(\.y)
        let low = ys.min() ?? first.y
        let high = ys.max() ?? first.y
        return "\(name) from \(value(first.y)) to \(value(last.y)) \(extent(first.x, last.x)); "
            + "lowest \(value(low)), highest \(value(high))." + missingNote
    }

    private func value(_ y: Double) -> String { ChartNumberFormat.fixed(y, decimals: 1) }

    private func isWhole(_ x: Double) -> Bool { x == x.rounded() && abs(x) < 1e9 }

    private func date(_ x: Double) -> String? {
        guard case .dates(let start) = chart.xAxis.scale, isWhole(x) else { return nil }
        return start.adding(days: Int(x))?.dayMonthYearLabel
    }

    private func position(_ x: Double) -> String {
        if let date = date(x) { return date }
        let label = SVGText.singleLine(chart.xAxis.label)
        return (label.isEmpty ? "x" : label.lowercased()) + " " + ChartNumberFormat.compact(x, decimals: 2)
    }

    private func extent(_ from: Double, _ to: Double) -> String {
        let label = SVGText.singleLine(chart.xAxis.label).lowercased()
        let isDays: Bool
        if case .dates = chart.xAxis.scale { isDays = true } else { isDays = label.hasPrefix("day") }
        guard isDays else { return "from \(position(from)) to \(position(to))" }
        let count = isWhole(from) && isWhole(to) ? abs(to - from) + 1 : abs(to - from)
        let days = ChartNumberFormat.compact(count, decimals: 1)
        let span: String
        if let a = date(from), let b = date(to) {
            span = "\(a) to \(b)"
        } else {
            span =
                "day \(ChartNumberFormat.compact(from, decimals: 2)) to \(ChartNumberFormat.compact(to, decimals: 2))"
        }
        return "over \(days) \(count == 1 ? "day" : "days") (\(span))"
    }

    private func ending(_ text: String) -> String {
        text.hasSuffix(".") || text.hasSuffix("!") || text.hasSuffix("?") ? text : text + "."
    }

    /// Distinct names in first-appearance order with their counts.
    private func grouped(_ names: [String]) -> [(name: String, count: Int)] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for raw in names {
            let name = SVGText.singleLine(raw)
            if counts[name] == nil { order.append(name) }
            counts[name, default: 0] += 1
        }
        return order.map { ($0, counts[$0] ?? 0) }
    }
}
