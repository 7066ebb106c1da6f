import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Sequential Monte Carlo (bootstrap particle filter) over the model's latent states and the
/// patient's `PersonalParameters`, the static ones moved by a Liu–West kernel at each resampling.
///
/// Each particle is one possible patient: a latent state, personal parameters and the model
/// they make. A day moves every particle one model step with its own random shocks (the
/// model's day-to-day noise, unobserved sleep and stress, spontaneous flares); the day's
/// observations then weigh the particles by a robust likelihood (Student-t for pain, so one
/// outlying rating cannot collapse the cloud). Missing days skip the weighing. When the
/// effective sample size falls below the threshold, particles are resampled systematically.
///
/// All particle arrays are allocated once per run; a day allocates nothing.
public struct ParticleFilter: Sendable {
    /// Population parameters the personal ones are applied to.
    public let base: Parameters
    /// Filter tuning.
    public let settings: FilterSettings

    /// Fewest days between two Liu–West moves of the personal parameters; resamplings in
    /// between only copy particles (cheap), so the model table is rebuilt at most this often.
    static let moveInterval = 4

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
        var cloud = initialCloud(timeline: timeline, prior: prior, count: n, random: &random)

        let days = timeline.days
        let usualSleep = Self.mean(days.compactMap(\.sleep)) ?? 7
        let usualStress = Self.mean(days.compactMap(\.stress)) ?? 3

        // Preallocated scratch.
        var logLik = [Double](repeating: 0, count: n)
        var scratch = Scratch(cloud)
        var lastMove = 0
        var history: [DailyEstimate] = []
        if settings.recordHistory { history.reserveCapacity(days.count) }
        var sessions: [SessionEffect] = []
        var totalLogLik = 0.0
        var resamples = 0
        var minESS = Double(n)

        let halfDF = (settings.painDegreesOfFreedom + 1) / 2
        let invDF = 1 / settings.painDegreesOfFreedom
        let invPainScale = 1 / settings.painScale
        let invActScale = 1 / settings.activityLogScale
        let jitter = settings.stateJitter
        // Capacity gets its own relative random walk (model error in the Banister response),
        // so repeated resampling cannot collapse it onto one value.
        let capacityJitter = settings.capacityJitter
        let openThreshold = CareWindow.openThreshold

        for t in 0..<days.count {
            let obs = days[t]
            var input = DayInput()
            input.verumNeedles = obs.verumNeedles
            input.sham = obs.sham
            input.education = obs.education
            input.sleep = obs.sleep ?? usualSleep
            input.stress = obs.stress ?? usualStress
            let quota = timeline.quotaMinutes[t]
            input.timeContingent = quota != nil || obs.structuredExercise
            let sleepKnown = obs.sleep != nil
            let stressKnown = obs.stress != nil
            let painObs = obs.pain
            let actObs = obs.activityMinutes
            let hasObservation = painObs != nil || actObs != nil || obs.disability != nil || obs.fearOfMovement != nil

            var fMean = 0.0
            var fSq = 0.0
            var maxLL = -Double.infinity
            let models = cloud.models
            models.withUnsafeBufferPointer { models in
                for i in 0..<n {
                    input.plannedLoad = quota.map { $0 / 60 } ?? cloud.habitualLoad[i]
                    // Both flare uniforms come from one 64-bit draw (32 bits each is ample).
                    let bits = random.next()
                    let shocks = DayShocks(
                        painNoise: random.normal(),
                        sleep: sleepKnown ? 0 : random.normal(),
                        stress: stressKnown ? 0 : random.normal(),
                        flareDraw: Double(bits >> 32) * 0x1.0p-32,
                        flareSizeDraw: 1 - Double(bits & 0xFFFF_FFFF) * 0x1.0p-32)
                    var s = cloud.states[i]
                    let out = models[cloud.modelIndex[i]].step(&s, input, shocks: shocks)
                    if jitter > 0 || capacityJitter > 0 {
                        s.sensitivity = min(1, max(0, s.sensitivity + jitter * random.normal()))
                        s.threat = min(1, max(0, s.threat + jitter * random.normal()))
                        s.capacity *= 1 + capacityJitter * random.normal()
                    }
                    cloud.states[i] = s
                    let w = cloud.weights[i]
                    fMean += w * out.pain
                    fSq += w * out.pain * out.pain
                    guard hasObservation else { continue }
                    var ll = 0.0
                    if let y = painObs {
                        let r = (y - out.pain) * invPainScale
                        ll -= halfDF * log(1 + r * r * invDF)
                    }
                    if let y = actObs {
                        // Symmetric relative difference: ≈ log(y + 10) − log(x + 10), without a log.
                        let x = out.activityMinutes
                        let r = 2 * (y - x) / (y + x + 20) * invActScale
                        ll -= 2.5 * log(1 + r * r * 0.25)
                    }
                    if let y = obs.disability {
                        let r = (y - out.disability) / settings.disabilityScale
                        ll -= 2.5 * log(1 + r * r * 0.25)
                    }
                    if let y = obs.fearOfMovement {
                        let r = (y - out.fearOfMovement) / settings.fearScale
                        ll -= 2.5 * log(1 + r * r * 0.25)
                    }
                    logLik[i] = ll
                    if ll > maxLL { maxLL = ll }
                }
            }
            let forecastVar = max(0, fSq - fMean * fMean) + settings.painScale * settings.painScale

            if hasObservation, maxLL.isFinite {
                var total = 0.0
                for i in 0..<n {
                    let w = cloud.weights[i] * exp(logLik[i] - maxLL)
                    cloud.weights[i] = w
                    total += w
                }
                if total > 0, total.isFinite {
                    totalLogLik += log(total) + maxLL
                    let inv = 1 / total
                    for i in 0..<n { cloud.weights[i] *= inv }
                } else {
                    for i in 0..<n { cloud.weights[i] = 1 / Double(n) }
                }
            }

            if obs.verumNeedles > 0 {
                sessions.append(sessionEffect(day: obs.day, needles: obs.verumNeedles, cloud: cloud))
            }

            if settings.recordHistory {
                var g = 0.0, g2 = 0.0, th = 0.0, cap = 0.0, open = 0.0
                for i in 0..<n {
                    let w = cloud.weights[i]
                    let s = cloud.states[i]
                    g += w * s.sensitivity
                    g2 += w * s.sensitivity * s.sensitivity
                    th += w * s.threat
                    cap += w * s.capacity
                    if cloud.models[cloud.modelIndex[i]].parameters.needlingGainReduction * s.needling >= openThreshold {
                        open += w
                    }
                }
                history.append(
                    DailyEstimate(
                        day: obs.day, forecastPain: fMean, forecastPainSD: forecastVar.squareRoot(),
                        observedPain: painObs, sensitivity: g, sensitivitySD: max(0, g2 - g * g).squareRoot(),
                        threat: th, capacity: cap, windowProbability: open))
            }

            // Resample when the effective sample size is low.
            var sumSq = 0.0
            for i in 0..<n { sumSq += cloud.weights[i] * cloud.weights[i] }
            let ess = sumSq > 0 ? 1 / sumSq : 0
            if ess < minESS { minESS = ess }
            if ess < settings.resampleThreshold * Double(n) {
                let move = t - lastMove >= Self.moveInterval
                if move { lastMove = t }
                resample(&cloud, scratch: &scratch, move: move, random: &random)
                resamples += 1
            }
        }

        let final = finalEstimates(cloud)
        let tomorrow = tomorrowForecast(
            cloud: cloud, timeline: timeline, usualSleep: usualSleep, usualStress: usualStress, random: &random)
        return FilterResult(
            timeline: timeline, history: history, final: final, tomorrowPain: tomorrow, sessions: sessions,
            logLikelihood: totalLogLik, resampleCount: resamples, minimumEffectiveSize: minESS, cloud: cloud)
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
            weights: [Double](repeating: 1 / Double(n), count: n))
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

    /// Scratch arrays for resampling, allocated once per run.
    struct Scratch {
        var indices: [Int]
        var states: [ModelState]
        var coordinates: [PersonalCoordinates]
        var modelIndex: [Int]
        var habitualLoad: [Double]

        init(_ cloud: ParticleCloud) {
            indices = [Int](repeating: 0, count: cloud.weights.count)
            states = cloud.states
            coordinates = cloud.coordinates
            modelIndex = cloud.modelIndex
            habitualLoad = cloud.habitualLoad
        }
    }

    /// Systematic resampling; with `move`, then the Liu–West shrink-and-jitter move of the
    /// personal coordinates (which rebuilds the model table).
    func resample(_ cloud: inout ParticleCloud, scratch: inout Scratch, move: Bool, random: inout RandomStream) {
        let n = cloud.weights.count
        // Weighted mean and variance of the coordinates before resampling.
        var mean = PersonalCoordinates(z0: 0, z1: 0, z2: 0, z3: 0)
        var variance = PersonalCoordinates(z0: 0, z1: 0, z2: 0, z3: 0)
        if move {
            for i in 0..<n {
                let w = cloud.weights[i]
                let c = cloud.coordinates[i]
                for k in 0..<PersonalCoordinates.count { mean[k] += w * c[k] }
            }
            for i in 0..<n {
                let w = cloud.weights[i]
                let c = cloud.coordinates[i]
                for k in 0..<PersonalCoordinates.count {
                    let d = c[k] - mean[k]
                    variance[k] += w * d * d
                }
            }
        }
        // Systematic resampling: one uniform, n evenly spaced pointers.
        let step = 1 / Double(n)
        var u = random.uniform() * step
        var cumulative = cloud.weights[0]
        var j = 0
        for i in 0..<n {
            while u > cumulative, j < n - 1 {
                j += 1
                cumulative += cloud.weights[j]
            }
            scratch.indices[i] = j
            u += step
        }
        for i in 0..<n {
            let k = scratch.indices[i]
            scratch.states[i] = cloud.states[k]
            scratch.coordinates[i] = cloud.coordinates[k]
            scratch.modelIndex[i] = cloud.modelIndex[k]
            scratch.habitualLoad[i] = cloud.habitualLoad[k]
            cloud.weights[i] = step
        }
        swap(&cloud.states, &scratch.states)
        swap(&cloud.coordinates, &scratch.coordinates)
        swap(&cloud.modelIndex, &scratch.modelIndex)
        swap(&cloud.habitualLoad, &scratch.habitualLoad)
        guard move else { return }
        // Liu–West: shrink towards the mean by a, jitter with h² of the variance.
        let delta = settings.discount
        let a = (3 * delta - 1) / (2 * delta)
        let h = (1 - a * a).squareRoot()
        for i in 0..<n {
            var c = cloud.coordinates[i]
            for k in 0..<PersonalCoordinates.count {
                c[k] = a * c[k] + (1 - a) * mean[k] + h * variance[k].squareRoot() * random.normal()
            }
            c.z0 = min(0.2, max(-0.4, c.z0))
            cloud.coordinates[i] = c
            let personal = c.natural
            cloud.models[i] = Model(parameters: personal.applied(to: base))
            cloud.modelIndex[i] = i
            cloud.habitualLoad[i] = personal.habitualLoad
        }
    }

    func sessionEffect(day: Day, needles: Double, cloud: ParticleCloud) -> SessionEffect {
        let n = cloud.weights.count
        var relative = [Double](repeating: 0, count: n)
        var absolute = [Double](repeating: 0, count: n)
        for i in 0..<n {
            let p = cloud.models[cloud.modelIndex[i]].parameters
            let s = cloud.states[i]
            relative[i] = 100 * p.needlingGainReduction * s.needling
            absolute[i] = p.gainMax * s.sensitivity * p.needlingGainReduction * s.needling
        }
        return SessionEffect(
            day: day, needles: needles, amplificationDrop: Estimate(values: relative, weights: cloud.weights),
            effectiveGainDrop: Estimate(values: absolute, weights: cloud.weights))
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
