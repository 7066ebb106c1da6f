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

    @Test("the sensitivity index: formula by hand, a range that contains it, the same range every time")
    func sensitivityIndex() throws {
        // Pain 5 every day, no flares, 60 active minutes: 0.6 × 0.5 + 0 + 0.15 × 0.5 = 0.375 exactly, and no spread.
        let calm = (0..<10).map { entry($0, pain: 5) }
        let steady = try #require(SensitivityIndex(entries: calm))
        #expect(abs(steady.value - 0.375) < 1e-12)
        #expect(abs(steady.lower - 0.375) < 1e-12 && abs(steady.upper - 0.375) < 1e-12)
        // Varied days give a real range around the index, reproducible from the fixed seed.
        let varied = (0..<20).map { entry($0, pain: $0 % 5 + 3, minutes: $0 % 2 == 0 ? 20 : 60, flare: $0 % 7 == 0) }
        let a = try #require(SensitivityIndex(entries: varied))
        let b = try #require(SensitivityIndex(entries: varied))
        #expect(a == b)
        #expect(a.lower < a.value && a.value < a.upper)
        #expect(SensitivityIndex(entries: Array(calm.prefix(4))) == nil)
    }

    @Test("the window outlook by days since verum acupuncture: likely 0–2, possibly 3–4, then unlikely")
    func windowOutlook() {
        let likelihoods = (0...6).map { WindowOutlook(lastNeedling: today.adding(days: -$0), today: today).likelihood }
        #expect(likelihoods == [.likely, .likely, .likely, .possibly, .possibly, .unlikely, .unlikely])
        #expect(WindowOutlook(lastNeedling: nil, today: today).likelihood == .noSessions)
        #expect(WindowOutlook(lastNeedling: today.adding(days: 1), today: today).likelihood == .noSessions)
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
