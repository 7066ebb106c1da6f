import Configuration
import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

@Suite("Demo clinic and live HTTP")
struct DemoAndLiveTests {
    @Test("first start seeds twelve synthetic patients for the demo clinician, once; the demo login works over real HTTP")
    func demoSeedLive() async throws {
        let store = try SQLiteClinicStore.inMemory()
        let login = LoginBox()
        let app = try await buildApplication(
            reader: ConfigReader(
                provider: InMemoryProvider(values: ["bcrypt.cost": 4, "http.port": 0, "log.level": "critical"])),
            store: store, onReady: { login.set($0.demoLogin) })
        try await app.test(.live) { client in
            let clinician = try #require(try await store.user(email: "demo.clinician@settle.example"))
            let patients = try await store.patients(clinicianID: clinician.id, includeArchived: false)
            #expect(patients.count == 12)
            #expect(patients.allSatisfy { $0.displayName.hasSuffix("(synthetic)") })
            let diary = try await store.diaryEntries(
                patientID: patients[0].id, from: .init(daysSince1970: 0), through: .init(daysSince1970: 100_000))
            #expect(diary.count > 50)
            #expect(diary.allSatisfy { (0...10).contains($0.pain) })

            var browser = Browser()
            let password = try #require(login.value?.password)
            let signedIn = try await browser.signIn(client, email: "demo.clinician@settle.example", password: password)
            #expect(signedIn.status == .seeOther)
            let caseload = try await browser.get(client, "/caseload")
            #expect(caseload.status == .ok)
            #expect(String(buffer: caseload.body).contains("Synthetic data."))
        }
        // Seeding again finds accounts and adds nothing.
        let environment = ClinicEnvironment(store: store, settings: .testDefaults)
        let again = try await buildApplication(
            reader: ConfigReader(provider: InMemoryProvider(values: ["http.port": 0, "log.level": "critical"])), store: store)
        try await again.test(.router) { _ in }
        #expect(try await environment.store.allPatients(includeArchived: true).count == 12)
    }
}

/// Thread-safe holder for the demo login reported at start-up.
final class LoginBox: @unchecked Sendable {
    private let lock = NSLock()
    private var login: DemoLogin?
    func set(_ value: DemoLogin?) {
        lock.lock()
        if value != nil { login = value }
        lock.unlock()
    }
    var value: DemoLogin? {
        lock.lock()
        defer { lock.unlock() }
        return login
    }
}
