import Foundation

/// A patient-chosen goal activity (Patient-Specific Functional Scale): an activity the patient
/// finds hard, rated 0 (unable) – 10 (able as before the problem).
public struct Goal: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the goal; PSFS administrations use it as the item id.
    public var id: UUID
    /// The patient whose goal it is.
    public var patientID: UUID
    /// The activity in the patient's words, e.g. `"carry shopping up the stairs"` (1–200 characters).
    public var activity: String
    /// Ability rating when the goal was set, 0–10.
    public var baselineRating: Int
    /// Rating the patient aims for, 0–10; nil when not set.
    public var targetRating: Int?
    /// The day the goal was set (UTC).
    public var createdOn: Day
    /// False once the goal is retired (achieved or replaced).
    public var active: Bool

    public init(
        id: UUID = UUID(), patientID: UUID, activity: String, baselineRating: Int, targetRating: Int? = nil,
        createdOn: Day, active: Bool = true
    ) {
        self.id = id
        self.patientID = patientID
        self.activity = activity
        self.baselineRating = baselineRating
        self.targetRating = targetRating
        self.createdOn = createdOn
        self.active = active
    }

    public func validate() -> [RecordProblem] {
        Check.text(activity, "activity", required: true, maxLength: 200)
            + Check.rating(baselineRating, "baselineRating")
            + Check.rating(targetRating, "targetRating")
    }
}
