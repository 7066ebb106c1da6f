/// Turns an `ActivityPlan` into each day's prescribed load, reacting to what has happened
/// (baseline from recent activity, weekly progression paced to tolerance, windows after needling,
/// flare rule).
public struct ActivityPolicy: Sendable, Equatable {
    /// How far above the person's current load tolerance a graded quota may progress (fraction;
    /// 0 = a weekly step is taken only as far as the last day's tolerance). A graded programme as
    /// delivered is paced to what was tolerated: a step is taken only when the previous one was
    /// managed, and supervised contacts adjust it (docs/MODEL.md, "Calibration changes", item 5).
    public static let progressionToleranceMargin = 0.0

    public let plan: ActivityPlan
    /// The current quota (load units), once the plan has started.
    public private(set) var quota: Double?
    private var recentActivity: [Double] = []
    private var holdUntil = -1
    private var lastVerumDay = Int.min / 2
    private var flareStreak = 0
    private var lastTolerance: Double?

    public init(plan: ActivityPlan) { self.plan = plan }

    /// The planned load and whether it is time-contingent, for `day`.
    /// `verumToday` marks a verum session today.
    public mutating func prescription(day: Int, verumToday: Bool) -> (load: Double, timeContingent: Bool) {
        if verumToday { lastVerumDay = day }
        guard day >= plan.startDay else { return (1, false) }
        switch plan.kind {
        case .usual: return (plan.level ?? 1, false)
        case .rest: return (plan.level ?? 0.4, false)
        case .pacing, .graded:
            if quota == nil {
                let base =
                    plan.level ?? (recentActivity.isEmpty ? 0.7 : recentActivity.reduce(0, +) / Double(recentActivity.count))
                quota = plan.kind == .graded ? base * plan.startFraction : base
            }
            var q = quota ?? 0
            let week = day - plan.startDay
            if plan.kind == .graded, week > 0, week % 7 == 0, day > holdUntil {
                q = Self.progressed(q, weeklyIncrease: plan.weeklyIncrease, ceiling: plan.ceiling, tolerance: lastTolerance)
            }
            quota = q
            let inWindow = day - lastVerumDay < plan.windowDays
            return (inWindow ? q * (1 + plan.windowBoost) : q, true)
        }
    }

    /// The quota after one weekly step of a graded plan: `weeklyIncrease` more, at most `ceiling`,
    /// and at most `tolerance` × (1 + `progressionToleranceMargin`) when the tolerance is known;
    /// a quota already above that bound is held, not lowered (the flare rule steps it back).
    public static func progressed(_ quota: Double, weeklyIncrease: Double, ceiling: Double, tolerance: Double?) -> Double {
        let step = min(ceiling, quota * (1 + weeklyIncrease))
        guard let tolerance else { return step }
        return max(quota, min(step, tolerance * (1 + progressionToleranceMargin)))
    }

    /// Records what happened today (activity done, whether pain flared, and the load tolerance
    /// the day was done against, which paces the next graded step; nil = progression unpaced).
    public mutating func record(day: Int, activity: Double, isFlare: Bool, tolerance: Double? = nil) {
        lastTolerance = tolerance
        recentActivity.append(activity)
        if recentActivity.count > 14 { recentActivity.removeFirst() }
        flareStreak = isFlare ? flareStreak + 1 : 0
        if plan.flareRule, flareStreak >= 2, let q = quota, day >= plan.startDay {
            quota = q * 0.9
            holdUntil = day + 7
            flareStreak = 0
        }
    }
}
