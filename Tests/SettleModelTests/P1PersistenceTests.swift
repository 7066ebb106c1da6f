import SettleModel
import Testing

/// P1: an injury that heals can leave pain persisting when sensitivity was raised; the same
/// injury resolves in a low-threat, well-slept person; two stable regimes with hysteresis.
@Suite("P1 persistence")
struct P1PersistenceTests {
    static let injury = [ScenarioEvent(day: 5, kind: .injury, magnitude: 0.6)]

    func vulnerableAfterInjury(_ p: Parameters) -> Trajectory {
        var start = PersonPreset.recovered.initialState(for: p)
        start.threat = 0.45
        return Kit.run(Kit.scenario(.recovered, events: Self.injury, sleep: DailySeries(base: 5.5)), p, initial: start)
    }

    /// Stress rises slowly from 3 to 10 over two years and falls back over two more.
    func stressSweep(_ p: Parameters) -> (up: Double, down: Double) {
        let segments = (0..<1460).map { d -> DailySeries.Segment in
            let v = d < 730 ? 3 + 7 * Double(d) / 730 : 10 - 7 * Double(d - 730) / 730
            return .init(fromDay: d, toDay: d, value: v)
        }
        let t = Kit.run(Kit.scenario(.recovered, days: 1460, stress: DailySeries(base: 3, segments: segments)), p)
        // Stress is 6/10 on day 313 on the way up and on day 1147 on the way down.
        return (t.days[313].state.sensitivity, t.days[1147].state.sensitivity)
    }

    @Test("a healed injury leaves persistent pain in a threatened, poorly sleeping person")
    func persistsWhenSensitised() {
        let t = vulnerableAfterInjury(.calibrated)
        #expect(t.days[180].state.nociception < 0.01, "the tissue has healed by month 6")
        #expect(t.meanPain(180..<365) > 5)
        #expect(t.days[364].state.sensitivity > 0.9)
    }

    @Test("the same injury resolves in a low-threat, well-slept person")
    func resolvesWhenResilient() {
        let t = Kit.run(Kit.scenario(.recovered, events: Self.injury))
        #expect(t.days[30].outcome.pain > 1.5, "the injury hurts at first")
        #expect(t.meanPain(180..<365) < 2)
        #expect(t.days[364].state.sensitivity < 0.1)
    }

    @Test("two stable regimes: sensitivity shows hysteresis under a slow stress sweep")
    func hysteresis() {
        let sweep = stressSweep(.calibrated)
        #expect(sweep.up < 0.2)
        #expect(sweep.down > 0.8)
    }

    @Test("perturbation: without self-excitation the hysteresis disappears")
    func noSelfExcitationNoHysteresis() {
        let sweep = stressSweep(Kit.perturbed { $0.gainSelfExcitation = 0 })
        #expect(abs(sweep.down - sweep.up) < 0.1)
    }

    @Test("perturbation: without self-excitation a sensitised person with low threat recovers")
    func noSelfExcitationNoSelfMaintenance() {
        let p = Kit.perturbed { $0.gainSelfExcitation = 0 }
        var start = PersonPreset.sensitised.initialState(for: p)
        start.threat = p.threatFloor
        let base = Kit.run(
            Kit.scenario(.sensitised, days: 200), .calibrated,
            initial: {
                var s = PersonPreset.sensitised.initialState(for: .calibrated)
                s.threat = 0.2
                return s
            }())
        let t = Kit.run(Kit.scenario(.sensitised, days: 200), p, initial: start)
        #expect(base.days[199].state.sensitivity > 0.8, "with self-excitation it maintains itself")
        #expect(t.days[199].state.sensitivity < 0.3)
    }
}
