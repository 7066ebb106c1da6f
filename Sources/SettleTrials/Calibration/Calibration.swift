import SettleModel

/// The result of evaluating a parameter set against every target.
public struct CalibrationEvaluation: Sendable {
    /// The population parameters evaluated.
    public var parameters: Parameters
    /// One check per target, in target order.
    public var checks: [TargetCheck]
    /// The simulated designs, by name (for the report and the persistence chart).
    public var results: [String: TrialResult]
    /// Penalty for losing the model's two regimes (see `Calibration.regimePenalty`).
    public var regimePenalty: Double

    /// The calibration loss: Σ over targets of weight × Σ over figures of min(25, z²), where
    /// z = (simulated − published) / interval half-width, plus the regime penalty.
    public var loss: Double { checks.reduce(0) { $0 + $1.loss } + regimePenalty }

    /// Verified targets that fail.
    public var failures: [TargetCheck] { checks.filter(\.failsBuild) }

    /// Number of verified targets (the ones that gate the build).
    public var verifiedCount: Int { checks.filter(\.target.status.gates).count }

    /// Number of verified targets that pass.
    public var verifiedPassing: Int { checks.filter { $0.target.status.gates && $0.passes }.count }
}

/// A free parameter of the fit and the range it may move in (inside its catalog range).
public struct FitBound: Sendable, Equatable {
    public var name: String
    public var range: ClosedRange<Double>
    public init(_ name: String, _ range: ClosedRange<Double>) {
        self.name = name
        self.range = range
    }
}

/// Fits the population parameters to the published targets.
///
/// Each evaluation re-runs every design the targets need with `patients` people living
/// through every arm (common random numbers, fixed seed), so the loss is a smooth-ish,
/// reproducible function of the parameters. The optimiser works on the logit of each free
/// parameter within its `ParameterCatalog` range, so fits never leave the documented ranges.
public struct Calibration: Sendable {
    /// Parameters the fit may move, each within a sub-range of its `ParameterCatalog` range
    /// chosen so the model keeps its properties (P1–P12): e.g. needling must still lower the gain
    /// noticeably (P5), and the sensitised regime must stay painful (P1, P3).
    public static let defaultBounds: [FitBound] = [
        FitBound("gainBaseline", -0.5 ... -0.3),
        FitBound("expectationRelief", 0.3...2.0),
        FitBound("expectationTime", 3...14),
        FitBound("needlingGainReduction", 0.42...0.8),
        FitBound("needlingTime", 3...8),
        FitBound("gainReliefFromCapacity", 0.3...1.0),
        FitBound("threatExtinction", 0.003...0.012),
        FitBound("educationThreatReduction", 0.12...0.4),
        FitBound("flareRate", 0.005...0.05),
        FitBound("flareSize", 0.05...0.3),
        FitBound("healingTime", 7...30),
        FitBound("threatLearning", 0.1...0.8),
        FitBound("surpriseMargin", 1.5...2.5),
        FitBound("contactExpectationJump", 0.1...1.0),
        FitBound("gainFromStress", 0.9...1.5),
        FitBound("gainFromPoorSleep", 1.2...2.0),
        FitBound("gainFromThreat", 0.8...1.0),
        FitBound("gainSelfExcitation", 1.0...1.3),
        FitBound("noiseAutocorrelation", 0.45...0.65),
        // The safety memory (docs/MODEL.md, step 9): the lasting route of a course's relief.
        FitBound("safetyInhibition", 0.3...1.0),
        FitBound("safetyLearning", 0.05...1.0),
        FitBound("safetyMargin", 0.5...2.5),
        FitBound("safetyMemoryTime", 365...3650),
        // Slow onset of sensitisation (docs/MODEL.md, step 10): from symmetric (τ_G) to four months.
        FitBound("sensitisationTime", 21...120),
        // The report floor (docs/MODEL.md, step 8): felt pain a person still reports as no pain.
        FitBound("reportFloor", 1.0...1.6),
        // Sub-additive specific and non-specific effects (docs/MODEL.md, step 1) and the
        // disability reading of pain (secondary outputs).
        FitBound("expectationOcclusion", 0...1),
        FitBound("disabilityFromPain", 0.015...0.05),
        // Sham needling that is not inert (docs/MODEL.md, step 1) and the arousal route of a
        // session, which the headache trials lean on.
        FitBound("shamNeedlingShare", 0...0.5),
        FitBound("needlingArousalReduction", 0.3...0.6),
        // Exercise training (docs/MODEL.md, steps 10 and 11): the structured programme's lasting
        // route to lower sensitivity; trainingJump 0 switches it off.
        FitBound("trainingJump", 0...0.1),
        FitBound("trainingTime", 21...90),
        FitBound("gainReliefFromTraining", 0...1),
        // Allocation-aware reporting (docs/MODEL.md, "Allocation-aware reporting"): read by the
        // trial runner only; at most about Hróbjartsson 2014's 0.63 SD in acupuncture trials.
        FitBound("allocationReportShift", 0...1.5),
        // The expectation jump of a verum or sham session (docs/MODEL.md, "What the two persistence
        // figures imply"): how much of sham's advantage over usual care fades after the course.
        FitBound("expectationJump", 0.05...1.0),
    ]

    /// Names of the free parameters.
    public var freeParameters: [String] { bounds.map(\.name) }

    public var targets: [CalibrationTarget]
    /// The free parameters and their fit ranges.
    public var bounds: [FitBound]
    /// People per design (each lives through every arm).
    public var patients: Int
    public var seed: UInt64
    public var workers: Int?

    public init(
        targets: [CalibrationTarget] = CalibrationTarget.all, bounds: [FitBound] = defaultBounds,
        patients: Int = 400, seed: UInt64 = 20_240_601, workers: Int? = nil
    ) {
        self.targets = targets
        self.bounds = bounds
        self.patients = patients
        self.seed = seed
        self.workers = workers
    }

    /// The designs the targets need (the persistence design always, for the chart).
    public var designs: [TrialDesign] {
        var names = Set(targets.map(\.metric.design))
        names.insert(TrialDesign.macphersonPersistence.name)
        return TrialDesign.presets.filter { names.contains($0.name) }
    }

    /// Simulates every needed design with `parameters` and checks every target.
    public func evaluate(_ parameters: Parameters) throws(TrialDesignError) -> CalibrationEvaluation {
        let runner = TrialRunner(population: parameters)
        let options = TrialRunOptions(patients: patients, seed: seed, allocation: .everyArm, workers: workers)
        var results: [String: TrialResult] = [:]
        for design in designs { results[design.name] = try runner.run(design, options: options) }
        return CalibrationEvaluation(
            parameters: parameters, checks: targets.map { $0.evaluate(results) }, results: results,
            regimePenalty: Self.regimePenalty(parameters))
    }

    /// 10 × (how far a recovered person drifts above pain 2, plus how far a sensitised person
    /// falls below pain 5.5) after a deterministic year of neutral days: keeps the two stable
    /// regimes (properties P1, P3) while the fit moves the parameters. Plus 10 × how far
    /// sensitivity stays below 0.8 after 180 days of high stress (8/10) or poor sleep (3/10) in
    /// a recovered person: the routes into sensitisation without injury (P2) must survive a
    /// fit that makes the recovered regime more robust.
    public static func regimePenalty(_ p: Parameters) -> Double {
        let model = Model(parameters: p)
        var recovered = model.settle(.recoveredGuess(p), days: 200)
        var sensitised = model.settle(.sensitisedGuess(p), days: 200)
        var painR = 0.0, painS = 0.0
        for _ in 0..<365 {
            painR = model.step(&recovered, DayInput()).pain
            painS = model.step(&sensitised, DayInput()).pain
        }
        var stressed = DayInput()
        stressed.stress = 8
        var poorSleep = DayInput()
        poorSleep.sleep = 3
        let routes = [stressed, poorSleep].map { input in
            max(0, 0.8 - model.settle(recovered, days: 180, input: input).sensitivity)
        }
        return 10 * (max(0, painR - 2) + max(0, 5.5 - painS) + routes.reduce(0, +))
    }

    /// Maps a parameter set to optimiser coordinates (logit of the position in each fit range).
    func coordinates(_ p: Parameters) -> [Double] {
        bounds.compactMap { b in
            guard let info = ParameterCatalog.info(named: b.name) else { return nil }
            let r = b.range
            let u = min(1 - 1e-3, max(1e-3, (p[keyPath: info.keyPath] - r.lowerBound) / (r.upperBound - r.lowerBound)))
            return Spread.logit(u)
        }
    }

    /// Maps optimiser coordinates back onto `base`.
    func parameters(_ x: [Double], base: Parameters) -> Parameters {
        var p = base
        for (b, xi) in zip(bounds, x) {
            guard let info = ParameterCatalog.info(named: b.name) else { continue }
            let r = b.range
            p[keyPath: info.keyPath] = r.lowerBound + (r.upperBound - r.lowerBound) * Spread.logistic(xi)
        }
        return p
    }

    /// Fits the free parameters from `start` with Nelder–Mead, minimising `objective`; `progress`
    /// sees each evaluation number and objective value. Returns the evaluation (at `patients`) of
    /// the best parameter set found.
    public func fit(
        from start: Parameters, optimiser: NelderMead = NelderMead(maxEvaluations: 60, initialStep: 0.4),
        objective: FitObjective = .loss, progress: (Int, Double) -> Void = { _, _ in }
    ) throws(TrialDesignError) -> (evaluation: CalibrationEvaluation, evaluations: Int) {
        for (i, b) in bounds.enumerated() {
            guard let info = ParameterCatalog.info(named: b.name) else {
                throw TrialDesignError(path: "bounds[\(i)].name", problem: "unknown parameter '\(b.name)'")
            }
            guard info.range.contains(b.range.lowerBound), info.range.contains(b.range.upperBound) else {
                throw TrialDesignError(path: "bounds[\(i)].range", problem: "must lie inside the catalog range \(info.range)")
            }
        }
        let initial = try objectiveValue(start, objective)
        var count = 0
        let best = optimiser.minimise(coordinates(start)) { x in
            count += 1
            let value = (try? objectiveValue(parameters(x, base: start), objective)) ?? .infinity
            progress(count, value)
            return value
        }
        // The simplex starts a hair inside the fit ranges, so keep the start if nothing beat it.
        let winner = best.value < initial ? parameters(best.point, base: start) : start
        return (try evaluate(winner), best.evaluations)
    }
}
