/// Everything the care engine says about one patient on one day. Codable for the JSON API,
/// Sendable for the server. Every number is an estimate with its interval.
public struct CareAssessment: Codable, Sendable, Equatable {
    /// The day assessed (the last diary day considered).
    public var asOf: Day
    /// First day of the record that was used.
    public var firstDay: Day
    /// Days covered (first day to `asOf`).
    public var daysCovered: Int
    /// Days with at least one pain rating.
    public var daysWithCheckIn: Int
    /// Particles the filter used.
    public var particles: Int
    /// The standing reminder that this is an estimate, not a diagnosis.
    public var disclaimer: String
    /// Latent state and personal parameters today, with 80 % / 95 % intervals.
    public var state: StateEstimates
    /// Tomorrow's pain rating forecast (0–10).
    public var tomorrowPain: Estimate
    /// The needling window today.
    public var window: WindowStatus
    /// Next week's plan, each line with its reason.
    public var plan: ExposurePlan
    /// Forecasts under alternative plans.
    public var whatIfs: [WhatIfForecast]
    /// Day-by-day summaries for charts (empty when the settings turn history off).
    public var history: [DailyEstimate]
    /// Plain-words notes about the data (e.g. few check-ins).
    public var notes: [String]

    /// The standard disclaimer.
    public static let standardDisclaimer =
        "Estimates from a model of your diary, shown with their uncertainty. Decision support for you and your clinician, not a diagnosis."
}

/// Why an assessment could not be made.
public enum CareError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The record holds no pain rating on or before the assessment day.
    case noDiary(asOf: Day)
    /// The record holds fewer ratings than the engine needs.
    case tooFewCheckIns(found: Int, needed: Int)

    public var description: String {
        switch self {
        case .noDiary(let day):
            return "diary: no pain rating on or before \(day.iso); add at least one diary entry before assessing"
        case .tooFewCheckIns(let found, let needed):
            return "diary: \(found) day\(found == 1 ? "" : "s") with a pain rating, at least \(needed) are needed for an estimate"
        }
    }
}
