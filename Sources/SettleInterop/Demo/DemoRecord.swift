import Foundation
import SettleCare
import SettleMeasures
import SettleModel

/// A synthetic patient record made by the model, for exports and reports without a database.
///
/// Built on ``SyntheticPatient`` (the model simulated with a seed): 120 diary days with gaps,
/// six weekly verum acupuncture sessions, RMDQ and TSK-17 every four weeks. Added here: PEG-3
/// every four weeks derived from the simulated pain and disability, two education and two
/// graded-exposure sessions, and a graded activity plan. No real person; export it with
/// `synthetic: true` so every resource is tagged as test data.
public enum DemoRecord {
    /// The record of synthetic patient `index` for `seed` (reproducible).
    public static func make(seed: UInt64 = 1, index: UInt64 = 0) -> PatientRecord {
        let synthetic = SyntheticPatient.make(seed: seed, index: index)
        var record = synthetic.record
        let patientID = record.patient.id
        let first = synthetic.firstDay
        record.patient.birthYear = 1970 + Int(seed % 20)
        record.patient.condition = "chronic low back pain (synthetic)"
        var counter = 0
        func id() -> UUID {
            counter += 1
            return StableID.derive(from: patientID, "demo.\(counter)")
        }
        var extra: [QuestionnaireAdministration] = []
        for dayIndex in stride(from: 0, to: synthetic.outcomes.count, by: 28) {
            let recent = synthetic.outcomes[max(0, dayIndex - 6)...dayIndex].map(\.pain)
            let pain = (recent.reduce(0, +) / Double(recent.count)).rounded()
            let interference = (synthetic.outcomes[dayIndex].disability / 24 * 10).rounded()
            let day = first.adding(days: dayIndex)
            let answers = ["1": clamp(pain), "2": clamp(interference), "3": clamp(interference)]
            extra.append(
                QuestionnaireAdministration(
                    id: id(), patientID: patientID, instrumentID: "peg3", version: "Krebs 2009", day: day,
                    administeredAt: day.startDate.addingTimeInterval(10 * 3600), answers: answers,
                    scoreJSON: scoreJSON(instrumentID: "peg3", answers: answers)))
        }
        record.questionnaires = (record.questionnaires + extra).sorted { ($0.day, $0.instrumentID) < ($1.day, $1.instrumentID) }
        record.sessions += [
            TreatmentSession(
                id: id(), patientID: patientID, day: first.adding(days: 28),
                treatment: .education(EducationDetails(topics: ["pain as protection", "sleep and stress"], minutes: 45))),
            TreatmentSession(
                id: id(), patientID: patientID, day: first.adding(days: 42),
                treatment: .exercise(
                    ExerciseDetails(
                        kind: .gradedExposure, prescription: "Walk 10 minutes daily, add 2 minutes a week", minutes: 30))),
            TreatmentSession(
                id: id(), patientID: patientID, day: first.adding(days: 70),
                treatment: .exercise(
                    ExerciseDetails(kind: .gradedExposure, prescription: "Lift a 5 kg box from knee height, 3×5", minutes: 30)),
                note: "Tolerated well; next step: from the floor."),
        ]
        record.sessions.sort { $0.day < $1.day }
        record.plan = ActivityPlan(
            id: id(), patientID: patientID, startDay: first.adding(days: 42), weeklyQuotaMinutes: 150,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true, ceilingMinutes: 300),
            setAt: first.adding(days: 42).startDate.addingTimeInterval(11 * 3600),
            note: "Done by the clock, not by pain: keep to the quota on good days and bad days.")
        return record
    }

    private static func clamp(_ value: Double) -> Double { min(10, max(0, value)) }

    private static func scoreJSON(instrumentID: String, answers: [String: Double]) -> String? {
        guard let instrument = InstrumentCatalog.instrument(id: instrumentID),
            let whole = FHIRExporter.wholeAnswers(answers), let result = try? instrument.score(whole)
        else { return nil }
        return try? ImportState.scoreJSON(result)
    }
}
