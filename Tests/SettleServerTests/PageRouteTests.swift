import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

@Suite("Pages")
struct PageRouteTests {
    @Test("the login page carries a CSRF field, sets SameSite=Lax HttpOnly cookie and loads the local stylesheet")
    func loginPage() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get)
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("name=\"_csrf\""))
            #expect(html.contains("<link rel=\"stylesheet\" href=\"/settle.css\">"))
            #expect(html.contains("<label for=\"f-email\">"))
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("settle_csrf=") })
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Lax"))
            let css = try await client.execute(uri: "/settle.css", method: .get)
            #expect(css.status == .ok)
            #expect(String(buffer: css.body).contains("--accent"))
        }
    }

    @Test("signing in sets an HttpOnly session cookie whose token is stored only as a hash")
    func signInStoresHashedSession() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            let response = try await browser.signIn(client, email: "A@test.example ", password: TestClinic.password)
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/caseload")
            let header = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("settle_session=") })
            #expect(header.contains("HttpOnly"))
            #expect(header.contains("SameSite=Lax"))
            let token = try #require(browser.cookies["settle_session"])
            #expect(
                try await clinic.store.validSession(tokenHash: TokenHash(hashing: "web." + token), now: Date())?.userID
                    == clinic.clinicianA.id)
            #expect(try await clinic.store.validSession(tokenHash: TokenHash(hashing: token), now: Date()) == nil)
        }
    }

    @Test("a session of an account disabled after signing in no longer opens pages")
    func disabledAccountLosesItsSession() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            #expect(try await browser.signIn(client, email: "a@test.example", password: TestClinic.password).status == .seeOther)
            #expect(try await browser.get(client, "/caseload").status == .ok)
            var disabled = clinic.clinicianA
            disabled.disabled = true
            try await clinic.store.apply([.updateUser(disabled)])
            let after = try await browser.get(client, "/caseload")
            #expect(after.status == .found)
            #expect(after.headers[.location] == "/login?next=/caseload")
        }
    }

    @Test("a wrong password is a 401 page and is audited; anonymous pages redirect to login")
    func wrongPassword() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            let response = try await browser.signIn(client, email: "a@test.example", password: "not-the-password")
            #expect(response.status == .unauthorized)
            #expect(String(buffer: response.body).contains("The e-mail or password is not right."))
            let caseload = try await browser.get(client, "/caseload")
            #expect(caseload.status == .found)
            #expect(caseload.headers[.location] == "/login?next=/caseload")
        }
        let events = try await clinic.store.auditEvents(patientID: nil, actorID: nil, limit: 10)
        #expect(events.contains { $0.action == "login.failed" && $0.target == "a@test.example" })
    }

    @Test("five failures lock the e-mail for 15 minutes, even with the right password")
    func rateLimit() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            for _ in 0..<5 {
                #expect(
                    try await browser.signIn(client, email: "b@test.example", password: "wrong-password").status == .unauthorized)
            }
            let locked = try await browser.signIn(client, email: "b@test.example", password: TestClinic.password)
            #expect(locked.status == .tooManyRequests)
            #expect(browser.cookies["settle_session"] == nil)
        }
    }

    @Test("a form posted without the session's CSRF token is refused with 403 and nothing is saved")
    func csrfRequired() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let response = try await browser.post(client, "/patients", form: [("displayName", "Forged"), ("_csrf", "wrong")])
            #expect(response.status == .forbidden)
        }
        #expect(
            try await clinic.store.patients(clinicianID: clinic.clinicianA.id, includeArchived: true).map(\.displayName) == [
                "Pat <A>"
            ])
    }

    @Test("caseload and dashboard show the clinician's patient, escaped, and the views are audited")
    func caseloadAndDashboard() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let caseload = try await browser.get(client, "/caseload")
            #expect(caseload.status == .ok)
            let html = String(buffer: caseload.body)
            #expect(html.contains("Pat &lt;A&gt;"))
            #expect(!html.contains("Pat <A>"))
            #expect(!html.contains("Pat B"))
            // The engine's sensitivity with its 80 % interval, and its window probability after the verum session.
            #expect(html.contains("Estimated sensitivity (80 % interval)"))
            #expect(
                html.range(of: #"<td class="num">\d+ <span class="support">\(\d+–\d+\)</span></td>"#, options: .regularExpression)
                    != nil)
            #expect(html.range(of: #"<td class="num">\d+ %</td>"#, options: .regularExpression) != nil)
            let dashboard = try await browser.get(client, "/patients/\(clinic.patientA.id.lower)")
            #expect(dashboard.status == .ok)
            let page = String(buffer: dashboard.body)
            #expect(page.contains("<svg"))
            #expect(page.contains("Log a session"))
            #expect(page.contains("id=\"care-estimates\""))
            #expect(page.contains("id=\"care-history"))
            #expect(page.contains("id=\"care-states"))
            #expect(page.contains(HTML.escape(CareAssessment.standardDisclaimer)))
            #expect(page.contains("Your windows have lasted about"))
            #expect(page.contains("<th scope=\"col\" class=\"num\">95 % interval</th>"))
        }
        let events = try await clinic.store.auditEvents(patientID: clinic.patientA.id, actorID: clinic.clinicianA.id, limit: 10)
        #expect(events.contains { $0.action == "patient.view" })
    }

    @Test("a check-in written by another server instance (straight to the store) shows on the next dashboard view")
    func dashboardFollowsTheStore() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let path = "/patients/\(clinic.patientA.id.lower)"
            let before = String(buffer: try await browser.get(client, path).body)
            #expect(!before.contains("written elsewhere"))
            let today = Day(containing: Date())
            let entry = DiaryEntry(
                patientID: clinic.patientA.id, day: today, recordedAt: Date(), pain: 9, flare: true, note: "written elsewhere")
            try await clinic.store.apply([.addDiaryEntry(entry)])
            let after = String(buffer: try await browser.get(client, path).body)
            #expect(after.contains("Note: “written elsewhere”"))
            #expect(after.contains("Last check-in: \(today.iso)"))
        }
    }

    @Test("logging a session: bad input re-shows the form with field messages (422), good input is saved and audited")
    func sessionLogging() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let form = try await browser.get(client, "/patients/\(clinic.patientA.id.lower)/sessions/new")
            let csrf = try #require(Browser.csrf(in: form))
            let bad = try await browser.post(
                client, "/patients/\(clinic.patientA.id.lower)/sessions",
                form: [
                    ("_csrf", csrf), ("day", "2025-02-30"), ("kind", "acupuncture"), ("needleCount", "500"),
                    ("retentionMinutes", "20"),
                ])
            #expect(bad.status == .unprocessableContent)
            let page = String(buffer: bad.body)
            #expect(page.contains("Day must be a date written YYYY-MM-DD; got “2025-02-30”."))
            #expect(page.contains("Number of needles must be from 0 to 100; got 500."))
            #expect(page.contains("id=\"f-needleCount-error\""))
            let good = try await browser.post(
                client, "/patients/\(clinic.patientA.id.lower)/sessions",
                form: [
                    ("_csrf", csrf), ("day", "2025-03-14"), ("kind", "acupuncture"), ("points", "LI4, ST36"),
                    ("needleCount", "8"),
                    ("retentionMinutes", "25"), ("electro", "on"), ("deQi", "on"), ("adverseEvents", "bruising"),
                ])
            #expect(good.status == .seeOther)
        }
        let sessions = try await clinic.store.treatmentSessions(patientID: clinic.patientA.id)
        #expect(sessions.count == 2)
        let saved = try #require(sessions.first { $0.day.iso == "2025-03-14" })
        #expect(
            saved.treatment
                == .acupuncture(
                    AcupunctureDetails(
                        arm: .verum, points: ["LI4", "ST36"], needleCount: 8, retentionMinutes: 25, electro: true, deQi: true,
                        adverseEvents: ["bruising"])))
    }

    @Test("a questionnaire is scored by SettleMeasures; an out-of-range answer names the item")
    func questionnaireEntry() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let id = clinic.patientA.id.lower
            let form = try await browser.get(client, "/patients/\(id)/questionnaires/new?instrument=peg3")
            #expect(form.status == .ok)
            let csrf = try #require(Browser.csrf(in: form))
            let bad = try await browser.post(
                client, "/patients/\(id)/questionnaires",
                form: [
                    ("_csrf", csrf), ("instrument", "peg3"), ("day", "2025-03-01"), ("item-1", "11"), ("item-2", "4"),
                    ("item-3", "5"),
                ])
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("Item 1: “11” is not allowed"))
            let good = try await browser.post(
                client, "/patients/\(id)/questionnaires",
                form: [
                    ("_csrf", csrf), ("instrument", "peg3"), ("day", "2025-03-01"), ("item-1", "6"), ("item-2", "4"),
                    ("item-3", "5"),
                ])
            #expect(good.status == .seeOther)
        }
        let saved = try await clinic.store.administrations(patientID: clinic.patientA.id, instrumentID: "peg3")
        #expect(saved.count == 1)
        // PEG-3 is the mean of its three items (Krebs 2009): (6 + 4 + 5) / 3 = 5.
        #expect(saved.first.flatMap { $0.scoreJSON }?.contains("\"total\":5") == true)
    }

    @Test("the plan page shows the engine's plan with reasons and its what-ifs, chosen without JavaScript, and sets a plan")
    func planAndWhatIf() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let id = clinic.patientA.id.lower
            let page = try await browser.get(client, "/patients/\(id)/plan")
            #expect(page.status == .ok)
            let csrf = try #require(Browser.csrf(in: page))
            let saved = try await browser.post(
                client, "/patients/\(id)/plan",
                form: [
                    ("_csrf", csrf), ("startDay", "2025-03-01"), ("weeklyQuotaMinutes", "150"), ("increasePercent", "10"),
                    ("everyDays", "7"),
                    ("holdOnFlare", "on"),
                ])
            #expect(saved.status == .seeOther)
            let full = String(buffer: page.body)
            #expect(full.contains("id=\"engine-plan\""))
            #expect(full.contains("Why: "))
            #expect(full.contains("id=\"what-if"))
            #expect(full.contains("The care model suggests"))
            let whatIf = try await browser.get(client, "/patients/\(id)/plan?show=faster&show=education&show=nonsense")
            #expect(whatIf.status == .ok)
            let chosen = String(buffer: whatIf.body)
            #expect(chosen.contains("name=\"show\" value=\"faster\" checked>"))
            #expect(chosen.contains("name=\"show\" value=\"slower\">"))
            #expect(chosen.contains("<tr><th scope=\"row\">Faster progression (+20 %/week)<br>"))
            #expect(!chosen.contains("<tr><th scope=\"row\">Slower progression (+5 %/week)<br>"))
        }
        #expect(try await clinic.store.currentPlan(patientID: clinic.patientA.id)?.weeklyQuotaMinutes == 150)
    }

    @Test("a one-time invite link creates the patient account once; the patient then sees only their own summary")
    func inviteFlow() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var clinician = Browser()
            try await clinician.signIn(client, email: "b@test.example", password: TestClinic.password)
            let dashboard = try await clinician.get(client, "/patients/\(clinic.patientB.id.lower)")
            // Patient B has no diary yet: an honest message instead of an estimate.
            #expect(String(buffer: dashboard.body).contains("Not enough check-ins yet (0 of 3 needed) for an estimate."))
            let csrf = try #require(Browser.csrf(in: dashboard))
            let created = try await clinician.post(
                client, "/patients/\(clinic.patientB.id.lower)/invite", form: [("_csrf", csrf), ("email", "pat.b@test.example")])
            #expect(created.status == .created)
            let html = String(buffer: created.body)
            let start = try #require(html.range(of: "/invite/"))
            let code = String(html[start.upperBound...].prefix(43))

            var patient = Browser()
            let form = try await patient.get(client, "/invite/\(code)")
            #expect(form.status == .ok)
            let token = try #require(Browser.csrf(in: form))
            let short = try await patient.post(
                client, "/invite/\(code)",
                form: [("_csrf", token), ("displayName", "Pat B"), ("password", "short"), ("confirm", "short")])
            #expect(short.status == .unprocessableContent)
            #expect(String(buffer: short.body).contains("Password must be at least 10 characters."))
            let accepted = try await patient.post(
                client, "/invite/\(code)",
                form: [
                    ("_csrf", token), ("displayName", "Pat B"), ("password", "a-long-password"), ("confirm", "a-long-password"),
                ])
            #expect(accepted.status == .seeOther)
            #expect(accepted.headers[.location] == "/me")
            let me = try await patient.get(client, "/me")
            #expect(me.status == .ok)
            #expect(String(buffer: me.body).contains("<h1>Today</h1>"))
            #expect(String(buffer: me.body).contains("· Pat B</p>"))
            #expect(try await patient.get(client, "/patients/\(clinic.patientA.id.lower)").status == .forbidden)
            let again = try await Browser().getting(client, "/invite/\(code)")
            #expect(again.status == .gone)
        }
    }

    @Test("signing out ends the session in the database")
    func signOut() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "a@test.example", password: TestClinic.password)
            let token = try #require(browser.cookies["settle_session"])
            let page = try await browser.get(client, "/caseload")
            let csrf = try #require(Browser.csrf(in: page))
            let out = try await browser.post(client, "/logout", form: [("_csrf", csrf)])
            #expect(out.status == .seeOther)
            #expect(try await clinic.store.validSession(tokenHash: TokenHash(hashing: "web." + token), now: Date()) == nil)
        }
    }
}

extension Browser {
    /// A one-off GET without keeping cookies.
    func getting(_ client: some TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: cookieHeader)
    }
}
