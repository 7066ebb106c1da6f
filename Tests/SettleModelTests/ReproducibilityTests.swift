import Foundation
import Testing

@testable import SettleModel

@Suite("Random streams and reproducibility")
struct ReproducibilityTests {
    @Test("SplitMix64 matches the reference implementation's published outputs")
    func splitMixReference() {
        // Reference values for seed 1234567 (Vigna's splitmix64.c).
        var s = SplitMix64(state: 1_234_567)
        #expect(s.next() == 6_457_827_717_110_365_317)
        #expect(s.next() == 3_203_168_211_198_807_973)
    }

    @Test("the same seed gives the same trajectory; another seed a different one")
    func sameSeedSameNumbers() throws {
        let scenario = Strategy.integrated.scenario()
        let a = try Simulator().run(scenario, seed: 99)
        let b = try Simulator().run(scenario, seed: 99)
        let c = try Simulator().run(scenario, seed: 100)
        #expect(a == b)
        #expect(a.days.map(\.outcome.painRating) != c.days.map(\.outcome.painRating))
    }

    @Test("streams for different patients are independent and stable")
    func streams() {
        var a = RandomStream(seed: 1, stream: 0)
        var b = RandomStream(seed: 1, stream: 1)
        var a2 = RandomStream(seed: 1, stream: 0)
        let xs = (0..<5).map { _ in a.next() }
        #expect(xs == (0..<5).map { _ in a2.next() })
        #expect(xs != (0..<5).map { _ in b.next() })
    }

    @Test("normal variates have mean 0 and SD 1; uniforms lie in [0, 1)")
    func distributions() {
        var r = RandomStream(seed: 7)
        let n = 200_000
        var sum = 0.0
        var sq = 0.0
        for _ in 0..<n {
            let z = r.normal()
            sum += z
            sq += z * z
        }
        let mean = sum / Double(n)
        let sd = (sq / Double(n) - mean * mean).squareRoot()
        #expect(abs(mean) < 0.01)
        #expect(abs(sd - 1) < 0.01)
        let us = (0..<10_000).map { _ in r.uniform() }
        #expect(us.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(abs(Kit.mean(us) - 0.5) < 0.02)
    }

    @Test("deterministic runs ignore the random stream entirely")
    func deterministic() throws {
        let scenario = Strategy.usualCare.scenario(horizonDays: 60)
        #expect(try Simulator().run(scenario) == Simulator().run(scenario))
    }
}

@Suite("Cohort simulation")
struct CohortSimulationTests {
    @Test("results are identical for any thread count")
    func threadIndependent() {
        let p = Parameters.calibrated
        let model = Model(parameters: p)
        let start = PersonPreset.sensitised.initialState(for: p)
        let one = CohortSimulation.run(model: model, initial: start, days: 120, patients: 37, seed: 5, threads: 1)
        let two = CohortSimulation.run(model: model, initial: start, days: 120, patients: 37, seed: 5, threads: 2)
        let five = CohortSimulation.run(model: model, initial: start, days: 120, patients: 37, seed: 5, threads: 5)
        #expect(one == two)
        #expect(one == five)
        #expect(one.patientDays == 37 * 120)
    }

    @Test("the summary matches the full simulator, patient by patient")
    func matchesSimulator() throws {
        let p = Parameters.calibrated
        let scenario = Scenario(name: "usual", horizonDays: 90, person: PersonSpec(preset: .sensitised))
        let start = PersonPreset.sensitised.initialState(for: p)
        var painSum = 0.0
        for i in 0..<8 {
            let t = Simulator().run(scenario, parameters: p, initial: start, seed: 11, stream: UInt64(i))
            painSum += t.days.map(\.outcome.pain).reduce(0, +)
        }
        let summary = CohortSimulation.run(
            model: Model(parameters: p), initial: start, days: 90, patients: 8, seed: 11, threads: 2)
        #expect(abs(summary.meanPain - painSum / (8 * 90)) < 1e-9)
        #expect(summary.meanPain > 4, "people with persistent pain")
    }
}

@Suite("Reproducible math")
struct ReproducibleMathTests {
    @Test("exp agrees with the C library to 1e-15 relative across the model's range")
    func expAccuracy() {
        var worst = 0.0
        var x = -700.0
        while x <= 700 {
            let ours = ReproducibleMath.exp(x)
            let libm = Foundation.exp(x)
            worst = max(worst, abs(ours - libm) / libm)
            x += 0.0137
        }
        #expect(worst < 1e-15)
        #expect(ReproducibleMath.exp(0) == 1)
        #expect(ReproducibleMath.exp(-800) == 0)
        #expect(ReproducibleMath.exp(710) == .infinity)
    }
}
