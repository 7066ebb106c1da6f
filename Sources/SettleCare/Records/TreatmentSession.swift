import Foundation

/// One treatment contact logged by a clinician: acupuncture (verum or sham), an exercise or
/// graded-exposure session, or pain education.
public struct TreatmentSession: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the session.
    public var id: UUID
    /// The patient treated.
    public var patientID: UUID
    /// The clinician who gave the session, when known.
    public var clinicianID: UUID?
    /// The day of the session (UTC).
    public var day: Day
    /// What was done, with the details that matter to the care engine.
    public var treatment: Treatment
    /// Free-text note, at most 4000 characters.
    public var note: String

    public init(
        id: UUID = UUID(), patientID: UUID, clinicianID: UUID? = nil, day: Day, treatment: Treatment,
        note: String = ""
    ) {
        self.id = id
        self.patientID = patientID
        self.clinicianID = clinicianID
        self.day = day
        self.treatment = treatment
        self.note = note
    }

    public func validate() -> [RecordProblem] {
        treatment.validate() + Check.text(note, "note", maxLength: 4000)
    }
}

/// The kind of treatment in a session, with its details.
///
/// JSON form: `{"kind": "acupuncture", "acupuncture": {…}}`, `{"kind": "exercise", "exercise": {…}}`
/// or `{"kind": "education", "education": {…}}`.
public enum Treatment: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    case acupuncture(AcupunctureDetails)
    case exercise(ExerciseDetails)
    case education(EducationDetails)

    /// Stable name of the kind: `"acupuncture"`, `"exercise"` or `"education"`.
    public var kind: String {
        switch self {
        case .acupuncture: return "acupuncture"
        case .exercise: return "exercise"
        case .education: return "education"
        }
    }

    public func validate() -> [RecordProblem] {
        switch self {
        case .acupuncture(let details): return details.validate().map { $0.nested(under: "acupuncture") }
        case .exercise(let details): return details.validate().map { $0.nested(under: "exercise") }
        case .education(let details): return details.validate().map { $0.nested(under: "education") }
        }
    }

    private enum CodingKeys: String, CodingKey { case kind, acupuncture, exercise, education }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decode(String.self, forKey: .kind)
        switch kind {
        case "acupuncture": self = .acupuncture(try container.decode(AcupunctureDetails.self, forKey: .acupuncture))
        case "exercise": self = .exercise(try container.decode(ExerciseDetails.self, forKey: .exercise))
        case "education": self = .education(try container.decode(EducationDetails.self, forKey: .education))
        default:
            throw DecodingError.dataCorruptedError(
                forKey: .kind, in: container,
                debugDescription: "unknown treatment kind '\(kind)'; use acupuncture, exercise or education")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(kind, forKey: .kind)
        switch self {
        case .acupuncture(let details): try container.encode(details, forKey: .acupuncture)
        case .exercise(let details): try container.encode(details, forKey: .exercise)
        case .education(let details): try container.encode(details, forKey: .education)
        }
    }
}

/// Verum (real) or sham (placebo control) needling.
public enum NeedlingArm: String, Codable, Hashable, Sendable, CaseIterable {
    case verum
    case sham
}

/// The details of an acupuncture session.
public struct AcupunctureDetails: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    /// Verum or sham needling.
    public var arm: NeedlingArm
    /// Points needled, e.g. `["LI4", "ST36"]` (free text, at most 60 points).
    public var points: [String]
    /// Number of needles inserted, 0–100.
    public var needleCount: Int
    /// Minutes the needles were retained, 0–120.
    public var retentionMinutes: Int
    /// True when electro-acupuncture was used.
    public var electro: Bool
    /// True when de qi (the characteristic needling sensation) was obtained.
    public var deQi: Bool
    /// Adverse events observed (e.g. `"bruising"`); empty when none.
    public var adverseEvents: [String]

    public init(
        arm: NeedlingArm, points: [String] = [], needleCount: Int, retentionMinutes: Int,
        electro: Bool = false, deQi: Bool = false, adverseEvents: [String] = []
    ) {
        self.arm = arm
        self.points = points
        self.needleCount = needleCount
        self.retentionMinutes = retentionMinutes
        self.electro = electro
        self.deQi = deQi
        self.adverseEvents = adverseEvents
    }

    public func validate() -> [RecordProblem] {
        var problems =
            Check.nonNegative(needleCount, "needleCount", max: 100)
            + Check.nonNegative(retentionMinutes, "retentionMinutes", max: 120)
        if points.count > 60 {
            problems.append(RecordProblem(field: "points", message: "at most 60 points, got \(points.count)"))
        }
        for (index, point) in points.enumerated() {
            problems += Check.text(point, "points[\(index)]", required: true, maxLength: 40)
        }
        for (index, event) in adverseEvents.enumerated() {
            problems += Check.text(event, "adverseEvents[\(index)]", required: true, maxLength: 500)
        }
        return problems
    }
}

/// Exercise session or graded-exposure session.
public enum ExerciseKind: String, Codable, Hashable, Sendable, CaseIterable {
    /// Supervised or prescribed exercise (strength, mobility, aerobic).
    case exercise
    /// Graded exposure to a feared or avoided activity.
    case gradedExposure
}

/// The details of an exercise or graded-exposure session.
public struct ExerciseDetails: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    /// Exercise or graded exposure.
    public var kind: ExerciseKind
    /// The prescription given, e.g. `"3×10 sit-to-stand, walk 15 min daily"` (required, ≤ 2000 characters).
    public var prescription: String
    /// Minutes of activity in the session, 0–600; nil when not recorded.
    public var minutes: Int?

    public init(kind: ExerciseKind, prescription: String, minutes: Int? = nil) {
        self.kind = kind
        self.prescription = prescription
        self.minutes = minutes
    }

    public func validate() -> [RecordProblem] {
        Check.text(prescription, "prescription", required: true, maxLength: 2000)
            + Check.nonNegative(minutes, "minutes", max: 600)
    }
}

/// The details of a pain-education contact.
public struct EducationDetails: Codable, Equatable, Hashable, Sendable, ValidatableRecord {
    /// Topics delivered, e.g. `["pain as protection", "sleep"]` (at least one).
    public var topics: [String]
    /// Minutes spent, 0–600; nil when not recorded.
    public var minutes: Int?

    public init(topics: [String], minutes: Int? = nil) {
        self.topics = topics
        self.minutes = minutes
    }

    public func validate() -> [RecordProblem] {
        var problems: [RecordProblem] = []
        if topics.isEmpty { problems.append(RecordProblem(field: "topics", message: "name at least one topic")) }
        for (index, topic) in topics.enumerated() {
            problems += Check.text(topic, "topics[\(index)]", required: true, maxLength: 200)
        }
        return problems + Check.nonNegative(minutes, "minutes", max: 600)
    }
}
