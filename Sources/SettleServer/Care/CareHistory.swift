import Foundation
import SettleCare

/// Reading the engine's day-by-day history (`DailyEstimate`) for charts.
enum CareHistory {
    /// z-value of a central 80 % normal interval.
    static let z80 = 1.2816
    /// z-value of a central 95 % normal interval.
    static let z95 = 1.96

    /// The approximate 80 % interval of sensitivity on a day (0–1): mean ± 1.28 posterior SD, clamped to 0–1.
    /// The history keeps only mean and SD, so this is a normal approximation of the particle quantiles.
    static func sensitivity80(_ day: DailyEstimate) -> ClosedRange<Double> {
        interval(mean: day.sensitivity, sd: day.sensitivitySD, z: z80)
    }

    /// Mean ± z·SD clamped to 0–1 (z = ``z80`` or ``z95``); a non-finite SD counts as 0.
    static func interval(mean: Double, sd: Double, z: Double) -> ClosedRange<Double> {
        let spread = sd.isFinite ? max(0, sd) * z : 0
        let low = min(1, max(0, mean - spread))
        return low...max(low, min(1, max(0, mean + spread)))
    }

    /// The approximate 95 % interval of sensitivity on a day (0–1): mean ± 1.96 posterior SD, clamped to 0–1.
    static func sensitivity95(_ day: DailyEstimate) -> ClosedRange<Double> {
        interval(mean: day.sensitivity, sd: day.sensitivitySD, z: z95)
    }

    /// Runs of consecutive days whose window probability is at least `threshold`, as day ranges.
    static func windowRuns(_ history: [DailyEstimate], threshold: Double = 0.5) -> [ClosedRange<Day>] {
        windowRuns(history.map { ($0.day, $0.windowProbability) }, threshold: threshold)
    }

    /// Runs of consecutive entries whose probability is at least `threshold`, as day ranges.
    static func windowRuns(_ history: [(day: Day, probability: Double)], threshold: Double = 0.5) -> [ClosedRange<Day>] {
        var runs: [ClosedRange<Day>] = []
        var start: Day?
        var last: Day?
        for day in history {
            if day.probability >= threshold {
                if start == nil { start = day.day }
                last = day.day
            } else if let s = start, let l = last {
                runs.append(s...l)
                start = nil
            }
        }
        if let s = start, let l = last { runs.append(s...l) }
        return runs
    }
}
