import SettleModel
import Testing

/// P9: over 12 months integrated care beats each part alone on pain and function across a
/// seeded cohort. P10: education mainly lowers threat, with a small direct effect on pain, and
/// increases uptake of exposure.
@Suite("P9 integration and P10 education")
struct P9P10IntegrationTests {
    /// Mean pain and disability over the year of care (days 14–364) across a seeded stochastic cohort.
    func cohortOutcome(_ strategy: Strategy, _ p: Parameters, patients: Int = 60) -> (pain: Double, disability: Double) {
        var pain = 0.0
        var disability = 0.0
        let scenario = strategy.scenario()
        let start = PersonPreset.sensitised.initialState(for: p)
        for i in 0..<patients {
            let t = Kit.run(scenario, p, seed: 2026, stream: UInt64(i), initial: start)
            pain += t.meanPain(14..<365)
            disability += t.mean(14..<365) { $0.outcome.disability }
        }
        return (pain / Double(patients), disability / Double(patients))
    }

    @Test("P9: integrated care beats usual care and every part alone on pain and function")
    func integratedWins() {
        let integrated = cohortOutcome(.integrated, .calibrated)
        for other in [Strategy.usualCare, .acupunctureAlone, .exerciseAlone, .educationAndExercise] {
            let o = cohortOutcome(other, .calibrated)
            #expect(integrated.pain < o.pain - 0.05, "pain vs \(other.rawValue)")
            #expect(integrated.disability < o.disability - 0.15, "function vs \(other.rawValue)")
        }
    }

    @Test("P9 perturbation: if needling had no effect, integrated care would lose its edge over education + exercise")
    func integrationNeedsTheWindow() {
        let p = Kit.perturbed {
            $0.needlingGainReduction = 0
            $0.needlingGuardingReduction = 0
            $0.needlingArousalReduction = 0
            $0.expectationJump = 0
        }
        let integrated = cohortOutcome(.integrated, p)
        let educationExercise = cohortOutcome(.educationAndExercise, p)
        #expect(integrated.pain > educationExercise.pain - 0.05)
    }

    func education(_ p: Parameters, plan: ActivityPlan = ActivityPlan()) -> (taught: Trajectory, control: Trajectory) {
        let taught = CarePlan(education: EducationCourse(startDay: 14, sessions: 4, intervalDays: 7), activity: plan)
        return (
            Kit.run(Kit.scenario(.sensitised, days: 120, care: taught), p),
            Kit.run(Kit.scenario(.sensitised, days: 120, care: CarePlan(activity: plan)), p)
        )
    }

    @Test("P10: education lowers threat a lot and pain a little")
    func educationLowersThreat() {
        let (taught, control) = education(.calibrated)
        let threatDrop = control.days[49].state.threat - taught.days[49].state.threat
        let painDrop = control.meanPain(42..<49) - taught.meanPain(42..<49)
        #expect(threatDrop > 0.1)
        #expect(painDrop > 0)
        #expect(painDrop < 1.0, "the direct effect on pain is small")
        // Fear of movement (TSK-like, 17–68) falls by several points.
        #expect(control.days[49].outcome.fearOfMovement - taught.days[49].outcome.fearOfMovement > 5)
    }

    @Test("P10: education increases uptake of graded exposure")
    func educationIncreasesUptake() {
        let graded = ActivityPlan(kind: .graded, startDay: 14)
        let (taught, control) = education(.calibrated, plan: graded)
        let done = taught.mean(14..<84) { $0.outcome.activity / max(0.01, $0.input.plannedLoad) }
        let doneControl = control.mean(14..<84) { $0.outcome.activity / max(0.01, $0.input.plannedLoad) }
        #expect(done > doneControl + 0.05)
    }

    @Test("P10 perturbation: education with no effect on threat or understanding changes nothing")
    func educationNeedsItsEffects() {
        let p = Kit.perturbed {
            $0.educationThreatReduction = 0
            $0.educationUnderstanding = 0
            $0.contactExpectationJump = 0
        }
        let (taught, control) = education(p)
        #expect(abs(control.days[49].state.threat - taught.days[49].state.threat) < 1e-9)
    }
}
