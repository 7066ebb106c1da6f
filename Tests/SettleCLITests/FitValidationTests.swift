import ArgumentParser
import Foundation
import SettleCare
import SettleModel
import SettleTrials
import Testing

@testable import settle

/// `settle fit --validate N`: the validation tables, including the window-length coverage.
@Suite("settle fit --validate")
struct FitValidationTests {
    @Test("the report states interval coverage for the states and for the window length, with the library's figures")
    func windowLengthCoverageIsReported() throws {
        let text = FitValidation.markdown(patients: 6, particles: 150, seed: 3)
        let coverage = CareValidation.coverage(
            seed: 3, patients: 6, design: SyntheticPatient.Design(),
            settings: FilterSettings(particles: 150, seed: 3, recordHistory: false))
        #expect(text.contains("### Interval coverage (6 synthetic patients"))
        let expected = "the 80 % interval contains the true length for \(FitValidation.pct(coverage.windowDurationCoverage80))"
        #expect(text.contains(expected))
        #expect(text.contains(String(format: "mean absolute error %.2f days", coverage.windowDurationError)))
        #expect(text.contains("### Planner against a fixed 10 %-a-week rule"))
    }
}

/// `settle calibrate`'s options are validated before any work starts.
@Suite("settle calibrate options")
struct CalibrateOptionTests {
    @Test("--larger-patients must be 0 or larger than --patients, at most 20,000")
    func largerPatientsIsValidated() throws {
        #expect(throws: (any Error).self) { try CalibrateCommand.parse(["--docs-only", "--larger-patients", "300"]) }
        #expect(throws: (any Error).self) { try CalibrateCommand.parse(["--docs-only", "--larger-patients", "30000"]) }
        let none = try CalibrateCommand.parse(["--docs-only", "--larger-patients", "0"])
        #expect(none.largerPatients == 0)
        let standard = try CalibrateCommand.parse(["--docs-only"])
        #expect(standard.largerPatients == 2000)
    }

    @Test("--free, --start and --also-at name the parameters, values and sizes they accept")
    func fitChoicesAreValidated() throws {
        let fit = try CalibrateCommand.parse([
            "--free", "allocationReportShift, expectationRelief", "--start", "allocationReportShift=0.3", "--also-at",
            "1000,2000",
        ])
        let choices = try fit.fitChoices()
        #expect(choices.bounds.map(\.name) == ["allocationReportShift", "expectationRelief"])
        #expect(choices.startingParameters.allocationReportShift == 0.3)
        #expect(choices.startingParameters.expectationRelief == Parameters.calibrated.expectationRelief)
        #expect(choices.objective == .robust(alsoAt: [1000, 2000]))
        #expect(choices.setup.contains("robust objective (mean over 400, 1000, 2000 people per design"))
        let standard = try CalibrateCommand.parse([]).fitChoices()
        #expect(standard.bounds == Calibration.defaultBounds)
        #expect(standard.objective == .loss)

        func message(_ arguments: [String]) -> String {
            do {
                _ = try CalibrateCommand.parse(arguments)
                return "accepted"
            } catch {
                return CalibrateCommand.message(for: error)
            }
        }
        #expect(message(["--free", "noSuchParameter"]).contains("'noSuchParameter' is not a fitted parameter"))
        #expect(message(["--start", "allocationReportShift=3"]).contains("fit range 0.0…1.5, got 3.0"))
        #expect(message(["--start", "allocationReportShift"]).contains("expected NAME=VALUE"))
        #expect(message(["--start", "noiseSD=1"]).contains("'noiseSD' is not a fitted parameter"))
        #expect(message(["--also-at", "400"]).contains("other than --patients (400)"))
        #expect(message(["--check", "--free", "expectationRelief"]).contains("do not apply to --check"))
    }
}
