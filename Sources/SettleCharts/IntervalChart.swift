/// One row of an interval chart: a point estimate with its confidence interval.
public struct IntervalRow: Sendable, Hashable {
    /// Row label, e.g. "Verum vs sham (12 weeks)". Long labels are truncated.
    public var label: String
    /// Point estimate in the axis unit; non-finite shows "no estimate".
    public var estimate: Double
    /// Lower interval bound; non-finite bounds draw the estimate alone.
    public var low: Double
    /// Upper interval bound (swapped with `low` if smaller).
    public var high: Double

    /// Creates a row.
    public init(label: String, estimate: Double, low: Double, high: Double) {
        self.label = label
        self.estimate = estimate
        self.low = low
        self.high = high
    }

    /// True when both bounds are finite.
    var hasInterval: Bool { low.isFinite && high.isFinite }
}

/// A dot (forest-plot style) or bar chart with error bars, one row per arm or target,
/// e.g. effect sizes with 95 % confidence intervals.
public struct IntervalChart: Sendable, Hashable {
    /// How estimates are drawn.
    public enum Style: Sendable, Hashable {
        /// A dot at the estimate with a horizontal whisker for the interval.
        case dot
        /// A bar from the reference value (or the axis start) to the estimate, with a whisker.
        case bar
    }

    /// Element-id prefix; `nil` derives a stable id from title and summary.
    public var id: String?
    /// Title shown at the top and used as the accessible name.
    public var title: String
    /// Caller's one-sentence summary, placed before the generated description.
    public var summary: String
    /// Outer width in px (at least 320); the height follows from the number of rows.
    public var width: Double
    /// Label under the value axis, e.g. "Standardised mean difference".
    public var axisLabel: String
    /// Rows, drawn top to bottom.
    public var rows: [IntervalRow]
    /// Value marked with a dashed line (e.g. 0 for "no effect"); `nil` for none.
    public var reference: Double?
    /// Fixed value range; `nil` fits estimates, intervals and the reference.
    public var range: ClosedRange<Double>?
    /// Dot or bar.
    public var style: Style
    /// Decimals in the printed values (0...4).
    public var decimals: Int
    /// Whether to print "estimate (low to high)" to the right of each row.
    public var showsValues: Bool
    /// Whether to paint a white background.
    public var drawsBackground: Bool

    /// Creates an interval chart.
    public init(
        id: String? = nil, title: String, summary: String = "", width: Double = 720, axisLabel: String,
        rows: [IntervalRow], reference: Double? = 0, range: ClosedRange<Double>? = nil, style: Style = .dot,
        decimals: Int = 2, showsValues: Bool = true, drawsBackground: Bool = true
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.width = width
        self.axisLabel = axisLabel
        self.rows = rows
        self.reference = reference
        self.range = range
        self.style = style
        self.decimals = decimals
        self.showsValues = showsValues
        self.drawsBackground = drawsBackground
    }

    /// "0.45 (0.20 to 0.70)", "0.45" or "no estimate" for a row.
    public func valueText(_ row: IntervalRow) -> String {
        let places = min(max(decimals, 0), 4)
        guard row.estimate.isFinite else { return "no estimate" }
        let estimate = ChartNumberFormat.fixed(row.estimate, decimals: places)
        guard row.hasInterval else { return estimate }
        let low = ChartNumberFormat.fixed(min(row.low, row.high), decimals: places)
        let high = ChartNumberFormat.fixed(max(row.low, row.high), decimals: places)
        return "\(estimate) (\(low) to \(high))"
    }

    /// Words for the `<desc>`: the summary, then every row's label and values.
    public var accessibleDescription: String {
        var parts: [String] = []
        let summary = SVGText.singleLine(self.summary)
        if !summary.isEmpty { parts.append(summary.hasSuffix(".") ? summary : summary + ".") }
        if rows.isEmpty {
            parts.append("No data.")
        } else {
            let axis = SVGText.singleLine(axisLabel)
            let list = rows.map { SVGText.singleLine($0.label) + ": " + valueText($0) }.joined(separator: "; ")
            parts.append((axis.isEmpty ? "Estimates" : axis) + " with intervals. " + list + ".")
        }
        if let reference, reference.isFinite {
            parts.append("Reference line at \(ChartNumberFormat.compact(reference, decimals: 4)).")
        }
        return parts.joined(separator: " ")
    }

    /// The chart as a standalone SVG document.
    public func svg() -> String { IntervalChartRenderer(chart: self).render() }
}
