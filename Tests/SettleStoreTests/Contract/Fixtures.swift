import Foundation
import SettleCare
import SettleStore

/// Builders for valid records with unique ids and e-mails.
enum Fixtures {
    static func user(_ role: UserRole = .clinician, patientID: UUID? = nil, name: String = "Dr Ada") -> UserAccount {
        UserAccount(
            email: "\(role.rawValue)-\(UUID().uuidString.prefix(8))@clinic.example", displayName: name, role: role,
            passwordHash: "$2b$12$abcdefghijklmnopqrstuv", patientID: patientID, createdAt: Clock.start)
    }

    static func patient(_ name: String = "Patient A", clinician: UUID? = nil) -> Patient {
        Patient(
            displayName: name, birthYear: 1970, condition: "chronic low back pain", clinicianID: clinician, createdAt: Clock.start
        )
    }

    static func entry(_ patientID: UUID, day: Day, hour: Double = 8, pain: Int = 5) -> DiaryEntry {
        DiaryEntry(
            patientID: patientID, day: day, recordedAt: day.startDate.addingTimeInterval(hour * 3600), pain: pain,
            activityMinutes: 30, steps: 4200, sleepQuality: 6, stress: 4, flare: false, note: "walked to the shop")
    }

    static let day0 = Day(year: 2025, month: 3, day: 14)!
}
