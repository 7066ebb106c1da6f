import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sequential Monte Carlo (bootstrap particle filter) over the model's latent states and the
/// patient's `PersonalParameters`, the static ones moved at resamplings by a regularised
/// Liu–West kernel (window parameters with exponential forgetting towards the prior).
///
/// Each particle is one possible patient: a latent state, personal parameters and the model
/// they make. A day moves every particle one model step with its own random shocks (the
/// model's day-to-day noise, unobserved sleep and stress, spontaneous flares); the day's
/// observations then weigh the particles by a robust likelihood (Student-t for pain, so one
/// outlying rating cannot collapse the cloud). Missing days skip the weighing. When the
/// effective sample size falls below the threshold, particles are resampled systematically.
///
/// All particle storage is allocated once per run (`ParticleBuffers`); a day allocates nothing.
/// Results are deterministic for a seed.
public struct ParticleFilter: Sendable {
    /// Population parameters the personal ones are applied to.
    public let base: Parameters
    /// Filter tuning.
    public let settings: FilterSettings

    /// Fewest days between two moves of the personal parameters; resamplings in between only
    /// copy particles (cheap), so the model table (1 000 `Model` inits, ≈ 0.1 ms) is rebuilt at
    /// most this often. 8 rather than 4 saved ≈ 10 % of a patient-year with no loss in interval
    /// coverage on the validation cohorts (the window forgetting is per day, not per move).
    static let moveInterval = 8

    /// Creates a filter.
    public init(base: Parameters = .calibrated, settings: FilterSettings = FilterSettings()) {
        self.base = base
        self.settings = settings.sanitised
    }

    /// The prior over personal parameters for `timeline`: population centre, habitual load
    /// centred on the reported activity before any quota.
    public func prior(for timeline: CareTimeline) -> PersonalPrior {
        var minutes: [Double] = []
        for (i, d) in timeline.days.enumerated() where timeline.quotaMinutes[i] == nil {
            if let m = d.activityMinutes { minutes.append(m) }
        }
        minutes.sort()
        let median = minutes.isEmpty ? 45 : minutes[minutes.count / 2]
        // Willingness in persistent pain is typically 0.6–0.9 of the plan.
        let habit = min(2.5, max(0.1, median / 60 / 0.75))
        return PersonalPrior.population(base, habitualLoad: habit)
    }

    /// Runs the filter over `timeline`.
    public func run(_ timeline: CareTimeline) -> FilterResult {
        run(timeline, prior: prior(for: timeline))
    }

    /// Runs the filter over `timeline` with an explicit prior on personal parameters.
    public func run(_ timeline: CareTimeline, prior: PersonalPrior) -> FilterResult {
        let n = settings.particles
        var random = RandomStream(seed: settings.seed, stream: 0)
        var p = ParticleBuffers(initialCloud(timeline: timeline, prior: prior, count: n, random: &random))
        defer { p.deallocate() }

        let days = timeline.days
        let usualSleep = Self.mean(days.compactMap(\.sleep)) ?? 7
        let usualStress = Self.mean(days.compactMap(\.stress)) ?? 3

        var lastMove = 0
        var history: [DailyEstimate] = []
        if settings.recordHistory { history.reserveCapacity(days.count) }
        var sessions: [SessionEffect] = []
        var totalLogLik = 0.0
        var resamples = 0
        var minESS = Double(n)

        let painDF = settings.painDegreesOfFreedom
        let halfDF = (painDF + 1) / 2
        let invDF = 1 / painDF
        // With 4 degrees of freedom (the default) the Student-t factor (1 + r²/4)^−2.5 needs one
        // square root instead of a logarithm and an exponential.
        let painDFIsFour = painDF == 4
        let invPainScale = 1 / settings.painScale
        let invActScale = 1 / settings.activityLogScale
        let invDisabilityScale = 1 / settings.disabilityScale
        let invFearScale = 1 / settings.fearScale
        let jitter = settings.stateJitter
        // Capacity gets its own relative random walk (model error in the Banister response),
        // so repeated resampling cannot collapse it onto one value.
        let capacityJitter = settings.capacityJitter
        let openThreshold = CareWindow.openThreshold
        let uniformWeight = 1 / Double(n)

        for t in 0..<days.count {
            let obs = days[t]
            var input = DayInput()
            input.verumNeedles = obs.verumNeedles
            input.sham = obs.sham
            input.education = obs.education
            input.sleep = obs.sleep ?? usualSleep
            input.stress = obs.stress ?? usualStress
            let quota = timeline.quotaMinutes[t]
            let quotaLoad = quota.map { $0 / 60 }
            input.timeContingent = quota != nil || obs.structuredExercise
            let sleepKnown = obs.sleep != nil
            let stressKnown = obs.stress != nil
            let painObs = obs.pain
            let actObs = obs.activityMinutes
            let disabilityObs = obs.disability
            let fearObs = obs.fearOfMovement
            let hasObservation = painObs != nil || actObs != nil || disabilityObs != nil || fearObs != nil

            var fMean = 0.0
            var fSq = 0.0
            // Model indices are non-decreasing along the particles (systematic resampling keeps
            // ancestors in order; a move sets index = particle), so particles sharing a model form
            // one run and the (large) model is loaded once per run, not once per particle.
            var start = 0
            while start < n {
                let mi = p.modelIndex[start]
                var end = start + 1
                while end < n, p.modelIndex[end] == mi { end += 1 }
                let model = p.models[mi]
                for i in start..<end {
                    input.plannedLoad = quotaLoad ?? p.habitualLoad[i]
                    // Both flare uniforms come from one 64-bit draw (32 bits each is ample).
                    let bits = random.next()
                    let shocks = DayShocks(
                        painNoise: random.normal(),
                        sleep: sleepKnown ? 0 : random.normal(),
                        stress: stressKnown ? 0 : random.normal(),
                        flareDraw: Double(bits >> 32) * 0x1.0p-32,
                        flareSizeDraw: 1 - Double(bits & 0xFFFF_FFFF) * 0x1.0p-32)
                    var s = p.states[i]
                    let out = model.step(&s, input, shocks: shocks)
                    if jitter > 0 || capacityJitter > 0 {
                        s.sensitivity = min(1, max(0, s.sensitivity + jitter * random.normal()))
                        s.threat = min(1, max(0, s.threat + jitter * random.normal()))
                        s.capacity *= 1 + capacityJitter * random.normal()
                    }
                    p.states[i] = s
                    let w = p.weights[i]
                    fMean += w * out.pain
                    fSq += w * out.pain * out.pain
                    guard hasObservation else { continue }
                    // Likelihood factor of the day's observations (not its logarithm: every factor
                    // is bounded below on the rating scales, so the product cannot underflow).
                    var lik = 1.0
                    if let y = painObs {
                        let r = (y - out.pain) * invPainScale
                        let q = 1 + r * r * invDF
                        lik = painDFIsFour ? 1 / (q * q * q.squareRoot()) : exp(-halfDF * log(q))
                    }
                    if let y = actObs {
                        // Symmetric relative difference: ≈ log(y + 10) − log(x + 10), without a log.
                        let x = out.activityMinutes
                        let r = 2 * (y - x) / (y + x + 20) * invActScale
                        lik *= Self.studentFour(r)
                    }
                    if let y = disabilityObs {
                        lik *= Self.studentFour((y - out.disability) * invDisabilityScale)
                    }
                    if let y = fearObs {
                        lik *= Self.studentFour((y - out.fearOfMovement) * invFearScale)
                    }
                    p.likelihood[i] = lik
                }
                start = end
            }
            let forecastVar = max(0, fSq - fMean * fMean) + settings.painScale * settings.painScale

            if hasObservation {
                var total = 0.0
                for i in 0..<n {
                    let w = p.weights[i] * p.likelihood[i]
                    p.weights[i] = w
                    total += w
                }
                if total > 0, total.isFinite {
                    totalLogLik += log(total)
                    let inv = 1 / total
                    for i in 0..<n { p.weights[i] *= inv }
                } else {
                    for i in 0..<n { p.weights[i] = uniformWeight }
                }
            }

            if obs.verumNeedles > 0 {
                sessions.append(sessionEffect(day: obs.day, needles: obs.verumNeedles, particles: p))
            }

            if settings.recordHistory {
                var g = 0.0, g2 = 0.0, th = 0.0, cap = 0.0, open = 0.0
                for i in 0..<n {
                    let w = p.weights[i]
                    let s = p.states[i]
                    g += w * s.sensitivity
                    g2 += w * s.sensitivity * s.sensitivity
                    th += w * s.threat
                    cap += w * s.capacity
                    if p.windowDepth[p.modelIndex[i]] * s.needling >= openThreshold { open += w }
                }
                history.append(
                    DailyEstimate(
                        day: obs.day, forecastPain: fMean, forecastPainSD: forecastVar.squareRoot(),
                        observedPain: painObs, sensitivity: g, sensitivitySD: max(0, g2 - g * g).squareRoot(),
                        threat: th, capacity: cap, windowProbability: open))
            }

            // Resample when the effective sample size is low.
            var sumSq = 0.0
            for i in 0..<n { sumSq += p.weights[i] * p.weights[i] }
            let ess = sumSq > 0 ? 1 / sumSq : 0
            if ess < minESS { minESS = ess }
            if ess < settings.resampleThreshold * Double(n) {
                let elapsed = t - lastMove
                let move = elapsed >= Self.moveInterval
                if move { lastMove = t }
                resample(&p, move: move, elapsedDays: elapsed, prior: prior, random: &random)
                resamples += 1
            }
        }

        let cloud = p.cloud()
        let final = finalEstimates(cloud)
        let tomorrow = tomorrowForecast(
            cloud: cloud, timeline: timeline, usualSleep: usualSleep, usualStress: usualStress, random: &random)
        return FilterResult(
            timeline: timeline, history: history, final: final, tomorrowPain: tomorrow, sessions: sessions,
            logLikelihood: totalLogLik, resampleCount: resamples, minimumEffectiveSize: minESS, cloud: cloud)
    }

    /// Student-t likelihood factor with 4 degrees of freedom for a standardised residual `r`:
    /// (1 + r²/4)^−2.5, in (0, 1].
    @inline(__always)
    static func studentFour(_ r: Double) -> Double {
        let q = 1 + r * r * 0.25
        return 1 / (q * q * q.squareRoot())
    }

    // MARK: Pieces

    func initialCloud(timeline: CareTimeline, prior: PersonalPrior, count n: Int, random: inout RandomStream) -> ParticleCloud {
        let early = timeline.days.prefix(14).compactMap(\.pain)
        let firstPain = Self.mean(Array(early.prefix(7))) ?? 5
        var states: [ModelState] = []
        var coords: [PersonalCoordinates] = []
        var models: [Model] = []
        var habit: [Double] = []
        var modelIndex: [Int] = []
        modelIndex.reserveCapacity(n)
        states.reserveCapacity(n)
        coords.reserveCapacity(n)
        models.reserveCapacity(n)
        habit.reserveCapacity(n)
        for _ in 0..<n {
            let c = prior.coordinates(&random)
            let personal = c.natural
            let p = personal.applied(to: base)
            states.append(Self.initialState(firstPain: firstPain, parameters: p, random: &random))
            coords.append(c)
            models.append(Model(parameters: p))
            modelIndex.append(models.count - 1)
            habit.append(personal.habitualLoad)
        }
        return ParticleCloud(
            states: states, coordinates: coords, models: models, modelIndex: modelIndex, habitualLoad: habit,
            weights: [Double](repeating: 1 / Double(n), count: n), windowDepth: models.map(\.parameters.needlingGainReduction))
    }

    /// One draw from the broad prior over the starting state, given the first reported pain.
    static func initialState(firstPain: Double, parameters p: Parameters, random: inout RandomStream) -> ModelState {
        let usual = min(10, max(0, firstPain + random.normal()))
        let threat = 0.1 + 0.8 * random.uniform()
        let capacity = 0.3 + 1.0 * random.uniform()
        return ModelState(
            nociception: 0.3 * random.uniform(),
            sensitivity: 0.02 + 0.98 * random.uniform(),
            threat: threat,
            guarding: min(1, max(0, p.guardingFromThreat * threat + p.guardingFromPain * usual + 0.05 * random.normal())),
            capacity: capacity,
            fatigue: p.fatigueGain * capacity * (0.7 + 0.6 * random.uniform()),
            understanding: 0.3 * random.uniform(),
            usualPain: usual, lastPain: usual)
    }

    /// Systematic resampling in place (one uniform, n evenly spaced pointers; ancestors stay in
    /// order). With `move`, then the regularised Liu–West move of the personal coordinates, which
    /// rebuilds the model table (see `move(_:mean:variance:elapsedDays:prior:random:)`).
    func resample(
        _ p: inout ParticleBuffers, move: Bool, elapsedDays: Int, prior: PersonalPrior, random: inout RandomStream
    ) {
        let n = p.count
        // Weighted mean and variance of the coordinates before resampling.
        var mean = PersonalCoordinates(z0: 0, z1: 0, z2: 0, z3: 0)
        var variance = PersonalCoordinates(z0: 0, z1: 0, z2: 0, z3: 0)
        if move {
            for i in 0..<n {
                let w = p.weights[i]
                let c = p.coordinates[i]
                mean.z0 += w * c.z0
                mean.z1 += w * c.z1
                mean.z2 += w * c.z2
                mean.z3 += w * c.z3
            }
            for i in 0..<n {
                let w = p.weights[i]
                let c = p.coordinates[i]
                let d0 = c.z0 - mean.z0, d1 = c.z1 - mean.z1, d2 = c.z2 - mean.z2, d3 = c.z3 - mean.z3
                variance.z0 += w * d0 * d0
                variance.z1 += w * d1 * d1
                variance.z2 += w * d2 * d2
                variance.z3 += w * d3 * d3
            }
        }
        let step = 1 / Double(n)
        var u = random.uniform() * step
        var cumulative = p.weights[0]
        var j = 0
        for i in 0..<n {
            while u > cumulative, j < n - 1 {
                j += 1
                cumulative += p.weights[j]
            }
            p.spareStates[i] = p.states[j]
            p.spareCoordinates[i] = p.coordinates[j]
            p.spareModelIndex[i] = p.modelIndex[j]
            p.spareHabitualLoad[i] = p.habitualLoad[j]
            u += step
        }
        p.swapSpares()
        for i in 0..<n { p.weights[i] = step }
        guard move else { return }
        self.move(&p, mean: mean, variance: variance, elapsedDays: elapsedDays, prior: prior, random: &random)
    }

    /// Information the window parameters' posterior keeps per day (the forgetting factor λ of
    /// the regularised Liu–West move): between moves `d` days apart the cloud's precision for
    /// window depth and window time is blended as λ^d × cloud + (1 − λ^d) × prior.
    ///
    /// Why: those two are informed only by the few days after each session, but every resampling
    /// in between selects particles on how well their *state* fits the day's ratings, which
    /// carries the window values along at random. That Monte Carlo drift shrinks the cloud of a
    /// weakly identified parameter far below its true uncertainty (the window-length interval held
    /// the true length for only 56 % of synthetic patients). Forgetting at 0.9 a day keeps what
    /// repeated weekly sessions say but stops the drift. The gain baseline and habitual load,
    /// informed every day, are moved by the plain Liu–West kernel (λ = 1). Chosen on validation
    /// cohorts (docs/CARE.md).
    static let windowForgettingPerDay = 0.9

    /// The regularised Liu–West move. Per coordinate, the target is the Gaussian whose precision
    /// is λ × (cloud precision) + (1 − λ) × (prior precision), λ = `windowForgettingPerDay`^days
    /// for the window coordinates and 1 for the others; each particle is shrunk towards the cloud
    /// mean by `a` (Liu–West, from the discount δ) and jittered so the moved cloud has the
    /// target's mean and variance. With λ = 1 this is exactly the Liu–West kernel.
    func move(
        _ p: inout ParticleBuffers, mean: PersonalCoordinates, variance: PersonalCoordinates, elapsedDays: Int,
        prior: PersonalPrior, random: inout RandomStream
    ) {
        let n = p.count
        let delta = settings.discount
        let a = (3 * delta - 1) / (2 * delta)
        let windowLambda = pow(Self.windowForgettingPerDay, Double(max(0, elapsedDays)))
        let priorMean = PersonalCoordinates(prior.centre)
        let priorSD = PersonalCoordinates(
            z0: prior.gainBaselineSD, z1: prior.depthLogitSD, z2: prior.timeLogSD, z3: prior.habitLogSD)
        var target = mean
        var spread = variance
        for k in 0..<PersonalCoordinates.count {
            // Coordinates 1 and 2 are window depth (logit) and window time (log).
            let lambda = k == 1 || k == 2 ? windowLambda : 1
            let v = max(variance[k], 1e-12)
            let v0 = max(priorSD[k] * priorSD[k], 1e-12)
            let vTarget = 1 / (lambda / v + (1 - lambda) / v0)
            target[k] = vTarget * (lambda * mean[k] / v + (1 - lambda) * priorMean[k] / v0)
            spread[k] = max(0, vTarget - a * a * variance[k]).squareRoot()
        }
        for i in 0..<n {
            var c = p.coordinates[i]
            c.z0 = min(0.2, max(-0.4, target.z0 + a * (c.z0 - mean.z0) + spread.z0 * random.normal()))
            c.z1 = target.z1 + a * (c.z1 - mean.z1) + spread.z1 * random.normal()
            c.z2 = target.z2 + a * (c.z2 - mean.z2) + spread.z2 * random.normal()
            c.z3 = target.z3 + a * (c.z3 - mean.z3) + spread.z3 * random.normal()
            p.coordinates[i] = c
            let personal = c.natural
            let model = Model(parameters: personal.applied(to: base))
            p.models[i] = model
            p.windowDepth[i] = model.parameters.needlingGainReduction
            p.modelIndex[i] = i
            p.habitualLoad[i] = personal.habitualLoad
        }
    }

    func sessionEffect(day: Day, needles: Double, particles p: ParticleBuffers) -> SessionEffect {
        let n = p.count
        var relative = [Double](repeating: 0, count: n)
        var absolute = [Double](repeating: 0, count: n)
        let gainMax = base.gainMax
        for i in 0..<n {
            let s = p.states[i]
            let drop = p.windowDepth[p.modelIndex[i]] * s.needling
            relative[i] = 100 * drop
            absolute[i] = gainMax * s.sensitivity * drop
        }
        let weights = Array(p.weights)
        return SessionEffect(
            day: day, needles: needles, amplificationDrop: Estimate(values: relative, weights: weights),
            effectiveGainDrop: Estimate(values: absolute, weights: weights))
    }

    func finalEstimates(_ cloud: ParticleCloud) -> StateEstimates {
        let w = cloud.weights
        let s = cloud.states
        func est(_ f: (Int) -> Double) -> Estimate { Estimate(values: (0..<s.count).map(f), weights: w) }
        let personal = cloud.coordinates.map(\.natural)
        return StateEstimates(
            sensitivity: est { s[$0].sensitivity },
            effectiveGain: est { cloud.model($0).effectiveGain(s[$0]) },
            threat: est { s[$0].threat },
            guarding: est { s[$0].guarding },
            capacity: est { s[$0].capacity },
            tolerance: est { cloud.model($0).tolerance(s[$0]) },
            usualPain: est { s[$0].usualPain },
            gainBaseline: est { personal[$0].gainBaseline },
            needlingGainReduction: est { personal[$0].needlingGainReduction },
            needlingTime: est { personal[$0].needlingTime },
            habitualMinutes: est { personal[$0].habitualLoad * 60 })
    }

    /// Tomorrow's rating: one more model step per particle under the usual day, plus
    /// reporting error, rounded and clipped like a real rating would be.
    func tomorrowForecast(
        cloud: ParticleCloud, timeline: CareTimeline, usualSleep: Double, usualStress: Double,
        random: inout RandomStream
    ) -> Estimate {
        let n = cloud.weights.count
        guard n > 0, !timeline.days.isEmpty else { return Estimate(values: []) }
        var input = DayInput()
        input.sleep = usualSleep
        input.stress = usualStress
        let quota = timeline.quotaMinutes.last ?? nil
        input.timeContingent = quota != nil
        var values = [Double](repeating: 0, count: n)
        for i in 0..<n {
            input.plannedLoad = quota.map { $0 / 60 } ?? cloud.habitualLoad[i]
            var s = cloud.states[i]
            let out = cloud.models[cloud.modelIndex[i]].step(&s, input, shocks: DayShocks.draw(from: &random))
            values[i] = min(10, max(0, out.pain + settings.painScale * random.normal()))
        }
        return Estimate(values: values, weights: cloud.weights)
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
