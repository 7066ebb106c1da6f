import SettleModel

/// What `Calibration.fit` minimises.
public enum FitObjective: Sendable, Equatable {
    /// The calibration loss at the calibration's cohort size.
    case loss
    /// Robust to sampling error: the mean, over the calibration's cohort size and each of
    /// `alsoAt` (people per design), of the loss plus `Calibration.robustPenalty`, so a fit can
    /// neither trade a passing target away nor leave one at the edge of its interval where a
    /// different sample would fail it.
    case robust(alsoAt: [Int])
}

extension Calibration {
    /// The penalty the robust objective adds to one evaluation: for every verified target outside
    /// `knownMisses`, 20 + the target's loss if it fails, and for each of its figures inside the
    /// last 4 % of the interval, 40 × how far into that margin it lies (0 at 4 % from the edge,
    /// 40 on the edge).
    public static func robustPenalty(_ e: CalibrationEvaluation, knownMisses: Set<String> = KnownMisses.ids) -> Double {
        var total = 0.0
        for check in e.checks where check.target.status.gates && !knownMisses.contains(check.target.id) {
            if !check.passes { total += 20 + check.loss }
            for (figure, value) in zip(check.target.figures, check.simulated) where value.isFinite {
                let margin = (figure.high - figure.low) * 0.04
                let inside = min(value - figure.low, figure.high - value)
                if inside >= 0, inside < margin { total += 40 * (margin - inside) / margin }
            }
        }
        return total
    }

    /// The value of `objective` for the parameter set `p` (seeded, reproducible).
    public func objectiveValue(_ p: Parameters, _ objective: FitObjective) throws(TrialDesignError) -> Double {
        switch objective {
        case .loss:
            return try evaluate(p).loss
        case .robust(let alsoAt):
            var total = 0.0
            for size in [patients] + alsoAt {
                var sized = self
                sized.patients = size
                let e = try sized.evaluate(p)
                total += e.loss + Self.robustPenalty(e)
            }
            return total / Double(1 + alsoAt.count)
        }
    }
}
