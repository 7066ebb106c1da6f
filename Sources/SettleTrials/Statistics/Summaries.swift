#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Mean, SD and 95 % confidence interval of one outcome in one arm at one follow-up.
public struct ArmOutcomeSummary: Sendable, Equatable, Codable {
    /// People measured.
    public var n: Int
    /// Mean on the outcome's raw scale.
    public var mean: Double
    /// Between-person SD.
    public var sd: Double
    /// 95 % interval of the mean (normal approximation).
    public var ciLow: Double
    public var ciHigh: Double

    /// Summarises sums of values and squared values over `n` people.
    init(n: Int, sum: Double, sumSquares: Double) {
        self.n = n
        let m = n > 0 ? sum / Double(n) : .nan
        let v = n > 1 ? max(0, (sumSquares - Double(n) * m * m) / Double(n - 1)) : .nan
        mean = m
        sd = v.squareRoot()
        let half = n > 1 ? 1.959964 * sd / Double(n).squareRoot() : .nan
        ciLow = m - half
        ciHigh = m + half
    }
}

/// An effect of one arm against a comparator at one follow-up. Lower scores are better for
/// every outcome, so the difference is comparator − arm: positive favours the arm.
public struct EffectEstimate: Sendable, Equatable, Codable {
    /// Mean difference (comparator − arm) on the raw scale.
    public var meanDifference: Double
    /// 95 % interval of the mean difference (unpooled SE).
    public var mdLow: Double
    public var mdHigh: Double
    /// Standardised mean difference: mean difference / pooled SD at this follow-up (Cohen's d).
    public var smd: Double
    /// 95 % interval of the SMD (large-sample SE √((n₁+n₂)/(n₁n₂) + d²/(2(n₁+n₂)))).
    public var smdLow: Double
    public var smdHigh: Double

    /// Computes the effect of `arm` against `comparator`.
    public init(arm: ArmOutcomeSummary, comparator: ArmOutcomeSummary) {
        let n1 = Double(arm.n), n2 = Double(comparator.n)
        let md = comparator.mean - arm.mean
        let se = (arm.sd * arm.sd / n1 + comparator.sd * comparator.sd / n2).squareRoot()
        let pooled = (((n1 - 1) * arm.sd * arm.sd + (n2 - 1) * comparator.sd * comparator.sd) / (n1 + n2 - 2)).squareRoot()
        let d = pooled > 0 ? md / pooled : .nan
        let seD = ((n1 + n2) / (n1 * n2) + d * d / (2 * (n1 + n2))).squareRoot()
        meanDifference = md
        mdLow = md - 1.959964 * se
        mdHigh = md + 1.959964 * se
        smd = d
        smdLow = d - 1.959964 * seD
        smdHigh = d + 1.959964 * seD
    }
}

/// The course of an arm read from the diaries: recovery, recurrence and day-to-day texture.
public struct ArmCourse: Sendable, Equatable, Codable {
    /// Each person's first recovery day (after randomisation), −1 if not within the horizon, sorted.
    public var recoveryDays: [Int]
    /// Each person's first recurrence day, −1 if none, sorted.
    public var recurrenceDays: [Int]
    /// Mean within-person SD of daily ratings over the diary days.
    public var withinPersonSD: Double
    /// Mean lag-1 autocorrelation of daily ratings.
    public var lag1: Double
    /// Pooled within-person slope of pain rating on the night's sleep quality (points per point).
    public var sleepSlope: Double

    /// Share of people with an event by `day` (inclusive).
    public static func share(_ days: [Int], byDay day: Int) -> Double {
        guard !days.isEmpty else { return .nan }
        return Double(days.filter { $0 >= 0 && $0 <= day }.count) / Double(days.count)
    }

    /// Median day of an event, counting people without one as later than everyone; nil if
    /// fewer than half had one.
    public static func median(_ days: [Int]) -> Double? {
        let events = days.filter { $0 >= 0 }.sorted()
        let n = days.count
        guard n > 0, events.count * 2 >= n else { return nil }
        if n % 2 == 1 { return Double(events[n / 2]) }
        let hi = n / 2 < events.count ? Double(events[n / 2]) : Double(events[n / 2 - 1])
        return (Double(events[n / 2 - 1]) + hi) / 2
    }

    /// Share recovered by `day`.
    public func recoveredShare(byDay day: Int) -> Double { Self.share(recoveryDays, byDay: day) }
    /// Share with a recurrence by `day`.
    public func recurrenceShare(byDay day: Int) -> Double { Self.share(recurrenceDays, byDay: day) }
    /// Median days to recovery.
    public var recoveryMedian: Double? { Self.median(recoveryDays) }
    /// Median days to recurrence.
    public var recurrenceMedian: Double? { Self.median(recurrenceDays) }
}
