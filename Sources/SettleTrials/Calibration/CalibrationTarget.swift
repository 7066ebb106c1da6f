/// How much a published figure is trusted.
public enum TargetStatus: String, Sendable, Codable, CaseIterable {
    /// Read in a stored copy of the source: a failing check fails the build.
    case verified
    /// Verified but reported by the source only approximately (e.g. an abstract's rounded
    /// figure): reported, never failing.
    case approximate
    /// From memory, still to be checked: reported, never failing.
    case recall

    /// Whether a failure of this target fails `settle calibrate --check`.
    public var gates: Bool { self == .verified }
}

/// One figure the simulated value must land in: the paper's interval, or a stated tolerance
/// where the paper gives none.
public struct TargetFigure: Sendable, Equatable, Codable {
    /// What the figure is, e.g. "SMD at end of course" or "mean pain 0–100 at day 42".
    public var label: String
    /// The published value.
    public var value: Double
    /// The accepted interval (the paper's CI, or value ± tolerance).
    public var low: Double
    public var high: Double
    /// Where the interval comes from.
    public var intervalSource: String

    public init(_ label: String, value: Double, interval: ClosedRange<Double>, from intervalSource: String) {
        self.label = label
        self.value = value
        self.low = interval.lowerBound
        self.high = interval.upperBound
        self.intervalSource = intervalSource
    }

    /// A figure with a symmetric stated tolerance.
    public static func tolerance(_ label: String, value: Double, plusMinus tolerance: Double, why: String) -> TargetFigure {
        TargetFigure(
            label, value: value, interval: (value - tolerance)...(value + tolerance),
            from: "stated tolerance ±\(tolerance): \(why)")
    }

    /// Half-width of the interval (the loss's unit of error).
    public var halfWidth: Double { max(1e-9, (high - low) / 2) }
}

/// A calibration target from `calibration-targets.json` (copied here with its source id so
/// the tests are self-contained): which simulated quantity it maps to and the figures to meet.
public struct CalibrationTarget: Sendable, Equatable {
    /// The id in calibration-targets.json.
    public var id: String
    /// Citation.
    public var source: String
    public var status: TargetStatus
    /// How the target is reproduced.
    public var metric: TargetMetric
    /// The figures to meet (all must pass).
    public var figures: [TargetFigure]
    /// How the mapping to the model was done, for the report.
    public var note: String
    /// Weight in the calibration loss.
    public var weight: Double

    public init(
        id: String, source: String, status: TargetStatus, metric: TargetMetric, figures: [TargetFigure], note: String,
        weight: Double = 1
    ) {
        self.id = id
        self.source = source
        self.status = status
        self.metric = metric
        self.figures = figures
        self.note = note
        self.weight = weight
    }
}

/// The simulated quantity a target maps to. Effects are positive when the first arm is better.
public enum TargetMetric: Sendable, Equatable {
    /// SMD of `arm` against `comparator` at `day` in design `design`.
    case smd(design: String, arm: String, comparator: String, day: Int, outcome: OutcomeMeasure)
    /// Mean difference on the 0–100 scale.
    case meanDifference100(design: String, arm: String, comparator: String, day: Int, outcome: OutcomeMeasure)
    /// Mean difference on the raw scale (RMDQ 0–24, pain 0–10).
    case meanDifferenceRaw(design: String, arm: String, comparator: String, day: Int, outcome: OutcomeMeasure)
    /// SMD at `late` divided by SMD at `early`.
    case persistence(design: String, arm: String, comparator: String, early: Int, late: Int)
    /// Mean pain 0–100 of an arm at each figure's day (figures in day order).
    case painSeries(design: String, arm: String, days: [Int])
    /// Median days to recovery and share recovered by day 365.
    case recovery(design: String, arm: String)
    /// Share with a recurrence by day 365 and median days to recurrence.
    case recurrence(design: String, arm: String)
    /// Dose–response: SMD against usual care rises with sessions and with needles.
    case dose(design: String)
    /// Mean within-person SD of daily ratings in an arm.
    case withinPersonSD(design: String, arm: String)
    /// Within-person slope of pain on sleep quality in an arm.
    case sleepSlope(design: String, arm: String)

    /// The design the metric needs.
    public var design: String {
        switch self {
        case .smd(let d, _, _, _, _), .meanDifference100(let d, _, _, _, _), .meanDifferenceRaw(let d, _, _, _, _),
            .persistence(let d, _, _, _, _), .painSeries(let d, _, _), .recovery(let d, _), .recurrence(let d, _),
            .dose(let d), .withinPersonSD(let d, _), .sleepSlope(let d, _):
            return d
        }
    }
}
