import ArgumentParser
import Foundation
import SettleModel
import SettleReports

/// `settle simulate`: run a scenario file or compare the built-in strategies.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate the protective-response model for a scenario, or compare care strategies.",
        discussion: """
            Examples:
              settle simulate --compare --report compare.html
              settle simulate --scenario Examples/scenarios/integrated-care.json --seed 7 --format csv > days.csv
              settle simulate --list-parameters
            A scenario file is JSON (see docs/MODEL.md and Examples/scenarios). Without --seed the run is
            deterministic; with a seed it is stochastic and reproducible.
            """)

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable { case csv, json, summary, markdown }

    @Option(name: .long, help: "Scenario JSON file.")
    var scenario: String?

    @Flag(
        name: .long,
        help:
            "Compare the built-in strategies (usual care, acupuncture alone, exercise alone, education + exercise, integrated care)."
    )
    var compare = false

    @Flag(name: .long, help: "List every model parameter with unit, range and source.")
    var listParameters = false

    @Option(name: .long, help: "Random seed: stochastic, reproducible simulation (default: deterministic; for --compare: 1).")
    var seed: UInt64?

    @Option(name: .long, help: "Simulated people for --compare (1–5000).")
    var patients: Int = 200

    @Option(name: .long, help: "Output on stdout: csv, json or summary (parameters: markdown).")
    var format: OutputFormat = .summary

    @Option(name: .long, help: "Write a self-contained HTML report to this file.")
    var report: String?

    func validate() throws {
        let modes = [scenario != nil, compare, listParameters].filter { $0 }.count
        guard modes == 1 else {
            throw ValidationError("choose exactly one of --scenario FILE, --compare or --list-parameters")
        }
        guard (1...5000).contains(patients) else { throw ValidationError("--patients must be 1…5000, got \(patients)") }
    }

    func run() throws {
        print(try output(), terminator: "")
    }

    /// Everything the command prints on stdout (reports are written to their files).
    func output() throws -> String {
        var out = ""
        func print(_ line: String = "", terminator: String = "\n") { out += line + terminator }
        if listParameters {
            if format == .markdown {
                print(ParameterTable.markdown(), terminator: "")
            } else {
                for e in ParameterCatalog.entries {
                    let v = Parameters.calibrated[keyPath: e.keyPath]
                    print(
                        "\(e.name) = \(v) \(e.unit)  [\(e.range.lowerBound)…\(e.range.upperBound)]  \(e.meaning); \(e.source.text)"
                    )
                }
            }
            return out
        }
        if compare {
            return try runComparison()
        }
        guard let path = scenario else { return out }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read scenario file \(path): \(error.localizedDescription)")
        }
        let scenario: Scenario
        do {
            scenario = try Scenario.decode(json: data)
        } catch {
            throw CLIError("\(path): \(error.description)")
        }
        let trajectory: Trajectory
        do { trajectory = try Simulator().run(scenario, seed: seed) } catch { throw CLIError(error.description) }
        switch format {
        case .csv: print(TrajectoryCSV.csv(trajectory), terminator: "")
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(trajectory), as: UTF8.self))
        case .summary, .markdown:
            let n = trajectory.days.count
            print("\(scenario.name): \(n) days, \(seed.map { "seed \($0)" } ?? "deterministic")")
            print("  mean pain, first 2 weeks: \(fixed(trajectory.meanPain(0..<min(14, n))))")
            print("  mean pain, last 4 weeks:  \(fixed(trajectory.meanPain(max(0, n - 28)..<n)))")
            if let last = trajectory.days.last {
                print(
                    "  end state: sensitivity \(fixed(last.state.sensitivity, 2)), threat \(fixed(last.state.threat, 2)), capacity \(fixed(last.state.capacity, 2))"
                )
            }
        }
        if let report {
            try write(SimulationReport(trajectory: trajectory, seed: seed).html(), to: report)
        }
        return out
    }

    func runComparison() throws -> String {
        var out = ""
        func print(_ line: String = "", terminator: String = "\n") { out += line + terminator }
        let seed = self.seed ?? 1
        let outcomes: [StrategyOutcome]
        do {
            outcomes = try StrategyComparison(patients: patients, seed: seed).run()
        } catch { throw CLIError(error.description) }
        let report = ComparisonReport(outcomes: outcomes, patients: patients, seed: seed)
        switch format {
        case .csv:
            print("strategy,pain_3m,pain_12m,pain_year,disability_12m")
            for r in report.table {
                print(
                    "\"\(r.title)\",\(fixed(r.pain3m, 3)),\(fixed(r.pain12m, 3)),\(fixed(r.painYear, 3)),\(fixed(r.disability12m, 3))"
                )
            }
        case .json:
            let rows = report.table.map {
                [
                    "strategy": $0.title, "pain3m": fixed($0.pain3m, 3), "pain12m": fixed($0.pain12m, 3),
                    "painYear": fixed($0.painYear, 3), "disability12m": fixed($0.disability12m, 3),
                ]
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
        case .summary, .markdown:
            print("Care strategies compared (\(patients) simulated people with persistent pain, seed \(seed))")
            print("Model estimates for teaching and decision support, not predictions for a person.")
            print("strategy".padding(toLength: 40, withPad: " ", startingAt: 0) + "pain 3m  pain 12m  mean/yr  disability 12m")
            for r in report.table {
                let name = r.title.count > 38 ? String(r.title.prefix(37)) + "…" : r.title
                print(
                    name.padding(toLength: 40, withPad: " ", startingAt: 0)
                        + "\(fixed(r.pain3m).padding(toLength: 9, withPad: " ", startingAt: 0))\(fixed(r.pain12m).padding(toLength: 10, withPad: " ", startingAt: 0))\(fixed(r.painYear).padding(toLength: 9, withPad: " ", startingAt: 0))\(fixed(r.disability12m))"
                )
            }
        }
        if let path = self.report { try write(report.html(), to: path) }
        return out
    }

    func write(_ text: String, to path: String) throws {
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write report \(path): \(error.localizedDescription)")
        }
        FileHandle.standardError.write(Data("report written to \(path)\n".utf8))
    }
}

/// A command-line error with a message the user can act on (exit code 1, message on stderr).
struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
