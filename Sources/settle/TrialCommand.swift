import ArgumentParser
import Foundation
import SettleModel
import SettleReports
import SettleTrials

/// `settle trial`: run a trial design over a virtual cohort.
struct TrialCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trial",
        abstract: "Run an in-silico trial: a design over a virtual cohort, with arm means and effects.",
        discussion: """
            Examples:
              settle trial --preset vickers-back-neck --patients 3000 --seed 7
              settle trial --design Examples/trials/hayden-exercise.json --report hayden.html
              settle trial --list
              settle trial --preset restore-cft --export-design restore.json
            Designs are JSON (see Examples/trials and docs/CALIBRATION.md). Patients are randomised
            to arms; results are identical for any thread count.
            """)

    @Option(name: .long, help: "Trial design JSON file.")
    var design: String?

    @Option(name: .long, help: "Built-in design name (see --list).")
    var preset: String?

    @Flag(name: .long, help: "List the built-in designs.")
    var list = false

    @Option(name: .long, help: "People enrolled, shared between arms (1–1,000,000).")
    var patients: Int = 2000

    @Option(name: .long, help: "Random seed (same seed, same result on every machine).")
    var seed: UInt64 = 1

    @Option(name: .long, help: "Worker threads (default: all cores; results do not depend on it).")
    var workers: Int?

    @Option(name: .long, help: "Write a self-contained HTML report to this file.")
    var report: String?

    @Option(name: .long, help: "Write the design as JSON to this file instead of running it.")
    var exportDesign: String?

    func validate() throws {
        let modes = [design != nil, preset != nil, list].filter { $0 }.count
        guard modes == 1 else { throw ValidationError("choose exactly one of --design FILE, --preset NAME or --list") }
        guard (1...1_000_000).contains(patients) else { throw ValidationError("--patients must be 1…1,000,000, got \(patients)") }
        if let w = workers, !(1...256).contains(w) { throw ValidationError("--workers must be 1…256, got \(w)") }
    }

    func run() throws {
        if list {
            for d in TrialDesign.presets { print("\(d.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(d.source)") }
            return
        }
        let trial = try loadDesign()
        if let path = exportDesign {
            try write(trial.encodedJSON(), to: path)
            return
        }
        let result: TrialResult
        do {
            result = try TrialRunner().run(trial, options: TrialRunOptions(patients: patients, seed: seed, workers: workers))
        } catch { throw CLIError(error.description) }
        print(TrialText.summary(result), terminator: "")
        if let path = report { try write(Data(TrialReport.html(result).utf8), to: path) }
    }

    func loadDesign() throws -> TrialDesign {
        if let name = preset {
            guard let d = TrialDesign.preset(named: name) else {
                throw CLIError("unknown preset '\(name)'; use one of: \(TrialDesign.presets.map(\.name).joined(separator: ", "))")
            }
            return d
        }
        guard let path = design else { throw CLIError("no design given") }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CLIError("cannot read design file \(path): \(error.localizedDescription)")
        }
        do { return try TrialDesign.decode(json: data) } catch { throw CLIError("\(path): \(error.description)") }
    }

    func write(_ data: Data, to path: String) throws {
        do { try data.write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("written to \(path)\n".utf8))
    }
}

/// The terminal summary of a trial result (the HTML report is `TrialReport`).
enum TrialText {
    static func summary(_ r: TrialResult) -> String {
        var out = "\(r.design.name): \(r.enrolledTotal) enrolled (\(r.screened) screened), seed \(r.options.seed)\n"
        out += "Model estimates for teaching and calibration, not predictions for a person.\n"
        if let note = r.reportingNote { out += note + "\n" }
        for outcome in r.design.outcomes {
            out += "\n\(outcome.rawValue) (\(outcome.unit)), mean [95% CI]\n"
            out +=
                "day".padding(toLength: 6, withPad: " ", startingAt: 0)
                + r.design.arms.map { $0.name.padding(toLength: 24, withPad: " ", startingAt: 0) }.joined() + "\n"
            for (f, day) in r.design.followUpDays.enumerated() {
                var line = "\(day)".padding(toLength: 6, withPad: " ", startingAt: 0)
                for a in r.design.arms.indices {
                    let s = r.summaries[a][f][OutcomeMeasure.allCases.firstIndex(of: outcome) ?? 0]
                    line += "\(fixed(s.mean, 2)) [\(fixed(s.ciLow, 2)), \(fixed(s.ciHigh, 2))]".padding(
                        toLength: 24, withPad: " ", startingAt: 0)
                }
                out += line + "\n"
            }
        }
        out += "\neffects (positive favours the first arm)\n"
        for e in r.effects where e.followUpDay > 0 {
            out +=
                "  \(e.comparison.label), day \(e.followUpDay), \(e.outcome.rawValue): "
                + "MD \(fixed(e.effect.meanDifference, 2)) [\(fixed(e.effect.mdLow, 2)), \(fixed(e.effect.mdHigh, 2))], "
                + "SMD \(fixed(e.effect.smd, 2)) [\(fixed(e.effect.smdLow, 2)), \(fixed(e.effect.smdHigh, 2))]\n"
        }
        return out
    }
}
