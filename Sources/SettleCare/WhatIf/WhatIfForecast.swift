#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The alternatives a what-if compares.
public enum WhatIfOption: String, Codable, Sendable, CaseIterable {
    /// The current plan continued (quota and its progression, acupuncture at the same rhythm).
    case asNow
    /// Quota rising 20 % a week.
    case faster
    /// Quota rising 5 % a week.
    case slower
    /// Weekly verum acupuncture added (6 sessions), with the window allowance.
    case addAcupuncture
    /// Acupuncture stopped (shown when it is ongoing).
    case stopAcupuncture
    /// As now with sleep quality 2 points better.
    case betterSleep
    /// As now with 4 weekly pain-education sessions.
    case education

    /// Short title for tables and legends.
    public var title: String {
        switch self {
        case .asNow: return "As now"
        case .faster: return "Faster progression (+20 %/week)"
        case .slower: return "Slower progression (+5 %/week)"
        case .addAcupuncture: return "Add weekly acupuncture"
        case .stopAcupuncture: return "Stop acupuncture"
        case .betterSleep: return "Better sleep (+2 points)"
        case .education: return "Pain education (4 sessions)"
        }
    }
}

/// A forecast of one alternative plan, week by week, with intervals.
public struct WhatIfForecast: Codable, Sendable, Equatable {
    /// Which alternative.
    public var option: WhatIfOption
    /// Title for display.
    public var title: String
    /// What was simulated, in plain words.
    public var assumptions: String
    /// Mean pain of each week (0–10), week 1 first.
    public var weeklyPain: [Estimate]
    /// Mean activity minutes a day of each week.
    public var weeklyActivityMinutes: [Estimate]
    /// Expected flare days a week over the whole horizon.
    public var flareDaysPerWeek: Double
}

/// Builds the what-if forecasts from the filter's posterior.
struct WhatIfPlanner: Sendable {
    let weeks: Int
    let planner: PlannerSettings

    func forecasts(result: FilterResult, plan: ExposurePlan, forecaster: Forecaster) -> [WhatIfForecast] {
        let timeline = result.timeline
        let cadence = AcupunctureCadence(timeline: timeline)
        let hasQuota = (timeline.quotaMinutes.last ?? nil) != nil
        let days = max(4, min(26, weeks)) * 7
        var options: [WhatIfOption] = [.asNow, .faster, .slower]
        options.append(cadence.ongoing ? .stopAcupuncture : .addAcupuncture)
        options += [.betterSleep, .education]

        let currentGrowth = Self.currentGrowth(timeline: timeline)
        var asNow = ForecastPolicy(ceilingMinutes: planner.ceilingMinutesPerDay)
        if hasQuota {
            asNow.startQuotaMinutes = plan.currentQuotaMinutesPerDay
            asNow.weeklyGrowth = currentGrowth
        }
        cadence.continuing(into: &asNow)
        if cadence.ongoing {
            asNow.windowBoost = plan.windowAllowance
            asNow.windowDays = planner.windowDays
        }
        let graded = hasQuota ? plan.currentQuotaMinutesPerDay : plan.quotaMinutesPerDay

        return options.map { option in
            var policy = asNow
            var assumptions: String
            switch option {
            case .asNow:
                assumptions =
                    hasQuota
                    ? "Your current quota of \(Int(plan.currentQuotaMinutesPerDay.rounded())) minutes a day, changing \(Int((currentGrowth * 100).rounded())) % a week as your plan says"
                    : "Your usual activity, done as pain allows"
            case .faster, .slower:
                policy.startQuotaMinutes = graded
                policy.weeklyGrowth = option == .faster ? 0.20 : 0.05
                assumptions =
                    "A time-contingent quota from \(Int(graded.rounded())) minutes a day, rising \(option == .faster ? 20 : 5) % a week, held for a week after two flare days"
            case .addAcupuncture:
                policy.acupunctureEvery = 7
                policy.acupunctureStart = 0
                policy.acupunctureSessions = 6
                policy.needles = cadence.needles
                policy.windowBoost = planner.windowAllowance
                policy.windowDays = planner.windowDays
                assumptions =
                    "As now, plus 6 weekly verum acupuncture sessions of \(Int(cadence.needles)) needles"
                    + (policy.startQuotaMinutes != nil
                        ? " and up to \(Int((planner.windowAllowance * 100).rounded())) % more activity on window days" : "")
            case .stopAcupuncture:
                policy.acupunctureEvery = nil
                policy.acupunctureSessions = 0
                policy.windowBoost = 0
                assumptions = "As now, without further acupuncture"
            case .betterSleep:
                policy.sleepShift = 2
                assumptions = "As now, with sleep quality 2 points better than your usual"
            case .education:
                policy.educationSessions = 4
                assumptions = "As now, plus 4 weekly pain-education sessions"
            }
            if cadence.ongoing, option != .stopAcupuncture, option != .addAcupuncture {
                assumptions +=
                    "; acupuncture continues every \(cadence.interval) days for \(AcupunctureCadence.assumedRemainingSessions) more sessions"
            }
            let run = forecaster.run(policy, days: days)
            return WhatIfForecast(
                option: option, title: option.title, assumptions: assumptions + ".",
                weeklyPain: run.weekly(run.pain), weeklyActivityMinutes: run.weekly(run.minutes),
                flareDaysPerWeek: 7 * run.flareProbability(over: 0..<days))
        }
    }

    /// The plan's weekly growth (fraction), from the quotas in force over the last four weeks.
    static func currentGrowth(timeline: CareTimeline) -> Double {
        let quotas = timeline.quotaMinutes.compactMap { $0 }
        guard quotas.count > 7, let last = quotas.last else { return 0 }
        let span = min(28, quotas.count - 1)
        let earlier = quotas[quotas.count - 1 - span]
        guard earlier > 0 else { return 0 }
        let weekly = pow(last / earlier, 7 / Double(span)) - 1
        return min(0.5, max(-0.5, weekly))
    }
}
