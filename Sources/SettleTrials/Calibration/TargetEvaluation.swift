/// A target's figures as simulated, with pass/fail.
public struct TargetCheck: Sendable, Equatable {
    public var target: CalibrationTarget
    /// Simulated values, one per figure (NaN when it could not be computed, e.g. no median).
    public var simulated: [Double]

    /// Whether each figure is inside its interval.
    public var figurePasses: [Bool] {
        zip(target.figures, simulated).map { f, s in s.isFinite && s >= f.low && s <= f.high }
    }

    /// Whether every figure passes.
    public var passes: Bool { figurePasses.allSatisfy { $0 } }

    /// Whether this check fails the build (a verified target that does not pass).
    public var failsBuild: Bool { target.status.gates && !passes }

    /// The target's share of the calibration loss: Σ weight × min(25, ((simulated − value) / half-width)²)
    /// over its figures (an unavailable value counts as the cap, 25).
    public var loss: Double {
        zip(target.figures, simulated).reduce(0) { sum, pair in
            let (f, s) = pair
            guard s.isFinite else { return sum + target.weight * 25 }
            let z = (s - f.value) / f.halfWidth
            return sum + target.weight * min(25, z * z)
        }
    }
}

extension CalibrationTarget {
    /// Reads this target's simulated figures from the results of the designs it needs.
    public func evaluate(_ results: [String: TrialResult]) -> TargetCheck {
        let nan = [Double](repeating: .nan, count: figures.count)
        guard let r = results[metric.design] else { return TargetCheck(target: self, simulated: nan) }
        let values: [Double]
        switch metric {
        case let .smd(_, arm, comparator, day, outcome):
            values = [r.effect(arm: arm, comparator: comparator, day: day, outcome: outcome)?.smd ?? .nan]
        case let .meanDifference100(_, arm, comparator, day, outcome):
            let md = r.effect(arm: arm, comparator: comparator, day: day, outcome: outcome)?.meanDifference ?? .nan
            values = [outcome.differenceToHundred(md)]
        case let .meanDifferenceRaw(_, arm, comparator, day, outcome):
            values = [r.effect(arm: arm, comparator: comparator, day: day, outcome: outcome)?.meanDifference ?? .nan]
        case let .persistence(_, arm, comparator, early, late):
            let e = r.effect(arm: arm, comparator: comparator, day: early, outcome: .pain)?.smd ?? .nan
            let l = r.effect(arm: arm, comparator: comparator, day: late, outcome: .pain)?.smd ?? .nan
            values = [e > 0 ? l / e : .nan]
        case let .painSeries(_, arm, days):
            values = days.map { r.summary(arm: arm, day: $0, outcome: .pain).map { $0.mean * 10 } ?? .nan }
        case let .recovery(_, arm):
            let c = r.course(arm: arm)
            values = [c?.recoveryMedian ?? .nan, c?.recoveredShare(byDay: 365) ?? .nan]
        case let .recurrence(_, arm):
            let c = r.course(arm: arm)
            values = [c?.recurrenceShare(byDay: 365) ?? .nan, c?.recurrenceMedian ?? .nan]
        case .dose:
            func smd(_ arm: String) -> Double {
                r.effect(arm: arm, comparator: "usual-care", day: 84, outcome: .pain)?.smd ?? .nan
            }
            values = [smd("verum-12-sessions") - smd("verum-6-sessions"), smd("verum-14-needles") - smd("verum-4-needles")]
        case let .withinPersonSD(_, arm):
            values = [r.course(arm: arm)?.withinPersonSD ?? .nan]
        case let .sleepSlope(_, arm):
            values = [r.course(arm: arm)?.sleepSlope ?? .nan]
        }
        return TargetCheck(target: self, simulated: values)
    }
}
