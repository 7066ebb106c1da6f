/// What the runner keeps of one person in one arm: window means at each follow-up, course
/// events and diary statistics. Nothing day-by-day is kept.
struct PatientRecord: Sendable {
    /// Arm index.
    var arm: Int
    /// Window means, `[followUp × 3 + outcome]` with outcomes pain (rating), disability, fear.
    var values: [Double]
    /// First day (after randomisation) of a recovery run; −1 if none within the horizon.
    var recoveryDay: Int
    /// First day of a recurrence; −1 if none.
    var recurrenceDay: Int
    /// Within-person SD of daily ratings over the diary days.
    var diarySD: Double
    /// Lag-1 autocorrelation of daily ratings over the diary days.
    var diaryLag1: Double
    /// Within-person centred sum of squares of sleep, and cross-products of sleep and rating.
    var sleepSxx: Double
    var sleepSxy: Double
}

/// One enrolment slot's outcome: the records of the enrolled person (one per arm lived
/// through) and how many candidates were screened.
struct SlotResult: Sendable {
    var records: [PatientRecord]
    var screened: Int
}
