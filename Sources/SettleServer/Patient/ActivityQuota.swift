import Foundation
import SettleCare

/// The activity quota for today and this week, and what the diary shows done.
///
/// Normally the quota is the care engine's next-week plan (``init(engine:storedPlan:diary:today:)``),
/// adapted to the estimated state, with a reason for each line. When the engine has no assessment
/// (too few check-ins) the stored plan's own progression rule is the fallback: the quota rises by
/// `increasePercent` every `everyDays` days from `startDay`, is held for a step when a flare was
/// reported in that step (when `holdOnFlare`), and never passes the ceiling (3000 minutes a week at most).
struct ActivityQuota: Sendable, Equatable {
    /// Where the quota came from.
    enum Source: Sendable, Equatable {
        /// The care engine's plan (its mode, e.g. `"progress"` or `"flare"`).
        case engine(mode: String)
        /// The stored activity plan's progression rule.
        case storedPlan
    }

    /// Where the quota came from.
    var source: Source = .storedPlan
    /// The engine plan's lines with their reasons (empty for a stored-plan quota).
    var lines: [PlanLine] = []
    /// Change from the current quota (fraction), when the engine planned it.
    var weeklyChange: Double?
    /// The weekly quota in force today, in minutes (0–3000).
    var weeklyMinutes: Int
    /// Today's share of the weekly quota (weekly ÷ 7, rounded), in minutes.
    var dailyMinutes: Int
    /// First day of the current plan week (plan weeks start on the plan's start day).
    var weekStart: Day
    /// Minutes reported from `weekStart` through today (per day, the mean of that day's entries).
    var doneThisWeek: Int
    /// Days left in the plan week, today included (1–7).
    var daysLeft: Int
    /// True when the quota was held at least once because of a flare.
    var heldForFlare: Bool

    /// The engine's plan for the coming week: its daily quota, counted in the stored plan's week
    /// when a plan is in force (otherwise a week starting today).
    init(engine plan: ExposurePlan, storedPlan: ActivityPlan?, diary: [DiaryEntry], today: Day) {
        source = .engine(mode: plan.mode)
        lines = plan.lines
        weeklyChange = plan.weeklyChange
        dailyMinutes = Int(plan.quotaMinutesPerDay.rounded())
        weeklyMinutes = Int(plan.weeklyQuotaMinutes.rounded())
        if let storedPlan, storedPlan.startDay <= today {
            weekStart = storedPlan.startDay.adding(days: storedPlan.startDay.days(to: today) / 7 * 7)
        } else {
            weekStart = today
        }
        daysLeft = 7 - weekStart.days(to: today)
        heldForFlare = plan.mode == "flare"
        doneThisWeek = Self.minutes(diary, from: weekStart, through: today)
    }

    /// The quota on `today` from the stored plan's rule, or nil when there is no plan or it starts later.
    init?(plan: ActivityPlan?, diary: [DiaryEntry], today: Day) {
        guard let plan, plan.startDay <= today else { return nil }
        let rule = plan.progression
        let ceiling = Double(min(rule.ceilingMinutes ?? 3000, 3000))
        var quota = Double(plan.weeklyQuotaMinutes)
        var held = false
        let steps = plan.startDay.days(to: today) / max(rule.everyDays, 1)
        if steps > 0 {
            for step in 1...steps {
                let boundary = plan.startDay.adding(days: step * rule.everyDays)
                let flared = diary.contains { $0.flare && $0.day < boundary && $0.day >= boundary.adding(days: -rule.everyDays) }
                if rule.holdOnFlare && flared {
                    held = true
                    continue
                }
                quota = min(quota * (1 + rule.increasePercent / 100), max(ceiling, Double(plan.weeklyQuotaMinutes)))
            }
        }
        weeklyMinutes = Int(quota.rounded())
        dailyMinutes = Int((quota / 7).rounded())
        let weekIndex = plan.startDay.days(to: today) / 7
        weekStart = plan.startDay.adding(days: weekIndex * 7)
        daysLeft = 7 - weekStart.days(to: today)
        heldForFlare = held
        doneThisWeek = Self.minutes(diary, from: weekStart, through: today)
    }

    /// Activity minutes reported from `start` through `end`; several entries on one day count as their mean.
    static func minutes(_ diary: [DiaryEntry], from start: Day, through end: Day) -> Int {
        let byDay = Dictionary(grouping: diary.filter { $0.day >= start && $0.day <= end }, by: \.day)
        return byDay.values.reduce(0) { total, entries in
            let reported = entries.compactMap(\.activityMinutes)
            guard !reported.isEmpty else { return total }
            return total + Int((Double(reported.reduce(0, +)) / Double(reported.count)).rounded())
        }
    }
}
