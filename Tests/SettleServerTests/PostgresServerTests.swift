import Configuration
import Foundation
import Hummingbird
import HummingbirdBcrypt
import HummingbirdTesting
import SettleCare
import SettleServer
import Testing

@testable import SettleStore

/// Where the PostgreSQL server tests connect, and whether they must run (same rules as the store
/// contract suite: `SETTLE_TEST_DATABASE_URL` runs them; `CI=true` without it fails instead of skipping).
enum PostgresServerDatabase {
    static let url = ProcessInfo.processInfo.environment["SETTLE_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    static let shouldRun = url != nil || isCI

    /// Runs `body` with the URL of a fresh, empty schema of the test database (`…?schema=server_…`),
    /// dropped afterwards, so parallel runs and other suites never see each other's rows.
    static func withFreshSchema(_ body: (String) async throws -> Void) async throws {
        let url = try #require(url, "CI=true but SETTLE_TEST_DATABASE_URL is not set; run .ci/start-postgres.sh and export it")
        let schema = "server_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let separator = url.contains("?") ? "&" : "?"
        try await PostgresClinicStore.withStore(url: url) { admin in
            _ = try await admin.engine.backend.transaction([SQLStatement("CREATE SCHEMA \(schema)")])
            do {
                try await body(url + separator + "schema=" + schema)
            } catch {
                _ = try? await admin.engine.backend.transaction([SQLStatement("DROP SCHEMA \(schema) CASCADE")])
                throw error
            }
            _ = try await admin.engine.backend.transaction([SQLStatement("DROP SCHEMA \(schema) CASCADE")])
        }
    }

    /// The clinic app on `url`, opened by the server itself (`database.url`), demo off, fast bcrypt,
    /// with 4 kept connections (the server keeps `pool_size` open, 20 by default: suites running in
    /// parallel would otherwise use up PostgreSQL's 100 connection slots).
    static func app(url: String) async throws -> some ApplicationProtocol {
        let values: [AbsoluteConfigKey: ConfigValue] = [
            "database.url": .init(.string(url + "&pool_size=4"), isSecret: true), "demo.seed": false, "bcrypt.cost": 4,
            "http.port": 0,
            "log.level": "critical",
        ]
        return try await buildApplication(reader: ConfigReader(provider: InMemoryProvider(values: values)))
    }

    /// Strings of the first column of `sql` run on the schema of `url`.
    static func strings(_ url: String, _ sql: String) async throws -> [String] {
        try await PostgresClinicStore.withStore(url: url) { store in
            try await store.engine.backend.query(SQLStatement(sql)).map { row in try row.string(0) }
        }
    }
}

/// Two clinicians, each with one patient who has a patient account. Password `password123`.
struct PostgresServerClinic: Sendable {
    let clinicianA: UserAccount
    let clinicianB: UserAccount
    let patientA: Patient
    let patientB: Patient
    let patientUserA: UserAccount
    let patientUserB: UserAccount
    static let password = "password123"

    /// Writes the clinic through a store of its own on `url` (migrating first, as a second instance would).
    static func seed(_ url: String) async throws -> PostgresServerClinic {
        let hash = Bcrypt.hash(password, cost: 4)
        let now = Date()
        let clinicianA = UserAccount(
            email: "pg.a@test.example", displayName: "Dr PG A", role: .clinician, passwordHash: hash, createdAt: now)
        let clinicianB = UserAccount(
            email: "pg.b@test.example", displayName: "Dr PG B", role: .clinician, passwordHash: hash, createdAt: now)
        let patientA = Patient(displayName: "PG Pat A", condition: "Low back pain", clinicianID: clinicianA.id, createdAt: now)
        let patientB = Patient(displayName: "PG Pat B", condition: "Neck pain", clinicianID: clinicianB.id, createdAt: now)
        let patientUserA = UserAccount(
            email: "pg.pat.a@test.example", displayName: "PG Pat A", role: .patient, passwordHash: hash, patientID: patientA.id,
            createdAt: now)
        let patientUserB = UserAccount(
            email: "pg.pat.b@test.example", displayName: "PG Pat B", role: .patient, passwordHash: hash, patientID: patientB.id,
            createdAt: now)
        let today = Day(containing: now)
        var writes: [StoreWrite] = [
            .createUser(clinicianA), .createUser(clinicianB), .createPatient(patientA), .createPatient(patientB),
            .createUser(patientUserA), .createUser(patientUserB),
        ]
        for offset in 1...14 {
            writes.append(
                .addDiaryEntry(
                    DiaryEntry(
                        patientID: patientA.id, day: today.adding(days: -offset), recordedAt: now.addingTimeInterval(-86_400),
                        pain: 5 + offset % 2, activityMinutes: 30, sleepQuality: 6, stress: 4)))
        }
        try await PostgresClinicStore.withStore(url: url) { store in
            try await store.migrate()
            try await store.apply(writes)
        }
        return PostgresServerClinic(
            clinicianA: clinicianA, clinicianB: clinicianB, patientA: patientA, patientB: patientB, patientUserA: patientUserA,
            patientUserB: patientUserB)
    }

    /// Today's diary entries of `patient`, read through a fresh store (what PostgreSQL holds).
    func entriesToday(_ url: String, _ patient: Patient) async throws -> [DiaryEntry] {
        let today = Day(containing: Date())
        return try await PostgresClinicStore.withStore(url: url) { store in
            try await store.diaryEntries(patientID: patient.id, from: today, through: today)
        }
    }
}

@Suite(
    "PostgreSQL server routes",
    .enabled(
        if: PostgresServerDatabase.shouldRun,
        "SETTLE_TEST_DATABASE_URL is not set: start PostgreSQL with .ci/start-postgres.sh and export the URL it prints"),
    .timeLimit(.minutes(2))
)
struct PostgresServerTests {
    @Test("first start on an empty PostgreSQL schema migrates it, once, and serves pages")
    func firstRunMigration() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            #expect(
                try await PostgresServerDatabase.strings(
                    url, "SELECT COUNT(*)::text FROM pg_tables WHERE schemaname = current_schema()") == ["0"])
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                let health = try await client.execute(uri: "/health", method: .get)
                #expect(health.status == .ok)
                #expect(String(buffer: health.body) == "ok")
                let login = try await client.execute(uri: "/login", method: .get)
                #expect(login.status == .ok)
            }
            let applied = try await PostgresServerDatabase.strings(url, "SELECT id FROM settle_migrations ORDER BY id")
            #expect(applied == Schema.migrations.map(\.id))
            // A second start finds the schema current and applies nothing again.
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                let health = try await client.execute(uri: "/health", method: .get)
                #expect(health.status == .ok)
            }
            #expect(try await PostgresServerDatabase.strings(url, "SELECT id FROM settle_migrations ORDER BY id") == applied)
            #expect(try await PostgresServerDatabase.strings(url, "SELECT COUNT(*)::text FROM users") == ["0"])
        }
    }

    @Test("a patient signs in and checks in; the entry is in PostgreSQL, shown back to them and on the clinician's dashboard")
    func checkInRoundTrip() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            let clinic = try await PostgresServerClinic.seed(url)
            let marker = "pgmarker" + String(UUID().uuidString.prefix(8)).lowercased()
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                var patient = Browser()
                let signedIn = try await patient.signIn(
                    client, email: clinic.patientUserA.email, password: PostgresServerClinic.password)
                #expect(signedIn.status == .seeOther)
                #expect(signedIn.headers[.location] == "/me")
                let form = try await patient.get(client, "/me/check-in")
                #expect(form.status == .ok)
                let csrf = try #require(Browser.csrf(in: form))
                let saved = try await patient.post(
                    client, "/me/check-in",
                    form: [
                        ("_csrf", csrf), ("pain", "3"), ("activity", "minutes"), ("activityMinutes", "25"), ("sleep", "7"),
                        ("flare", "no"), ("note", marker),
                    ])
                #expect(saved.status == .seeOther)
                #expect(saved.headers[.location] == "/me?saved=checkin")
                let again = try await patient.get(client, "/me/check-in")
                #expect(again.status == .ok)
                #expect(String(buffer: again.body).contains(marker))

                var clinician = Browser()
                try await clinician.signIn(client, email: clinic.clinicianA.email, password: PostgresServerClinic.password)
                let dashboard = try await clinician.get(client, "/patients/\(clinic.patientA.id.lower)")
                #expect(dashboard.status == .ok)
                #expect(String(buffer: dashboard.body).contains(marker))
            }
            let entries = try await clinic.entriesToday(url, clinic.patientA)
            #expect(entries.count == 1)
            #expect(entries.first?.pain == 3)
            #expect(entries.first?.activityMinutes == 25)
            #expect(entries.first?.note == marker)
            let actions = try await PostgresServerDatabase.strings(
                url, "SELECT action_name FROM audit_events WHERE action_name = 'diary.add'")
            #expect(actions == ["diary.add"])
        }
    }

    @Test("another patient's record is denied to a patient and to a clinician who does not own it")
    func crossPatientDenied() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            let clinic = try await PostgresServerClinic.seed(url)
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                var patient = Browser()
                try await patient.signIn(client, email: clinic.patientUserA.email, password: PostgresServerClinic.password)
                #expect(try await patient.get(client, "/patients/\(clinic.patientB.id.lower)").status == .forbidden)
                #expect(try await patient.get(client, "/patients/\(clinic.patientA.id.lower)").status == .ok)
                var clinicianB = Browser()
                try await clinicianB.signIn(client, email: clinic.clinicianB.email, password: PostgresServerClinic.password)
                #expect(try await clinicianB.get(client, "/patients/\(clinic.patientA.id.lower)").status == .forbidden)
                #expect(try await clinicianB.get(client, "/patients/\(clinic.patientB.id.lower)").status == .ok)
                // A clinician is not a patient: the patient's own check-in is refused.
                #expect(try await clinicianB.get(client, "/me/check-in").status == .forbidden)
            }
        }
    }

    @Test("a bad check-in is a 422 naming the field, and nothing is written to PostgreSQL")
    func badCheckInWritesNothing() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            let clinic = try await PostgresServerClinic.seed(url)
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                var patient = Browser()
                try await patient.signIn(client, email: clinic.patientUserA.email, password: PostgresServerClinic.password)
                let form = try await patient.get(client, "/me/check-in")
                let csrf = try #require(Browser.csrf(in: form))
                let bad = try await patient.post(
                    client, "/me/check-in", form: [("_csrf", csrf), ("pain", "11"), ("activity", "minutes"), ("flare", "no")])
                #expect(bad.status == .unprocessableContent)
                let page = String(buffer: bad.body)
                #expect(page.contains("Pain must be from 0 to 10; got 11."))
                #expect(page.contains("id=\"f-pain-error\""))
                let forged = try await patient.post(client, "/me/check-in", form: [("_csrf", "forged"), ("pain", "3")])
                #expect(forged.status == .forbidden)
            }
            #expect(try await clinic.entriesToday(url, clinic.patientA).isEmpty)
            #expect(
                try await PostgresServerDatabase.strings(
                    url, "SELECT action_name FROM audit_events WHERE action_name IN ('diary.add', 'diary.update')"
                )
                .isEmpty)
        }
    }

    @Test("sessions live in PostgreSQL, hashed: a second app instance on the same database accepts the cookie")
    func sessionsShared() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            let clinic = try await PostgresServerClinic.seed(url)
            let cookies = try await PostgresServerDatabase.app(url: url).test(.router) { client in
                var patient = Browser()
                let signedIn = try await patient.signIn(
                    client, email: clinic.patientUserA.email, password: PostgresServerClinic.password)
                #expect(signedIn.status == .seeOther)
                let home = try await patient.get(client, "/me")
                #expect(home.status == .ok)
                return patient.cookies
            }
            let cookie = try #require(cookies["settle_session"])
            let stored = try await PostgresServerDatabase.strings(url, "SELECT token_hash FROM sessions")
            #expect(stored.count == 1)
            #expect(stored.first?.count == 64)
            #expect(stored.first != cookie)
            #expect(!stored.contains { $0.contains(cookie) })

            // A second instance: new process state, same database.
            try await PostgresServerDatabase.app(url: url).test(.router) { client in
                var patient = Browser(cookies: cookies)
                let home = try await patient.get(client, "/me")
                #expect(home.status == .ok)
                var stranger = Browser()
                stranger.cookies["settle_session"] = String(cookie.reversed())
                let refused = try await stranger.get(client, "/me")
                #expect(refused.status == .found || refused.status == .unauthorized || refused.status == .seeOther)
                #expect(refused.status != .ok)
            }
        }
    }

    @Test("a session signed out on one instance is refused by another that cached it: its check-in writes nothing")
    func signOutReachesEveryInstance() async throws {
        try await PostgresServerDatabase.withFreshSchema { url in
            let clinic = try await PostgresServerClinic.seed(url)
            let first = try await PostgresServerDatabase.app(url: url)
            let second = try await PostgresServerDatabase.app(url: url)
            try await first.test(.router) { firstClient in
                var patient = Browser()
                #expect(
                    try await patient.signIn(
                        firstClient, email: clinic.patientUserA.email, password: PostgresServerClinic.password
                    )
                    .status == .seeOther)
                let form = try await patient.get(firstClient, "/me/check-in")
                let csrf = try #require(Browser.csrf(in: form))
                let answers = [
                    ("_csrf", csrf), ("pain", "2"), ("activity", "minutes"), ("activityMinutes", "15"), ("flare", "no"),
                ]
                // The first instance has the session cached: its check-ins are saved.
                #expect(try await patient.post(firstClient, "/me/check-in", form: answers).status == .seeOther)
                let entries = "SELECT count(*)::text FROM diary_entries"
                let events = "SELECT count(*)::text FROM audit_events"

                // Signed out through the second instance (same cookie, another process's state).
                let cookies = patient.cookies
                try await second.test(.router) { secondClient in
                    var same = Browser(cookies: cookies)
                    let page = try await same.get(secondClient, "/me")
                    #expect(page.status == .ok)
                    let signOutCSRF = try #require(Browser.csrf(in: page))
                    #expect(try await same.post(secondClient, "/logout", form: [("_csrf", signOutCSRF)]).status == .seeOther)
                }
                #expect(try await PostgresServerDatabase.strings(url, "SELECT count(*)::text FROM sessions") == ["0"])
                let before = try await PostgresServerDatabase.strings(url, entries) + PostgresServerDatabase.strings(url, events)

                let refused = try await patient.post(firstClient, "/me/check-in", form: answers)
                #expect(refused.status == .found)
                #expect(refused.headers[.location] == "/login?next=/me/check-in&ended=1")
                let after = try await PostgresServerDatabase.strings(url, entries) + PostgresServerDatabase.strings(url, events)
                #expect(after == before)
                #expect(try await patient.get(firstClient, "/me").status == .found)
            }
        }
    }
}
