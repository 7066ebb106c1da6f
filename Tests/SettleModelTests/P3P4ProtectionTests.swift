import SettleModel
import Testing

/// P3: in the sensitised regime ordinary loads hurt, guarding is high and activity falls below
/// capacity. P4: care that increases caution or avoidance keeps or worsens pain and lowers capacity.
@Suite("P3 over-protection and P4 avoidance")
struct P3P4ProtectionTests {
    /// Both people do exactly the habitual load (behaviour held).
    func ordinaryLoad(_ p: Parameters) -> (recovered: Trajectory, sensitised: Trajectory) {
        (
            Kit.run(Kit.scenario(.recovered, days: 60, hold: true), p),
            Kit.run(Kit.scenario(.sensitised, days: 60, hold: true), p)
        )
    }

    @Test("P3: the same ordinary load hurts in the sensitised regime, not in the recovered one")
    func ordinaryLoadHurts() {
        let (rec, sen) = ordinaryLoad(.calibrated)
        #expect(rec.days[59].outcome.activity == sen.days[59].outcome.activity)
        #expect(rec.meanPain(30..<60) < 1.5)
        #expect(sen.meanPain(30..<60) > 4)
    }

    @Test("P3: guarding is high and activity falls below tolerance when sensitised")
    func guardingAndUnderActivity() {
        let rec = Kit.run(Kit.scenario(.recovered, days: 60))
        let sen = Kit.run(Kit.scenario(.sensitised, days: 60))
        #expect(sen.days[59].state.guarding > 2 * rec.days[59].state.guarding)
        #expect(sen.days[59].state.guarding > 0.3)
        let s = sen.days[59].outcome
        #expect(s.activity < 0.75 * s.tolerance, "activity well below what tissues tolerate")
        #expect(s.activity < rec.days[59].outcome.activity - 0.15)
    }

    @Test("P3 perturbation: without central amplification ordinary load no longer hurts much")
    func noGainNoOverProtection() {
        let (_, sen) = ordinaryLoad(Kit.perturbed { $0.gainMax = 0 })
        #expect(sen.meanPain(30..<60) < 4)
    }

    func restVersusActive(_ p: Parameters) -> (rest: Trajectory, active: Trajectory) {
        let advice = [0, 7, 14].map { ScenarioEvent(day: $0, kind: .threatAdvice, magnitude: 1) }
        let rest = Kit.scenario(.sensitised, days: 180, events: advice, care: CarePlan(activity: ActivityPlan(kind: .rest)))
        let active = Kit.scenario(.sensitised, days: 180)
        return (Kit.run(rest, p), Kit.run(active, p))
    }

    @Test("P4: rest and threatening explanations keep pain higher and lower capacity over months")
    func avoidanceMaintains() {
        let (rest, active) = restVersusActive(.calibrated)
        #expect(rest.meanPain(150..<180) > active.meanPain(150..<180) + 0.3)
        #expect(rest.days[179].state.capacity < active.days[179].state.capacity - 0.2)
        #expect(rest.days[179].state.threat > active.days[179].state.threat + 0.1)
        #expect(rest.days[179].state.sensitivity > 0.9, "still sensitised after six months")
    }

    @Test("P4 perturbation: if capacity did not modulate gain and advice carried no threat, rest would not worsen pain")
    func avoidanceNeedsItsLinks() {
        let p = Kit.perturbed {
            $0.threatAdviceEffect = 0
            $0.gainReliefFromCapacity = 0
            $0.loadNociception = 0
            $0.guardingNociception = 0
        }
        let (rest, active) = restVersusActive(p)
        #expect(rest.meanPain(150..<180) <= active.meanPain(150..<180) + 0.3)
    }
}
