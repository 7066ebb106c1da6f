/// A small word-sized line chart for a table cell, e.g. the last 28 days of pain in a caseload row.
///
/// No axes or text; the accessible description carries the numbers.
public struct Sparkline: Sendable, Hashable {
    /// Element-id prefix; `nil` derives a stable id from the label and values.
    public var id: String?
    /// Accessible name, e.g. "Pain, last 28 days".
    public var label: String
    /// One value per day, oldest first; non-finite values leave a gap.
    public var values: [Double]
    /// Outer size in px (default 120 × 28; at least 40 × 12).
    public var size: ChartSize
    /// Fixed vertical range, e.g. `0...10`; `nil` fits the data.
    public var range: ClosedRange<Double>?
    /// Line colour.
    public var color: ChartColor
    /// Whether to mark the latest finite value with a dot.
    public var marksLatest: Bool

    /// Creates a sparkline.
    public init(
        id: String? = nil, label: String, values: [Double], size: ChartSize = ChartSize(width: 120, height: 28),
        range: ClosedRange<Double>? = nil, color: ChartColor = .blue, marksLatest: Bool = true
    ) {
        self.id = id
        self.label = label
        self.values = values
        self.size = size
        self.range = range
        self.color = color
        self.marksLatest = marksLatest
    }

    /// Words for the `<desc>`, e.g. "From 6.1 to 2.3 over 28 days; lowest 2.0, highest 6.5."
    public var accessibleDescription: String {
        let finite = values.filter(\.isFinite)
        let missing = values.count - finite.count
        let note = missing > 0 ? " \(missing) missing \(missing == 1 ? "value" : "values") skipped." : ""
        guard let first = finite.first, let last = finite.last else { return "No data." + note }
        func f(_ v: Double) -> String { ChartNumberFormat.fixed(v, decimals: 1) }
        if finite.count == 1 { return "One value: \(f(first))." + note }
        return "From \(f(first)) to \(f(last)) over \(values.count) days; lowest \(f(finite.min() ?? first)), "
            + "highest \(f(finite.max() ?? first))." + note
    }

    /// The sparkline as a standalone SVG document.
    public func svg() -> String {
        let size = self.size.atLeast(width: 40, height: 12)
        let name = SVGText.singleLine(label)
        let seed = name + "\u{1F}" + values.map { ChartNumberFormat.compact($0, decimals: 3) }.joined(separator: ",")
        let id = ChartID.make(given: self.id, seed: seed)
        let pad = 3.0
        let finite = values.filter(\.isFinite)
        let domain: ClosedRange<Double>
        if let range, range.lowerBound.isFinite, range.upperBound.isFinite, range.lowerBound < range.upperBound {
            domain = range
        } else if let lo = finite.min(), let hi = finite.max() {
            domain = lo < hi ? lo...hi : (lo - 1)...(hi + 1)
        } else {
            domain = 0...1
        }
        let xs = LinearScale(domain: 0...Double(max(values.count - 1, 1)), pixels: pad...(size.width - pad))
        let ys = LinearScale(domain: domain, pixels: pad...(size.height - pad), inverted: true)
        let points = values.enumerated().map { ChartPoint(x: Double($0.offset), y: $0.element) }

        var doc = SVGDocument()
        var path = PathData()
        var dots: [ChartPoint] = []
        for run in PathData.runs(points, isValid: \.isFinite) {
            if run.count == 1, let only = run.first {
                dots.append(only)
                continue
            }
            for (i, p) in run.enumerated() {
                if i == 0 { path.move(xs(p.x), ys(p.y)) } else { path.lineTo(xs(p.x), ys(p.y)) }
            }
        }
        if !path.text.isEmpty {
            doc.element(
                "path",
                [
                    ("d", path.text), ("fill", "none"), ("stroke", color.hex), ("stroke-width", "1.5"),
                    ("stroke-linejoin", "round"), ("stroke-linecap", "round"),
                ])
        }
        for dot in dots {
            doc.element(
                "circle",
                [
                    ("cx", SVGDocument.num(xs(dot.x))), ("cy", SVGDocument.num(ys(dot.y))), ("r", "1.5"),
                    ("fill", color.hex),
                ])
        }
        if marksLatest, let latest = points.last(where: \.isFinite) {
            doc.element(
                "circle",
                [
                    ("cx", SVGDocument.num(xs(latest.x))), ("cy", SVGDocument.num(ys(latest.y))), ("r", "2.5"),
                    ("fill", color.hex),
                ])
        }
        if finite.isEmpty {
            let y = size.height / 2
            doc.line(x1: pad, y1: y, x2: size.width - pad, y2: y, stroke: "#999999", dash: "2 3")
        }
        return doc.rendered(
            id: id, size: size, title: name.isEmpty ? "Sparkline" : name, description: accessibleDescription,
            background: false)
    }
}
