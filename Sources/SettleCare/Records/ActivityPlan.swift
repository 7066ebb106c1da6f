import Foundation

/// A patient's activity plan: a weekly quota of activity minutes and how it progresses.
/// The plan in force is the one with the latest ``setAt``.
public struct ActivityPlan: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of this version of the plan.
    public var id: UUID
    /// The patient the plan is for.
    public var patientID: UUID
    /// First day the plan applies (UTC).
    public var startDay: Day
    /// Activity quota per week, in minutes, 0–3000.
    public var weeklyQuotaMinutes: Int
    /// How the quota grows over time.
    public var progression: ProgressionRule
    /// Who set the plan (a clinician's user id), when known.
    public var setBy: UUID?
    /// When the plan was set.
    public var setAt: Date
    /// Free-text note for the patient, at most 2000 characters.
    public var note: String

    public init(
        id: UUID = UUID(), patientID: UUID, startDay: Day, weeklyQuotaMinutes: Int,
        progression: ProgressionRule, setBy: UUID? = nil, setAt: Date, note: String = ""
    ) {
        self.id = id
        self.patientID = patientID
        self.startDay = startDay
        self.weeklyQuotaMinutes = weeklyQuotaMinutes
        self.progression = progression
        self.setBy = setBy
        self.setAt = setAt
        self.note = note
    }

    public func validate() -> [RecordProblem] {
        Check.nonNegative(weeklyQuotaMinutes, "weeklyQuotaMinutes", max: 3000)
            + progression.validate().map { $0.nested(under: "progression") }
            + Check.text(note, "note", maxLength: 2000)
    }
}

/// How an activity quota progresses: raise it by a percentage every so many days, pause on
/// flare-ups, never above a ceiling.
public struct ProgressionRule: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    /// Increase of the quota at each step, in percent of the current quota, 0–50 (0 = hold steady).
    public var increasePercent: Double
    /// Days between increases, 1–28.
    public var everyDays: Int
    /// When true, a flare-up day holds the quota at its current level instead of increasing it.
    public var holdOnFlare: Bool
    /// Upper limit of the weekly quota in minutes, 0–3000; nil for no ceiling.
    public var ceilingMinutes: Int?

    public init(increasePercent: Double, everyDays: Int, holdOnFlare: Bool = true, ceilingMinutes: Int? = nil) {
        self.increasePercent = increasePercent
        self.everyDays = everyDays
        self.holdOnFlare = holdOnFlare
        self.ceilingMinutes = ceilingMinutes
    }

    /// Keep the quota unchanged.
    public static let steady = ProgressionRule(increasePercent: 0, everyDays: 7)

    public func validate() -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if !increasePercent.isFinite || increasePercent < 0 || increasePercent > 50 {
            problems.append(RecordProblem(field: "increasePercent", message: "must be 0–50 percent, got \(increasePercent)"))
        }
        if !(1...28).contains(everyDays) {
            problems.append(RecordProblem(field: "everyDays", message: "must be 1–28 days, got \(everyDays)"))
        }
        return problems + Check.nonNegative(ceilingMinutes, "ceilingMinutes", max: 3000)
    }
}
