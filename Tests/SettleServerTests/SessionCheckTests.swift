import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

/// Sessions taken from the instance's cache: the check-in POST checks its session inside the
/// write, every other page reads it again, so a session ended elsewhere (another instance, an
/// administrator) is refused everywhere and nothing is written with it.
@Suite("Cached sessions")
struct SessionCheckTests {
    /// The signed-in patient's browser, after one page (which puts the session in the cache).
    func patientBrowser(_ client: some TestClientProtocol) async throws -> (Browser, csrf: String) {
        var browser = Browser()
        #expect(try await browser.signIn(client, email: "pat.a@test.example", password: TestClinic.password).status == .seeOther)
        let form = try await browser.get(client, "/me/check-in")
        #expect(form.status == .ok)
        return (browser, try #require(Browser.csrf(in: form)))
    }

    func counts(_ clinic: TestClinic) async throws -> (diary: Int, audit: Int) {
        let today = Day(containing: Date())
        return (
            try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today).map(\.pain).count,
            try await clinic.store.auditEvents(patientID: clinic.patientA.id, actorID: nil, limit: 1000).count
        )
    }

    static let checkIn = [("pain", "3"), ("activity", "minutes"), ("activityMinutes", "25"), ("flare", "no")]

    @Test("a check-in with a session signed out elsewhere writes nothing and says so at the login page")
    func signedOutElsewhere() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var (browser, csrf) = try await patientBrowser(client)
            // The session still works: a check-in is saved (through the cache and the in-write check).
            let saved = try await browser.post(client, "/me/check-in", form: [("_csrf", csrf)] + Self.checkIn)
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/me?saved=checkin")
            let before = try await counts(clinic)
            let today = Day(containing: Date())
            #expect(
                try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today).last?.pain == 3)

            // Signed out on another instance: the session row is gone, this instance still caches it.
            try await clinic.store.apply([.deleteSessions(userID: clinic.patientUserA.id)])
            let refused = try await browser.post(
                client, "/me/check-in",
                form: [("_csrf", csrf), ("pain", "9"), ("activity", "minutes"), ("activityMinutes", "10"), ("flare", "no")])
            #expect(refused.status == .found)
            #expect(refused.headers[.location] == "/login?next=/me/check-in&ended=1")
            let after = try await counts(clinic)
            #expect(after.diary == before.diary)
            #expect(after.audit == before.audit)
            #expect(
                try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today).last?.pain == 3)
            let login = String(buffer: try await browser.get(client, "/login?next=/me/check-in&ended=1").body)
            #expect(login.contains("Your session had ended, so what you sent was not saved."))
            // Pages read the session again: signed out there too.
            let page = try await browser.get(client, "/me")
            #expect(page.status == .found)
            #expect(page.headers[.location] == "/login?next=/me")
        }
    }

    @Test("a cached session of an account disabled since cannot check in or see pages")
    func disabledSinceCached() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var (browser, csrf) = try await patientBrowser(client)
            let before = try await counts(clinic)
            var disabled = clinic.patientUserA
            disabled.disabled = true
            try await clinic.store.apply([.updateUser(disabled)])
            let refused = try await browser.post(client, "/me/check-in", form: [("_csrf", csrf)] + Self.checkIn)
            #expect(refused.status == .found)
            #expect(refused.headers[.location] == "/login?next=/me/check-in&ended=1")
            let after = try await counts(clinic)
            #expect(after.diary == before.diary)
            #expect(after.audit == before.audit)
            #expect(try await browser.get(client, "/me/check-in").status == .found)
        }
    }

    @Test("a cached check-in session whose form needs reading first is read again: a 422 only while signed in")
    func invalidFormReadsTheSession() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var (browser, csrf) = try await patientBrowser(client)
            let bad = [("_csrf", csrf), ("pain", "12"), ("activity", "minutes"), ("activityMinutes", "10"), ("flare", "no")]
            let invalid = try await browser.post(client, "/me/check-in", form: bad)
            #expect(invalid.status == .unprocessableContent)
            // The 422 page shows today's entry: after a sign-out elsewhere it is not shown.
            try await clinic.store.apply([.deleteSessions(userID: clinic.patientUserA.id)])
            let refused = try await browser.post(client, "/me/check-in", form: bad)
            #expect(refused.status == .found)
            #expect(refused.headers[.location] == "/login?next=/me/check-in")
            #expect(!String(buffer: refused.body).contains("You checked in today"))
        }
    }

    @Test("the session cache keeps unexpired sessions of enabled accounts and drops the soonest-expiring when full")
    func cacheBounds() {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        func entry(_ name: String, hours: Double, disabled: Bool = false) -> SignedInSession {
            let account = UserAccount(
                email: "\(name)@test.example", displayName: name, role: .clinician, passwordHash: "$2b$04$x", createdAt: now,
                disabled: disabled)
            return SignedInSession(
                session: AuthSession(
                    tokenHash: TokenHash(hashing: name), userID: account.id, createdAt: now,
                    expiresAt: now.addingTimeInterval(hours * 3600)), account: account, patient: nil)
        }
        let cache = SessionCache(capacity: 4)
        for (name, hours) in [("a", 1.0), ("b", 2.0), ("c", 3.0), ("d", 4.0)] { cache.remember(entry(name, hours: hours)) }
        #expect(cache.count == 4)
        #expect(cache.signedIn(TokenHash(hashing: "a"), now: now)?.account.displayName == "a")
        // Expired at the time asked: not returned, and dropped.
        #expect(cache.signedIn(TokenHash(hashing: "a"), now: now.addingTimeInterval(3600)) == nil)
        #expect(cache.count == 3)
        cache.remember(entry("e", hours: 5))
        cache.remember(entry("f", hours: 6))
        // Full at 4: the one expiring first ("b") made room; the rest stay.
        #expect(cache.count <= 4)
        #expect(cache.signedIn(TokenHash(hashing: "b"), now: now) == nil)
        #expect(cache.signedIn(TokenHash(hashing: "f"), now: now) != nil)
        #expect(cache.signedIn(TokenHash(hashing: "e"), now: now) != nil)
        // A disabled account is never served from the cache; forget drops an entry.
        cache.remember(entry("g", hours: 7, disabled: true))
        #expect(cache.signedIn(TokenHash(hashing: "g"), now: now) == nil)
        cache.forget(TokenHash(hashing: "f"))
        #expect(cache.signedIn(TokenHash(hashing: "f"), now: now) == nil)
    }
}
