import SettleModel
import Testing

@testable import SettleTrials

/// The exercise-training trace behind Hayden 2021's pain benefit (docs/MODEL.md, "Exercise
/// training lowers the drive to sensitivity"): with it exercise reaches Hayden's interval while
/// its function benefit and graded activity's pain benefit (Macedo 2010) stay in theirs; without
/// it (e_Z = 0) the pain benefit falls short.
@Suite("Exercise training in the trials")
struct ExerciseTrainingTrialTests {
    static let options = TrialRunOptions(patients: 400, seed: 20_240_601, allocation: .everyArm)

    /// Mean difference against the comparator at day 91 on 0–100.
    static func benefit(_ r: TrialResult, _ arm: String, _ comparator: String, _ outcome: OutcomeMeasure) throws -> Double {
        let effect = try #require(r.effect(arm: arm, comparator: comparator, day: 91, outcome: outcome))
        return outcome.differenceToHundred(effect.meanDifference)
    }

    @Test("with training exercise reaches Hayden 2021's pain benefit; without it (e_Z = 0) it falls below 12/100")
    func trainingReachesHayden() throws {
        let untrained = Parameters.calibrated.with { $0.trainingJump = 0 }
        let on = try TrialRunner(population: .calibrated).run(.haydenExercise, options: Self.options)
        let off = try TrialRunner(population: untrained).run(.haydenExercise, options: Self.options)
        #expect((12...18).contains(try Self.benefit(on, "exercise", "usual-care", .pain)))
        #expect((5...8).contains(try Self.benefit(on, "exercise", "usual-care", .disability)))
        #expect((6...13).contains(try Self.benefit(on, "exercise", "other-conservative", .pain)))
        #expect(try Self.benefit(off, "exercise", "usual-care", .pain) < 12)
    }

    @Test("graded activity's weekly sessions train less: Macedo 2010's pain benefit stays in its interval")
    func gradedActivityStaysInMacedo() throws {
        let r = try TrialRunner(population: .calibrated).run(.macedoGradedActivity, options: Self.options)
        #expect((3...9.4).contains(try Self.benefit(r, "graded-activity", "minimal-intervention", .pain)))
    }
}

extension Parameters {
    fileprivate func with(_ change: (inout Parameters) -> Void) -> Parameters {
        var p = self
        change(&p)
        return p
    }
}
