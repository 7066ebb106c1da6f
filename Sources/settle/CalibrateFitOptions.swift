import ArgumentParser
import Foundation
import SettleModel
import SettleTrials

/// The fit choices of `settle calibrate`: which parameters move (`--free`), where they start
/// (`--start`) and whether the objective also reads larger cohorts (`--also-at`), parsed once.
struct FitChoices {
    /// The fit ranges of the free parameters, in the order given.
    var bounds: [FitBound]
    /// Starting values that replace the current defaults.
    var starts: [(bound: FitBound, value: Double)]
    var objective: FitObjective
    /// How the fit was set up, for its record: free parameters, starting values and objective.
    var setup: String

    /// The current defaults with the starting values applied.
    var startingParameters: Parameters {
        var p = Parameters.calibrated
        for (bound, value) in starts {
            guard let info = ParameterCatalog.info(named: bound.name) else { continue }
            p[keyPath: info.keyPath] = value
        }
        return p
    }
}

extension CalibrateCommand {
    /// Parses `--free`, `--start` and `--also-at`; throws a `ValidationError` naming the bad item.
    func fitChoices() throws -> FitChoices {
        let bounds = try freeBounds()
        let starts = try startingValues()
        let sizes = try alsoAtSizes()
        var setup =
            free == nil ? "all \(bounds.count) fitted parameters free" : "free: " + bounds.map(\.name).joined(separator: ", ")
        if !starts.isEmpty {
            setup += "; starting from " + starts.map { "\($0.bound.name) = \($0.value)" }.joined(separator: ", ")
        }
        if !sizes.isEmpty {
            setup +=
                "; robust objective (mean over \(([patients] + sizes).map(String.init).joined(separator: ", ")) "
                + "people per design of the loss plus Calibration.robustPenalty)"
        }
        return FitChoices(
            bounds: bounds, starts: starts, objective: sizes.isEmpty ? .loss : .robust(alsoAt: sizes), setup: setup)
    }

    /// The items of a comma-separated option, trimmed, empty items dropped.
    static func commaList(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The fit ranges of the parameters named by `--free`, in that order (every fitted parameter
    /// of `Calibration.defaultBounds` when it is absent).
    func freeBounds() throws -> [FitBound] {
        guard let free else { return Calibration.defaultBounds }
        let names = Self.commaList(free)
        guard !names.isEmpty else { throw ValidationError("--free needs at least one parameter name") }
        return try names.map { name in
            guard let bound = Self.fitBound(named: name) else {
                throw ValidationError(
                    "--free: '\(name)' is not a fitted parameter; choose from "
                        + Calibration.defaultBounds.map(\.name).joined(separator: ", "))
            }
            return bound
        }
    }

    /// The further cohort sizes of `--also-at` (people per design); empty when it is absent.
    func alsoAtSizes() throws -> [Int] {
        guard let alsoAt else { return [] }
        return try Self.commaList(alsoAt).map { text in
            guard let size = Int(text), (50...20_000).contains(size), size != patients else {
                throw ValidationError(
                    "--also-at: '\(text)' must be a cohort size of 50…20,000 people other than --patients (\(patients))")
            }
            return size
        }
    }

    /// The starting values of `--start NAME=VALUE`, each a fitted parameter inside its fit range.
    func startingValues() throws -> [(bound: FitBound, value: Double)] {
        try start.map { item in
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Double(parts[1]), value.isFinite else {
                throw ValidationError("--start '\(item)': expected NAME=VALUE, e.g. allocationReportShift=0.3")
            }
            guard let bound = Self.fitBound(named: parts[0]) else {
                throw ValidationError("--start: '\(parts[0])' is not a fitted parameter (see --free)")
            }
            guard bound.range.contains(value) else {
                throw ValidationError(
                    "--start: \(parts[0]) must lie in its fit range \(bound.range.lowerBound)…\(bound.range.upperBound), got \(value)"
                )
            }
            return (bound, value)
        }
    }

    static func fitBound(named name: String) -> FitBound? {
        Calibration.defaultBounds.first { $0.name == name }
    }
}
