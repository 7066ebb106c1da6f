import Foundation
import SettleModel
import Testing

/// Sham needling that is not inert (docs/MODEL.md, step 1, and "Sham needling carries part of
/// the specific response"): a sham session gives the needling trace a share s_sham of the
/// largest specific jump, occluded by the expectation carried into the session like a verum one.
@Suite("Sham needling share")
struct ShamNeedlingTests {
    @Test("with s_sham = 0 a sham course leaves no needling trace (the model with inert sham)")
    func neutralValueIsInertSham() {
        #expect(Parameters().shamNeedlingShare == 0)
        let inert = Kit.weeklyCourseRun(.sham, Kit.perturbed { $0.shamNeedlingShare = 0 })
        #expect(inert.days.allSatisfy { $0.state.needling == 0 })
        // Verum sessions do not read the share.
        let verum = Kit.scenario(.sensitised, days: 90, care: Kit.weeklyCourse(.verum), hold: true)
        #expect(
            Kit.run(verum).days.map(\.outcome) == Kit.run(verum, Kit.perturbed { $0.shamNeedlingShare = 0 }).days.map(\.outcome))
    }

    @Test("a sham session jumps the trace by s_sham × A_max, occluded by the expectation carried in")
    func shamJump() {
        let p = Parameters.calibrated
        #expect(p.shamNeedlingShare > 0)
        let run = Kit.weeklyCourseRun(.sham, p)
        let decayA = exp(-1 / p.needlingTime), decayX = exp(-1 / p.expectationTime)
        for day in Kit.weeklyCourse.days {
            let carried = run.days[day - 1].state.needling * decayA
            let expected = run.days[day - 1].state.expectation * decayX
            let jump = p.shamNeedlingShare * p.needlingJumpMax * (1 - p.expectationOcclusion * expected)
            #expect(abs(run.days[day].state.needling - (carried + jump * (1 - carried))) < 1e-9)
        }
    }

    @Test("the sham share narrows verum's advantage over sham; with inert sham it is wider")
    func shareNarrowsVerumOverSham() {
        let withShare = Kit.verumOverSham(.calibrated)
        let inert = Kit.verumOverSham(Kit.perturbed { $0.shamNeedlingShare = 0 })
        #expect(withShare > 0.1, "verum still beats sham")
        #expect(withShare < 0.9 * inert, "with share \(withShare), inert \(inert)")
    }
}
