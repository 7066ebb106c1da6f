import SettleModel
import Testing

@testable import SettleTrials

/// Care-seeking entry (`EntryCriteria.consultationPain`): an acute cohort enrols on the first
/// day a person's pain is rated at least the threshold, and that day is the baseline.
@Suite("Consultation entry")
struct ConsultationEntryTests {
    static let options = TrialRunOptions(patients: 150, seed: 11, allocation: .everyArm)

    /// Day-0, day-42 and day-182 means of the acute course with the given entry.
    func course(_ entry: EntryCriteria) throws -> [Double] {
        var design = TrialDesign.costaAcute
        design.entry = entry
        let result = try TrialRunner(population: .calibrated).run(design, options: Self.options)
        return [0, 42, 182].map { result.summary(arm: "usual-care", day: $0, outcome: .pain)?.mean ?? .nan }
    }

    @Test("people enrol on a bad day: the baseline is that day, and pain regresses from it")
    func enrolOnABadDay() throws {
        var without = TrialDesign.costaAcute.entry
        without.consultationPain = nil
        without.historyDays = 7
        let rule = try course(TrialDesign.costaAcute.entry)
        let weekly = try course(without)
        #expect(rule[0] >= 5, "everyone enrolled rated 5 or more on the consultation day")
        #expect(weekly[0] < 4.6, "a weekly baseline of the first week stays near 4")
        #expect(rule[0] - weekly[0] > 0.6)
        #expect(rule[0] - rule[1] > 2.5, "pain falls from the consultation day")
        #expect(abs(rule[2] - weekly[2]) < 0.6, "the later course hardly depends on the entry rule")
    }

    @Test("candidates who never reach the threshold within the run-in are not enrolled")
    func thresholdScreensOut() throws {
        var design = TrialDesign.costaAcute
        design.entry.consultationPain = 10
        design.entry.maximumScreened = 5
        let result = try TrialRunner(population: .calibrated).run(
            design, options: TrialRunOptions(patients: 20, seed: 3, allocation: .everyArm))
        #expect(result.emptySlots > 10)
    }

    @Test("the threshold is validated")
    func validation() {
        var design = TrialDesign.costaAcute
        design.entry.consultationPain = 12
        #expect(throws: TrialDesignError.self) { try design.validate() }
    }
}
