import Foundation
import SettleModel
import Testing

/// Sub-additive specific and non-specific effects (docs/MODEL.md, step 1): the relief a person
/// already expects from earlier sessions occludes part of a verum session's specific response.
/// Also the reading of disability from pain (k_D, secondary outputs).
@Suite("Expectation occlusion and disability reading")
struct ExpectationOcclusionTests {
    @Test("with χ = 0 every session's needling jump is the unoccluded dose (the model without occlusion)")
    func neutralValueIsAdditive() {
        let p = Kit.perturbed { $0.expectationOcclusion = 0 }
        let run = Kit.weeklyCourseRun(.verum, p)
        let decay = exp(-1 / p.needlingTime)
        let dose = p.needlingJumpMax * (1 - exp(-10 / p.needlingDoseScale))
        for day in Kit.weeklyCourse.days {
            let carried = run.days[day - 1].state.needling * decay
            #expect(abs(run.days[day].state.needling - (carried + dose * (1 - carried))) < 1e-9)
        }
    }

    @Test("a first session, with no relief expected yet, is not occluded")
    func firstSessionUnoccluded() {
        let session = ScenarioEvent(day: 30, kind: .verum, needles: 10)
        let on = Kit.run(Kit.scenario(.sensitised, days: 40, events: [session], hold: true))
        let off = Kit.run(
            Kit.scenario(.sensitised, days: 40, events: [session], hold: true), Kit.perturbed { $0.expectationOcclusion = 0 })
        #expect(Parameters.calibrated.expectationOcclusion > 0)
        #expect(on.days[31].outcome == off.days[31].outcome)
    }

    @Test("over a course the specific effect is smaller; with χ = 0 it is not")
    func courseOccludesSpecificEffect() {
        let occluded = Kit.verumOverSham(.calibrated)
        let additive = Kit.verumOverSham(Kit.perturbed { $0.expectationOcclusion = 0 })
        #expect(occluded > 0.1, "verum still beats sham")
        #expect(occluded < 0.9 * additive, "occluded \(occluded), additive \(additive)")
    }

    @Test("disability reads the day's pain with weight k_D; the default 0.05 is the original reading")
    func disabilityReading() {
        #expect(Parameters().disabilityFromPain == 0.05)
        let scenario = Kit.scenario(.sensitised, days: 40)
        var painful: [Double] = []
        for k in [0.05, Parameters.calibrated.disabilityFromPain] {
            let run = Kit.run(scenario, Kit.perturbed { $0.disabilityFromPain = k }, seed: 3)
            for day in run.days {
                let o = day.outcome
                let reading = k * o.pain + 0.2 * day.state.guarding + 0.3 * max(0, 1 - o.activity)
                #expect(abs(o.disability - 24 * min(1, max(0, reading))) < 1e-9)
            }
            painful.append(run.mean(0..<40) { $0.outcome.disability })
        }
        #expect(painful[1] < painful[0], "a smaller weight reads less disability from the same pain")
    }
}
