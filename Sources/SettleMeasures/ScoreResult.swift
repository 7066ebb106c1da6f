/// One item's answer as used in scoring.
public struct ItemAnswer: Codable, Sendable, Hashable {
    /// Item id.
    public var item: String
    /// The answer as given.
    public var answer: Int
    /// The value after keying (reverse keys, dichotomies).
    public var scored: Int

    /// Creates an item answer.
    public init(item: String, answer: Int, scored: Int) {
        self.item = item
        self.answer = answer
        self.scored = scored
    }
}

/// The score of one scale, or why it was not scored.
public struct ScaleScore: Codable, Sendable, Hashable {
    /// Scale id.
    public var id: String
    /// Scale name.
    public var name: String
    /// Score in `unit`, or `nil` when not scored.
    public var value: Double?
    /// Unit of the score.
    public var unit: String
    /// Possible range.
    public var range: ScoreRange
    /// Band label, if the scale has bands and was scored.
    public var band: String?
    /// Items of this scale that were answered.
    public var answeredCount: Int
    /// Items of this scale that were missing.
    public var missingItems: [String]
    /// `true` when the score was computed despite missing items, under the manual's rule.
    public var usedMissingItemRule: Bool
    /// Why the scale was not scored, naming the missing items.
    public var notScoredReason: String?

    /// Creates a scale score.
    public init(
        id: String, name: String, value: Double?, unit: String, range: ScoreRange, band: String?,
        answeredCount: Int, missingItems: [String], usedMissingItemRule: Bool, notScoredReason: String?
    ) {
        self.id = id
        self.name = name
        self.value = value
        self.unit = unit
        self.range = range
        self.band = band
        self.answeredCount = answeredCount
        self.missingItems = missingItems
        self.usedMissingItemRule = usedMissingItemRule
        self.notScoredReason = notScoredReason
    }
}

/// A raised flag.
public struct ScoreFlag: Codable, Sendable, Hashable {
    /// Flag id, e.g. "risk.high", "csi.screen-positive".
    public var id: String
    /// Meaning.
    public var label: String
    /// Source of the cut-off.
    public var source: Citation

    /// Creates a flag.
    public init(id: String, label: String, source: Citation) {
        self.id = id
        self.label = label
        self.source = source
    }
}

/// The typed result of scoring one administration. Codable so it can be stored as JSON
/// next to the raw answers; it always carries the instrument id, version and variant.
public struct ScoreResult: Codable, Sendable, Hashable {
    /// Instrument id.
    public var instrumentID: String
    /// Instrument version scored.
    public var instrumentVersion: String
    /// Instrument variant, if any.
    public var variant: String?
    /// Primary score (first scale) in its unit, or `nil` when it could not be scored.
    public var total: Double?
    /// Band of the primary score.
    public var band: String?
    /// Every scale, primary first.
    public var scales: [ScaleScore]
    /// Flags raised.
    public var flags: [ScoreFlag]
    /// Answers used, in item order.
    public var itemsUsed: [ItemAnswer]
    /// Scored items with no answer, in item order.
    public var missingItems: [String]

    /// Creates a result.
    public init(
        instrumentID: String, instrumentVersion: String, variant: String?, total: Double?, band: String?,
        scales: [ScaleScore], flags: [ScoreFlag], itemsUsed: [ItemAnswer], missingItems: [String]
    ) {
        self.instrumentID = instrumentID
        self.instrumentVersion = instrumentVersion
        self.variant = variant
        self.total = total
        self.band = band
        self.scales = scales
        self.flags = flags
        self.itemsUsed = itemsUsed
        self.missingItems = missingItems
    }

    /// The scale score with this id.
    public func scale(_ id: String) -> ScaleScore? { scales.first { $0.id == id } }

    /// Scales other than the primary one.
    public var subscales: [ScaleScore] { Array(scales.dropFirst()) }

    /// Whether a flag with this id was raised.
    public func hasFlag(_ id: String) -> Bool { flags.contains { $0.id == id } }
}
