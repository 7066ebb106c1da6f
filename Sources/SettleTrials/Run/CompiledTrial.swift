import SettleModel

/// A validated design resolved for running: the cohort sampler, arm schedules and measurement
/// windows, all computed once and shared read-only.
struct CompiledTrial: Sendable {
    let design: TrialDesign
    let sampler: CohortSampler
    let schedules: [ArmSchedule]
    let horizon: Int
    let history: Int
    let window: Int
    /// For each trial day, the follow-up indices whose window contains it (CSR layout).
    let dayWindowStart: [Int]
    let dayWindowIndex: [Int]
    /// For each follow-up, how many of its window days fall in the run-in (the last ones).
    let runInDaysInWindow: [Int]

    init(design: TrialDesign, population: Parameters) throws(TrialDesignError) {
        try design.validate()
        self.design = design
        sampler = try CohortSampler(condition: design.condition(), population: population)
        horizon = design.horizon
        history = design.entry.historyDays
        window = design.measureDays
        schedules = design.arms.map { ArmSchedule(arm: $0, horizon: design.horizon) }
        var start = [Int]()
        var index = [Int]()
        start.reserveCapacity(horizon + 1)
        for d in 0..<horizon {
            start.append(index.count)
            for (k, f) in design.followUpDays.enumerated() where d >= f - window && d < f { index.append(k) }
        }
        start.append(index.count)
        dayWindowStart = start
        dayWindowIndex = index
        let w = design.measureDays
        runInDaysInWindow = design.followUpDays.map { f in max(0, min(w, w - f)) }
    }
}
