/// What a condition looks at.
public enum ConditionSubject: Codable, Sendable, Hashable {
    /// The value of a scale (by scale id).
    case scale(String)
    /// The scored value of a single item (by item id).
    case item(String)
}

/// A comparison against a fixed threshold.
public enum ThresholdComparison: String, Codable, Sendable, Hashable {
    /// value ≥ threshold
    case atLeast
    /// value > threshold
    case greaterThan
    /// value ≤ threshold
    case atMost

    /// Whether `value` passes the comparison with `threshold`.
    public func holds(_ value: Double, _ threshold: Double) -> Bool {
        switch self {
        case .atLeast: value >= threshold
        case .greaterThan: value > threshold
        case .atMost: value <= threshold
        }
    }

    /// Mathematical symbol, for display.
    public var symbol: String {
        switch self {
        case .atLeast: "≥"
        case .greaterThan: ">"
        case .atMost: "≤"
        }
    }
}

/// One test inside a flag rule, e.g. "scale total ≥ 40".
public struct FlagCondition: Codable, Sendable, Hashable {
    /// The scale or item examined.
    public var subject: ConditionSubject
    /// How it is compared.
    public var comparison: ThresholdComparison
    /// The threshold, in the subject's units.
    public var threshold: Double

    /// Creates a condition on a scale.
    public static func scale(_ id: String, _ comparison: ThresholdComparison, _ threshold: Double) -> FlagCondition {
        FlagCondition(subject: .scale(id), comparison: comparison, threshold: threshold)
    }

    /// Creates a condition on an item's scored value.
    public static func item(_ id: String, _ comparison: ThresholdComparison, _ threshold: Double) -> FlagCondition {
        FlagCondition(subject: .item(id), comparison: comparison, threshold: threshold)
    }
}

/// A named clinical flag raised when all its conditions hold
/// (CSI ≥ 40, STarT Back high risk, PHQ-9 item 9 above 0).
///
/// A flag whose conditions refer to an unscored scale or an unanswered item is not raised.
public struct FlagRule: Codable, Sendable, Hashable {
    /// Stable id, e.g. "risk.high".
    public var id: String
    /// What the flag means, for clinicians.
    public var label: String
    /// All must hold.
    public var conditions: [FlagCondition]
    /// Source of the cut-off.
    public var source: Citation

    /// Creates a flag rule.
    public init(id: String, label: String, when conditions: [FlagCondition], source: Citation) {
        self.id = id
        self.label = label
        self.conditions = conditions
        self.source = source
    }
}
