/// Tuning of the graded-exposure / pacing planner.
public struct PlannerSettings: Codable, Sendable, Equatable {
    /// Weekly changes considered in ordinary weeks (fractions, 0.10–0.20 per the protocol).
    public var progressSteps: [Double]
    /// Extra, larger steps allowed when a needling window is likely open.
    public var windowSteps: [Double]
    /// Steps allowed after a flare run (hold or step back).
    public var flareSteps: [Double]
    /// Steps allowed while a boom–bust pattern is present (steady pacing).
    public var boomBustSteps: [Double]
    /// Fraction of baseline a new plan starts at (0.5–1; protocol 0.8).
    public var startFraction: Double
    /// Highest probability that a day in the next 4 weeks is a flare day (0–1) a candidate may carry.
    public var maxFlareProbability: Double
    /// Extra quota on window days after a verum session (fraction, 0–0.5).
    public var windowAllowance: Double
    /// Days after a verum session that count as window days for the allowance.
    public var windowDays: Int
    /// Highest quota (minutes a day).
    public var ceilingMinutesPerDay: Double
    /// Forecast particles per candidate.
    public var forecastParticles: Int
    /// Forecast horizon (weeks, 4–26).
    public var horizonWeeks: Int

    /// The default settings.
    public init(
        progressSteps: [Double] = [0.10, 0.15, 0.20], windowSteps: [Double] = [0.25, 0.30],
        flareSteps: [Double] = [0, -0.10], boomBustSteps: [Double] = [0, 0.10], startFraction: Double = 0.8,
        maxFlareProbability: Double = 0.08, windowAllowance: Double = 0.2, windowDays: Int = 2,
        ceilingMinutesPerDay: Double = 150, forecastParticles: Int = 200, horizonWeeks: Int = 12
    ) {
        self.progressSteps = progressSteps
        self.windowSteps = windowSteps
        self.flareSteps = flareSteps
        self.boomBustSteps = boomBustSteps
        self.startFraction = startFraction
        self.maxFlareProbability = maxFlareProbability
        self.windowAllowance = windowAllowance
        self.windowDays = windowDays
        self.ceilingMinutesPerDay = ceilingMinutesPerDay
        self.forecastParticles = forecastParticles
        self.horizonWeeks = horizonWeeks
    }
}
