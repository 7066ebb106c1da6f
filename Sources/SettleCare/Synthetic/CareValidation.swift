import SettleModel

/// Re-runnable validation of the care engine on seeded synthetic cohorts (the figures in
/// docs/CARE.md come from here, via `settle fit --validate`).
public enum CareValidation {
    /// Interval coverage of one latent state across a cohort.
    public struct StateCoverage: Codable, Sendable, Equatable {
        /// State name.
        public var name: String
        /// Share of patients whose true value lies in the 80 % interval (0–1).
        public var coverage80: Double
        /// Share inside the 95 % interval (0–1).
        public var coverage95: Double
        /// Mean absolute error of the posterior mean.
        public var meanAbsoluteError: Double
    }

    /// Coverage of the filter's intervals on a cohort.
    public struct CoverageReport: Codable, Sendable, Equatable {
        /// Patients simulated.
        public var patients: Int
        /// Diary days per patient.
        public var days: Int
        /// Fraction of diary days missing.
        public var missingFraction: Double
        /// Per state.
        public var states: [StateCoverage]
        /// All four states pooled, 80 % intervals.
        public var pooled80: Double
        /// All four states pooled, 95 % intervals.
        public var pooled95: Double
        /// Share of reported ratings inside the one-step-ahead 80 % forecast band.
        public var forecastCoverage80: Double
        /// Share of patients (with a verum session) whose true window length lies in the 80 %
        /// interval of `WindowStatus.duration` (0–1).
        public var windowDurationCoverage80: Double = 0
        /// Same for the 95 % interval (0–1).
        public var windowDurationCoverage95: Double = 0
        /// Mean absolute error of the posterior mean window length (days).
        public var windowDurationError: Double = 0
        /// Mean width of the 80 % interval of the window length (days).
        public var windowDurationWidth80: Double = 0
    }

    /// Runs the filter on `patients` synthetic patients and checks its intervals against the truth.
    public static func coverage(seed: UInt64, patients: Int, design: SyntheticPatient.Design = .init(), settings: FilterSettings)
        -> CoverageReport
    {
        let names = ["sensitivity", "threat", "guarding", "capacity"]
        var in80 = [Int](repeating: 0, count: 4), in95 = [Int](repeating: 0, count: 4)
        var error = [Double](repeating: 0, count: 4)
        var forecastIn = 0, forecastTotal = 0
        var windowIn80 = 0, windowIn95 = 0, windowTotal = 0
        var windowError = 0.0, windowWidth = 0.0
        var history = settings
        history.recordHistory = true
        for k in 0..<max(1, patients) {
            let patient = SyntheticPatient.make(seed: seed, index: UInt64(k), design: design)
            let result = ParticleFilter(settings: history).run(CareTimeline(record: patient.record, asOf: patient.lastDay))
            guard let truth = patient.truth.last else { continue }
            let e = result.final
            let pairs = [
                (e.sensitivity, truth.sensitivity), (e.threat, truth.threat), (e.guarding, truth.guarding),
                (e.capacity, truth.capacity),
            ]
            for (i, (estimate, value)) in pairs.enumerated() {
                if estimate.contains80(value) { in80[i] += 1 }
                if estimate.contains95(value) { in95[i] += 1 }
                error[i] += abs(estimate.mean - value)
            }
            let window = WindowStatus(result: result)
            if let duration = window.duration {
                let truthLength = WindowStatus.windowLength(parameters: patient.parameters, needles: Double(design.needles))
                windowTotal += 1
                if duration.contains80(truthLength) { windowIn80 += 1 }
                if duration.contains95(truthLength) { windowIn95 += 1 }
                windowError += abs(duration.mean - truthLength)
                windowWidth += duration.upper80 - duration.lower80
            }
            for d in result.history.dropFirst(14) {
                guard let y = d.observedPain else { continue }
                forecastTotal += 1
                if abs(y - d.forecastPain) <= 1.2816 * d.forecastPainSD { forecastIn += 1 }
            }
        }
        let n = Double(max(1, patients))
        let states = (0..<4).map {
            StateCoverage(
                name: names[$0], coverage80: Double(in80[$0]) / n, coverage95: Double(in95[$0]) / n,
                meanAbsoluteError: error[$0] / n)
        }
        let w = Double(max(1, windowTotal))
        return CoverageReport(
            patients: patients, days: design.days, missingFraction: design.missingFraction, states: states,
            pooled80: Double(in80.reduce(0, +)) / (4 * n), pooled95: Double(in95.reduce(0, +)) / (4 * n),
            forecastCoverage80: Double(forecastIn) / Double(max(1, forecastTotal)),
            windowDurationCoverage80: Double(windowIn80) / w, windowDurationCoverage95: Double(windowIn95) / w,
            windowDurationError: windowError / w, windowDurationWidth80: windowWidth / w)
    }

    /// The planner against a fixed 10 %-a-week rule on one seeded cohort.
    public struct PlannerComparison: Codable, Sendable, Equatable {
        /// Patients simulated.
        public var patients: Int
        /// Mean flare days in 12 weeks: planner, fixed rule.
        public var flareDays: [Double]
        /// Mean true pain in weeks 10–12: planner, fixed rule.
        public var painAtTwelveWeeks: [Double]
        /// Mean activity minutes a day in weeks 10–12: planner, fixed rule.
        public var minutesAtTwelveWeeks: [Double]
        /// Patients with lower 12-week pain under the planner than under the fixed rule.
        public var plannerBetterPain: Int
        /// Patients with fewer flare days under the planner.
        public var plannerFewerFlares: Int
    }

    /// Runs `PlannerTrial` for both controllers on `patients` patients.
    public static func plannerComparison(seed: UInt64, patients: Int, settings: CareSettings) -> PlannerComparison {
        var flares = [0.0, 0.0], pain = [0.0, 0.0], minutes = [0.0, 0.0]
        var betterPain = 0, fewerFlares = 0
        for k in 0..<max(1, patients) {
            let a = PlannerTrial.run(seed: seed, index: UInt64(k), controller: .planner(settings))
            let b = PlannerTrial.run(seed: seed, index: UInt64(k), controller: .fixed(weeklyIncrease: 0.10))
            flares[0] += Double(a.flareDays)
            flares[1] += Double(b.flareDays)
            pain[0] += a.painAtTwelveWeeks
            pain[1] += b.painAtTwelveWeeks
            minutes[0] += a.minutesAtTwelveWeeks
            minutes[1] += b.minutesAtTwelveWeeks
            if a.painAtTwelveWeeks < b.painAtTwelveWeeks { betterPain += 1 }
            if a.flareDays < b.flareDays { fewerFlares += 1 }
        }
        let n = Double(max(1, patients))
        return PlannerComparison(
            patients: patients, flareDays: flares.map { $0 / n }, painAtTwelveWeeks: pain.map { $0 / n },
            minutesAtTwelveWeeks: minutes.map { $0 / n }, plannerBetterPain: betterPain, plannerFewerFlares: fewerFlares)
    }
}
