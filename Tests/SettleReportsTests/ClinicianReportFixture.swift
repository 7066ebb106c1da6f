import Foundation
import SettleCare

/// A fixed, hand-made patient for the clinician report: six weeks of diary from a formula,
/// PHQ-9 and PEG twice, four sessions and a plan. Independent of the model, so the golden file
/// changes only when the report changes.
enum ClinicianReportFixture {
    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n)) ?? UUID()
    }

    static let patientID = uuid(1)
    static let start = Day(year: 2025, month: 2, day: 3) ?? Day(daysSince1970: 0)
    static let end = start.adding(days: 41)

    /// Pain on diary day `d` (0-based): 7 in week 1 falling by 1 every 10 days; every 5th day has no entry.
    static func pain(_ d: Int) -> Int { 7 - d / 10 }
    static func hasEntry(_ d: Int) -> Bool { d % 5 != 4 }

    static func record() -> PatientRecord {
        let patient = Patient(
            id: patientID, displayName: "Jordan Example", birthYear: 1968, condition: "persistent low back pain",
            createdAt: start.startDate)
        let diary = (0..<42).filter(hasEntry).map { d in
            DiaryEntry(
                id: uuid(100 + d), patientID: patientID, day: start.adding(days: d),
                recordedAt: start.adding(days: d).startDate.addingTimeInterval(20 * 3600), pain: pain(d),
                activityMinutes: 10 + d, sleepQuality: 5 + d / 14, stress: 6 - d / 14, flare: d == 8 || d == 10,
                note: d == 8 ? "lifted <heavy> box & flared" : "")
        }
        func administration(_ n: Int, _ instrument: String, _ version: String, _ day: Int, _ answers: [String: Double])
            -> QuestionnaireAdministration
        {
            QuestionnaireAdministration(
                id: uuid(n), patientID: patientID, instrumentID: instrument, version: version, day: start.adding(days: day),
                administeredAt: start.adding(days: day).startDate.addingTimeInterval(10 * 3600), answers: answers)
        }
        let questionnaires = [
            administration(200, "phq9", "PHQ-9", 0, ["1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 1, "9": 0]),
            administration(201, "peg3", "Krebs 2009", 0, ["1": 6, "2": 5, "3": 5]),
            administration(202, "phq9", "PHQ-9", 40, ["1": 1, "2": 1, "3": 1, "4": 1, "5": 0, "6": 0, "7": 1, "8": 0, "9": 0]),
            administration(203, "peg3", "Krebs 2009", 40, ["1": 3, "2": 3, "3": 3]),
            administration(204, "tsk17", "TSK-17", 0, ["1": 3]),
        ]
        let sessions = [
            TreatmentSession(
                id: uuid(300), patientID: patientID, day: start.adding(days: 7),
                treatment: .acupuncture(
                    AcupunctureDetails(arm: .verum, points: ["BL23", "GB34"], needleCount: 6, retentionMinutes: 20, deQi: true))),
            TreatmentSession(
                id: uuid(301), patientID: patientID, day: start.adding(days: 14),
                treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 6, retentionMinutes: 20))),
            TreatmentSession(
                id: uuid(302), patientID: patientID, day: start.adding(days: 15),
                treatment: .education(EducationDetails(topics: ["pain as protection", "flare-up plan"], minutes: 40))),
            TreatmentSession(
                id: uuid(303), patientID: patientID, day: start.adding(days: 21),
                treatment: .exercise(
                    ExerciseDetails(kind: .gradedExposure, prescription: "bend and lift 2 kg, 3×8", minutes: 30)),
                note: "confident by the end"),
        ]
        let plan = ActivityPlan(
            id: uuid(400), patientID: patientID, startDay: start.adding(days: 15), weeklyQuotaMinutes: 140,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true, ceilingMinutes: 210),
            setAt: start.adding(days: 15).startDate.addingTimeInterval(11 * 3600), note: "same amount on good and bad days")
        return PatientRecord(patient: patient, diary: diary, sessions: sessions, plan: plan, questionnaires: questionnaires)
    }

    static let rationale = [
        PlanLine(text: "Raise the quota to 22 minutes a day", reason: "no flare-up in the last week and pain stable"),
        PlanLine(text: "Keep walking daily, including on worse days", reason: "activity by the clock, not by pain"),
    ]
}
