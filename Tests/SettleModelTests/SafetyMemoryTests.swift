import SettleModel
import Testing

/// The safety memory S: relief that disconfirms expected harm during a course leaves an
/// inhibitory memory that keeps threat's expression lower for months (P8's lasting route).
///
/// The average sensitised person of the presets needs a course that eases pain by more than
/// the safety margin δ_S: twice-weekly sessions for 12 weeks (weekly sessions ease it by about
/// one point, below δ_S; in trial cohorts, people differ and some cross it).
@Suite("Safety memory")
struct SafetyMemoryTests {
    static let course = CarePlan(
        acupuncture: AcupunctureCourse(startDay: 14, sessions: 24, intervalDays: 3, needles: 14))

    @Test("with the inhibition at 0 the model is the model without a safety memory")
    func neutralValueReproducesTheModel() {
        let off = Kit.perturbed { $0.safetyInhibition = 0 }
        let otherwiseDifferent = Kit.perturbed {
            $0.safetyInhibition = 0
            $0.safetyLearning = 0.9
            $0.safetyMargin = 0.2
            $0.safetyMemoryTime = 100
        }
        let scenario = Kit.scenario(.sensitised, days: 200, care: Self.course)
        let a = Kit.run(scenario, off, seed: 7)
        let b = Kit.run(scenario, otherwiseDifferent, seed: 7)
        for d in 0..<200 {
            #expect(a.days[d].outcome == b.days[d].outcome)
            #expect(a.days[d].state.threat == b.days[d].state.threat)
        }
    }

    @Test("with behaviour held no safety memory is learned (P8: the traces alone fade)")
    func heldBehaviourLearnsNothing() {
        let held = Kit.run(Kit.scenario(.sensitised, days: 200, care: Self.course, hold: true))
        let start = held.days[0].state.safety
        #expect(held.days.allSatisfy { $0.state.safety <= start })
    }

    @Test("a course that eases pain leaves a safety memory that untreated days do not build")
    func courseBuildsSafety() {
        let control = Kit.run(Kit.scenario(.sensitised, days: 365))
        let treated = Kit.run(Kit.scenario(.sensitised, days: 365, care: Self.course))
        let gained = treated.days[98].state.safety - control.days[98].state.safety
        #expect(gained > 0.05)
        #expect(treated.days[364].state.safety - control.days[364].state.safety > 0.5 * gained, "it fades over years")
    }

    @Test("the course's relief lasts through the safety memory; without it, it fades")
    func reliefLasts() {
        let with = Kit.lateAdvantage(of: Self.course, .calibrated)
        let without = Kit.lateAdvantage(of: Self.course, Kit.perturbed { $0.safetyInhibition = 0 })
        #expect(with > 0.12)
        #expect(with > 2 * without)
    }
}
