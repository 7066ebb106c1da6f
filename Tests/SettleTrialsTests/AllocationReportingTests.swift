import SettleModel
import Testing

@testable import SettleTrials

/// Allocation-aware reporting (docs/MODEL.md, "Allocation-aware reporting"): in a trial, people
/// who know they are having acupuncture (verum or sham) rate their pain b_A points lower than
/// they feel it from their first session on; people allocated to no acupuncture report as they
/// feel. It is a reading of the trial's ratings, never of the model's states.
@Suite("Allocation-aware reporting in the trials")
struct AllocationReportingTests {
    static let options = TrialRunOptions(patients: 300, seed: 20_240_601, allocation: .everyArm)

    static func run(shift: Double) throws -> TrialResult {
        var p = Parameters.calibrated
        p.allocationReportShift = shift
        return try TrialRunner(population: p).run(.macphersonPersistence, options: options)
    }

    static func mean(_ r: TrialResult, _ arm: String, _ day: Int) throws -> Double {
        try #require(r.summary(arm: arm, day: day, outcome: .pain)).mean
    }

    @Test("a shift of 1 lowers the verum and sham arms' ratings by up to 1 point after the first session, not before")
    func shiftsOnlyTheAcupunctureArmsAfterTheFirstSession() throws {
        let off = try Self.run(shift: 0)
        let on = try Self.run(shift: 1)
        for arm in ["verum", "sham"] {
            #expect(try Self.mean(on, arm, 0) == (try Self.mean(off, arm, 0)))
            for day in [84, 365] {
                let lowered = try Self.mean(off, arm, day) - (try Self.mean(on, arm, day))
                // Ratings of 0 cannot go lower (more of them in the verum arm at 12 months), so a little
                // less than the full point on average.
                #expect((0.75...1.0).contains(lowered), "\(arm) day \(day): lowered by \(lowered)")
            }
        }
        for day in off.design.followUpDays {
            #expect(try Self.mean(on, "usual-care", day) == (try Self.mean(off, "usual-care", day)))
        }
    }

    @Test("the shift moves sham vs usual care and leaves verum vs sham, which are both shifted, almost as it was")
    func movesOnlyComparisonsAgainstNoAcupuncture() throws {
        let off = try Self.run(shift: 0)
        let on = try Self.run(shift: 1)
        func md(_ r: TrialResult, _ arm: String, _ comparator: String) throws -> Double {
            try #require(r.effect(arm: arm, comparator: comparator, day: 365, outcome: .pain)).meanDifference
        }
        let shamVsNone = try md(on, "sham", "usual-care") - (try md(off, "sham", "usual-care"))
        #expect((0.85...1.0).contains(shamVsNone), "sham vs usual care moved by \(shamVsNone)")
        let verumVsSham = try md(on, "verum", "sham") - (try md(off, "verum", "sham"))
        #expect(abs(verumVsSham) < 0.1, "verum vs sham moved by \(verumVsSham)")
    }

    @Test("a run with a shift says how its pain was read; without a shift or without needling it says nothing")
    func reportingNoteNamesTheShiftedArms() throws {
        let on = try Self.run(shift: 1)
        #expect(on.options.allocationReportShift == 1)
        let note = try #require(on.reportingNote)
        #expect(note.contains("people in sham, verum rate it 1.00 points lower"))
        #expect(try Self.run(shift: 0).reportingNote == nil)
        var p = Parameters.calibrated
        p.allocationReportShift = 1
        let exercise = try TrialRunner(population: p).run(.haydenExercise, options: Self.options)
        #expect(exercise.reportingNote == nil)
    }

    @Test("the model's own rating and states never see the shift")
    func modelIgnoresTheShift() {
        var shifted = Parameters.calibrated
        shifted.allocationReportShift = 1.5
        var a = ModelState.sensitisedGuess(Parameters.calibrated)
        var b = ModelState.sensitisedGuess(shifted)
        var input = DayInput()
        input.verumNeedles = 10
        for _ in 0..<30 {
            let x = Model(parameters: .calibrated).step(&a, input)
            let y = Model(parameters: shifted).step(&b, input)
            #expect(x.painRating == y.painRating)
            #expect(x.pain == y.pain)
            input.verumNeedles = 0
        }
        #expect(a == b)
    }
}
