/// A time-series line chart: named series, interval bands, shaded x-ranges and event markers
/// over a numeric or calendar x axis.
///
/// ```swift
/// let chart = LineChart(
///     title: "Pain over the first year",
///     xAxis: .dates(start: try CivilDate(iso: "2026-01-05")),
///     yAxis: .rating(),
///     series: [Series(name: "Pain", values: daily)],
///     markers: sessions.map { EventMarker(x: $0, kind: "verum acupuncture") })
/// let svg = chart.svg()
/// ```
/// Rendering never fails: non-finite values are skipped, empty input draws empty axes, and the
/// output is byte-identical for identical input.
public struct LineChart: Sendable, Hashable {
    /// Element-id prefix (sanitised to `[A-Za-z0-9_-]`); `nil` derives a stable id from title and summary.
    /// Give each chart on one HTML page a distinct id.
    public var id: String?
    /// Title shown at the top and used as the accessible name.
    public var title: String
    /// Caller's one-sentence summary, placed before the generated description of the data.
    public var summary: String
    /// Outer size in px (at least 240 × 160).
    public var size: ChartSize
    /// Horizontal axis (day numbers or calendar dates).
    public var xAxis: XAxis
    /// Vertical axis (label and optional fixed range).
    public var yAxis: YAxis
    /// Lines, drawn in order on top of bands and regions.
    public var series: [Series]
    /// Interval ribbons, drawn in order beneath the series.
    public var bands: [Band]
    /// Shaded x-ranges, drawn beneath everything else.
    public var regions: [ShadedRegion]
    /// Event markers: a symbol above the plot and a faint vertical line through it.
    public var markers: [EventMarker]
    /// Whether to draw the legend under the plot.
    public var showsLegend: Bool
    /// Whether to paint a white background (useful for standalone files; turn off to inherit a page's colour).
    public var drawsBackground: Bool

    /// Creates a line chart.
    public init(
        id: String? = nil, title: String, summary: String = "", size: ChartSize = .standard,
        xAxis: XAxis = .days(), yAxis: YAxis, series: [Series], bands: [Band] = [], regions: [ShadedRegion] = [],
        markers: [EventMarker] = [], showsLegend: Bool = true, drawsBackground: Bool = true
    ) {
        self.id = id
        self.title = title
        self.summary = summary
        self.size = size
        self.xAxis = xAxis
        self.yAxis = yAxis
        self.series = series
        self.bands = bands
        self.regions = regions
        self.markers = markers
        self.showsLegend = showsLegend
        self.drawsBackground = drawsBackground
    }

    /// The chart as a standalone SVG document (UTF-8 text, ends with a newline).
    public func svg() -> String { LineChartRenderer(chart: self).render() }

    /// The text of the chart's `<desc>`: the caller's summary followed by a description of the data,
    /// e.g. "Pain from 6.1 to 2.3 over 365 days (5 Jan 2026 to 4 Jan 2027); lowest 2.0, highest 6.5."
    public var accessibleDescription: String { LineChartDescription(chart: self).text }
}
