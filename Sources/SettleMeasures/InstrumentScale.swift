/// How a scale combines the scored values of the items it uses.
public enum Aggregation: Codable, Sendable, Hashable {
    /// Sum of scored values. With missing items permitted, the sum is prorated:
    /// sum × items ÷ answered (equivalently, each missing item counts as the mean of the others).
    case sum
    /// Mean of the answered items' scored values.
    case mean
    /// Sum ÷ (maximum per item × items answered) × 100, in percent (ODI, NDI %).
    case percentOfMaximum(perItemMaximum: Int)
    /// Sum of scored values multiplied by `factor` (NDI raw × 2 = %); prorated like `.sum`.
    case scaledSum(factor: Double)
}

/// What the manual allows when items are missing.
///
/// `maximumMissing == 0` means the manual gives no rule: the scale is not scored and
/// the result names the missing items.
public struct MissingItemRule: Codable, Sendable, Hashable {
    /// How many of the scale's items may be missing with the scale still scored.
    public var maximumMissing: Int
    /// Where the rule comes from; `nil` when no missing items are allowed.
    public var source: Citation?

    /// No item may be missing (no rule in the manual).
    public static let noneAllowed = MissingItemRule(maximumMissing: 0, source: nil)

    /// Creates a rule.
    public init(maximumMissing: Int, source: Citation?) {
        self.maximumMissing = maximumMissing
        self.source = source
    }
}

/// Which way a better state moves the score.
public enum ImprovementDirection: String, Codable, Sendable, Hashable {
    /// Lower scores are better (pain, disability, distress).
    case lowerIsBetter
    /// Higher scores are better (self-efficacy, PSFS ability).
    case higherIsBetter
    /// The score is itself a rating of change (PGIC); change between two is meaningless.
    case notApplicable
}

/// Inclusive score range of a scale, in its units.
public struct ScoreRange: Codable, Sendable, Hashable {
    /// Lowest possible score.
    public var lower: Double
    /// Highest possible score.
    public var upper: Double

    /// Creates a range.
    public init(_ lower: Double, _ upper: Double) {
        self.lower = lower
        self.upper = upper
    }
}

/// A scored scale of an instrument: the total, a subscale, or a derived percentage.
public struct InstrumentScale: Codable, Sendable, Hashable {
    /// Stable id, e.g. "total", "rumination", "interference".
    public var id: String
    /// Human-readable name.
    public var name: String
    /// Ids of the items the scale uses.
    public var itemIDs: [String]
    /// How item values combine.
    public var aggregation: Aggregation
    /// What is allowed when items are missing.
    public var missing: MissingItemRule
    /// Possible scores, in `unit`.
    public var range: ScoreRange
    /// Unit of the score, e.g. "points", "%", "mean 0–10".
    public var unit: String
    /// Interpretation bands, ascending; empty when the source gives none.
    public var bands: [ScoreBand]
    /// Source of the bands.
    public var bandSource: Citation?
    /// Which direction is improvement.
    public var direction: ImprovementDirection
    /// The instrument's clinically important change for this scale, if published.
    public var importantChange: ChangeCriterion?

    /// Creates a scale.
    public init(
        id: String,
        name: String,
        items: [String],
        aggregation: Aggregation = .sum,
        missing: MissingItemRule = .noneAllowed,
        range: ScoreRange,
        unit: String = "points",
        bands: [ScoreBand] = [],
        bandSource: Citation? = nil,
        direction: ImprovementDirection = .lowerIsBetter,
        importantChange: ChangeCriterion? = nil
    ) {
        self.id = id
        self.name = name
        self.itemIDs = items
        self.aggregation = aggregation
        self.missing = missing
        self.range = range
        self.unit = unit
        self.bands = bands
        self.bandSource = bandSource
        self.direction = direction
        self.importantChange = importantChange
    }
}
