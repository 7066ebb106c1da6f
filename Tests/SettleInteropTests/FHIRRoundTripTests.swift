import Foundation
import SettleCare
import SettleMeasures
import Testing

@testable import SettleInterop

@Suite("FHIR round trip")
struct FHIRRoundTripTests {
    /// Scores compared as decoded results (the JSON text of a stored score may differ in layout).
    static func scores(_ items: [QuestionnaireAdministration]) -> [UUID: ScoreResult?] {
        Dictionary(
            uniqueKeysWithValues: items.map { item in
                (item.id, item.scoreJSON.flatMap { try? JSONDecoder().decode(ScoreResult.self, from: Data($0.utf8)) })
            })
    }

    static func withoutScores(_ items: [QuestionnaireAdministration]) -> [QuestionnaireAdministration] {
        items.map {
            var copy = $0
            copy.scoreJSON = nil
            return copy
        }
    }

    @Test("export → import gives back the same patient, diary, questionnaires, sessions and plan")
    func roundTrip() throws {
        let record = Fixture.record()
        let data = FHIRExporter.bundle(for: record)
        let imported = try FHIRImporter(now: Date(timeIntervalSince1970: 0)).read(data)
        #expect(imported.patients == [record.patient])
        #expect(imported.diary == record.diary)
        #expect(Self.withoutScores(imported.administrations) == Self.withoutScores(record.questionnaires))
        #expect(imported.sessions == record.sessions)
        #expect(imported.plans == [record.plan].compactMap { $0 })
        #expect(imported.unmapped.isEmpty, "\(imported.unmapped)")
    }

    @Test("re-imported scores equal the scores computed from the answers")
    func scoresRecomputed() throws {
        let record = Fixture.record()
        let imported = try FHIRImporter().read(FHIRExporter.bundle(for: record))
        let scores = Self.scores(imported.administrations)
        // PHQ-9 2+2+1+2+1+1+2+1+0 = 12 and 1+1+1+1+0+0+1+0+0 = 5, GAD-7 1+1+2+1+0+1+1 = 7, PEG (6+5+5)/3; PCS partly answered is not scored.
        #expect(scores[Fixture.uuid(20)]??.total == 12)
        #expect(scores[Fixture.uuid(24)]??.total == 5)
        #expect(scores[Fixture.uuid(21)]??.total == 7)
        #expect(abs((scores[Fixture.uuid(22)]??.total ?? 0) - 16.0 / 3.0) < 1e-12)
        #expect(scores[Fixture.uuid(23)]??.total == nil)
        // Stored scores survive unchanged.
        let original = Self.scores(record.questionnaires)
        #expect(scores[Fixture.uuid(20)] == original[Fixture.uuid(20)])
        let notes = imported.notes.filter { $0.kind == .recomputed }
        // One total and one LOINC panel for each of PHQ-9 (twice), GAD-7 and PEG.
        #expect(notes.count == 8)
    }

    @Test("the synthetic demo patient round-trips too")
    func demoRoundTrip() throws {
        let record = DemoRecord.make(seed: 11)
        let imported = try FHIRImporter().read(FHIRExporter.bundle(for: record, synthetic: true))
        #expect(imported.patients == [record.patient])
        #expect(imported.diary == record.diary)
        #expect(imported.sessions == record.sessions)
        #expect(imported.plans == [record.plan].compactMap { $0 })
        #expect(Self.withoutScores(imported.administrations) == Self.withoutScores(record.questionnaires))
        #expect(imported.unmapped.isEmpty, "\(imported.unmapped.prefix(3))")
    }

    @Test("NDJSON of several bundles is read line by line")
    func ndjson() throws {
        let a = FHIRExporter().bundle(for: Fixture.record()).serialized(pretty: false)
        let b = FHIRExporter().bundle(for: DemoRecord.make(seed: 2)).serialized(pretty: false)
        let imported = try FHIRImporter().read(Data((a + "\n" + b + "\n").utf8))
        #expect(imported.patients.count == 2)
        #expect(imported.patients.map(\.displayName).contains("Test Patient A"))
    }

    @Test("--patient maps every record to the target patient and reports the file's patient as skipped")
    func targetPatient() throws {
        let target = Fixture.uuid(99)
        let imported = try FHIRImporter(targetPatient: target).read(FHIRExporter.bundle(for: Fixture.record()))
        #expect(imported.patients.isEmpty)
        #expect(imported.diary.allSatisfy { $0.patientID == target })
        #expect(imported.diary.count == 3)
        #expect(imported.notes.contains { $0.kind == .skipped && $0.location.contains("Patient/") })
    }
}
