/// One line of a plan: what to do and why, in plain words.
public struct PlanLine: Codable, Sendable, Equatable {
    /// What to do.
    public var text: String
    /// Why (the rule or forecast behind it).
    public var reason: String

    /// Creates a line.
    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}

/// The forecast of one candidate weekly change, as the planner weighed it.
public struct PlanCandidate: Codable, Sendable, Equatable {
    /// Weekly change of the quota (fraction; 0.15 = +15 % a week).
    public var weeklyChange: Double
    /// Forecast mean pain in weeks 10–12 (0–10).
    public var painAtTwelveWeeks: Estimate
    /// Forecast activity minutes a day in weeks 10–12.
    public var minutesAtTwelveWeeks: Estimate
    /// Forecast probability that a day in the next 4 weeks is a flare day (0–1).
    public var flareProbability: Double
    /// Whether the flare probability stays within the planner's bound.
    public var withinFlareBound: Bool
}

/// Next week's graded-exposure / pacing plan with the reasons behind it.
public struct ExposurePlan: Codable, Sendable, Equatable {
    /// Tolerated baseline (minutes a day) the plan is built on.
    public var baselineMinutesPerDay: Double
    /// This week's quota (minutes a day): the plan in force, or 80 % of baseline when none.
    public var currentQuotaMinutesPerDay: Double
    /// Next week's quota (minutes a day), done by the clock rather than by pain.
    public var quotaMinutesPerDay: Double
    /// Next week's quota (minutes a week).
    public var weeklyQuotaMinutes: Double
    /// Change from the current quota (fraction; may be negative).
    public var weeklyChange: Double
    /// Extra allowed on window days after acupuncture (fraction of the quota, 0–0.5).
    public var windowAllowance: Double
    /// Which rule set the candidate steps: `"progress"`, `"window"`, `"flare"`, `"boomBust"` or `"start"`.
    public var mode: String
    /// Candidates that were forecast, with their numbers.
    public var candidates: [PlanCandidate]
    /// The plan in lines, each with its reason.
    public var lines: [PlanLine]
}
