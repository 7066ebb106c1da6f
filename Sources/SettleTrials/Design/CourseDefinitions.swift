/// How a simulated diary is read for recovery and recurrence (model-level definitions;
/// see docs/CALIBRATION.md for why they differ slightly from the papers' wording).
public struct CourseDefinitions: Sendable, Equatable, Hashable, Codable {
    /// Recovery: the first day of a run of `recoveryRunDays` days whose mean rating is at most this (0–10).
    public var recoveryMeanRating: Double
    /// Length of the recovery run (days, 1–60).
    public var recoveryRunDays: Int
    /// Recurrence: ratings at least this many points above the person's baseline-window mean (0–10)…
    public var recurrenceRise: Double
    /// …on this many consecutive days (1–30).
    public var recurrenceRunDays: Int

    public init(
        recoveryMeanRating: Double = 1.5, recoveryRunDays: Int = 7, recurrenceRise: Double = 2, recurrenceRunDays: Int = 2
    ) {
        self.recoveryMeanRating = recoveryMeanRating
        self.recoveryRunDays = recoveryRunDays
        self.recurrenceRise = recurrenceRise
        self.recurrenceRunDays = recurrenceRunDays
    }
}
