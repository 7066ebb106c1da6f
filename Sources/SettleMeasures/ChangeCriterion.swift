/// How point and percent thresholds combine.
public enum ThresholdCombination: String, Codable, Sendable, Hashable {
    /// Important when either threshold is reached.
    case either
    /// Important only when both are reached.
    case both
}

/// A graded level of change by percent (IMMPACT: 10 % minimal, 30 % moderate, 50 % substantial).
public struct ChangeTier: Codable, Sendable, Hashable {
    /// Label of the tier.
    public var label: String
    /// Minimum improvement in percent of baseline.
    public var minimumPercent: Double

    /// Creates a tier.
    public init(_ label: String, minimumPercent: Double) {
        self.label = label
        self.minimumPercent = minimumPercent
    }
}

/// A published threshold for clinically important change on a scale.
public struct ChangeCriterion: Codable, Sendable, Hashable {
    /// What kind of threshold: "MCID", "MDC90", "important change".
    public var kind: String
    /// Minimum improvement in scale points, if part of the rule.
    public var minimumPoints: Double?
    /// Minimum improvement in percent of baseline, if part of the rule.
    public var minimumPercent: Double?
    /// How points and percent combine when both are given.
    public var combination: ThresholdCombination
    /// Whether the score must also move into a better interpretation band.
    public var requiresBandImprovement: Bool
    /// Optional percent tiers reported alongside (e.g. IMMPACT).
    public var tiers: [ChangeTier]
    /// Where the threshold comes from.
    public var source: Citation

    /// Creates a criterion.
    public init(
        kind: String = "MCID",
        points: Double? = nil,
        percent: Double? = nil,
        combination: ThresholdCombination = .either,
        requiresBandImprovement: Bool = false,
        tiers: [ChangeTier] = [],
        source: Citation
    ) {
        self.kind = kind
        self.minimumPoints = points
        self.minimumPercent = percent
        self.combination = combination
        self.requiresBandImprovement = requiresBandImprovement
        self.tiers = tiers
        self.source = source
    }

    /// Human-readable rule, e.g. "≥ 2 points or ≥ 30 %".
    public var ruleDescription: String {
        var parts: [String] = []
        if let minimumPoints { parts.append("≥ \(ScoreFormat.number(minimumPoints)) points") }
        if let minimumPercent { parts.append("≥ \(ScoreFormat.number(minimumPercent)) %") }
        var text = parts.joined(separator: combination == .either ? " or " : " and ")
        if requiresBandImprovement { text += " and a move to a better band" }
        return "\(kind): improvement of \(text)"
    }
}
