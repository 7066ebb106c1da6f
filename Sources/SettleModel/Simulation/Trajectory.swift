/// One simulated day: what went in, what came out, and the latent state after the day.
public struct TrajectoryDay: Sendable, Equatable, Codable {
    public var day: Int
    public var input: DayInput
    public var outcome: DayOutcome
    public var state: ModelState
}

/// A simulated course of days for one person.
public struct Trajectory: Sendable, Equatable, Codable {
    public var name: String
    public var parameters: Parameters
    public var initialState: ModelState
    public var days: [TrajectoryDay]

    /// Mean of `value` over days `range` (clamped to the trajectory).
    public func mean(_ range: Range<Int>, _ value: (TrajectoryDay) -> Double) -> Double {
        let lo = max(0, range.lowerBound)
        let hi = min(days.count, range.upperBound)
        guard hi > lo else { return .nan }
        var sum = 0.0
        for i in lo..<hi { sum += value(days[i]) }
        return sum / Double(hi - lo)
    }

    /// Mean pain over days `range`.
    public func meanPain(_ range: Range<Int>) -> Double { mean(range) { $0.outcome.pain } }
}
