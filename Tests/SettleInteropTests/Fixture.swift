import Foundation
import SettleCare
import SettleMeasures

@testable import SettleInterop

/// A small hand-made record with known values: every record kind, PHQ-9, GAD-7, PEG and a
/// partly answered PCS, fixed ids and times.
enum Fixture {
    static func uuid(_ n: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", n)) ?? UUID()
    }

    static let patientID = uuid(1)
    static let clinicianID = uuid(2)
    static let day0 = Day(year: 2025, month: 3, day: 3) ?? Day(daysSince1970: 0)

    static func at(_ day: Day, hour: Double) -> Date { day.startDate.addingTimeInterval(hour * 3600) }

    static func scoreJSON(_ instrument: String, _ answers: [String: Double]) -> String? {
        guard let measure = InstrumentCatalogAccess.instrument(instrument),
            let whole = FHIRExporter.wholeAnswers(answers), let result = try? measure.score(whole)
        else { return nil }
        return try? ImportState.scoreJSON(result)
    }

    static func record() -> PatientRecord {
        let patient = Patient(
            id: patientID, displayName: "Test Patient A", birthYear: 1971, condition: "chronic low back pain",
            clinicianID: clinicianID, createdAt: Date(timeIntervalSince1970: 1_740_000_000.123))
        let diary = [
            DiaryEntry(
                id: uuid(10), patientID: patientID, day: day0, recordedAt: at(day0, hour: 20), pain: 6, activityMinutes: 20,
                steps: 4200, sleepQuality: 5, stress: 6, flare: false, note: "stiff, \"bad\" morning"),
            DiaryEntry(
                id: uuid(11), patientID: patientID, day: day0.adding(days: 1), recordedAt: at(day0.adding(days: 1), hour: 8.5),
                pain: 7, flare: true),
            DiaryEntry(
                id: uuid(12), patientID: patientID, day: day0.adding(days: 14), recordedAt: at(day0.adding(days: 14), hour: 21),
                pain: 4, activityMinutes: 45, sleepQuality: 7, stress: 3),
        ]
        let phqBefore: [String: Double] = ["1": 2, "2": 2, "3": 1, "4": 2, "5": 1, "6": 1, "7": 2, "8": 1, "9": 0]
        let phqAfter: [String: Double] = ["1": 1, "2": 1, "3": 1, "4": 1, "5": 0, "6": 0, "7": 1, "8": 0, "9": 0]
        let gad: [String: Double] = ["1": 1, "2": 1, "3": 2, "4": 1, "5": 0, "6": 1, "7": 1]
        let peg: [String: Double] = ["1": 6, "2": 5, "3": 5]
        let pcsPartial: [String: Double] = ["1": 2, "2": 3, "3": 1]
        let questionnaires = [
            QuestionnaireAdministration(
                id: uuid(20), patientID: patientID, instrumentID: "phq9", version: "PHQ-9", day: day0,
                administeredAt: at(day0, hour: 10), answers: phqBefore, scoreJSON: scoreJSON("phq9", phqBefore)),
            QuestionnaireAdministration(
                id: uuid(21), patientID: patientID, instrumentID: "gad7", version: "GAD-7", day: day0,
                administeredAt: at(day0, hour: 10.1), answers: gad, scoreJSON: scoreJSON("gad7", gad)),
            QuestionnaireAdministration(
                id: uuid(22), patientID: patientID, instrumentID: "peg3", version: "Krebs 2009", day: day0,
                administeredAt: at(day0, hour: 10.2), answers: peg, scoreJSON: nil),
            QuestionnaireAdministration(
                id: uuid(23), patientID: patientID, instrumentID: "pcs", version: "Sullivan 1995", day: day0.adding(days: 1),
                administeredAt: at(day0.adding(days: 1), hour: 9), answers: pcsPartial, scoreJSON: nil),
            QuestionnaireAdministration(
                id: uuid(24), patientID: patientID, instrumentID: "phq9", version: "PHQ-9", day: day0.adding(days: 28),
                administeredAt: at(day0.adding(days: 28), hour: 10), answers: phqAfter, scoreJSON: scoreJSON("phq9", phqAfter)),
        ]
        let sessions = [
            TreatmentSession(
                id: uuid(30), patientID: patientID, clinicianID: clinicianID, day: day0.adding(days: 2),
                treatment: .acupuncture(
                    AcupunctureDetails(
                        arm: .verum, points: ["LI4", "ST36", "BL23"], needleCount: 8, retentionMinutes: 20, electro: false,
                        deQi: true,
                        adverseEvents: ["minor bruising"])),
                note: "first session"),
            TreatmentSession(
                id: uuid(31), patientID: patientID, day: day0.adding(days: 5),
                treatment: .acupuncture(AcupunctureDetails(arm: .sham, needleCount: 8, retentionMinutes: 20))),
            TreatmentSession(
                id: uuid(32), patientID: patientID, clinicianID: clinicianID, day: day0.adding(days: 9),
                treatment: .exercise(
                    ExerciseDetails(kind: .gradedExposure, prescription: "bend to pick up a pen, 3×5", minutes: 25))),
            TreatmentSession(
                id: uuid(33), patientID: patientID, day: day0.adding(days: 9),
                treatment: .education(EducationDetails(topics: ["pain as protection"], minutes: nil))),
        ]
        let plan = ActivityPlan(
            id: uuid(40), patientID: patientID, startDay: day0.adding(days: 9), weeklyQuotaMinutes: 140,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true, ceilingMinutes: 280),
            setBy: clinicianID, setAt: at(day0.adding(days: 9), hour: 11), note: "by the clock, not by pain")
        return PatientRecord(
            patient: patient, diary: diary, sessions: sessions, plan: plan, questionnaires: questionnaires, goals: [])
    }
}
