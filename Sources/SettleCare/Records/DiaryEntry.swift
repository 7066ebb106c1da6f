import Foundation

/// One check-in in a patient's daily diary. A day may hold several entries (e.g. morning and
/// evening pain); each has its own ``recordedAt`` time.
public struct DiaryEntry: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the entry; time-ordered by default (``Foundation/UUID/timeOrdered(at:)``).
    public var id: UUID
    /// The patient the entry belongs to.
    public var patientID: UUID
    /// The diary day (UTC) the entry describes.
    public var day: Day
    /// When the entry was recorded.
    public var recordedAt: Date
    /// Pain intensity now, numeric rating scale 0 (no pain) – 10 (worst imaginable).
    public var pain: Int
    /// Minutes of deliberate activity or exercise done that day, 0–1440; nil when not reported.
    public var activityMinutes: Int?
    /// Step count that day, 0–200 000; nil when not reported.
    public var steps: Int?
    /// Sleep quality last night, 0 (worst) – 10 (best); nil when not reported.
    public var sleepQuality: Int?
    /// Stress level that day, 0 (none) – 10 (extreme); nil when not reported.
    public var stress: Int?
    /// True when the patient marks the day as a flare-up.
    public var flare: Bool
    /// Free-text note, at most 2000 characters.
    public var note: String

    /// `id`: nil gives a new time-ordered id for `recordedAt`, so entries are stored in time order.
    public init(
        id: UUID? = nil, patientID: UUID, day: Day, recordedAt: Date, pain: Int,
        activityMinutes: Int? = nil, steps: Int? = nil, sleepQuality: Int? = nil, stress: Int? = nil,
        flare: Bool = false, note: String = ""
    ) {
        self.id = id ?? .timeOrdered(at: recordedAt)
        self.patientID = patientID
        self.day = day
        self.recordedAt = recordedAt
        self.pain = pain
        self.activityMinutes = activityMinutes
        self.steps = steps
        self.sleepQuality = sleepQuality
        self.stress = stress
        self.flare = flare
        self.note = note
    }

    public func validate() -> [RecordProblem] {
        Check.rating(pain, "pain")
            + Check.nonNegative(activityMinutes, "activityMinutes", max: 1440)
            + Check.nonNegative(steps, "steps", max: 200_000)
            + Check.rating(sleepQuality, "sleepQuality")
            + Check.rating(stress, "stress")
            + Check.text(note, "note", maxLength: 2000)
    }
}
