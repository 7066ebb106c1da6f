/// Tuning of the particle filter. The defaults are what the product uses; the clinic server
/// may lower `particles` for cheap dashboard refreshes.
public struct FilterSettings: Codable, Sendable, Equatable {
    /// Number of particles (10–100 000). 1 000 is the default; 500 (`dashboard`) is the least
    /// that keeps the intervals roughly honest.
    public var particles: Int
    /// Seed of the filter's random stream: the same record, day and seed give the same result.
    public var seed: UInt64
    /// Scale of the Student-t error of a reported pain rating around model pain (points).
    public var painScale: Double
    /// Degrees of freedom of that Student-t (small = more robust to outliers).
    public var painDegreesOfFreedom: Double
    /// Scale of the Student-t error of log(activity minutes + 10).
    public var activityLogScale: Double
    /// Scale of the error of an RMDQ disability score (points, 0–24 scale).
    public var disabilityScale: Double
    /// Scale of the error of a TSK-17 fear-of-movement score (points, 17–68 scale).
    public var fearScale: Double
    /// Daily SD of the random walk added to sensitivity and threat (model error), 0–0.05.
    public var stateJitter: Double
    /// Daily relative SD of the random walk of capacity (model error), 0–0.05.
    public var capacityJitter: Double
    /// Liu–West discount factor δ (0.9–0.999) for the static parameters: closer to 1 moves them less.
    public var discount: Double
    /// Resample when the effective sample size falls below this fraction of `particles`.
    public var resampleThreshold: Double
    /// Whether to keep the day-by-day posterior summaries (for charts).
    public var recordHistory: Bool

    /// The default settings (1 000 particles).
    public init(
        particles: Int = 1_000, seed: UInt64 = 20_251_125, painScale: Double = 0.5,
        painDegreesOfFreedom: Double = 4, activityLogScale: Double = 0.35, disabilityScale: Double = 3,
        fearScale: Double = 5, stateJitter: Double = 0.0025, capacityJitter: Double = 0.01, discount: Double = 0.98,
        resampleThreshold: Double = 0.5, recordHistory: Bool = true
    ) {
        self.particles = particles
        self.seed = seed
        self.painScale = painScale
        self.painDegreesOfFreedom = painDegreesOfFreedom
        self.activityLogScale = activityLogScale
        self.disabilityScale = disabilityScale
        self.fearScale = fearScale
        self.stateJitter = stateJitter
        self.capacityJitter = capacityJitter
        self.discount = discount
        self.resampleThreshold = resampleThreshold
        self.recordHistory = recordHistory
    }

    /// A cheaper setting for caseload dashboards (500 particles, no history). Fewer particles
    /// make the state intervals over-confident (250 particles: 80 % intervals held the truth only
    /// 56 % of the time in validation; 500: 70 %; 1 000: 80 %; docs/CARE.md).
    public static let dashboard = FilterSettings(particles: 500, recordHistory: false)

    /// Settings clamped to their documented ranges (so no input can crash the filter).
    var sanitised: FilterSettings {
        var s = self
        s.particles = min(100_000, max(10, particles))
        s.painScale = painScale.isFinite ? min(3, max(0.1, painScale)) : 0.5
        s.painDegreesOfFreedom = painDegreesOfFreedom.isFinite ? min(100, max(1, painDegreesOfFreedom)) : 4
        s.activityLogScale = activityLogScale.isFinite ? min(2, max(0.05, activityLogScale)) : 0.35
        s.disabilityScale = disabilityScale.isFinite ? min(12, max(0.5, disabilityScale)) : 3
        s.fearScale = fearScale.isFinite ? min(20, max(1, fearScale)) : 5
        s.stateJitter = stateJitter.isFinite ? min(0.05, max(0, stateJitter)) : 0.0025
        s.capacityJitter = capacityJitter.isFinite ? min(0.05, max(0, capacityJitter)) : 0.01
        s.discount = discount.isFinite ? min(0.999, max(0.9, discount)) : 0.98
        s.resampleThreshold = resampleThreshold.isFinite ? min(1, max(0, resampleThreshold)) : 0.5
        return s
    }
}
