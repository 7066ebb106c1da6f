import Foundation
import HummingbirdBcrypt
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

/// End-to-end tests in a real headless Chromium driven over WebDriver.
///
/// Skipped with the reason shown when `chromium` or `chromedriver` is not on `PATH`; when
/// `CI=true` they run anyway and fail, so CI can never skip them silently.
@Suite("Browser (headless Chromium)", .serialized, .timeLimit(.minutes(5)))
struct BrowserTests {
    static let canRun = ChromeDriverProcess.programs != nil || ChromeDriverProcess.isCI

    /// The test clinic plus a patient account for patient B (who has no diary yet).
    static func clinic() async throws -> (TestClinic, UserAccount) {
        let clinic = try await TestClinic.make()
        let account = UserAccount(
            email: "pat.b@test.example", displayName: "Pat B", role: .patient,
            passwordHash: Bcrypt.hash(TestClinic.password, cost: 4),
            patientID: clinic.patientB.id, createdAt: Date())
        try await clinic.store.createUser(account)
        return (clinic, account)
    }

    @Test(
        "a patient checks in on the phone-sized form, sees it on Progress; the clinician sees it on the dashboard",
        .enabled(if: canRun, "chromium and chromedriver are not on PATH (apt-get install -y chromium chromium-driver)"))
    func checkInFlow() async throws {
        let (clinic, patient) = try await Self.clinic()
        let today = Day(containing: Date()).iso
        try await clinic.app().test(.live) { client in
            let port = try #require(client.port)
            try await BrowserRun.with(base: "http://127.0.0.1:\(port)", name: "check-in-flow") { run in
                let driver = run.driver
                try await run.signIn(email: patient.email, password: TestClinic.password)
                try run.check(try await driver.currentURL().hasSuffix("/me"), "after sign-in the patient lands on Today")
                try run.check(try await driver.text().contains("You have not checked in today"), "Today asks for a check-in")

                try await run.open("/me/check-in")
                try await driver.setViewport(width: BrowserRun.narrow.width, height: BrowserRun.narrow.height)
                // Submitting nothing: the server answers with a message for the missing pain rating.
                try await run.submit("form.checkin button[type=submit]", arrivingAt: "/me/check-in")
                let empty = try await driver.text()
                try run.check(
                    empty.contains("Choose how much pain you have now"),
                    "a missing pain rating is explained: \(empty.prefix(400))")

                try await driver.click("label[for=f-pain-3]")
                try await driver.click("label[for=f-activity-minutes]")
                try await driver.type("#f-activityMinutes", "25")
                try await driver.click("label[for=f-sleep-7]")
                try await driver.click("label[for=f-stress-3]")
                try await driver.type("#f-note", "Walked to the park")
                try await run.submit("form.checkin button[type=submit]", arrivingAt: "/me?saved=checkin")
                let todayText = try await driver.text()
                try run.check(
                    todayText.contains("Check-in saved.") && todayText.contains("pain 3/10, 25 minutes"),
                    "Today confirms the check-in")
                try await driver.setViewport(width: BrowserRun.wide.width, height: BrowserRun.wide.height)

                try await run.open("/me/progress")
                let row =
                    try await driver.execute(
                        "return document.querySelector('section[aria-labelledby=h-pain] tbody tr').textContent;") as? String
                try run.check(
                    row?.contains(today) == true && row?.contains("3") == true, "Progress lists today's pain: \(row ?? "no row")")
                try run.check(
                    try await driver.text().contains("Your pain over the last 2 weeks averaged 3.0"),
                    "Progress says the average in words")

                try await run.signOut()
                try await run.signIn(email: "b@test.example", password: TestClinic.password)
                try await run.open("/patients/\(clinic.patientB.id.lower)")
                let card =
                    try await driver.execute("return document.getElementById('latest-checkin')?.textContent || '';") as? String
                    ?? ""
                try run.check(
                    card.contains(today) && card.contains("pain 3/10") && card.contains("activity 25 min"),
                    "dashboard card: \(card)")
                try run.check(card.contains("Walked to the park"), "the clinician sees the note: \(card)")
            }
        }
        let entries = try await clinic.store.diaryEntries(
            patientID: clinic.patientB.id, from: .init(daysSince1970: 0), through: .init(daysSince1970: 100_000))
        #expect(entries.map(\.pain) == [3])
        #expect(entries.first?.sleepQuality == 7)
    }

    @Test(
        "main pages pass the automated accessibility checks at 1280 px and have no sideways scroll at 320 px",
        .enabled(if: canRun, "chromium and chromedriver are not on PATH (apt-get install -y chromium chromium-driver)"))
    func accessibility() async throws {
        let (clinic, _) = try await Self.clinic()
        try await clinic.store.setPlan(
            ActivityPlan(
                patientID: clinic.patientA.id, startDay: Day(containing: Date()).adding(days: -10), weeklyQuotaMinutes: 140,
                progression: ProgressionRule(increasePercent: 10, everyDays: 7), setAt: Date(), note: "Short walks, on the flat.")
        )
        try await clinic.store.upsertGoal(
            Goal(
                patientID: clinic.patientA.id, activity: "Carry shopping upstairs", baselineRating: 3, targetRating: 7,
                createdOn: Day(containing: Date()).adding(days: -20)))
        let failures = try await clinic.app().test(.live) { client -> [String] in
            let port = try #require(client.port)
            var failures: [String] = []
            try await BrowserRun.with(base: "http://127.0.0.1:\(port)", name: "accessibility") { run in
                // The audit itself can fail: a page with known faults is reported fault by fault.
                let faulty =
                    "<title>x</title><body style='background:#fff'><input id=q><h1>A</h1><h1>B</h1>"
                    + "<p style='color:#aaaaaa'>faint</p><svg width=10 height=10></svg><div tabindex=2>x</div></body>"
                try await run.driver.navigate(
                    "data:text/html," + (faulty.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                let found = try await run.audit()
                try run.check(found.contains("html has no lang attribute"), "audit misses lang: \(found)")
                try run.check(found.contains("expected exactly one h1, found 2"), "audit misses h1 count: \(found)")
                try run.check(
                    found.contains { $0.hasPrefix("form control without a label: input#q") }, "audit misses label: \(found)")
                try run.check(
                    found.contains { $0.hasPrefix("contrast 2.32:1 below 4.5:1 for p") }, "audit misses contrast: \(found)")
                try run.check(found.contains { $0.hasPrefix("svg without role=\"img\"") }, "audit misses svg: \(found)")
                try run.check(found.contains { $0.hasPrefix("positive tabindex") }, "audit misses tabindex: \(found)")

                try await run.open("/login")
                try await run.capture("login")
                failures += try await run.audit().map { "/login: " + $0 }
                try await run.signIn(email: clinic.patientUserA.email, password: TestClinic.password)
                let pages = [
                    ("/me", "today"), ("/me/check-in", "check-in"), ("/me/progress", "progress"), ("/me/learn", "learn"),
                    ("/me/learn/acupuncture", "module"),
                ]
                for (path, label) in pages {
                    try await run.open(path)
                    try await run.capture(label)
                    failures += try await run.audit().map { "\(path): " + $0 }
                }
                try await run.signOut()
                try await run.signIn(email: clinic.clinicianA.email, password: TestClinic.password)
                try await run.open("/patients/\(clinic.patientA.id.lower)")
                try await run.capture("dashboard")
                failures += try await run.audit().map { "dashboard: " + $0 }
            }
            return failures
        }
        #expect(failures == [], "\(failures.joined(separator: "\n"))")
    }
}
