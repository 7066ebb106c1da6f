import Foundation
import SettleCare
import Testing

@testable import SettleServer

/// The pieces behind the patient pages, checked without a server.
@Suite("Patient logic")
struct PatientLogicTests {
    let patientID = UUID()
    let today = Day(daysSince1970: 20_000)

    func entry(_ back: Int, pain: Int, minutes: Int? = 60, flare: Bool = false) -> DiaryEntry {
        DiaryEntry(
            patientID: patientID, day: today.adding(days: -back), recordedAt: Date(), pain: pain, activityMinutes: minutes,
            flare: flare)
    }

    /// A record with `days` daily check-ins ending today (pain cycling 6, 5, 4) and optional verum sessions.
    func record(days: Int, verumDaysAgo: [Int] = [], patient: Patient? = nil) -> PatientRecord {
        let patient = patient ?? Patient(id: patientID, displayName: "Synthetic", createdAt: Date(timeIntervalSince1970: 0))
        let diary = (0..<days).reversed().map { entry($0, pain: 6 - $0 % 3, minutes: 40) }
        let sessions = verumDaysAgo.map {
            TreatmentSession(
                patientID: patientID, day: today.adding(days: -$0),
                treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 8, retentionMinutes: 20)))
        }
        return PatientRecord(patient: patient, diary: diary, sessions: sessions)
    }

    @Test("the cache returns the same outcome object until a check-in changes the record's fingerprint")
    func cacheReuse() async throws {
        let cache = CareAssessmentCache()
        var record = record(days: 10)
        let first = await cache.outcome(for: record, asOf: today, profile: .caseload)
        let again = await cache.outcome(for: record, asOf: today, profile: .caseload)
        #expect(first === again)
        #expect(await cache.computations == 1)
        let assessment = try #require(first.assessment)
        #expect(assessment.daysWithCheckIn == 10)
        #expect(assessment.particles == 500)
        #expect(assessment.whatIfs.isEmpty)
        // Editing a rating (same count) changes the content hash; a new check-in changes the count.
        record.diary[9].pain = 2
        let edited = await cache.outcome(for: record, asOf: today, profile: .caseload)
        #expect(edited !== first)
        #expect(edited.fingerprint.diaryEntries == first.fingerprint.diaryEntries)
        #expect(edited.fingerprint != first.fingerprint)
        // Another day is another assessment; the entry for the patient is replaced, not added.
        _ = await cache.outcome(for: record, asOf: today.adding(days: 1), profile: .caseload)
        #expect(await cache.computations == 3)
        #expect(await cache.count == 1)
    }

    @Test("dashboard markup is rendered once per record version: kept with the outcome, rebuilt after a change")
    func renderedPartsFollowTheFingerprint() async throws {
        let cache = CareAssessmentCache()
        var record = record(days: 10, verumDaysAgo: [3])
        let start = today.adding(days: -89)
        let first = await cache.outcome(for: record, asOf: today, profile: .caseload)
        let html = DashboardView.records(record, care: first, from: start, through: today)
        #expect(html.rendered.contains("<h2>Diary (last 90 days)</h2>"))
        // A second view of the unchanged record reuses the kept markup: `make` does not run again.
        var madeAgain = false
        let kept = first.rendered("dashboard \(start.iso) \(today.iso)") {
            madeAgain = true
            return "changed"
        }
        #expect(!madeAgain)
        #expect(kept == html)
        // A new session changes the fingerprint, so the next view gets a new outcome and fresh markup.
        record.sessions.append(
            TreatmentSession(
                patientID: patientID, day: today,
                treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 12, retentionMinutes: 20))))
        let changed = await cache.outcome(for: record, asOf: today, profile: .caseload)
        #expect(changed !== first)
        let fresh = DashboardView.records(record, care: changed, from: start, through: today)
        #expect(fresh != html)
    }

    @Test("concurrent requests for the same patient share one engine run; the cache keeps at most its capacity")
    func cacheSharingAndBound() async throws {
        let cache = CareAssessmentCache(capacity: 3)
        let shared = record(days: 8)
        let outcomes = await withTaskGroup(of: CareOutcome.self) { group in
            for _ in 0..<6 { group.addTask { await cache.outcome(for: shared, asOf: today, profile: .caseload) } }
            return await group.reduce(into: [CareOutcome]()) { $0.append($1) }
        }
        #expect(outcomes.count == 6)
        #expect(outcomes.allSatisfy { $0 === outcomes[0] })
        #expect(await cache.computations == 1)
        for _ in 0..<4 {
            let other = Patient(displayName: "Other", createdAt: Date(timeIntervalSince1970: 0))
            _ = await cache.outcome(for: record(days: 4, patient: other), asOf: today, profile: .caseload)
        }
        #expect(await cache.count <= 3)
        #expect(await cache.computations == 5)
    }

    @Test("too few check-ins give the honest shortfall message, not an error")
    func tooFewCheckIns() {
        let two = CareOutcome(record: record(days: 2), asOf: today, profile: .caseload)
        #expect(two.assessment == nil)
        #expect(two.shortfall == "Not enough check-ins yet (2 of 3 needed) for an estimate.")
        let none = CareOutcome(record: record(days: 0), asOf: today, profile: .caseload)
        #expect(none.shortfall == "Not enough check-ins yet (0 of 3 needed) for an estimate.")
        let outlook = WindowOutlook(outcome: two, lastNeedling: today.adding(days: -1), today: today)
        #expect(outlook.likelihood == .notEnoughData)
        #expect(outlook.explanation.contains("Not enough check-ins yet (2 of 3 needed)"))
    }

    @Test("after a verum session the window is the engine's probability and duration, in plain words")
    func windowFromEngine() throws {
        let outcome = CareOutcome(record: record(days: 21, verumDaysAgo: [2]), asOf: today, profile: .caseload)
        let window = try #require(outcome.assessment?.window)
        #expect(window.daysSinceLastSession == 2)
        let duration = try #require(window.duration)
        let outlook = WindowOutlook(window)
        #expect(outlook.probability == window.openProbability)
        #expect(outlook.daysSinceSession == 2)
        let percent = window.openProbability * 100
        let chance =
            percent < 1 ? "below 1 %" : percent > 99 ? "above 99 %" : "about \(Int(percent.rounded())) %"
        #expect(outlook.explanation.contains("Your last acupuncture session was 2 days ago."))
        #expect(outlook.explanation.contains("The chance that your window is open today is \(chance)."))
        let mean = Int(duration.mean.rounded())
        #expect(
            outlook.durationText
                == "Your windows have lasted about \(mean) \(mean == 1 ? "day" : "days") (range \(Int(duration.lower80.rounded()))–\(Int(duration.upper80.rounded())))."
        )
        let expected: WindowOutlook.Likelihood =
            window.openProbability >= 0.7 ? .likely : window.openProbability >= 0.3 ? .possibly : .unlikely
        #expect(outlook.likelihood == expected)
        // Without any verum session there is no window to estimate.
        let plain = CareOutcome(record: record(days: 21), asOf: today, profile: .caseload)
        #expect(try #require(plain.assessment.map { WindowOutlook($0.window) }).likelihood == .noSessions)
    }

    @Test("the engine's plan sets today's quota; its reasons come along; a week starts on the plan's start day")
    func engineQuota() throws {
        let outcome = CareOutcome(record: record(days: 14), asOf: today, profile: .caseload)
        let plan = try #require(outcome.assessment?.plan)
        let stored = ActivityPlan(
            patientID: patientID, startDay: today.adding(days: -9), weeklyQuotaMinutes: 140, progression: .steady, setAt: Date())
        let quota = ActivityQuota(engine: plan, storedPlan: stored, diary: record(days: 14).diary, today: today)
        #expect(quota.dailyMinutes == Int(plan.quotaMinutesPerDay.rounded()))
        #expect(quota.weeklyMinutes == Int(plan.weeklyQuotaMinutes.rounded()))
        #expect(quota.source == .engine(mode: plan.mode))
        #expect(quota.lines == plan.lines && !quota.lines.isEmpty)
        // Plan week 2 began 2 days ago: 3 days of 40 minutes done, 5 days left.
        #expect(quota.weekStart == today.adding(days: -2))
        #expect(quota.doneThisWeek == 120)
        #expect(quota.daysLeft == 5)
    }

    @Test("history helpers: window runs at ≥ 50 %, sensitivity intervals as mean ± z·SD clamped to 0–1")
    func historyHelpers() {
        let probabilities = [0.1, 0.6, 0.8, 0.2, 0.5, 0.5]
        let history = probabilities.enumerated().map { (day: today.adding(days: $0.offset), probability: $0.element) }
        #expect(
            CareHistory.windowRuns(history) == [
                today.adding(days: 1)...today.adding(days: 2), today.adding(days: 4)...today.adding(days: 5),
            ])
        let r80 = CareHistory.interval(mean: 0.5, sd: 0.1, z: CareHistory.z80)
        #expect(abs(r80.lowerBound - 0.37184) < 1e-9 && abs(r80.upperBound - 0.62816) < 1e-9)
        let r95 = CareHistory.interval(mean: 0.95, sd: 0.2, z: CareHistory.z95)
        #expect(abs(r95.lowerBound - 0.558) < 1e-9 && r95.upperBound == 1)
        #expect(CareHistory.interval(mean: 0.4, sd: .nan, z: CareHistory.z95) == 0.4...0.4)
    }

    @Test("the quota follows the plan's rule: +10 % a step, held for a flare, capped at the ceiling")
    func activityQuota() throws {
        let rule = ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true, ceilingMinutes: 160)
        let plan = ActivityPlan(
            patientID: patientID, startDay: today.adding(days: -21), weeklyQuotaMinutes: 100, progression: rule, setAt: Date())
        // Three steps, no flares: 100 → 110 → 121 → 133.1.
        let free = try #require(ActivityQuota(plan: plan, diary: [], today: today))
        #expect(free.weeklyMinutes == 133)
        #expect(free.dailyMinutes == 19)
        #expect(free.daysLeft == 7)
        // A flare in the second week holds the second step: 100 → 110 → 110 → 121.
        let held = try #require(ActivityQuota(plan: plan, diary: [entry(10, pain: 7, flare: true)], today: today))
        #expect(held.weeklyMinutes == 121)
        #expect(held.heldForFlare)
        // Long enough and the ceiling stops it.
        var long = plan
        long.startDay = today.adding(days: -70)
        #expect(ActivityQuota(plan: long, diary: [], today: today)?.weeklyMinutes == 160)
        // Minutes this week: days are averaged when there are several entries.
        let twice = [entry(0, pain: 3, minutes: 20), entry(0, pain: 3, minutes: 40), entry(1, pain: 3, minutes: 15)]
        #expect(ActivityQuota.minutes(twice, from: today.adding(days: -6), through: today) == 45)
        #expect(ActivityQuota(plan: nil, diary: [], today: today) == nil)
    }

    @Test("check-in answers: “as planned” needs a plan, not minutes as well; labelled choices only")
    func checkInForm() {
        let planned = CheckInForm.parse(
            FormFields(urlEncoded: "pain=4&activity=planned&sleep=7&stress=0&flare=yes"), plannedMinutes: 25)
        #expect(
            planned
                == .success(CheckInForm.Answers(pain: 4, activityMinutes: 25, sleepQuality: 7, stress: 0, flare: true, note: "")))
        guard
            case .failure(let both) = CheckInForm.parse(
                FormFields(urlEncoded: "pain=4&activity=planned&activityMinutes=30"), plannedMinutes: 25)
        else {
            Issue.record("planned and typed minutes together must be refused")
            return
        }
        #expect(both["activityMinutes"]?.hasPrefix("You chose “as planned” and also typed minutes") == true)
        guard case .failure(let missing) = CheckInForm.parse(FormFields(urlEncoded: "activity=minutes"), plannedMinutes: nil)
        else {
            Issue.record("a missing pain rating must be refused")
            return
        }
        #expect(missing["pain"] == "Choose how much pain you have now, from 0 (none) to 10 (worst imaginable).")
        #expect(missing["activityMinutes"] == "Enter the minutes of activity you did today, from 0 to 1440.")
        #expect(CheckInForm.nearest(6, in: CheckInForm.sleepChoices) == 5)
    }

    @Test("course completions are found by their marker, once per module, earliest day")
    func courseCompletion() throws {
        let module = try #require(EducationCourse.module(id: "pacing"))
        let first = EducationCourse.completion(of: module, patientID: patientID, day: today.adding(days: -3))
        let again = EducationCourse.completion(of: module, patientID: patientID, day: today)
        let clinic = TreatmentSession(
            patientID: patientID, day: today, treatment: .education(EducationDetails(topics: ["pacing"])), note: "pacing talk")
        #expect(EducationCourse.completed(in: [again, first, clinic]) == ["pacing": today.adding(days: -3)])
        #expect(
            EducationCourse.modules.map(\.id) == [
                "why-pain-persists", "protection", "acupuncture", "pacing", "sleep-and-stress", "flare-ups",
            ])
        #expect(EducationCourse.modules.allSatisfy { !$0.references.isEmpty })
    }
}
