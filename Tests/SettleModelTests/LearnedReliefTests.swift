import SettleModel
import Testing

/// Learned relief Y: relief felt at care contacts conditions an expectation of less pain that
/// outlasts the contacts (learned placebo analgesia), the lasting part of a course's
/// non-specific effect (docs/MODEL.md, "Learned relief").
@Suite("Learned relief")
struct LearnedReliefTests {
    static let course = Kit.weeklyCourse(.verum)

    /// The calibrated set with learned relief switched on at the values measured in docs/MODEL.md
    /// ("Learned relief"); `Parameters.calibrated` keeps it off (η_Y = 0).
    static let on = Kit.perturbed {
        $0.reliefConditioning = 0.45
        $0.learnedReliefSize = 1.5
        $0.learnedReliefGainDrive = 0.41
        $0.learnedReliefTime = 1263
        $0.contactReliefConditioning = 0.62
    }

    @Test("the calibrated set keeps learned relief off")
    func calibratedKeepsItOff() {
        #expect(Parameters.calibrated.reliefConditioning == 0)
    }

    @Test("with the conditioning rate at 0 the model is the model without learned relief")
    func neutralValueReproducesTheModel() {
        var changed = Parameters()
        changed.learnedReliefSize = 3
        changed.learnedReliefGainDrive = 1
        changed.learnedReliefTime = 30
        changed.contactReliefConditioning = 0
        let scenario = Kit.scenario(.sensitised, days: 200, care: Self.course)
        let a = Kit.run(scenario, Parameters(), seed: 7)
        let b = Kit.run(scenario, changed, seed: 7)
        for d in 0..<200 {
            #expect(a.days[d].outcome == b.days[d].outcome)
            #expect(b.days[d].state.learnedRelief == 0)
        }
    }

    @Test("with behaviour held no relief is learned (P8: the traces alone fade)")
    func heldBehaviourLearnsNothing() {
        let held = Kit.run(Kit.scenario(.sensitised, days: 200, care: Self.course, hold: true), Self.on)
        #expect(held.days.allSatisfy { $0.state.learnedRelief == 0 })
    }

    @Test("verum and sham courses build learned relief, verum more; days without care build none")
    func coursesBuildIt() {
        let none = Kit.run(Kit.scenario(.sensitised, days: 120), Self.on)
        let verum = Kit.run(Kit.scenario(.sensitised, days: 120, care: Self.course), Self.on)
        let sham = Kit.run(Kit.scenario(.sensitised, days: 120, care: Kit.weeklyCourse(.sham)), Self.on)
        #expect(none.days.allSatisfy { $0.state.learnedRelief == 0 })
        let y = (verum: verum.days[90].state.learnedRelief, sham: sham.days[90].state.learnedRelief)
        #expect(y.sham > 0.02)
        #expect(y.verum > y.sham)
    }

    @Test("a weekly course's relief lasts a year through learned relief; without it (η_Y = 0), it fades")
    func reliefLasts() {
        var off = Self.on
        off.reliefConditioning = 0
        let with = Kit.lateAdvantage(of: Self.course, Self.on)
        let without = Kit.lateAdvantage(of: Self.course, off)
        #expect(with > 0.3)
        #expect(with > 3 * without)
    }
}
