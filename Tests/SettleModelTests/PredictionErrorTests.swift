import SettleModel
import Testing

/// Threat learns from prediction errors on the modelled pain, not from the day-to-day
/// fluctuation a person is used to (docs/MODEL.md, step 9 and "Calibration changes").
@Suite("Prediction errors ignore ordinary fluctuation")
struct PredictionErrorTests {
    /// The calibrated parameters with large rating noise and no other randomness.
    static func noisyOnly() -> Parameters {
        Kit.perturbed { p in
            p.flareRate = 0
            p.flareClustering = 0
            p.sleepVariability = 0
            p.stressVariability = 0
            p.noiseSD = 2
        }
    }

    /// A recovered person's stochastic year.
    func year(_ p: Parameters, events: [ScenarioEvent] = []) -> Trajectory {
        Kit.run(Kit.scenario(.recovered, events: events), p, seed: 5, stream: 0)
    }

    @Test("noise alone never raises threat, even when ratings swing well above usual pain")
    func noiseTeachesNothing() {
        let p = Self.noisyOnly()
        let t = year(p)
        let peak = t.days.map(\.outcome.pain).max() ?? 0
        #expect(peak > t.days[0].state.usualPain + p.surpriseMargin + 1, "peak rating \(peak)")
        #expect(t.days.allSatisfy { $0.state.threat <= p.threatFloor + 1e-12 })
    }

    @Test("perturbation: a flare moves the modelled pain and still teaches threat")
    func flareTeaches() {
        let p = Self.noisyOnly()
        let t = year(p, events: [ScenarioEvent(day: 30, kind: .flare, magnitude: 0.6)])
        #expect(t.days[40].state.threat > p.threatFloor + 0.01)
    }
}
