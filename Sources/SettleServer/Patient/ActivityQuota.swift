import Foundation
import SettleCare

/// The activity quota a plan sets for today and this plan week, and what the diary shows done.
///
/// SEAM: `SettleCare`'s planner will adapt the quota from the estimated state; until then the
/// quota follows the plan's own progression rule: it rises by `increasePercent` every
/// `everyDays` days from `startDay`, is held for a step when a flare was reported in that step
/// (when `holdOnFlare`), and never passes the ceiling (3000 minutes a week at most).
struct ActivityQuota: Sendable, Equatable {
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

    /// The quota on `today`, or nil when there is no plan or it starts later.
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
