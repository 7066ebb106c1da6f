import SettleModel
import Testing

/// Slow onset of sensitisation (docs/MODEL.md, step 10): sensitivity rises towards a higher
/// target with τ_G↑ and relaxes with τ_G, so a self-maintaining sensitised state consolidates
/// over months rather than within the weeks an injury takes to heal.
@Suite("Slow onset of sensitisation")
struct SensitisationOnsetTests {
    /// An injury on day 5.
    static let injury = [ScenarioEvent(day: 5, kind: .injury, magnitude: 0.6)]

    /// A year after the injury, starting recovered with the given threat and sleeping 6/10.
    func afterInjury(_ p: Parameters, threat: Double) -> Trajectory {
        var start = PersonPreset.recovered.initialState(for: p)
        start.threat = threat
        return Kit.run(Kit.scenario(.recovered, events: Self.injury, sleep: DailySeries(base: 6)), p, initial: start)
    }

    @Test("with τ_G↑ at 0 the model is the model with symmetric sensitivity dynamics")
    func neutralValueReproducesTheModel() {
        let off = Kit.perturbed { $0.sensitisationTime = 0 }
        let symmetric = Kit.perturbed { $0.sensitisationTime = $0.gainTime }
        var start = PersonPreset.recovered.initialState(for: off)
        start.threat = 0.45
        let scenario = Kit.scenario(.recovered, days: 300, events: Self.injury, sleep: DailySeries(base: 5.5))
        let a = Kit.run(scenario, off, initial: start)
        let b = Kit.run(scenario, symmetric, initial: start)
        #expect(a.days[299].state.sensitivity > 0.8, "the run crosses into the sensitised regime")
        for d in 0..<300 {
            #expect(abs(a.days[d].outcome.pain - b.days[d].outcome.pain) < 1e-9)
            #expect(abs(a.days[d].state.sensitivity - b.days[d].state.sensitivity) < 1e-9)
        }
    }

    @Test("a healing injury in a moderately threatened person resolves; with fast onset it sensitises")
    func healingInjuryResolves() {
        let slow = afterInjury(.calibrated, threat: Self.moderateThreat)
        let fast = afterInjury(Kit.perturbed { $0.sensitisationTime = 0 }, threat: Self.moderateThreat)
        #expect(slow.days[30].outcome.pain > 3, "the injury hurts at first")
        #expect(slow.days[364].state.sensitivity < 0.2)
        #expect(slow.meanPain(180..<365) < 2)
        #expect(fast.days[364].state.sensitivity > 0.8, "perturbation: with τ_G↑ = τ_G the same injury sensitises")
        #expect(fast.meanPain(180..<365) > 4)
    }

    @Test("sensitisation that is sustained still sets in, and a sensitised person stays sensitised (P1)")
    func sustainedDriveStillSensitises() {
        let t = afterInjury(.calibrated, threat: 0.45)
        #expect(t.days[364].state.sensitivity > 0.8)
        let p = Parameters.calibrated
        #expect(p.sensitisationTime > p.gainTime, "onset is slower than relaxation")
    }

    /// Starting threat of the person whose outcome the onset time decides.
    static let moderateThreat = 0.25
}
