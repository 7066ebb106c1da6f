import Foundation

/// A patient's identity within the clinic and the clinician responsible for them.
/// Clinical data (diary, sessions, …) lives in separate records keyed by ``id``.
public struct Patient: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the patient.
    public var id: UUID
    /// Name or pseudonym shown in the clinic (1–200 characters).
    public var displayName: String
    /// Year of birth, 1900–2100; nil when not recorded.
    public var birthYear: Int?
    /// The main complaint, e.g. `"chronic low back pain"` (at most 500 characters).
    public var condition: String
    /// The clinician (user id) who owns the patient; nil when unassigned.
    public var clinicianID: UUID?
    /// When the patient was registered.
    public var createdAt: Date
    /// True when the patient is discharged/archived and hidden from active lists.
    public var archived: Bool

    public init(
        id: UUID = UUID(), displayName: String, birthYear: Int? = nil, condition: String = "",
        clinicianID: UUID? = nil, createdAt: Date, archived: Bool = false
    ) {
        self.id = id
        self.displayName = displayName
        self.birthYear = birthYear
        self.condition = condition
        self.clinicianID = clinicianID
        self.createdAt = createdAt
        self.archived = archived
    }

    public func validate() -> [RecordProblem] {
        Check.text(displayName, "displayName", required: true, maxLength: 200)
            + Check.rating(birthYear, "birthYear", in: 1900...2100)
            + Check.text(condition, "condition", maxLength: 500)
    }
}

/// Everything stored about one patient, as the care engine reads it.
public struct PatientRecord: Codable, Equatable, Sendable {
    /// Identity and ownership.
    public var patient: Patient
    /// Diary entries in order of day, then time recorded.
    public var diary: [DiaryEntry]
    /// Treatment sessions in order of day.
    public var sessions: [TreatmentSession]
    /// The activity plan in force; nil when none was set.
    public var plan: ActivityPlan?
    /// Questionnaire administrations in order of day.
    public var questionnaires: [QuestionnaireAdministration]
    /// Goals (PSFS activities), active and retired.
    public var goals: [Goal]

    public init(
        patient: Patient, diary: [DiaryEntry] = [], sessions: [TreatmentSession] = [], plan: ActivityPlan? = nil,
        questionnaires: [QuestionnaireAdministration] = [], goals: [Goal] = []
    ) {
        self.patient = patient
        self.diary = diary
        self.sessions = sessions
        self.plan = plan
        self.questionnaires = questionnaires
        self.goals = goals
    }

    /// Validates every part; field paths name the part and item, e.g. `"diary[4].pain"`.
    public func validate() -> [RecordProblem] {
        var problems = patient.validate().map { $0.nested(under: "patient") }
        for (i, entry) in diary.enumerated() { problems += entry.validate().map { $0.nested(under: "diary[\(i)]") } }
        for (i, session) in sessions.enumerated() {
            problems += session.validate().map { $0.nested(under: "sessions[\(i)]") }
        }
        if let plan { problems += plan.validate().map { $0.nested(under: "plan") } }
        for (i, item) in questionnaires.enumerated() {
            problems += item.validate().map { $0.nested(under: "questionnaires[\(i)]") }
        }
        for (i, goal) in goals.enumerated() { problems += goal.validate().map { $0.nested(under: "goals[\(i)]") } }
        return problems
    }
}
