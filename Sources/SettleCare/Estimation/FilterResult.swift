import SettleModel

/// The filter's summary of one day (cheap moments, kept for charts).
public struct DailyEstimate: Codable, Sendable, Equatable {
    /// The calendar day.
    public var day: Day
    /// Pain rating the filter expected for this day before seeing it (0–10): mean.
    public var forecastPain: Double
    /// SD of that one-step-ahead forecast, including reporting error (points).
    public var forecastPainSD: Double
    /// The mean rating actually reported, if any.
    public var observedPain: Double?
    /// Posterior mean of sensitivity G (0–1) after the day.
    public var sensitivity: Double
    /// Posterior SD of sensitivity.
    public var sensitivitySD: Double
    /// Posterior mean of threat T (0–1).
    public var threat: Double
    /// Posterior mean of capacity C (load units).
    public var capacity: Double
    /// Posterior probability that a needling window is open (0–1).
    public var windowProbability: Double
}

/// What the filter learned about one verum acupuncture session, from the particles of its day.
public struct SessionEffect: Codable, Sendable, Equatable {
    /// The session day.
    public var day: Day
    /// Needles counted for the session.
    public var needles: Double
    /// Drop in the amplification (effective gain above 1) on the session day, in percent (0–90).
    public var amplificationDrop: Estimate
    /// Drop in effective gain on the session day (×, absolute).
    public var effectiveGainDrop: Estimate
}

/// Posterior of the latent state and the personal parameters after the last day.
public struct StateEstimates: Codable, Sendable, Equatable {
    /// Central sensitivity G (0–1).
    public var sensitivity: Estimate
    /// Effective central gain (×, ≥ 1), after any needling modulation.
    public var effectiveGain: Estimate
    /// Threat / harm expectancy T (0–1).
    public var threat: Estimate
    /// Muscle guarding U (0–1).
    public var guarding: Estimate
    /// Capacity C (load units; 1 = 60 minutes of habitual activity).
    public var capacity: Estimate
    /// Load tolerance = base + capacity − fatigue (load units).
    public var tolerance: Estimate
    /// The pain the patient has come to expect as usual (0–10).
    public var usualPain: Estimate
    /// Personal baseline of the gain drive (a.u.).
    public var gainBaseline: Estimate
    /// Window depth: reduction of amplification at a full needling trace (0–0.9).
    public var needlingGainReduction: Estimate
    /// Window time constant (days).
    public var needlingTime: Estimate
    /// Habitual planned activity (minutes a day).
    public var habitualMinutes: Estimate
}

/// Everything the filter returns: day summaries, the final posterior, per-session effects and
/// the particle cloud used for forecasts.
public struct FilterResult: Sendable {
    /// The timeline that was filtered.
    public var timeline: CareTimeline
    /// Day-by-day summaries (empty when `recordHistory` is off).
    public var history: [DailyEstimate]
    /// Posterior after the last day.
    public var final: StateEstimates
    /// One-step-ahead forecast of tomorrow's pain rating (0–10).
    public var tomorrowPain: Estimate
    /// Effect estimates for each verum session in the timeline.
    public var sessions: [SessionEffect]
    /// Log marginal likelihood of the observations (nats), for model comparison.
    public var logLikelihood: Double
    /// How often the particles were resampled.
    public var resampleCount: Int
    /// Smallest effective sample size seen after an update.
    public var minimumEffectiveSize: Double
    /// The final weighted particles (for forecasts).
    var cloud: ParticleCloud
}

/// The weighted particles: latent state, personal coordinates, model and weight.
///
/// Models live in a table; particle `i` uses `models[modelIndex[i]]`, so resampling copies
/// one integer per particle instead of a whole model. The table is rebuilt at each Liu–West move.
struct ParticleCloud: Sendable {
    var states: [ModelState]
    var coordinates: [PersonalCoordinates]
    var models: [Model]
    var modelIndex: [Int]
    var habitualLoad: [Double]
    var weights: [Double]
    /// Window depth g_A of each model in the table (parallel to `models`).
    var windowDepth: [Double]

    /// The model of particle `i`.
    func model(_ i: Int) -> Model { models[modelIndex[i]] }
}
