import Foundation
import SettleCare
import SettleMeasures
import Testing

@testable import SettleInterop

@Suite("FHIR R4 export")
struct FHIRExportTests {
    let bundle = FHIRExporter().bundle(for: Fixture.record())

    @Test("a collection Bundle with one entry per resource, each with a urn:uuid fullUrl")
    func bundleShape() throws {
        #expect(bundle["resourceType"]?.string == "Bundle")
        #expect(bundle["type"]?.string == "collection")
        let entries = bundle["entry"]?.elements ?? []
        // 1 Patient + 1 Condition + 3 diary + 5 QR + score/panel observations + 4 Procedures + 1 CarePlan
        #expect(bundle.resources("Patient").count == 1)
        #expect(bundle.resources("Condition").count == 1)
        #expect(bundle.resources("QuestionnaireResponse").count == 5)
        #expect(bundle.resources("Procedure").count == 4)
        #expect(bundle.resources("CarePlan").count == 1)
        for entry in entries {
            let id = try #require(entry["resource"]?["id"]?.string)
            #expect(entry["fullUrl"]?.string == "urn:uuid:" + id)
        }
        #expect(Set(entries.compactMap { $0["fullUrl"]?.string }).count == entries.count)
    }

    @Test("diary entries are pain Observations (LOINC 72514-3, category survey) with diary components")
    func diaryObservation() throws {
        let pain = bundle.resources("Observation").filter { $0.codes.contains("72514-3") && $0["valueInteger"] != nil }
        #expect(pain.count == 3)
        let first = try #require(pain.first { $0["id"]?.string == Fixture.uuid(10).uuidString.lowercased() })
        #expect(first["valueInteger"] == .integer(6))
        #expect(first["status"]?.string == "final")
        #expect(first["effectiveDateTime"]?.string == "2025-03-03")
        #expect(first["issued"]?.string == "2025-03-03T20:00:00.000Z")
        #expect(first["category"]?.elements.first?["coding"]?.elements.first?["code"]?.string == "survey")
        let components = first["component"]?.elements ?? []
        let minutes = try #require(components.first { $0.codes.contains("55411-3") })
        #expect(minutes["valueQuantity"]?["value"] == .integer(20))
        #expect(minutes["valueQuantity"]?["code"]?.string == "min")
        #expect(components.first { $0.codes.contains("41950-7") }?["valueInteger"] == .integer(4200))
        #expect(first["note"]?.elements.first?["text"]?.string == "stiff, \"bad\" morning")
        #expect(first["subject"]?["reference"]?.string == "urn:uuid:" + Fixture.patientID.uuidString.lowercased())
    }

    @Test("PHQ-9, GAD-7 and PEG scores carry their LOINC total and panel codes")
    func questionnaireCodes() throws {
        let observations = bundle.resources("Observation")
        let phqTotals = observations.filter { $0.codes.contains("44261-6") }
        #expect(phqTotals.count == 2)
        // PHQ-9 before: 2+2+1+2+1+1+2+1+0 = 12 (moderate band per Kroenke 2001: 10–14).
        let before = try #require(phqTotals.first { $0["effectiveDateTime"]?.string == "2025-03-03" })
        #expect(before["valueQuantity"]?["value"] == .integer(12))
        #expect(before["interpretation"]?.elements.first?["text"]?.string?.lowercased().contains("moderate") == true)
        #expect(observations.filter { $0.codes.contains("44249-1") }.count == 2)
        #expect(observations.filter { $0.codes.contains("70274-6") }.first?["valueQuantity"]?["value"] == .integer(7))
        #expect(observations.contains { $0.codes.contains("69737-5") })
        let peg = try #require(observations.first { $0.codes.contains("91147-9") })
        let pegValue = try #require(peg["valueQuantity"]?["value"]?.double)
        #expect(abs(pegValue - 16.0 / 3.0) < 1e-9)
        let panel = try #require(observations.first { $0.codes.contains("91148-7") })
        #expect(panel["hasMember"]?.elements.first?["reference"]?.string == "urn:uuid:" + (peg["id"]?.string ?? ""))
        #expect(panel["valueQuantity"] == nil)
    }

    @Test("statuses follow the record: stored scores final, scores computed at export preliminary")
    func scoreStatuses() throws {
        let observations = bundle.resources("Observation")
        let phq = try #require(observations.first { $0.codes.contains("44261-6") })
        #expect(phq["status"]?.string == "final")
        let peg = try #require(observations.first { $0.codes.contains("91147-9") })
        #expect(peg["status"]?.string == "preliminary")
        #expect(peg["note"]?.elements.first?["text"]?.string?.contains("computed") == true)
    }

    @Test("a partly answered questionnaire is 'stopped', a complete one 'completed'; no score for the unscorable one")
    func responseStatus() throws {
        let responses = bundle.resources("QuestionnaireResponse")
        let pcs = try #require(responses.first { $0["questionnaire"]?.string?.hasSuffix("/pcs") == true })
        #expect(pcs["status"]?.string == "stopped")
        #expect(pcs["item"]?.elements.map { $0["linkId"]?.string } == ["1", "2", "3"])
        let phq = try #require(responses.first { $0["questionnaire"]?.string?.hasSuffix("/phq9") == true })
        #expect(phq["status"]?.string == "completed")
        #expect(phq["item"]?.elements.count == 9)
        #expect(!bundle.resources("Observation").contains { $0.codes.contains("pcs.total") })
    }

    @Test("verum acupuncture is SNOMED CT 44868003; sham is not coded as acupuncture")
    func procedures() throws {
        let procedures = bundle.resources("Procedure")
        let verum = try #require(procedures.first { $0["id"]?.string == Fixture.uuid(30).uuidString.lowercased() })
        #expect(verum.codes == ["44868003"])
        #expect(verum["code"]?["coding"]?.elements.first?["system"]?.string == "http://snomed.info/sct")
        #expect(verum["status"]?.string == "completed")
        #expect(verum["performedDateTime"]?.string == "2025-03-05")
        #expect(verum["complication"]?.elements.first?["text"]?.string == "minor bruising")
        let sham = try #require(procedures.first { $0["id"]?.string == Fixture.uuid(31).uuidString.lowercased() })
        #expect(!sham.codes.contains("44868003"))
        #expect(sham.codes == ["sham-acupuncture"])
    }

    @Test("the activity plan is an active CarePlan with intent plan; archived patients' plans are 'unknown'")
    func carePlan() throws {
        let plan = try #require(bundle.resources("CarePlan").first)
        #expect(plan["status"]?.string == "active")
        #expect(plan["intent"]?.string == "plan")
        #expect(plan["period"]?["start"]?.string == "2025-03-12")
        #expect(plan["description"]?.string?.contains("140 minutes of activity a week") == true)
        #expect(plan["activity"]?.elements.first?["detail"]?["status"]?.string == "unknown")
        var archived = Fixture.record()
        archived.patient.archived = true
        let other = FHIRExporter().bundle(for: archived)
        #expect(other.resources("CarePlan").first?["status"]?.string == "unknown")
        #expect(other.resources("Patient").first?["active"] == .bool(false))
    }

    @Test("a date range limits diary, questionnaires and sessions")
    func range() {
        let from = Fixture.day0.adding(days: 1)
        let through = Fixture.day0.adding(days: 9)
        let limited = FHIRExporter(range: DayRange(from: from, through: through)).bundle(for: Fixture.record())
        #expect(limited.resources("Observation").filter { $0["valueInteger"] != nil }.count == 1)
        #expect(limited.resources("QuestionnaireResponse").count == 1)
        #expect(limited.resources("Procedure").count == 4)
    }

    @Test("synthetic exports are tagged HTEST on every resource and the patient has a synthetic identifier")
    func syntheticTags() throws {
        let demo = FHIRExporter(synthetic: true).bundle(for: DemoRecord.make(seed: 3))
        for resource in demo.resources {
            let tags = resource["meta"]?["tag"]?.elements.compactMap { $0["code"]?.string } ?? []
            #expect(tags.contains("HTEST"), "\(resource["resourceType"]?.string ?? "") lacks the HTEST tag")
        }
        let patient = try #require(demo.resources("Patient").first)
        let systems = patient["identifier"]?.elements.compactMap { $0["system"]?.string } ?? []
        #expect(systems.contains(FHIRSystem.syntheticPatient))
        #expect(!FHIRExporter().bundle(for: Fixture.record()).resources.contains { $0["meta"] != nil })
    }

    @Test("export is deterministic: the same record gives byte-identical JSON")
    func deterministic() {
        let a = FHIRExporter.bundle(for: DemoRecord.make(seed: 5), synthetic: true)
        let b = FHIRExporter.bundle(for: DemoRecord.make(seed: 5), synthetic: true)
        #expect(a == b)
        #expect(a != FHIRExporter.bundle(for: DemoRecord.make(seed: 6), synthetic: true))
    }

    @Test("every LOINC code used is one the instrument catalog lists for that instrument")
    func codesMatchCatalog() throws {
        for (instrumentID, scales) in InstrumentCoding.scoreCodes {
            let instrument = try #require(InstrumentCatalogAccess.instrument(instrumentID))
            for code in scales.values { #expect(instrument.loinc.map(\.code).contains(code), "\(instrumentID) \(code)") }
            for scale in scales.keys { #expect(instrument.scale(scale) != nil) }
        }
        for (instrumentID, code) in InstrumentCoding.panelCodes {
            let instrument = try #require(InstrumentCatalogAccess.instrument(instrumentID))
            #expect(instrument.loinc.map(\.code).contains(code))
        }
    }
}

@Suite("Stable ids")
struct StableIDTests {
    @Test("every resource id in a bundle is unique, also for derived ids of derived ids")
    func uniqueIDs() {
        for seed in [UInt64(1), 2, 3] {
            let ids = FHIRExporter().bundle(for: DemoRecord.make(seed: seed)).resources.compactMap { $0["id"]?.string }
            #expect(Set(ids).count == ids.count, "seed \(seed): duplicate resource ids")
        }
    }

    @Test("a derived id differs from its source, depends on the label, and is a version-4 UUID")
    func derivation() {
        let base = Fixture.uuid(1)
        let a = StableID.derive(from: base, "score.0")
        #expect(a != base)
        #expect(a != StableID.derive(from: base, "score.1"))
        #expect(a == StableID.derive(from: base, "score.0"))
        #expect(StableID.derive(from: a, "score.0") != base)
        #expect(a.uuidString.dropFirst(14).first == "4")
    }
}
