import Foundation
import SettleCare
import SettleModel
import SettleStore

/// The demo account printed at first start.
public struct DemoLogin: Sendable, Equatable {
    public var email: String
    /// Random at each seeding; demo only, never for real data.
    public var password: String
    public var adminEmail: String
}

/// Seeds a synthetic demo clinic into an empty database: one admin, one clinician and twelve
/// synthetic patients whose diaries, sessions and questionnaires come from the pain model
/// (`SettleModel`), each clearly named and described as synthetic.
enum DemoClinic {
    static let clinicianEmail = "demo.clinician@settle.example"
    static let adminEmail = "demo.admin@settle.example"
    /// Days of diary simulated for each patient, ending yesterday.
    static let diaryDays = 84

    /// Seeds when no account exists yet; returns the demo login, or nil when the database already had accounts.
    static func seedIfEmpty(environment env: ClinicEnvironment, seed: UInt64 = 20_251_125) async throws -> DemoLogin? {
        guard try await env.store.users().isEmpty else { return nil }
        let password = SecretToken.generate().prefix(16).description
        let hash = await Passwords.hash(password, cost: env.settings.bcryptCost)
        let now = env.now()
        let clinician = UserAccount(
            email: clinicianEmail, displayName: "Dr Robin Demo (demo clinician)", role: .clinician, passwordHash: hash,
            createdAt: now)
        let admin = UserAccount(
            email: adminEmail, displayName: "Demo administrator", role: .admin, passwordHash: hash, createdAt: now)
        var writes: [StoreWrite] = [.createUser(admin), .createUser(clinician)]
        let today = Day(containing: now)
        for (index, profile) in DemoProfile.all.enumerated() {
            writes += DemoPatientSimulation(
                profile: profile, clinicianID: clinician.id, firstDay: today.adding(days: -diaryDays), days: diaryDays,
                seed: seed &+ UInt64(index), now: now
            ).writes()
        }
        writes.append(.appendAudit(env.audit(nil, "demo.seed", target: "\(DemoProfile.all.count) synthetic patients")))
        try await env.store.apply(writes)
        return DemoLogin(email: clinicianEmail, password: password, adminEmail: adminEmail)
    }
}

/// One synthetic patient's story: how sensitised they start and what care they get.
struct DemoProfile: Sendable {
    var name: String
    var birthYear: Int
    var condition: String
    /// Starts in the sensitised regime (persistent pain) rather than recovering from an injury.
    var sensitised: Bool
    /// Weekly verum acupuncture from this day of the diary (nil: none).
    var acupunctureFrom: Int?
    /// Graded exposure (time-contingent activity) from this day (nil: activity as pain allows).
    var exposureFrom: Int?
    /// Education sessions on these diary days.
    var educationDays: [Int]
    /// Mean stress 0–10 and sleep 0–10.
    var stress: Double
    var sleep: Double

    static let all: [DemoProfile] = [
        .init(
            name: "Alex Rivera", birthYear: 1978, condition: "Persistent low back pain", sensitised: true, acupunctureFrom: 28,
            exposureFrom: 35, educationDays: [21, 42], stress: 4, sleep: 6),
        .init(
            name: "Sam Okafor", birthYear: 1965, condition: "Persistent neck pain", sensitised: true, acupunctureFrom: 14,
            exposureFrom: nil, educationDays: [], stress: 5, sleep: 5),
        .init(
            name: "Jordan Lee", birthYear: 1990, condition: "Knee pain after ligament sprain", sensitised: false,
            acupunctureFrom: nil, exposureFrom: 20, educationDays: [10], stress: 3, sleep: 7),
        .init(
            name: "Priya Shah", birthYear: 1983, condition: "Widespread pain with poor sleep", sensitised: true,
            acupunctureFrom: 42, exposureFrom: 49, educationDays: [35, 56], stress: 6, sleep: 4),
        .init(
            name: "Morgan Blake", birthYear: 1958, condition: "Persistent low back pain", sensitised: true, acupunctureFrom: nil,
            exposureFrom: nil, educationDays: [], stress: 5, sleep: 6),
        .init(
            name: "Chen Wei", birthYear: 1972, condition: "Shoulder pain", sensitised: false, acupunctureFrom: 7,
            exposureFrom: 14, educationDays: [7], stress: 3, sleep: 7),
        .init(
            name: "Fatima Noor", birthYear: 1987, condition: "Persistent pelvic girdle pain", sensitised: true,
            acupunctureFrom: 21, exposureFrom: 28, educationDays: [14, 28, 49], stress: 4, sleep: 6),
        .init(
            name: "Luca Romano", birthYear: 1969, condition: "Persistent neck and shoulder pain", sensitised: true,
            acupunctureFrom: 56, exposureFrom: nil, educationDays: [56], stress: 7, sleep: 5),
        .init(
            name: "Ana Costa", birthYear: 1995, condition: "Ankle pain after fracture", sensitised: false, acupunctureFrom: nil,
            exposureFrom: 10, educationDays: [], stress: 2, sleep: 8),
        .init(
            name: "Tom Becker", birthYear: 1961, condition: "Persistent hip pain", sensitised: true, acupunctureFrom: 35,
            exposureFrom: 42, educationDays: [42], stress: 4, sleep: 6),
        .init(
            name: "Maya Haddad", birthYear: 1980, condition: "Persistent headache and neck pain", sensitised: true,
            acupunctureFrom: 10, exposureFrom: 17, educationDays: [3, 17], stress: 6, sleep: 5),
        .init(
            name: "Kwame Mensah", birthYear: 1975, condition: "Persistent low back pain with sciatica", sensitised: true,
            acupunctureFrom: nil, exposureFrom: 30, educationDays: [24, 30], stress: 5, sleep: 6),
    ]
}
