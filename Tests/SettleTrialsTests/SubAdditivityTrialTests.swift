import SettleModel
import Testing

@testable import SettleTrials

/// The structures behind the Vickers 2012, Linde 2010 and Hayden 2021 function fits (docs/MODEL.md, "Sub-additive specific and non-specific effects"): each
/// target needs its structure, and switching it off loses the target.
@Suite("Sub-additive effects in the trials")
struct SubAdditivityTrialTests {
    static let options = TrialRunOptions(patients: 400, seed: 20_240_601, allocation: .everyArm)

    static func smd(_ r: TrialResult, _ arm: String, _ comparator: String, day: Int) throws -> Double {
        try #require(r.effect(arm: arm, comparator: comparator, day: day, outcome: .pain)).smd
    }

    /// The design run with the calibrated parameters and with occlusion switched off (χ = 0).
    static func withAndWithoutOcclusion(_ design: TrialDesign) throws -> (on: TrialResult, off: TrialResult) {
        var additive = Parameters.calibrated
        additive.expectationOcclusion = 0
        return (
            try TrialRunner(population: .calibrated).run(design, options: options),
            try TrialRunner(population: additive).run(design, options: options)
        )
    }

    @Test(
        "without occlusion (χ = 0) verum overshoots usual care in back and neck pain, and with inert sham too it overshoots sham"
    )
    func occlusionKeepsVerumInBounds() throws {
        let (on, off) = try Self.withAndWithoutOcclusion(.vickersBackNeck)
        // Sham's share of the specific response (s_sham) also narrows verum's lead over sham, so
        // the lead overshoots only when both structures are off.
        var neither = Parameters.calibrated
        neither.expectationOcclusion = 0
        neither.shamNeedlingShare = 0
        let plain = try TrialRunner(population: neither).run(.vickersBackNeck, options: Self.options)
        #expect((0.51...0.58).contains(try Self.smd(on, "verum", "usual-care", day: 70)))
        #expect((0.13...0.33).contains(try Self.smd(on, "verum", "sham", day: 70)))
        #expect(try Self.smd(off, "verum", "usual-care", day: 70) > 0.58)
        #expect(try Self.smd(plain, "verum", "sham", day: 70) > 0.33)
    }

    @Test("without occlusion (χ = 0) verum overshoots sham in osteoarthritis (Vickers 2012)")
    func occlusionFitsOsteoarthritis() throws {
        let (on, off) = try Self.withAndWithoutOcclusion(.vickersOsteoarthritis)
        #expect((0.07...0.25).contains(try Self.smd(on, "verum", "sham", day: 70)))
        #expect(try Self.smd(off, "verum", "sham", day: 70) > 0.25)
    }

    @Test("with pain read into disability at the original 0.05 the exercise function benefit overshoots Hayden 2021")
    func disabilityReadingKeepsFunctionInBounds() throws {
        var original = Parameters.calibrated
        original.disabilityFromPain = 0.05
        func functionBenefit(_ p: Parameters) throws -> Double {
            let r = try TrialRunner(population: p).run(.haydenExercise, options: Self.options)
            let effect = try #require(r.effect(arm: "exercise", comparator: "usual-care", day: 91, outcome: .disability))
            return OutcomeMeasure.disability.differenceToHundred(effect.meanDifference)
        }
        #expect((5...8).contains(try functionBenefit(.calibrated)))
        #expect(try functionBenefit(original) > 8)
    }

    @Test("with inert sham (s_sham = 0) Linde 2010's sham effect over usual care falls below its interval")
    func shamShareFitsLinde() throws {
        var inert = Parameters.calibrated
        inert.shamNeedlingShare = 0
        func shamOverNone(_ p: Parameters) throws -> Double {
            try Self.smd(try TrialRunner(population: p).run(.lindeSham, options: Self.options), "sham", "usual-care", day: 70)
        }
        #expect((0.34...0.57).contains(try shamOverNone(.calibrated)))
        #expect(try shamOverNone(inert) < 0.34)
    }
}
