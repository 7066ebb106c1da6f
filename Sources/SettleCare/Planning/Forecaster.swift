import SettleModel

/// Forward simulation of the posterior: `particles` patients drawn from the filter's final
/// cloud, each run under a `ForecastPolicy` with its own day-to-day randomness.
///
/// The same seed draws the same particles and the same shocks for every policy (common random
/// numbers), so differences between policies are not noise from different draws.
struct Forecaster: Sendable {
    let cloud: ParticleCloud
    let usualSleep: Double
    let usualStress: Double
    let particles: Int
    let seed: UInt64

    /// Indices of the particles used (systematic draw by weight).
    let chosen: [Int]

    init(result: FilterResult, particles: Int, seed: UInt64) {
        cloud = result.cloud
        let days = result.timeline.days
        let sleeps = days.compactMap(\.sleep)
        let stresses = days.compactMap(\.stress)
        usualSleep = sleeps.isEmpty ? 7 : sleeps.reduce(0, +) / Double(sleeps.count)
        usualStress = stresses.isEmpty ? 3 : stresses.reduce(0, +) / Double(stresses.count)
        self.particles = max(1, particles)
        self.seed = seed
        var random = RandomStream(seed: seed, stream: 1)
        var idx: [Int] = []
        idx.reserveCapacity(self.particles)
        let w = cloud.weights
        let step = 1 / Double(self.particles)
        var u = random.uniform() * step
        var cumulative = w.first ?? 1
        var j = 0
        for _ in 0..<self.particles {
            while u > cumulative, j < w.count - 1 {
                j += 1
                cumulative += w[j]
            }
            idx.append(j)
            u += step
        }
        chosen = idx
    }

    /// Simulates `days` days under `policy`.
    func run(_ policy: ForecastPolicy, days: Int) -> ForecastRun {
        let m = chosen.count
        var pain = [Double](repeating: 0, count: m * days)
        var minutes = [Double](repeating: 0, count: m * days)
        var flare = [Bool](repeating: false, count: m * days)
        var random = RandomStream(seed: seed, stream: 2)
        for (k, i) in chosen.enumerated() {
            var s = cloud.states[i]
            let model = cloud.models[cloud.modelIndex[i]]
            var quota = policy.startQuotaMinutes
            var holdUntil = -1
            var streak = 0
            var lastSession = Int.min / 2
            for d in 0..<days {
                var input = DayInput()
                input.sleep = min(10, max(0, usualSleep + policy.sleepShift))
                input.stress = usualStress
                if policy.isSessionDay(d) {
                    input.verumNeedles = policy.needles
                    lastSession = d
                }
                if policy.educationSessions > 0, d % 7 == 0, d / 7 < policy.educationSessions { input.education = 1 }
                if var q = quota {
                    if d > 0, d % 7 == 0, d > holdUntil {
                        q = min(policy.ceilingMinutes, q * (1 + policy.weeklyGrowth))
                    }
                    quota = q
                    let inWindow = d - lastSession < policy.windowDays
                    input.plannedLoad = (inWindow ? q * (1 + policy.windowBoost) : q) / 60
                    input.timeContingent = true
                } else {
                    input.plannedLoad = cloud.habitualLoad[i]
                }
                let out = model.step(&s, input, shocks: DayShocks.draw(from: &random))
                pain[k * days + d] = out.pain
                minutes[k * days + d] = out.activityMinutes
                flare[k * days + d] = out.isFlare
                streak = out.isFlare ? streak + 1 : 0
                if policy.flareRule, streak >= 2, let q = quota {
                    quota = q * 0.9
                    holdUntil = d + 7
                    streak = 0
                }
            }
        }
        return ForecastRun(particles: m, days: days, pain: pain, minutes: minutes, flare: flare)
    }
}

/// The raw forecast: per particle and day.
struct ForecastRun: Sendable {
    let particles: Int
    let days: Int
    let pain: [Double]
    let minutes: [Double]
    let flare: [Bool]

    /// Mean pain of each particle over days `range`, summarised across particles.
    func pain(over range: Range<Int>) -> Estimate {
        Estimate(values: perParticleMean(pain, range))
    }

    func minutes(over range: Range<Int>) -> Estimate {
        Estimate(values: perParticleMean(minutes, range))
    }

    /// Fraction of particle-days in `range` that are flare days (0–1).
    func flareProbability(over range: Range<Int>) -> Double {
        let lo = max(0, range.lowerBound), hi = min(days, range.upperBound)
        guard hi > lo, particles > 0 else { return 0 }
        var count = 0
        for k in 0..<particles {
            for d in lo..<hi where flare[k * days + d] { count += 1 }
        }
        return Double(count) / Double(particles * (hi - lo))
    }

    /// Weekly estimates of a per-day quantity.
    func weekly(_ values: [Double]) -> [Estimate] {
        (0..<(days / 7)).map { w in Estimate(values: perParticleMean(values, (7 * w)..<(7 * w + 7))) }
    }

    func perParticleMean(_ values: [Double], _ range: Range<Int>) -> [Double] {
        let lo = max(0, range.lowerBound), hi = min(days, range.upperBound)
        guard hi > lo else { return [] }
        return (0..<particles).map { k in
            var sum = 0.0
            for d in lo..<hi { sum += values[k * days + d] }
            return sum / Double(hi - lo)
        }
    }
}
