import SettleModel

/// An arm compiled into its scheduled day inputs (sessions, education, advice) for every day
/// after randomisation. Sleep, stress and the activity prescription are filled in per person
/// and per day by the runner. Built once per trial and shared read-only by all workers.
struct ArmSchedule: Sendable {
    let arm: TrialArm
    let days: [DayInput]
    /// The first day of a verum or sham session (nil for an arm without acupuncture): from that
    /// day on the arm's people know they are having acupuncture (`Parameters.allocationReportShift`).
    let firstNeedlingDay: Int?

    init(arm: TrialArm, horizon: Int) {
        self.arm = arm
        var days = [DayInput](repeating: DayInput(), count: horizon)
        if let a = arm.acupuncture {
            for d in a.days where d < horizon {
                switch a.kind {
                case .verum: days[d].verumNeedles = a.needles
                case .sham: days[d].sham = true
                }
            }
        }
        if let e = arm.education {
            for d in e.days where d < horizon {
                days[d].education += 1
                days[d].careContact = true
            }
        }
        if let c = arm.contacts {
            for d in c.days where d < horizon { days[d].careContact = true }
        }
        if let t = arm.threatAdvice, horizon > 0 { days[0].threatAdvice = t }
        self.days = days
        firstNeedlingDay = days.firstIndex(where: \.hasNeedlingSession)
    }
}

/// The daily activity prescription of an arm, without heap allocation: a time-contingent
/// quota from the person's own baseline activity, rising weekly as far as the last day's load
/// tolerance allows (`ActivityPolicy.progressed`), boosted inside the window
/// after verum needling, stepped back 10 % and held a week after two flare days in a row;
/// habitual activity after the programme ends.
struct QuotaPolicy {
    let activity: ArmActivity?
    let endDay: Int
    var quota: Double
    var holdUntil = -1
    var lastVerumDay = Int.min / 2
    var flareStreak = 0
    var lastTolerance: Double?

    init(activity: ArmActivity?, baselineActivity: Double) {
        self.activity = activity
        self.endDay = (activity?.weeks ?? 0) * 7
        self.quota = max(0.1, baselineActivity) * (activity?.startFraction ?? 1)
    }

    mutating func prescription(day: Int, verumToday: Bool) -> (load: Double, timeContingent: Bool) {
        if verumToday { lastVerumDay = day }
        guard let a = activity, day < endDay else { return (1, false) }
        switch a.kind {
        case .usual: return (1, false)
        case .rest: return (a.restLevel, false)
        case .graded:
            if day > 0, day % 7 == 0, day > holdUntil {
                quota = ActivityPolicy.progressed(
                    quota, weeklyIncrease: a.weeklyIncrease, ceiling: a.ceiling, tolerance: lastTolerance)
            }
            let inWindow = day - lastVerumDay < a.windowDays
            return (inWindow ? quota * (1 + a.windowBoost) : quota, true)
        }
    }

    mutating func record(day: Int, isFlare: Bool, tolerance: Double) {
        lastTolerance = tolerance
        flareStreak = isFlare ? flareStreak + 1 : 0
        if flareStreak >= 2, activity?.kind == .graded, day < endDay {
            quota *= 0.9
            holdUntil = day + 7
            flareStreak = 0
        }
    }
}
