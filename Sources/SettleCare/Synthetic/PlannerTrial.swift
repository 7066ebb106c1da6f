import SettleModel

/// A closed-loop test of the planner on synthetic patients: four weeks of diary, then twelve
/// weeks in which a controller sets each week's quota and the patient lives it.
public enum PlannerTrial {
    /// Who sets the weekly quota.
    public enum Controller: Sendable, Equatable {
        /// The care engine's planner, re-assessing the diary every week.
        case planner(CareSettings)
        /// A fixed rule: start at 80 % of baseline, +`weeklyIncrease` a week, no flare rule.
        case fixed(weeklyIncrease: Double)
    }

    /// What happened to one patient under one controller.
    public struct Outcome: Sendable, Equatable {
        /// Flare days (true model pain ≥ usual + 2) during the 12 weeks.
        public var flareDays: Int
        /// True mean pain in weeks 10–12 (0–10).
        public var painAtTwelveWeeks: Double
        /// True mean activity minutes a day in weeks 10–12.
        public var minutesAtTwelveWeeks: Double
        /// Daily quota (minutes) set for each week.
        public var weeklyQuotas: [Double]
    }

    /// Runs patient `index` of the seeded cohort under `controller`.
    public static func run(
        seed: UInt64, index: UInt64, controller: Controller, baselineDays: Int = 28, weeks: Int = 12,
        base: Parameters = .calibrated
    ) -> Outcome {
        let design = SyntheticPatient.Design(days: baselineDays + 7 * weeks, acupunctureStart: nil, questionnaireEvery: 28)
        var life = SyntheticLife(seed: seed, index: index, design: design, base: base)
        for _ in 0..<baselineDays { life.live(verumNeedles: 0, quotaMinutes: nil) }
        var quotas: [Double?] = Array(repeating: nil, count: baselineDays)
        var weekly: [Double] = []
        let baseline: Double = {
            let recent = life.patient.record.diary.suffix(14).compactMap(\.activityMinutes)
            return recent.isEmpty ? 30 : Double(recent.reduce(0, +)) / Double(recent.count)
        }()
        var flareDays = 0
        for w in 0..<weeks {
            let quota: Double
            switch controller {
            case .fixed(let increase):
                quota = min(150, 0.8 * baseline * pow1p(increase, w))
            case .planner(let settings):
                var timeline = CareTimeline(
                    record: life.patient.record, asOf: life.patient.firstDay.adding(days: life.daysLived - 1))
                // The quotas actually prescribed so far (the record holds only the plan in force).
                let offset = timeline.count - quotas.count
                timeline.quotaMinutes = (0..<timeline.count).map { i in i - offset >= 0 ? quotas[i - offset] : nil }
                if let assessment = try? CareEngine(base: base, settings: settings).assess(timeline: timeline) {
                    quota = assessment.plan.quotaMinutesPerDay
                } else {
                    quota = 0.8 * baseline
                }
            }
            weekly.append(quota)
            for _ in 0..<7 {
                life.live(verumNeedles: 0, quotaMinutes: quota)
                quotas.append(quota)
                if life.patient.outcomes.last?.isFlare == true { flareDays += 1 }
            }
        }
        let outcomes = life.patient.outcomes
        let end = outcomes.suffix(21)
        return Outcome(
            flareDays: flareDays, painAtTwelveWeeks: end.map(\.pain).reduce(0, +) / Double(max(1, end.count)),
            minutesAtTwelveWeeks: end.map(\.activityMinutes).reduce(0, +) / Double(max(1, end.count)),
            weeklyQuotas: weekly)
    }

    static func pow1p(_ x: Double, _ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<max(0, n) { r *= 1 + x }
        return r
    }
}
