/// Patterns read straight from the diary that the planner's rules use: tolerated baseline,
/// the patient's usual pain, flare runs and boom–bust cycles.
public struct DiaryPatterns: Codable, Sendable, Equatable {
    /// The patient's usual pain: median of the ratings 8–35 days before today (0–10), or of all
    /// ratings when those days are empty; nil without ratings.
    public var usualPain: Double?
    /// Mean activity minutes a day over the last 14 days without a flare (tolerated activity);
    /// nil when no activity was reported then.
    public var toleratedBaselineMinutes: Double?
    /// Days in the last 14 that entered the baseline.
    public var baselineDays: Int
    /// Longest run of consecutive flare days in the last 7 days (pain ≥ usual + 2 or marked
    /// as a flare-up by the patient).
    public var recentFlareRun: Int
    /// Whether that run reaches one of the last 3 days (still going on).
    public var flareOngoing: Bool
    /// Boom–bust cycles in the last 21 days: a day well above the usual activity followed
    /// within 2 days by a flare or a day well below it.
    public var boomBustCycles: Int

    /// A flare run of this many days triggers the flare rule.
    public static let flareRunDays = 2
    /// This many boom–bust cycles in 3 weeks count as a boom–bust pattern.
    public static let boomBustCyclesNeeded = 2

    /// Whether the flare rule applies (2+ flare days in a row within the last week).
    public var flareRuleTriggered: Bool { recentFlareRun >= Self.flareRunDays }
    /// Whether a boom–bust pattern is present.
    public var boomBust: Bool { boomBustCycles >= Self.boomBustCyclesNeeded }

    /// Reads the patterns from the last days of `timeline`.
    public init(timeline: CareTimeline) {
        let days = timeline.days
        let n = days.count
        func slice(_ from: Int, _ to: Int) -> ArraySlice<ObservedDay> {
            let lo = max(0, n - from), hi = max(0, n - to)
            return days[lo..<max(lo, hi)]
        }
        var reference = slice(35, 7).compactMap(\.pain)
        if reference.count < 5 { reference = days.compactMap(\.pain) }
        usualPain = Self.median(reference)
        let usual = usualPain ?? 10
        func isFlare(_ d: ObservedDay) -> Bool {
            d.flareReported || (d.pain.map { $0 >= usual + 2 } ?? false)
        }
        let last14 = slice(14, 0).filter { !isFlare($0) }.compactMap(\.activityMinutes)
        toleratedBaselineMinutes = last14.isEmpty ? nil : last14.reduce(0, +) / Double(last14.count)
        baselineDays = last14.count

        var run = 0, best = 0, bestEnd = -1
        let week = Array(slice(7, 0))
        for (i, d) in week.enumerated() {
            run = isFlare(d) ? run + 1 : 0
            if run >= best, run > 0 {
                best = run
                bestEnd = i
            }
        }
        recentFlareRun = best
        flareOngoing = best >= Self.flareRunDays && bestEnd >= week.count - 3

        let window = Array(slice(21, 0))
        let activity = window.compactMap(\.activityMinutes)
        var cycles = 0
        if let m = Self.median(activity), m > 0 {
            var i = 0
            while i < window.count {
                if let a = window[i].activityMinutes, a >= 1.5 * m, a >= m + 20 {
                    let after = window[(i + 1)..<min(window.count, i + 3)]
                    if after.contains(where: { isFlare($0) || ($0.activityMinutes.map { $0 <= 0.6 * m } ?? false) }) {
                        cycles += 1
                        i += 3
                        continue
                    }
                }
                i += 1
            }
        }
        boomBustCycles = cycles
    }

    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let s = values.sorted()
        let k = s.count / 2
        return s.count % 2 == 1 ? s[k] : (s[k - 1] + s[k]) / 2
    }
}
