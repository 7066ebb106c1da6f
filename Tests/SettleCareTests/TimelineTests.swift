import Foundation
import Testing

@testable import SettleCare

private let patientID = UUID(uuidString: "00000000-0000-4000-8000-00000000000B")!

private func day(_ iso: String) -> Day {
    (try? Day(iso: iso)) ?? Day(daysSince1970: 0)
}

private func entry(_ iso: String, pain: Int, minutes: Int? = nil, steps: Int? = nil, flare: Bool = false, hour: Double = 12)
    -> DiaryEntry
{
    DiaryEntry(
        patientID: patientID, day: day(iso), recordedAt: day(iso).startDate.addingTimeInterval(hour * 3600), pain: pain,
        activityMinutes: minutes, steps: steps, flare: flare)
}

@Suite("Patient record → daily timeline")
struct TimelineTests {
    @Test func severalRatingsADayAreAveragedAndGapsAreEmptyDays() {
        let record = PatientRecord(
            patient: Patient(id: patientID, displayName: "T", createdAt: Date(timeIntervalSince1970: 0)),
            diary: [
                entry("2025-03-01", pain: 4, hour: 8), entry("2025-03-01", pain: 6, hour: 20),
                entry("2025-03-04", pain: 3, steps: 3000),
            ])
        let t = CareTimeline(record: record, asOf: day("2025-03-05"))
        #expect(t.count == 5)
        #expect(t.days[0].pain == 5)
        #expect(t.days[0].painCount == 2)
        #expect(t.days[1].pain == nil)
        #expect(t.days[2].hasCheckIn == false)
        // 3000 steps at 100 steps a minute.
        #expect(t.days[3].activityMinutes == 30)
        #expect(t.days[4].pain == nil)
    }

    @Test func entriesAfterAsOfAreIgnored() {
        let record = PatientRecord(
            patient: Patient(id: patientID, displayName: "T", createdAt: Date(timeIntervalSince1970: 0)),
            diary: [entry("2025-03-01", pain: 4), entry("2025-03-09", pain: 9)])
        let t = CareTimeline(record: record, asOf: day("2025-03-03"))
        #expect(t.count == 3)
        #expect(t.days.compactMap(\.pain) == [4])
    }

    @Test func sessionsAndQuestionnairesLandOnTheirDays() {
        let answers = Dictionary(uniqueKeysWithValues: (1...24).map { (String($0), $0 <= 9 ? 1.0 : 0.0) })
        let record = PatientRecord(
            patient: Patient(id: patientID, displayName: "T", createdAt: Date(timeIntervalSince1970: 0)),
            diary: [entry("2025-03-01", pain: 4)],
            sessions: [
                TreatmentSession(
                    patientID: patientID, day: day("2025-03-02"),
                    treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 12, retentionMinutes: 20))),
                TreatmentSession(
                    patientID: patientID, day: day("2025-03-02"), treatment: .education(EducationDetails(topics: ["pain"]))),
                TreatmentSession(
                    patientID: patientID, day: day("2025-03-03"),
                    treatment: .acupuncture(AcupunctureDetails(arm: .sham, needleCount: 0, retentionMinutes: 20))),
                TreatmentSession(
                    patientID: patientID, day: day("2025-03-04"),
                    treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 0, retentionMinutes: 20))),
            ],
            questionnaires: [
                QuestionnaireAdministration(
                    patientID: patientID, instrumentID: "rmdq", version: "RMDQ-24", day: day("2025-03-03"),
                    administeredAt: day("2025-03-03").startDate, answers: answers)
            ])
        let t = CareTimeline(record: record, asOf: day("2025-03-04"))
        #expect(t.days[1].verumNeedles == 12)
        #expect(t.days[1].education == 1)
        #expect(t.days[2].sham == true)
        #expect(t.days[2].verumNeedles == 0)
        // A verum session logged without a needle count counts as the assumed 10 needles.
        #expect(t.days[3].verumNeedles == CareTimeline.assumedNeedles)
        #expect(t.days[2].disability == 9)
    }

    @Test func planQuotaFollowsTheProgressionRuleAndHoldsAfterAFlare() {
        let plan = ActivityPlan(
            patientID: patientID, startDay: day("2025-03-01"), weeklyQuotaMinutes: 140,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true),
            setAt: Date(timeIntervalSince1970: 0))
        var diary = (0..<21).map { entry(day("2025-03-01").adding(days: $0).iso, pain: 4) }
        diary[10].flare = true  // in the second week: the step at day 14 is held
        let record = PatientRecord(
            patient: Patient(id: patientID, displayName: "T", createdAt: Date(timeIntervalSince1970: 0)), diary: diary, plan: plan
        )
        let t = CareTimeline(record: record, asOf: day("2025-03-21"))
        #expect(t.quotaMinutes[0] == 20)
        #expect(abs((t.quotaMinutes[7] ?? 0) - 22) < 1e-9)
        #expect(abs((t.quotaMinutes[14] ?? 0) - 22) < 1e-9)
    }
}
