import Configuration
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore

/// A small clinic in an in-memory SQLite store: one admin, two clinicians each with one
/// patient, and a patient account for patient A. Every password is `password123`.
struct TestClinic: Sendable {
    let store: SQLiteClinicStore
    let admin: UserAccount
    let clinicianA: UserAccount
    let clinicianB: UserAccount
    let patientA: Patient
    let patientB: Patient
    let patientUserA: UserAccount
    static let password = "password123"

    static func make() async throws -> TestClinic {
        let store = try SQLiteClinicStore.inMemory()
        try await store.migrate()
        let hash = Bcrypt.hash(password, cost: 4)
        let now = Date()
        let admin = UserAccount(
            email: "admin@test.example", displayName: "Ada Admin", role: .admin, passwordHash: hash, createdAt: now)
        let clinicianA = UserAccount(
            email: "a@test.example", displayName: "Dr A", role: .clinician, passwordHash: hash, createdAt: now)
        let clinicianB = UserAccount(
            email: "b@test.example", displayName: "Dr B", role: .clinician, passwordHash: hash, createdAt: now)
        let patientA = Patient(displayName: "Pat <A>", condition: "Low back pain", clinicianID: clinicianA.id, createdAt: now)
        let patientB = Patient(displayName: "Pat B", condition: "Neck pain", clinicianID: clinicianB.id, createdAt: now)
        let patientUserA = UserAccount(
            email: "pat.a@test.example", displayName: "Pat A", role: .patient, passwordHash: hash, patientID: patientA.id,
            createdAt: now)
        let today = Day(containing: now)
        var writes: [StoreWrite] = [
            .createUser(admin), .createUser(clinicianA), .createUser(clinicianB),
            .createPatient(patientA), .createPatient(patientB), .createUser(patientUserA),
        ]
        for offset in 0..<20 {
            writes.append(
                .addDiaryEntry(
                    DiaryEntry(
                        patientID: patientA.id, day: today.adding(days: -offset), recordedAt: now, pain: 6 - offset % 3,
                        activityMinutes: 30,
                        sleepQuality: 6, stress: 4, flare: offset == 1)))
        }
        writes.append(
            .addTreatmentSession(
                TreatmentSession(
                    patientID: patientA.id, clinicianID: clinicianA.id, day: today.adding(days: -2),
                    treatment: .acupuncture(
                        AcupunctureDetails(arm: .verum, points: ["LI4"], needleCount: 6, retentionMinutes: 20)))))
        try await store.apply(writes)
        return TestClinic(
            store: store, admin: admin, clinicianA: clinicianA, clinicianB: clinicianB, patientA: patientA, patientB: patientB,
            patientUserA: patientUserA)
    }

    /// The app over this clinic, configured from in-memory values (demo off, fast bcrypt).
    func app(extra: [AbsoluteConfigKey: ConfigValue] = [:]) async throws -> some ApplicationProtocol {
        var values: [AbsoluteConfigKey: ConfigValue] = [
            "demo.seed": false, "bcrypt.cost": 4, "http.port": 0, "log.level": "critical",
        ]
        values.merge(extra) { $1 }
        return try await buildApplication(reader: ConfigReader(provider: InMemoryProvider(values: values)), store: store)
    }

    /// A fresh API token for `user`.
    func token(for user: UserAccount) async throws -> String {
        let token = SecretToken.generate()
        try await store.createAPIToken(
            APIToken(tokenHash: TokenHash(hashing: token), userID: user.id, name: "test", createdAt: Date()))
        return token
    }

    func user(_ role: TestRole) -> UserAccount? {
        switch role {
        case .anonymous: nil
        case .admin: admin
        case .clinicianA: clinicianA
        case .clinicianB: clinicianB
        case .patientA: patientUserA
        }
    }
}

enum TestRole: String, CaseIterable, Sendable {
    case anonymous, admin, clinicianA, clinicianB, patientA
}

extension UUID {
    var lower: String { uuidString.lowercased() }
}
