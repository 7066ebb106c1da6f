/// The Okabe–Ito colour-blind-safe palette (Okabe & Ito, 2008).
public enum ChartColor: String, Sendable, Hashable, CaseIterable {
    case black
    case orange
    case skyBlue
    case bluishGreen
    case yellow
    case blue
    case vermillion
    case reddishPurple

    /// The colour as an SVG hex string, e.g. `"#0072B2"`.
    public var hex: String {
        switch self {
        case .black: "#000000"
        case .orange: "#E69F00"
        case .skyBlue: "#56B4E9"
        case .bluishGreen: "#009E73"
        case .yellow: "#F0E442"
        case .blue: "#0072B2"
        case .vermillion: "#D55E00"
        case .reddishPurple: "#CC79A7"
        }
    }

    /// Order in which series take colours: strongest contrast on white first, yellow last.
    public static let seriesOrder: [ChartColor] = [
        .blue, .vermillion, .bluishGreen, .reddishPurple, .orange, .skyBlue, .black, .yellow,
    ]

    /// Order in which event-marker kinds take colours.
    public static let markerOrder: [ChartColor] = [
        .black, .vermillion, .bluishGreen, .reddishPurple, .orange, .blue, .skyBlue, .yellow,
    ]

    /// The automatic colour of the `index`-th series (cycles after 8).
    public static func series(_ index: Int) -> ChartColor {
        seriesOrder[abs(index) % seriesOrder.count]
    }
}

/// Line dash patterns, so series are told apart without relying on colour.
public enum DashPattern: String, Sendable, Hashable, CaseIterable {
    case solid
    case dashed
    case dotted
    case dashDot
    case longDash
    case dashDotDot

    /// The SVG `stroke-dasharray` value, or `nil` for a solid line.
    public var dashArray: String? {
        switch self {
        case .solid: nil
        case .dashed: "6 4"
        case .dotted: "1.5 3"
        case .dashDot: "8 3 2 3"
        case .longDash: "12 4"
        case .dashDotDot: "8 3 2 3 2 3"
        }
    }

    /// The automatic dash of the `index`-th series (cycles after 6).
    public static func series(_ index: Int) -> DashPattern {
        allCases[abs(index) % allCases.count]
    }
}

/// Symbols for event markers, one per marker kind.
public enum MarkerShape: String, Sendable, Hashable, CaseIterable {
    case triangleDown
    case circle
    case square
    case diamond
    case triangleUp
    case cross

    /// The automatic shape of the `index`-th marker kind (cycles after 6).
    public static func kind(_ index: Int) -> MarkerShape {
        allCases[abs(index) % allCases.count]
    }
}
