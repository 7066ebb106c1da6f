import ArgumentParser
import Foundation
import SettleCharts
import SettleModel
import SettleReports
import SettleTrials

/// `settle calibrate`: fit the population parameters to the published targets, or check them.
struct CalibrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Fit the population parameters to the published trial targets and regenerate docs/CALIBRATION.md.",
        discussion: """
            Examples:
              settle calibrate --check                 evaluate the current defaults; exit 1 if a verified target fails
              settle calibrate --iterations 80         fit, then write Sources/SettleModel/Calibration/CalibratedParameters.swift
                                                       and docs/CALIBRATION.md (run from the repository root)
              settle calibrate --free allocationReportShift,expectationRelief --start allocationReportShift=0.3 \\
                  --also-at 1000,2000 --iterations 90
                                                       fit two parameters with the objective robust to sampling error
              settle calibrate --docs-only             evaluate the current defaults and rewrite docs/CALIBRATION.md
                                                       (with a second evaluation at --larger-patients, default 2,000)
            The fit is reproducible (fixed seed, Nelder–Mead within the ParameterCatalog ranges).
            After a fit, rebuild and run the model property tests.
            """)

    @Flag(name: .long, help: "Only evaluate the current defaults; exit non-zero if a verified target fails.")
    var check = false

    @Flag(name: .long, help: "Evaluate the current defaults and rewrite docs/CALIBRATION.md without fitting.")
    var docsOnly = false

    @Option(name: .long, help: "People per design during calibration (50–20,000).")
    var patients: Int = 400

    @Option(
        name: .long,
        help:
            "People per design of a second evaluation written to docs/CALIBRATION.md beside the first, to show sampling error (0 = none; more than --patients)."
    )
    var largerPatients: Int = 2000

    @Option(name: .long, help: "Largest number of loss evaluations of the optimiser (5–2000).")
    var iterations: Int = 250

    @Option(name: .long, help: "Seed of the calibration cohorts.")
    var seed: UInt64 = 20_240_601

    @Option(name: .long, help: "Repository root (where Sources/ and docs/ are).")
    var root: String = "."

    @Option(name: .long, help: "Fit only these parameters, comma-separated (default: every fitted parameter).")
    var free: String?

    @Option(
        name: .long,
        help:
            "Make the objective robust: also evaluate at these cohort sizes, comma-separated (e.g. 1000,2000), and penalise failing or edge-of-interval verified targets."
    )
    var alsoAt: String?

    @Option(name: .long, help: "Start the fit with NAME=VALUE instead of the current default (repeatable).")
    var start: [String] = []

    func validate() throws {
        guard (50...20_000).contains(patients) else { throw ValidationError("--patients must be 50…20,000, got \(patients)") }
        guard (5...2000).contains(iterations) else { throw ValidationError("--iterations must be 5…2000, got \(iterations)") }
        guard largerPatients == 0 || (patients + 1...20_000).contains(largerPatients) else {
            throw ValidationError(
                "--larger-patients must be 0 or more than --patients (\(patients)) and at most 20,000, got \(largerPatients)")
        }
        guard !(check && docsOnly) else { throw ValidationError("choose at most one of --check and --docs-only") }
        guard !(check || docsOnly) || (free == nil && alsoAt == nil && start.isEmpty) else {
            throw ValidationError("--free, --also-at and --start set up a fit; they do not apply to --check or --docs-only")
        }
        _ = try fitChoices()
    }

    func run() throws {
        let choices = try fitChoices()
        let calibration = Calibration(bounds: choices.bounds, patients: patients, seed: seed)
        let startParameters = choices.startingParameters
        let evaluation: CalibrationEvaluation
        let record = try fitRecord()
        var note =
            "This page re-evaluates the current `Parameters.calibrated`. Latest fit: " + (record.first ?? "(none recorded)")
        var history = Array(record.dropFirst())
        do {
            if check || docsOnly {
                evaluation = try calibration.evaluate(.calibrated)
            } else {
                let startLoss = try calibration.evaluate(startParameters).loss
                let fit = try calibration.fit(
                    from: startParameters, optimiser: NelderMead(maxEvaluations: iterations, initialStep: 0.4),
                    objective: choices.objective
                ) { n, value in
                    FileHandle.standardError.write(Data("evaluation \(n): objective \(value)\n".utf8))
                }
                evaluation = fit.evaluation
                note =
                    "Fitted by Nelder–Mead in \(fit.evaluations) loss evaluations from the previous defaults (loss \(fixedText(startLoss)) → \(fixedText(evaluation.loss)))."
                history = record
                // Every fitted parameter is written, so a fit of a few keeps the others as they were.
                let source = CalibrationReport.calibratedSource(
                    evaluation.parameters, freeParameters: Calibration.defaultBounds.map(\.name),
                    record: [
                        "Fitted by `settle calibrate` (seed \(seed), \(patients) people per design; \(choices.setup)): \(fit.evaluations) Nelder–Mead evaluations from the previous defaults, loss \(fixedText(startLoss)) → \(fixedText(evaluation.loss))."
                    ] + record
                )
                try write(source, to: "Sources/SettleModel/Calibration/CalibratedParameters.swift")
            }
        } catch let error as TrialDesignError {
            throw CLIError(error.description)
        }
        for c in evaluation.checks {
            let status = c.passes ? "pass" : (c.target.status.gates ? "FAIL" : "miss (reported only)")
            let values = zip(c.target.figures, c.simulated).map {
                "\($0.label) \(fixedText($1)) in \(fixedText($0.low))…\(fixedText($0.high))"
            }
            print(
                "\(status.padding(toLength: 22, withPad: " ", startingAt: 0)) \(c.target.id): \(values.joined(separator: "; "))")
        }
        let failures = evaluation.failures
        print(summary(evaluation))
        if !check {
            let larger = try largerCohortCheck(evaluation.parameters)
            try write(
                CalibrationReport.markdown(
                    evaluation, calibration: calibration, fitNote: note, known: KnownMisses.ids, larger: larger,
                    history: history),
                to: "docs/CALIBRATION.md")
            try writePersistenceCharts(evaluation)
        }
        if check && !failures.isEmpty {
            throw CLIError(
                "\(failures.count) verified calibration target(s) fail: \(failures.map(\.target.id).joined(separator: ", "))")
        }
    }

    /// The same parameters on `--larger-patients` people per design (nil when 0), printed.
    func largerCohortCheck(_ parameters: Parameters) throws -> CalibrationReport.LargerCohortCheck? {
        guard largerPatients > 0 else { return nil }
        let there: CalibrationEvaluation
        do { there = try Calibration(patients: largerPatients, seed: seed).evaluate(parameters) } catch {
            throw CLIError(error.description)
        }
        print("at \(largerPatients) people per design: \(summary(there))")
        return .init(patients: largerPatients, evaluation: there)
    }

    /// "loss L; k of n verified targets pass".
    func summary(_ e: CalibrationEvaluation) -> String {
        "loss \(fixedText(e.loss)); \(e.verifiedPassing) of \(e.verifiedCount) verified targets pass"
    }

    /// The fit record in the header comment of the generated parameter file, newest first.
    func fitRecord() throws -> [String] {
        let url = URL(fileURLWithPath: root).appendingPathComponent("Sources/SettleModel/Calibration/CalibratedParameters.swift")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw CLIError("cannot read \(url.path): run settle calibrate from the repository root or pass --root")
        }
        return CalibrationReport.fitRecord(fromSource: text)
    }

    /// docs/calibration-persistence*.svg: arm means and effects of the persistence design.
    func writePersistenceCharts(_ evaluation: CalibrationEvaluation) throws {
        guard let r = evaluation.results[TrialDesign.macphersonPersistence.name] else { return }
        let files = CalibrationReport.persistenceChartFiles
        if let means = TrialCharts.means(r, outcome: .pain, id: "persistence-means") {
            try write(means.svg(), to: "docs/" + files.means)
        }
        if let effects = TrialCharts.effectsOverTime(r, outcome: .pain, id: "persistence-effects") {
            try write(effects.svg(), to: "docs/" + files.effects)
        }
    }

    func fixedText(_ x: Double) -> String { x.isFinite ? String(format: "%.2f", x) : "—" }

    func write(_ text: String, to relative: String) throws {
        let url = URL(fileURLWithPath: root).appendingPathComponent(relative)
        do { try Data(text.utf8).write(to: url, options: .atomic) } catch {
            throw CLIError("cannot write \(url.path): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("written \(url.path)\n".utf8))
    }
}
