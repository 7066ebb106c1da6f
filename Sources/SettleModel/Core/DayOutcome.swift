/// What the model reports for one day: observable outputs plus derived quantities.
public struct DayOutcome: Sendable, Equatable, Hashable, Codable {
    /// Pain before rounding (0–10).
    public var pain: Double
    /// Reported pain rating, rounded and clipped (integer 0–10).
    public var painRating: Int
    /// Activity actually done (load units).
    public var activity: Double
    /// Activity actually done (minutes; 1 load unit = 60 minutes).
    public var activityMinutes: Double { activity * 60 }
    /// Load tolerance today (load units).
    public var tolerance: Double
    /// Effective central gain today (≥ 1), after needling modulation.
    public var effectiveGain: Double
    /// Disability, RMDQ-like (0–24).
    public var disability: Double
    /// Fear of movement, TSK-17-like (17–68).
    public var fearOfMovement: Double
    /// Whether today's pain is a flare (≥ 2 points above the usual pain).
    public var isFlare: Bool
    /// Whether a spontaneous flare event started today (stochastic simulation only).
    public var spontaneousFlare: Bool

    /// Creates an outcome (the model's `step` is the normal source).
    @inlinable
    public init(
        pain: Double, painRating: Int, activity: Double, tolerance: Double, effectiveGain: Double,
        disability: Double, fearOfMovement: Double, isFlare: Bool, spontaneousFlare: Bool
    ) {
        self.pain = pain
        self.painRating = painRating
        self.activity = activity
        self.tolerance = tolerance
        self.effectiveGain = effectiveGain
        self.disability = disability
        self.fearOfMovement = fearOfMovement
        self.isFlare = isFlare
        self.spontaneousFlare = spontaneousFlare
    }
}
