import Foundation
import SettleModel
import Testing

@testable import SettleCare

@Suite("Care engine and what-if")
struct EngineTests {
    static func settings(particles: Int = 200) -> CareSettings {
        var s = CareSettings(filter: FilterSettings(particles: particles))
        s.planner.forecastParticles = 60
        return s
    }

    @Test func anEmptyRecordIsAnErrorThatSaysWhatToAdd() {
        let record = PatientRecord(patient: Patient(displayName: "T", createdAt: Date(timeIntervalSince1970: 0)))
        let day = Day(daysSince1970: 20_000)
        #expect(throws: CareError.noDiary(asOf: day)) { try CareEngine().assess(record: record, asOf: day) }
        #expect(CareError.noDiary(asOf: day).description.contains("add at least one diary entry"))
    }

    @Test func tooFewCheckInsIsAnErrorWithTheCounts() {
        let patient = SyntheticPatient.make(seed: 1, index: 1, design: .init(days: 2, missingFraction: 0))
        #expect(throws: CareError.tooFewCheckIns(found: 2, needed: 3)) {
            try CareEngine(settings: Self.settings()).assess(record: patient.record, asOf: patient.lastDay)
        }
    }

    @Test func assessmentHasIntervalsWhatIfsAndSurvivesAJSONRoundTrip() throws {
        let patient = SyntheticPatient.make(seed: 8, index: 2, design: .init(days: 70))
        let a = try CareEngine(settings: Self.settings()).assess(record: patient.record, asOf: patient.lastDay)
        #expect(a.daysCovered == 70)
        #expect(a.particles == 200)
        #expect(a.disclaimer.contains("not a diagnosis"))
        for e in [a.state.sensitivity, a.state.threat, a.state.guarding, a.state.capacity, a.tomorrowPain] {
            #expect(e.lower95 <= e.lower80 && e.lower80 <= e.upper80 && e.upper80 <= e.upper95)
            #expect(e.lower95 <= e.mean && e.mean <= e.upper95)
        }
        #expect(a.history.count == 70)
        // Acupuncture is ongoing in the default design (weekly sessions to day 70): "stop" is offered.
        #expect(a.whatIfs.map(\.option) == [.asNow, .faster, .slower, .stopAcupuncture, .betterSleep, .education])
        for w in a.whatIfs {
            #expect(w.weeklyPain.count == 12)
            #expect(w.weeklyActivityMinutes.count == 12)
            #expect(!w.assumptions.isEmpty)
        }
        let data = try JSONEncoder().encode(a)
        let back = try JSONDecoder().decode(CareAssessment.self, from: data)
        #expect(back == a)
    }

    @Test func betterSleepForecastsLessPainThanAsNow() throws {
        let patient = SyntheticPatient.make(seed: 8, index: 3, design: .init(days: 60, acupunctureStart: nil))
        let a = try CareEngine(settings: Self.settings()).assess(record: patient.record, asOf: patient.lastDay)
        let asNow = try #require(a.whatIfs.first { $0.option == .asNow })
        let sleep = try #require(a.whatIfs.first { $0.option == .betterSleep })
        #expect(a.whatIfs.contains { $0.option == .addAcupuncture })
        // The model's sleep term (P11): better sleep lowers pain directly and, sustained, sensitivity.
        #expect(sleep.weeklyPain[11].mean < asNow.weeklyPain[11].mean)
    }

    @Test func dashboardSettingsUseFewerParticlesAndSkipHistoryAndWhatIfs() throws {
        let patient = SyntheticPatient.make(seed: 8, index: 4, design: .init(days: 50))
        let a = try CareEngine(settings: .dashboard).assess(record: patient.record, asOf: patient.lastDay)
        #expect(a.particles == 500)
        #expect(a.history.isEmpty)
        #expect(a.whatIfs.isEmpty)
        #expect(a.state.sensitivity.mean.isFinite)
    }

    @Test func fewCheckInsAddANote() throws {
        let patient = SyntheticPatient.make(seed: 8, index: 5, design: .init(days: 10, missingFraction: 0))
        let a = try CareEngine(settings: Self.settings()).assess(record: patient.record, asOf: patient.lastDay)
        #expect(a.notes.contains { $0.contains("Only 10 days with a pain rating") })
    }
}
