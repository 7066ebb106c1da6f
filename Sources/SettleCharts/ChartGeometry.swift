/// Outer size of a chart in CSS pixels.
public struct ChartSize: Sendable, Hashable {
    /// Width in px; values below the chart's minimum (or non-finite) are raised to it.
    public var width: Double
    /// Height in px; values below the chart's minimum (or non-finite) are raised to it.
    public var height: Double

    /// Creates a size in CSS pixels.
    public init(width: Double, height: Double) {
        self.width = width
        self.height = height
    }

    /// 720 × 360 px, a good default for a report or dashboard panel.
    public static let standard = ChartSize(width: 720, height: 360)

    /// This size with each side at least the given minimum (non-finite sides become the minimum).
    func atLeast(width minWidth: Double, height minHeight: Double) -> ChartSize {
        ChartSize(
            width: width.isFinite ? min(max(width, minWidth), 20_000) : minWidth,
            height: height.isFinite ? min(max(height, minHeight), 20_000) : minHeight
        )
    }
}

/// One data point: `x` (for time series, a day index) and `y` (e.g. pain 0–10).
///
/// Points with a non-finite coordinate are skipped when drawing and break the line into segments.
public struct ChartPoint: Sendable, Hashable {
    /// Horizontal value, e.g. days since the start.
    public var x: Double
    /// Vertical value in the y axis's unit.
    public var y: Double

    /// Creates a point.
    public init(x: Double, y: Double) {
        self.x = x
        self.y = y
    }

    /// True when both coordinates are finite.
    public var isFinite: Bool { x.isFinite && y.isFinite }
}

/// A linear map from a data domain to pixel coordinates.
struct LinearScale: Sendable {
    let domain: ClosedRange<Double>
    let range: ClosedRange<Double>
    let inverted: Bool

    init(domain: ClosedRange<Double>, pixels: ClosedRange<Double>, inverted: Bool = false) {
        self.domain = domain
        self.range = pixels
        self.inverted = inverted
    }

    /// The pixel position of `value`, clamped to a band around the range so output stays small and finite.
    func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span > 0 ? (value - domain.lowerBound) / span : 0.5
        let f = inverted ? 1 - t : t
        let pixel = range.lowerBound + f * (range.upperBound - range.lowerBound)
        guard pixel.isFinite else { return range.lowerBound }
        let width = range.upperBound - range.lowerBound
        return min(max(pixel, range.lowerBound - 2 * width - 10), range.upperBound + 2 * width + 10)
    }
}
