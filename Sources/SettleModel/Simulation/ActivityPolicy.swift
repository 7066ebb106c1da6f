/// Turns an `ActivityPlan` into each day's prescribed load, reacting to what has happened
/// (baseline from recent activity, weekly progression, windows after needling, flare rule).
public struct ActivityPolicy: Sendable, Equatable {
    public let plan: ActivityPlan
    /// The current quota (load units), once the plan has started.
    public private(set) var quota: Double?
    private var recentActivity: [Double] = []
    private var holdUntil = -1
    private var lastVerumDay = Int.min / 2
    private var flareStreak = 0

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
                q = min(plan.ceiling, q * (1 + plan.weeklyIncrease))
            }
            quota = q
            let inWindow = day - lastVerumDay < plan.windowDays
            return (inWindow ? q * (1 + plan.windowBoost) : q, true)
        }
    }

    /// Records what happened today (activity done, whether pain flared).
    public mutating func record(day: Int, activity: Double, isFlare: Bool) {
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
