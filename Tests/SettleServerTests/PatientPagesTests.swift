import Foundation
import Hummingbird
import HummingbirdTesting
import SettleCare
import SettleServer
import SettleStore
import Testing

/// The patient's pages over the router: check-in, Today, Progress with goals, the course.
@Suite("Patient pages")
struct PatientPagesTests {
    /// Patient A signed in (20 days of diary up to today, verum acupuncture 2 days ago).
    func signedInPatient(_ client: some TestClientProtocol) async throws -> Browser {
        var browser = Browser()
        #expect(try await browser.signIn(client, email: "pat.a@test.example", password: TestClinic.password).status == .seeOther)
        return browser
    }

    @Test("check-in: one form; bad answers are a 422 with a message per field and nothing is saved")
    func checkInValidation() async throws {
        let clinic = try await TestClinic.make()
        let today = Day(containing: Date())
        let before = try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today)
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let form = try await browser.get(client, "/me/check-in")
            #expect(form.status == .ok)
            let html = String(buffer: form.body)
            #expect(html.contains("name=\"pain\" value=\"10\""))
            #expect(html.contains("<legend>Sleep last night</legend>"))
            let csrf = try #require(Browser.csrf(in: form))
            let bad = try await browser.post(
                client, "/me/check-in",
                form: [
                    ("_csrf", csrf), ("pain", "11"), ("activity", "planned"), ("sleep", "4"), ("flare", "maybe"),
                    ("note", String(repeating: "x", count: 2001)),
                ])
            #expect(bad.status == .unprocessableContent)
            let page = String(buffer: bad.body)
            #expect(page.contains("Pain must be from 0 to 10; got 11."))
            // No stored plan, but 20 check-ins: the engine's quota makes “as planned” valid.
            #expect(!page.contains("You have no activity plan yet"))
            #expect(page.range(of: #"As planned \(\d+ minutes\)"#, options: .regularExpression) != nil)
            #expect(page.contains("Sleep: choose one of Very poor, Poor, Okay, Good, Very good; got “4”."))
            #expect(page.contains("Answer the flare-up question with yes or no; got “maybe”."))
            #expect(page.contains("Note must be at most 2000 characters."))
            #expect(page.contains("id=\"f-pain-error\""))
            let forged = try await browser.post(client, "/me/check-in", form: [("_csrf", "forged"), ("pain", "3")])
            #expect(forged.status == .forbidden)
        }
        #expect(try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today) == before)
    }

    @Test("check-in is saved, then edited the same day: one entry for today, other entries kept, both audited")
    func checkInEdit() async throws {
        let clinic = try await TestClinic.make()
        let today = Day(containing: Date())
        try await clinic.store.setPlan(
            ActivityPlan(
                patientID: clinic.patientA.id, startDay: today, weeklyQuotaMinutes: 140, progression: .steady, setAt: Date()))
        let earlier = try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today)
        #expect(earlier.count == 1)
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let form = try await browser.get(client, "/me/check-in")
            // The seeded entry for today is what the form edits.
            #expect(String(buffer: form.body).contains("You checked in today at"))
            // The engine's daily quota (the stored 140 min/week plan informs it), the same figure Today shows.
            let planned = try #require(
                String(buffer: form.body).firstMatch(of: /As planned \((\d+) minutes\)/).map { String($0.1) })
            let todayHTML = String(buffer: try await browser.get(client, "/me").body)
            #expect(todayHTML.contains("<p class=\"stat\">\(planned) <small>minutes today</small></p>"))
            let csrf = try #require(Browser.csrf(in: form))
            let saved = try await browser.post(
                client, "/me/check-in",
                form: [
                    ("_csrf", csrf), ("pain", "2"), ("activity", "planned"), ("sleep", "9"), ("stress", "3"), ("flare", "yes"),
                    ("note", "A <good> day"),
                ])
            #expect(saved.status == .seeOther)
            #expect(saved.headers[.location] == "/me?saved=checkin")
            // “As planned” stores the quota the form showed (read from today's assessment, not recomputed).
            let afterFirst = try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today)
            #expect(afterFirst.first?.activityMinutes.map(String.init) == planned)
            let again = try await browser.post(
                client, "/me/check-in",
                form: [
                    ("_csrf", csrf), ("pain", "4"), ("activity", "minutes"), ("activityMinutes", "35"), ("flare", "no"),
                ])
            #expect(again.status == .seeOther)
            let todayPage = String(buffer: try await browser.get(client, "/me?saved=checkin").body)
            #expect(todayPage.contains("Check-in saved. Thank you."))
            #expect(todayPage.contains("Done today: pain 4/10, 35 minutes of activity."))
        }
        let entries = try await clinic.store.diaryEntries(patientID: clinic.patientA.id, from: today, through: today)
        #expect(entries.count == 1)
        #expect(entries.first?.id == earlier.first?.id)
        #expect(entries.first?.pain == 4)
        #expect(entries.first?.activityMinutes == 35)
        #expect(entries.first?.sleepQuality == nil)
        #expect(entries.first?.flare == false)
        let events = try await clinic.store.auditEvents(patientID: clinic.patientA.id, actorID: clinic.patientUserA.id, limit: 50)
        #expect(events.filter { $0.action == "diary.update" }.count == 2)
    }

    @Test("a first check-in of the day adds an entry; “as planned” stores today's share of the weekly quota")
    func firstCheckInAsPlanned() async throws {
        let clinic = try await TestClinic.make()
        let today = Day(containing: Date())
        // Started 14 days ago at 140 min/week, +10 % every 7 days, held for the flare in the first week:
        // day 7 holds (flare on day 3), day 14 rises to 154 min/week, 22 min/day.
        try await clinic.store.apply([
            .setPlan(
                ActivityPlan(
                    patientID: clinic.patientB.id, startDay: today.adding(days: -14), weeklyQuotaMinutes: 140,
                    progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true), setAt: Date())),
            .addDiaryEntry(
                DiaryEntry(patientID: clinic.patientB.id, day: today.adding(days: -11), recordedAt: Date(), pain: 7, flare: true)),
            .createUser(
                UserAccount(
                    email: "pat.b@test.example", displayName: "Pat B", role: .patient,
                    passwordHash: clinic.patientUserA.passwordHash,
                    patientID: clinic.patientB.id, createdAt: Date())),
        ])
        try await clinic.app().test(.router) { client in
            var browser = Browser()
            try await browser.signIn(client, email: "pat.b@test.example", password: TestClinic.password)
            let home = String(buffer: try await browser.get(client, "/me").body)
            #expect(home.contains("You have not checked in today."))
            #expect(home.contains("22 <small>minutes today</small>"))
            #expect(home.contains("Your plan this week: <strong>154 minutes</strong>"))
            #expect(home.contains("The quota was held once because of a flare-up."))
            // One check-in is too few for the engine: the stored plan's rule is the fallback, and Progress says why.
            let progress = String(buffer: try await browser.get(client, "/me/progress").body)
            #expect(progress.contains("Not enough check-ins yet (1 of 3 needed) for an estimate."))
            let form = try await browser.get(client, "/me/check-in")
            let csrf = try #require(Browser.csrf(in: form))
            #expect(
                try await browser.post(client, "/me/check-in", form: [("_csrf", csrf), ("pain", "5"), ("activity", "planned")])
                    .status == .seeOther)
        }
        let entries = try await clinic.store.diaryEntries(patientID: clinic.patientB.id, from: today, through: today)
        #expect(entries.map(\.activityMinutes) == [22])
    }

    @Test(
        "Today gives the engine's window chance and duration two days after verum acupuncture, its quota, and the flare plan")
    func todayPage() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let response = try await browser.get(client, "/me")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.contains("Your last acupuncture session was 2 days ago."))
            #expect(
                html.range(
                    of: #"The chance that your window is open today is (about \d+|below 1|above 99) %\."#,
                    options: .regularExpression) != nil
            )
            #expect(
                html.range(of: #"Your windows have lasted about \d+ days? \(range \d+–\d+\)\."#, options: .regularExpression)
                    != nil)
            #expect(html.contains("This is an estimate from your diary, not a measurement"))
            // The seeded diary has a flare yesterday: the flare plan comes first and says so.
            #expect(html.contains("You reported a flare-up"))
            #expect(html.contains("When to contact your clinician"))
            // No stored plan, but the engine plans a quota from the diary, with its reasons.
            #expect(html.contains("<small>minutes today</small>"))
            #expect(html.contains("<summary>Why this amount</summary>"))
            #expect(html.contains("A progress questionnaire is due"))
            #expect(html.contains("Next in your course: <a href=\"/me/learn/why-pain-persists\">"))
        }
        let events = try await clinic.store.auditEvents(patientID: clinic.patientA.id, actorID: clinic.patientUserA.id, limit: 10)
        #expect(events.contains { $0.action == "patient.view" && $0.target == "today" })
    }

    @Test("Progress: charts with text alternatives and a numbers table, sensitivity with its range, trends in words")
    func progressPage() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let response = try await browser.get(client, "/me/progress")
            #expect(response.status == .ok)
            let html = String(buffer: response.body)
            #expect(html.components(separatedBy: "role=\"img\"").count - 1 == 4)
            #expect(html.contains("<summary>Show the numbers</summary>"))
            // Seeded pain cycles 6, 5, 4 by day: the last 14 days average (5×6 + 5×5 + 4×4) / 14 = 71 / 14 = 5.07.
            #expect(html.contains("Your pain over the last 2 weeks averaged 5.1"))
            #expect(html.contains("Your estimated sensitivity is"))
            #expect(html.contains("(likely between"))
            #expect(html.contains("in 8 cases out of 10 the true value would fall inside it"))
            #expect(html.contains("id=\"p-sensitivity"))
        }
    }

    @Test("goals: a bad goal names the field; a rating is stored as PSFS keyed by the goal and reaches milestones")
    func goals() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let page = try await browser.get(client, "/me/progress")
            let csrf = try #require(Browser.csrf(in: page))
            let bad = try await browser.post(
                client, "/me/goals",
                form: [("_csrf", csrf), ("activity", "Gardening"), ("baselineRating", "4"), ("targetRating", "3")])
            #expect(bad.status == .unprocessableContent)
            #expect(
                String(buffer: bad.body).contains("Your target must be above how able you are now (4); leave it empty if unsure.")
            )
            let added = try await browser.post(
                client, "/me/goals",
                form: [("_csrf", csrf), ("activity", "Gardening"), ("baselineRating", "4"), ("targetRating", "8")])
            #expect(added.status == .seeOther)
            let goal = try #require(try await clinic.store.goals(patientID: clinic.patientA.id).first)
            let outOfRange = try await browser.post(
                client, "/me/goals/ratings", form: [("_csrf", csrf), ("rating-\(goal.id.lower)", "12")])
            #expect(outOfRange.status == .unprocessableContent)
            #expect(String(buffer: outOfRange.body).contains("Rating for “Gardening” must be from 0 to 10; got 12."))
            let rated = try await browser.post(
                client, "/me/goals/ratings", form: [("_csrf", csrf), ("rating-\(goal.id.lower)", "7")])
            #expect(rated.status == .seeOther)
            let html = String(buffer: try await browser.get(client, "/me/progress").body)
            #expect(html.contains("Now 7/10"))
            #expect(html.contains("<span class=\"mark\">Reached</span> A real change: 3 points better"))
            #expect(html.contains("<span class=\"mark\">Not yet</span> Your target: 8/10"))
        }
        let psfs = try await clinic.store.administrations(patientID: clinic.patientA.id, instrumentID: "psfs")
        let goal = try #require(try await clinic.store.goals(patientID: clinic.patientA.id).first)
        #expect(psfs.map(\.answers) == [[goal.id.lower: 7]])
    }

    @Test("the course: six modules with sources; reading one is stored once as an education session the clinician sees")
    func course() async throws {
        let clinic = try await TestClinic.make()
        try await clinic.app().test(.router) { client in
            var browser = try await signedInPatient(client)
            let overview = String(buffer: try await browser.get(client, "/me/learn").body)
            #expect(overview.contains("0 of 6 modules read"))
            let module = try await browser.get(client, "/me/learn/acupuncture")
            #expect(module.status == .ok)
            let html = String(buffer: module.body)
            #expect(html.contains("NICE NG59"))
            #expect(html.contains("NICE NG193 (2021), rec. 1.2.5"))
            #expect(html.contains("Vickers et al. 2018, J Pain 19:455"))
            let csrf = try #require(Browser.csrf(in: module))
            #expect(try await browser.post(client, "/me/learn/acupuncture/done", form: [("_csrf", csrf)]).status == .seeOther)
            #expect(try await browser.post(client, "/me/learn/acupuncture/done", form: [("_csrf", csrf)]).status == .seeOther)
            let after = String(buffer: try await browser.get(client, "/me/learn?read=acupuncture").body)
            #expect(after.contains("1 of 6 modules read"))
            #expect(after.contains("Marked as read: What acupuncture may and may not do, and the window."))
            #expect(try await browser.get(client, "/me/learn/no-such-module").status == .notFound)
            #expect(
                try await browser.post(client, "/me/learn/acupuncture/done", form: [("_csrf", "forged")]).status == .forbidden)
        }
        let education = try await clinic.store.treatmentSessions(patientID: clinic.patientA.id).filter {
            $0.treatment.kind == "education"
        }
        #expect(education.count == 1)
        #expect(
            education.first?.treatment
                == .education(EducationDetails(topics: ["What acupuncture may and may not do, and the window"], minutes: 6)))
        #expect(education.first?.clinicianID == nil)
        #expect(education.first?.note.contains("settle-course:acupuncture") == true)
    }
}
