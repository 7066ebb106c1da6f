/// The horizontal axis of a line chart.
public struct XAxis: Sendable, Hashable {
    /// How x values are labelled.
    public enum Scale: Sendable, Hashable {
        /// x is a plain number (e.g. day index); ticks are 1-2-5 multiples.
        case numeric
        /// x is a day index counted from `start` (day 0 = `start`); ticks are days, weeks, months or years.
        case dates(start: CivilDate)
    }

    /// Axis title under the tick labels, e.g. "Day" (empty for none).
    public var label: String
    /// Labelling scheme.
    public var scale: Scale
    /// Fixed domain in x units; `nil` fits the data.
    public var range: ClosedRange<Double>?

    /// Creates an x axis.
    public init(label: String, scale: Scale = .numeric, range: ClosedRange<Double>? = nil) {
        self.label = label
        self.scale = scale
        self.range = range
    }

    /// A day-index axis labelled with numbers ("0", "30", "60", …).
    public static func days(label: String = "Day", range: ClosedRange<Double>? = nil) -> XAxis {
        XAxis(label: label, scale: .numeric, range: range)
    }

    /// A day-index axis labelled with calendar dates counted from `start` ("Jan", "Feb" or "3 Mar").
    public static func dates(start: CivilDate, label: String = "", range: ClosedRange<Double>? = nil) -> XAxis {
        XAxis(label: label, scale: .dates(start: start), range: range)
    }
}

/// The vertical axis of a line chart.
public struct YAxis: Sendable, Hashable {
    /// Axis title, drawn rotated along the left edge, e.g. "Pain (0–10)".
    public var label: String
    /// Fixed domain, e.g. `0...10` for pain; `nil` fits the data and rounds out to nice ticks.
    public var range: ClosedRange<Double>?

    /// Creates a y axis.
    public init(label: String, range: ClosedRange<Double>? = nil) {
        self.label = label
        self.range = range
    }

    /// The 0–10 numeric rating scale used for pain, sleep disturbance and similar ratings.
    public static func rating(label: String = "Pain (0–10)") -> YAxis {
        YAxis(label: label, range: 0...10)
    }
}
