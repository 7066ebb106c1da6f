import SettleModel
import Testing

@testable import SettleTrials

/// docs/CALIBRATION.md's second evaluation on a larger cohort: the extra column and the summary
/// of verified targets whose result depends on the cohort size.
@Suite("Calibration report, larger cohort")
struct CalibrationReportTests {
    static let calibration = Calibration(patients: 50)

    /// One small evaluation, and a copy in which `id`'s first figure is moved to `value`.
    static func pair(moving id: String, to value: Double) throws -> (CalibrationEvaluation, CalibrationEvaluation) {
        let here = try calibration.evaluate(.calibrated)
        var there = here
        let index = try #require(there.checks.firstIndex { $0.target.id == id })
        there.checks[index].simulated[0] = value
        return (here, there)
    }

    @Test("the larger cohort gets a column, and a target that fails only there is named with both sizes")
    func changedTargetIsNamed() throws {
        let id = "vickers2012-backneck-vs-none"
        var (here, there) = try Self.pair(moving: id, to: 0.61)
        let index = try #require(here.checks.firstIndex { $0.target.id == id })
        here.checks[index].simulated[0] = 0.55
        let text = CalibrationReport.markdown(
            here, calibration: Self.calibration, fitNote: "note", larger: .init(patients: 2000, evaluation: there))
        #expect(text.contains("| target | status | figure | published | interval | simulated | result | at 2,000 |"))
        #expect(text.contains("| 0.55 | pass | 0.61 (outside) |"))
        #expect(text.contains("`\(id)` (passes at 50, fails at 2,000)"))
        let gated = there.checks.filter(\.target.status.gates)
        #expect(there.verifiedCount == gated.count)
        #expect(there.verifiedPassing == gated.filter(\.passes).count)
        #expect(text.contains("\(gated.filter(\.passes).count) of \(gated.count) verified targets pass there"))
    }

    @Test("when no verified target changes, the summary says so; without a larger cohort there is no column")
    func unchangedAndAbsent() throws {
        let here = try Self.calibration.evaluate(.calibrated)
        let same = CalibrationReport.markdown(
            here, calibration: Self.calibration, fitNote: "note", larger: .init(patients: 400, evaluation: here))
        #expect(same.contains("No verified target changes its result with the cohort size."))
        let plain = CalibrationReport.markdown(here, calibration: Self.calibration, fitNote: "note")
        #expect(plain.contains("| target | status | figure | published | interval | simulated | result |\n"))
        #expect(!plain.contains("Sampling error"))
    }

    @Test("counts are written with thousands separators")
    func counts() {
        #expect(CalibrationReport.count(400) == "400")
        #expect(CalibrationReport.count(2000) == "2,000")
        #expect(CalibrationReport.count(20000) == "20,000")
        #expect(CalibrationReport.count(1_234_567) == "1,234,567")
    }
}

@Suite("Outcome scales")
struct OutcomeScaleTests {
    @Test("a difference of raw scores converts with the scale's slope only (the offset cancels)")
    func differenceToHundred() {
        #expect(OutcomeMeasure.pain.differenceToHundred(1.5) == 15)
        #expect(abs(OutcomeMeasure.disability.differenceToHundred(2.4) - 10) < 1e-12)
        #expect(abs(OutcomeMeasure.fearOfMovement.differenceToHundred(5.1) - 10) < 1e-12)
        #expect(abs(OutcomeMeasure.fearOfMovement.toHundred(5.1) - 10) > 30)
    }
}
