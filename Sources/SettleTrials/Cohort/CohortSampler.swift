import SettleModel

/// Draws virtual people of a condition around a population parameter set.
///
/// Deterministic: the same random stream gives the same person on every machine. Draw order per
/// person: vulnerability factor, one deviate per parameter variation (in the condition's order),
/// starting threat, sleep, stress, onset injury.
public struct CohortSampler: Sendable {
    /// A variation resolved to its key path. Key paths are immutable once formed, so sharing
    /// them across threads is safe even though the standard library does not mark them Sendable.
    struct Resolved: @unchecked Sendable {
        let keyPath: WritableKeyPath<Parameters, Double>
        let range: ClosedRange<Double>
        let shape: SpreadShape
        let spread: Double
        let loading: Double
    }

    /// The condition sampled.
    public let condition: Condition
    /// Population parameters with the condition's centre applied (the cohort median person).
    public let centre: Parameters
    let resolved: [Resolved]

    /// Resolves the condition against `population` (default: the calibrated parameters).
    ///
    /// Throws when the condition names an unknown parameter, a centre value is out of range,
    /// or a spread or loading is outside its allowed range.
    public init(condition: Condition, population: Parameters = .calibrated, path: String = "cohort") throws(TrialDesignError) {
        var problems: [ParameterError] = []
        do {
            centre = try population.applying(condition.centre, path: "\(path).centre")
        } catch {
            problems += error.problems
            centre = population
        }
        let catalog = ParameterCatalog.entries
        var resolved: [Resolved] = []
        for (i, v) in condition.variations.enumerated() {
            let at = "\(path).variations[\(i)]"
            guard let info = catalog.first(where: { $0.name == v.name }) else {
                problems.append(.init(path: "\(at).name", problem: "unknown parameter '\(v.name)'; see ParameterCatalog"))
                continue
            }
            if !(v.spread.isFinite && v.spread >= 0 && v.spread <= 3) {
                problems.append(.init(path: "\(at).spread", problem: "must be 0…3, got \(v.spread)"))
            }
            if !(v.loading.isFinite && abs(v.loading) <= 1) {
                problems.append(.init(path: "\(at).loading", problem: "must be −1…1, got \(v.loading)"))
            }
            if v.shape == .logNormal && info.range.upperBound <= 0 {
                problems.append(.init(path: "\(at).shape", problem: "logNormal needs a positive parameter; use logitNormal"))
            }
            resolved.append(
                Resolved(
                    keyPath: info.keyPath, range: info.range, shape: v.shape,
                    spread: v.spread, loading: v.loading))
        }
        func level(_ l: LevelVariation, _ name: String) {
            if !(0...10).contains(l.median) {
                problems.append(.init(path: "\(path).\(name).median", problem: "must be 0…10, got \(l.median)"))
            }
            if !(0...3).contains(l.spread) {
                problems.append(.init(path: "\(path).\(name).spread", problem: "must be 0…3, got \(l.spread)"))
            }
            if !(-1...1).contains(l.loading) {
                problems.append(.init(path: "\(path).\(name).loading", problem: "must be −1…1, got \(l.loading)"))
            }
        }
        level(condition.sleep, "sleep")
        level(condition.stress, "stress")
        if !(0...1).contains(condition.startThreat) {
            problems.append(.init(path: "\(path).startThreat", problem: "must be 0…1, got \(condition.startThreat)"))
        }
        if !(0...3).contains(condition.startThreatSpread) {
            problems.append(.init(path: "\(path).startThreatSpread", problem: "must be 0…3, got \(condition.startThreatSpread)"))
        }
        if !(0...3).contains(condition.onsetInjury) {
            problems.append(
                .init(path: "\(path).onsetInjury", problem: "must be 0…3 nociceptive a.u., got \(condition.onsetInjury)"))
        }
        if !(0...2).contains(condition.onsetInjurySpread) {
            problems.append(.init(path: "\(path).onsetInjurySpread", problem: "must be 0…2, got \(condition.onsetInjurySpread)"))
        }
        if !(0...1000).contains(condition.burnInDays) {
            problems.append(.init(path: "\(path).burnInDays", problem: "must be 0…1000 days, got \(condition.burnInDays)"))
        }
        if !problems.isEmpty { throw TrialDesignError(problems) }
        self.condition = condition
        self.resolved = resolved
    }

    /// Draws one person from `stream` and burns them in deterministically.
    public func draw(_ stream: inout RandomStream) -> VirtualPerson {
        let v = stream.normal()
        var p = centre
        for r in resolved {
            let z = r.loading * v + (1 - r.loading * r.loading).squareRoot() * stream.normal()
            let c = p[keyPath: r.keyPath]
            switch r.shape {
            case .logNormal: p[keyPath: r.keyPath] = Spread.logNormal(centre: c, range: r.range, spread: r.spread, z: z)
            case .logitNormal: p[keyPath: r.keyPath] = Spread.logitNormal(centre: c, range: r.range, spread: r.spread, z: z)
            }
        }
        let threatZ = 0.6 * v + 0.8 * stream.normal()
        let threat = Spread.logitNormal(
            centre: condition.startThreat, range: 0...1, spread: condition.startThreatSpread, z: threatZ)
        func level(_ l: LevelVariation) -> Double {
            let z = l.loading * v + (1 - l.loading * l.loading).squareRoot() * stream.normal()
            return Spread.logitNormal(centre: l.median, range: 0...10, spread: l.spread, z: z)
        }
        let sleep = level(condition.sleep)
        let stress = level(condition.stress)
        let injuryZ = stream.normal()
        let injury =
            condition.onsetInjury > 0
            ? Spread.logNormal(centre: condition.onsetInjury, range: 0...3, spread: condition.onsetInjurySpread, z: injuryZ) : 0

        let model = Model(parameters: p)
        var day = DayInput()
        day.sleep = sleep
        day.stress = stress
        var guess: ModelState
        switch condition.regime {
        case .sensitised:
            guess = .sensitisedGuess(p)
            guess.threat = threat
        case .recovered:
            guess = .recoveredGuess(p)
        }
        let start = model.settle(guess, days: condition.burnInDays, input: day)
        return VirtualPerson(parameters: p, start: start, sleep: sleep, stress: stress, onsetInjury: injury, vulnerability: v)
    }
}
