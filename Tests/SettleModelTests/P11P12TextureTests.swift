import SettleModel
import Testing

/// P11: worse sleep or more stress raises next-day pain and, if sustained, sensitivity.
/// P12: stochastic diaries have realistic day-to-day texture.
@Suite("P11 sleep and stress, P12 texture")
struct P11P12TextureTests {
    func oneBadDay(_ p: Parameters, sleep: Double = 7, stress: Double = 3) -> Double {
        let bad = Kit.scenario(
            .sensitised, days: 40, sleep: DailySeries(base: 7, segments: [.init(fromDay: 30, toDay: 30, value: sleep)]),
            stress: DailySeries(base: 3, segments: [.init(fromDay: 30, toDay: 30, value: stress)]), hold: true)
        let normal = Kit.scenario(.sensitised, days: 40, hold: true)
        return Kit.run(bad, p).days[30].outcome.pain - Kit.run(normal, p).days[30].outcome.pain
    }

    @Test("P11: a bad night raises the next day's pain by about the published amount")
    func badNight() {
        // VA diary study: −0.17 points of pain per point better sleep quality.
        let perPoint = oneBadDay(.calibrated, sleep: 2) / 5
        #expect(perPoint > 0.1 && perPoint < 0.3)
    }

    @Test("P11: a stressful day raises pain")
    func stressfulDay() {
        #expect(oneBadDay(.calibrated, stress: 8) > 0.3)
    }

    @Test("P11 perturbation: with no direct sleep term a bad night changes next-day pain far less")
    func noSleepTerm() {
        let p = Kit.perturbed { $0.sleepPain = 0 }
        #expect(oneBadDay(p, sleep: 2) < 0.3 * oneBadDay(.calibrated, sleep: 2))
    }

    func sustained(_ p: Parameters) -> (poorSleep: Double, stress: Double, control: Double) {
        let weeks = DailySeries.Segment(fromDay: 0, toDay: 56, value: 4.5)
        let stressed = DailySeries.Segment(fromDay: 0, toDay: 56, value: 6)
        let a = Kit.run(Kit.scenario(.recovered, days: 57, sleep: DailySeries(base: 7, segments: [weeks])), p)
        let b = Kit.run(Kit.scenario(.recovered, days: 57, stress: DailySeries(base: 3, segments: [stressed])), p)
        let c = Kit.run(Kit.scenario(.recovered, days: 57), p)
        return (a.days[56].state.sensitivity, b.days[56].state.sensitivity, c.days[56].state.sensitivity)
    }

    @Test("P11: eight weeks of poorer sleep or more stress raise sensitivity")
    func sustainedRaisesSensitivity() {
        let s = sustained(.calibrated)
        #expect(s.poorSleep > s.control + 0.01)
        #expect(s.stress > s.control + 0.01)
    }

    @Test("P11 perturbation: with no sleep or stress weight on the gain, sensitivity does not move")
    func sustainedNeedsWeights() {
        let s = sustained(
            Kit.perturbed {
                $0.gainFromPoorSleep = 0
                $0.gainFromStress = 0
            })
        #expect(abs(s.poorSleep - s.control) < 0.002)
        #expect(abs(s.stress - s.control) < 0.002)
    }

    struct Texture {
        var sds: [Double] = []
        var lag1: [Double] = []
        var flareGivenFlare = 0.0
        var flareRate = 0.0
    }

    /// 90-day diaries of a seeded cohort of people with persistent pain on usual care.
    func texture(_ p: Parameters, patients: Int = 80) -> Texture {
        var t = Texture()
        var flares = 0
        var days = 0
        var pairs = 0
        var flarePairs = 0
        for i in 0..<patients {
            let run = Kit.run(Kit.scenario(.sensitised, days: 190), p, seed: 12, stream: UInt64(i))
            let diary = run.days[100..<190]
            let ratings = diary.map { Double($0.outcome.painRating) }
            t.sds.append(Kit.sd(ratings))
            t.lag1.append(Kit.lag1(ratings))
            let f = diary.map(\.outcome.spontaneousFlare)
            flares += f.filter { $0 }.count
            days += f.count
            for k in 1..<f.count where f[k - 1] {
                pairs += 1
                if f[k] { flarePairs += 1 }
            }
        }
        t.flareRate = Double(flares) / Double(days)
        t.flareGivenFlare = pairs > 0 ? Double(flarePairs) / Double(pairs) : 0
        return t
    }

    @Test("P12: within-person SD ≈ 1.2 (0.3–2.9), lag-1 autocorrelation 0.4–0.7, clustered flares")
    func realisticDiaries() {
        let t = texture(.calibrated)
        let sortedSD = t.sds.sorted()
        let medianSD = sortedSD[sortedSD.count / 2]
        #expect(medianSD > 0.9 && medianSD < 1.5, "median within-person SD \(medianSD)")
        #expect(sortedSD.first! >= 0.3 && sortedSD.last! <= 2.9)
        let meanLag = Kit.mean(t.lag1)
        #expect(meanLag > 0.4 && meanLag < 0.7, "mean lag-1 autocorrelation \(meanLag)")
        #expect(t.flareGivenFlare > 2 * t.flareRate, "flares cluster: \(t.flareGivenFlare) vs \(t.flareRate)")
    }

    @Test("P12 perturbation: without self-excitation flares do not cluster; without noise diaries are too smooth")
    func textureNeedsItsParameters() {
        let unclustered = texture(Kit.perturbed { $0.flareClustering = 0 }, patients: 40)
        #expect(unclustered.flareGivenFlare < 2 * unclustered.flareRate)
        let smooth = texture(
            Kit.perturbed {
                $0.noiseSD = 0
                $0.sleepVariability = 0
                $0.stressVariability = 0
            }, patients: 40)
        let sorted = smooth.sds.sorted()
        #expect(sorted[sorted.count / 2] < 0.9)
    }
}
