/// A named line of points, e.g. daily pain.
public struct Series: Sendable, Hashable {
    /// Legend name, e.g. "Pain (0–10)". Long names are truncated in the legend.
    public var name: String
    /// Points in drawing order (normally increasing x). Non-finite points leave a gap.
    public var points: [ChartPoint]
    /// Line colour; `nil` takes the next Okabe–Ito colour by series position.
    public var color: ChartColor?
    /// Dash pattern; `nil` takes the next pattern by series position.
    public var dash: DashPattern?
    /// Line width in px (clamped to 0.5...8).
    public var lineWidth: Double

    /// Creates a series from points.
    public init(
        name: String, points: [ChartPoint], color: ChartColor? = nil, dash: DashPattern? = nil, lineWidth: Double = 2
    ) {
        self.name = name
        self.points = points
        self.color = color
        self.dash = dash
        self.lineWidth = lineWidth
    }

    /// Creates a series from daily values: `values[i]` is drawn at `x = startX + i`.
    public init(
        name: String, values: [Double], startX: Double = 0, color: ChartColor? = nil, dash: DashPattern? = nil,
        lineWidth: Double = 2
    ) {
        self.init(
            name: name,
            points: values.enumerated().map { ChartPoint(x: startX + Double($0.offset), y: $0.element) },
            color: color, dash: dash, lineWidth: lineWidth)
    }
}

/// One x position of an interval band: the ribbon spans `low...high` at `x`.
public struct BandPoint: Sendable, Hashable {
    /// Horizontal value, e.g. day index.
    public var x: Double
    /// Lower edge in y units.
    public var low: Double
    /// Upper edge in y units (swapped with `low` if smaller).
    public var high: Double

    /// Creates a band point.
    public init(x: Double, low: Double, high: Double) {
        self.x = x
        self.low = low
        self.high = high
    }

    /// True when all three values are finite.
    public var isFinite: Bool { x.isFinite && low.isFinite && high.isFinite }
}

/// A shaded ribbon between a lower and an upper line, e.g. an 80 % or 95 % interval.
///
/// Bands are drawn beneath the series in the order given; nested bands in the same colour
/// darken where they overlap.
public struct Band: Sendable, Hashable {
    /// Legend name, e.g. "95 % interval".
    public var name: String
    /// Edges in drawing order; non-finite points split the ribbon.
    public var points: [BandPoint]
    /// Fill colour.
    public var color: ChartColor
    /// Fill opacity, 0...1.
    public var opacity: Double

    /// Creates a band.
    public init(name: String, points: [BandPoint], color: ChartColor = .blue, opacity: Double = 0.18) {
        self.name = name
        self.points = points
        self.color = color
        self.opacity = opacity
    }

    /// Creates a band from parallel lower/upper daily values starting at `startX`
    /// (the shorter array sets the length).
    public init(
        name: String, lower: [Double], upper: [Double], startX: Double = 0, color: ChartColor = .blue,
        opacity: Double = 0.18
    ) {
        let points = zip(lower, upper).enumerated().map {
            BandPoint(x: startX + Double($0.offset), low: $0.element.0, high: $0.element.1)
        }
        self.init(name: name, points: points, color: color, opacity: opacity)
    }
}

/// A shaded x-range across the full plot height, e.g. a "window of opportunity" after a session.
public struct ShadedRegion: Sendable, Hashable {
    /// Legend label; regions with the same label share one legend entry.
    public var label: String
    /// Start of the range (x units; swapped with `to` if larger).
    public var from: Double
    /// End of the range (x units).
    public var to: Double
    /// Fill colour.
    public var color: ChartColor

    /// Creates a shaded x-range.
    public init(label: String, from: Double, to: Double, color: ChartColor = .bluishGreen) {
        self.label = label
        self.from = from
        self.to = to
        self.color = color
    }
}

/// An event at an x position, e.g. an acupuncture session or a flare.
///
/// Each distinct `kind` gets its own symbol and colour and one legend entry; `label`
/// becomes the marker's tooltip.
public struct EventMarker: Sendable, Hashable {
    /// Position in x units.
    public var x: Double
    /// Category shown in the legend, e.g. "verum acupuncture", "flare", "education".
    public var kind: String
    /// Optional detail for the tooltip, e.g. "Session 3"; the kind is used when empty.
    public var label: String

    /// Creates an event marker.
    public init(x: Double, kind: String, label: String = "") {
        self.x = x
        self.kind = kind
        self.label = label
    }
}
