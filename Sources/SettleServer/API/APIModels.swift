import Foundation
import SettleCare

/// Bodies the API accepts and returns (records from `SettleCare` are used as they are where they fit).
enum APIModels {
    struct NewPatient: Codable, Sendable {
        var displayName: String
        var birthYear: Int?
        var condition: String?
    }

    struct NewDiaryEntry: Codable, Sendable {
        var day: Day
        var pain: Int
        var activityMinutes: Int?
        var steps: Int?
        var sleepQuality: Int?
        var stress: Int?
        var flare: Bool?
        var note: String?
    }

    struct NewSession: Codable, Sendable {
        var day: Day
        var treatment: Treatment
        var note: String?
    }

    struct NewQuestionnaire: Codable, Sendable {
        var instrumentID: String
        var day: Day
        /// Answers by item id, whole numbers in each item's range.
        var answers: [String: Int]
    }

    struct NewPlan: Codable, Sendable {
        var startDay: Day
        var weeklyQuotaMinutes: Int
        var progression: ProgressionRule
        var note: String?
    }

    struct Me: Codable, Sendable {
        var id: UUID
        var email: String
        var displayName: String
        var role: UserRole
        var patientID: UUID?
    }

    struct PatientSummary: Codable, Sendable {
        var patient: Patient
        var lastCheckIn: Day?
        var recentPain: Double?
        var earlierPain: Double?
        /// The care engine's estimate of central sensitivity G (0–1) with 80 %/95 % intervals; nil with too few check-ins.
        var sensitivity: Estimate?
        /// The engine's probability (0–1) that a needling window is open today; nil with too few check-ins.
        var windowOpenProbability: Double?
        /// Whether the window is more likely open than not (probability ≥ 0.5).
        var windowOpen: Bool
        var flare: Bool
        var questionnaireDue: Bool
        var note: String
    }

    struct ScoredAdministration: Codable, Sendable {
        var administration: QuestionnaireAdministration
        var total: Double?
        var band: String?
    }

    struct List<Item: Codable & Sendable>: Codable, Sendable {
        var items: [Item]
    }
}
