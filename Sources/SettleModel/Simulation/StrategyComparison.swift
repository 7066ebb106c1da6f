/// Daily summary of one strategy over a seeded group of stochastic virtual patients.
public struct StrategyOutcome: Sendable, Equatable {
    public var strategy: Strategy
    /// Mean pain per day (0–10).
    public var meanPain: [Double]
    /// 10th and 90th percentile of weekly-smoothed pain across patients, per day.
    public var pain10: [Double]
    public var pain90: [Double]
    /// Mean disability per day (RMDQ-like 0–24).
    public var meanDisability: [Double]
    /// Mean latent states per day (sensitivity, threat, capacity).
    public var meanSensitivity: [Double]
    public var meanThreat: [Double]
    public var meanCapacity: [Double]
    /// Mean activity per day (load units).
    public var meanActivity: [Double]
    /// Days with a verum session in the strategy.
    public var sessionDays: [Int]

    /// Mean of a daily series over `range`.
    public static func mean(_ xs: [Double], _ range: Range<Int>) -> Double {
        let lo = max(0, range.lowerBound)
        let hi = min(xs.count, range.upperBound)
        guard hi > lo else { return .nan }
        return xs[lo..<hi].reduce(0, +) / Double(hi - lo)
    }
}

/// Compares the built-in strategies over a seeded group of virtual patients who share the
/// preset's parameters and differ only in day-to-day randomness.
public struct StrategyComparison: Sendable {
    public var patients: Int
    public var horizonDays: Int
    public var seed: UInt64
    public var person: PersonSpec

    public init(
        patients: Int = 200, horizonDays: Int = 365, seed: UInt64 = 1, person: PersonSpec = PersonSpec(preset: .sensitised)
    ) {
        self.patients = max(1, patients)
        self.horizonDays = max(1, horizonDays)
        self.seed = seed
        self.person = person
    }

    /// Runs every strategy; patients use the same streams in every arm (common random numbers).
    public func run() throws(ScenarioError) -> [StrategyOutcome] {
        try Strategy.allCases.map { strategy throws(ScenarioError) in try run(strategy) }
    }

    /// Runs one strategy.
    public func run(_ strategy: Strategy) throws(ScenarioError) -> StrategyOutcome {
        let scenario = strategy.scenario(horizonDays: horizonDays, person: person)
        try scenario.validate()
        let parameters: Parameters
        do { parameters = try scenario.parameters() } catch { throw ScenarioError(error.problems) }
        let start = person.preset.initialState(for: parameters)
        let n = Double(patients)
        var pain = [Double](repeating: 0, count: horizonDays)
        var disability = pain
        var sensitivity = pain
        var threat = pain
        var capacity = pain
        var activity = pain
        var weekly = [[Double]](repeating: [], count: horizonDays)
        let simulator = Simulator()
        for i in 0..<patients {
            let t = simulator.run(scenario, parameters: parameters, initial: start, seed: seed, stream: UInt64(i))
            var window: [Double] = []
            for (d, day) in t.days.enumerated() {
                pain[d] += day.outcome.pain / n
                disability[d] += day.outcome.disability / n
                sensitivity[d] += day.state.sensitivity / n
                threat[d] += day.state.threat / n
                capacity[d] += day.state.capacity / n
                activity[d] += day.outcome.activity / n
                window.append(day.outcome.pain)
                if window.count > 7 { window.removeFirst() }
                weekly[d].append(window.reduce(0, +) / Double(window.count))
            }
        }
        func quantile(_ xs: [Double], _ q: Double) -> Double {
            let s = xs.sorted()
            guard !s.isEmpty else { return .nan }
            let pos = q * Double(s.count - 1)
            let lo = Int(pos)
            let hi = min(s.count - 1, lo + 1)
            return s[lo] + (s[hi] - s[lo]) * (pos - Double(lo))
        }
        return StrategyOutcome(
            strategy: strategy, meanPain: pain, pain10: weekly.map { quantile($0, 0.1) },
            pain90: weekly.map { quantile($0, 0.9) }, meanDisability: disability, meanSensitivity: sensitivity,
            meanThreat: threat, meanCapacity: capacity, meanActivity: activity,
            sessionDays: scenario.care.acupuncture.map { $0.kind == .verum ? $0.days : [] } ?? [])
    }
}
