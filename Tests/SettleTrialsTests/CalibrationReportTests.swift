import Foundation
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

/// The fit record: kept in the generated parameter file's header, one paragraph per fit, and
/// shown in docs/CALIBRATION.md as the latest fit plus a history section.
@Suite("Calibration fit record")
struct FitRecordTests {
    static let entries = [
        "Newest fit: Nelder–Mead over expectationRelief and shamNeedlingShare, loss 33.16 → 31.02; "
            + Array(repeating: "words to wrap", count: 20).joined(separator: " "),
        "Older fit, loss 35.19 → 33.16.",
        "Oldest fit.",
    ]

    @Test("entries written into the parameter file read back unchanged, wrapped at 100 columns")
    func roundTrip() {
        let source = CalibrationReport.calibratedSource(.calibrated, freeParameters: ["flareRate"], record: Self.entries)
        #expect(CalibrationReport.fitRecord(fromSource: source) == Self.entries)
        let header = source.split(separator: "\n").prefix { $0.hasPrefix("//") }
        #expect(header.count > Self.entries.count + 3)  // the long entry took several lines
        #expect(header.allSatisfy { $0.count <= 100 })
        #expect(source.hasPrefix("// This file is rewritten by `settle calibrate`. Do not edit by hand.\n"))
        #expect(source.contains("\nextension Parameters {"))
    }

    @Test("an older single-line record chained with \"Before: \" splits into its entries")
    func legacyChain() {
        let legacy =
            "// This file is rewritten by `settle calibrate`. Do not edit by hand.\n// // First fit, loss 2. Before: Second fit. Before: Third fit.\n\nextension Parameters {}\n"
        #expect(CalibrationReport.fitRecord(fromSource: legacy) == ["First fit, loss 2.", "Second fit.", "Third fit."])
        #expect(CalibrationReport.fitRecord(fromSource: "// banner only\nlet x = 1\n").isEmpty)
    }

    @Test("the project's parameter file has a readable record, and the report lists the earlier fits in order")
    func historySection() throws {
        let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/SettleModel/Calibration/CalibratedParameters.swift")
        let project = CalibrationReport.fitRecord(fromSource: try String(contentsOf: file, encoding: .utf8))
        #expect(project.count >= 2)
        #expect(project.allSatisfy { !$0.hasPrefix("//") && !$0.contains("Before: ") && $0.count > 20 })
        let calibration = Calibration(patients: 50)
        let e = try calibration.evaluate(.calibrated)
        let text = CalibrationReport.markdown(e, calibration: calibration, fitNote: "Latest fit: A.", history: ["B.", "C."])
        #expect(text.contains("- Latest fit: A.\n"))
        #expect(text.contains("## Fit history"))
        #expect(text.contains("1. B.\n2. C.\n"))
        #expect(!CalibrationReport.markdown(e, calibration: calibration, fitNote: "x").contains("## Fit history"))
        #expect(text.contains("](calibration-persistence.svg)"))
        #expect(text.contains("](calibration-persistence-effects.svg)"))
        #expect(!text.contains("mermaid"))
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
