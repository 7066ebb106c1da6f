import Foundation
import SettleCare
import Testing

@testable import SettleInterop

@Suite("FHIR import of foreign content")
struct FHIRImportTests {
    static let patient = "0f4a6c1e-2b3d-4e5f-8a9b-0c1d2e3f4a5b"

    static func bundle(_ resources: [JSONValue]) -> Data {
        JSONValue.object([
            "resourceType": "Bundle", "type": "collection",
            "entry": .array(resources.map { ["resource": $0] }),
        ]).data()
    }

    static let subject: JSONValue = ["reference": .string("Patient/" + patient)]

    @Test("a foreign pain Observation becomes a diary entry; unknown fields and components are reported")
    func foreignPain() throws {
        let observation: JSONValue = [
            "resourceType": "Observation", "id": "pain-1", "status": "final",
            "code": ["coding": [["system": "http://loinc.org", "code": "72514-3"]]],
            "subject": Self.subject, "effectiveDateTime": "2025-04-01T09:30:00+02:00",
            "valueQuantity": ["value": 5, "unit": "{score}"],
            "method": ["text": "phone call"],
            "component": [
                ["code": ["coding": [["system": "http://loinc.org", "code": "8867-4"]]], "valueQuantity": ["value": 70]]
            ],
        ]
        let fixedID = Fixture.uuid(500)
        let imported = try FHIRImporter(makeID: { fixedID }).read(Self.bundle([observation]))
        let entry = try #require(imported.diary.first)
        #expect(entry.pain == 5)
        #expect(entry.day.iso == "2025-04-01")
        #expect(entry.recordedAt == Date(timeIntervalSince1970: 1_743_492_600))  // 07:30 UTC
        #expect(entry.id == fixedID)
        #expect(entry.patientID.uuidString.lowercased() == Self.patient)
        let messages = imported.unmapped.map(\.description)
        #expect(messages.contains { $0.contains("component[0]") && $0.contains("8867-4") })
        #expect(messages.contains { $0.contains("method") })
    }

    @Test("resources Settle does not map and scores without answers are reported, not dropped")
    func unmappedResources() throws {
        let allergy: JSONValue = ["resourceType": "AllergyIntolerance", "id": "a1", "patient": Self.subject]
        let phqTotal: JSONValue = [
            "resourceType": "Observation", "id": "phq", "status": "final",
            "code": ["coding": [["system": "http://loinc.org", "code": "44261-6"]]],
            "subject": Self.subject, "effectiveDateTime": "2025-04-01", "valueInteger": 9,
        ]
        let bloodPressure: JSONValue = [
            "resourceType": "Observation", "id": "bp", "status": "final",
            "code": ["coding": [["system": "http://loinc.org", "code": "85354-9"]], "text": "Blood pressure"],
            "subject": Self.subject,
        ]
        let imported = try FHIRImporter().read(Self.bundle([allergy, phqTotal, bloodPressure]))
        #expect(imported.recordCount == 0)
        #expect(imported.resourceCount == 3)
        #expect(imported.unmapped.count == 3)
        #expect(imported.unmapped[0].location.contains("AllergyIntolerance/a1"))
        #expect(imported.unmapped[1].message.contains("phq9 score without item answers"))
        #expect(imported.unmapped[2].message.contains("85354-9"))
    }

    @Test("a LOINC-form PHQ-9 response is mapped by its panel code; unknown linkIds are reported")
    func loincQuestionnaire() throws {
        var items: [JSONValue] = (1...9).map { ["linkId": .string(String($0)), "answer": [["valueInteger": 1]]] }
        items.append(["linkId": "/44250-9", "answer": [["valueCoding": ["code": "LA6568-5"]]]])
        let response: JSONValue = [
            "resourceType": "QuestionnaireResponse", "id": "qr1", "status": "completed",
            "questionnaire": "http://loinc.org/q/44249-1", "subject": Self.subject,
            "authored": "2025-04-02T10:00:00Z", "item": .array(items),
        ]
        let imported = try FHIRImporter().read(Self.bundle([response]))
        let administration = try #require(imported.administrations.first)
        #expect(administration.instrumentID == "phq9")
        #expect(administration.answers.count == 9)
        #expect(administration.day.iso == "2025-04-02")
        let score = try JSONDecoder().decode(ScoreResultTotal.self, from: Data((administration.scoreJSON ?? "").utf8))
        #expect(score.total == 9)
        #expect(imported.unmapped.contains { $0.location.contains("item[9]") && $0.message.contains("/44250-9") })
    }

    @Test("answers outside an item's values are reported and the response is not imported")
    func badAnswers() throws {
        let response: JSONValue = [
            "resourceType": "QuestionnaireResponse", "status": "completed",
            "questionnaire": .string(FHIRSystem.questionnaire("gad7")), "subject": Self.subject,
            "authored": "2025-04-02T10:00:00Z",
            "item": .array(
                (1...7).map { ["linkId": .string(String($0)), "answer": [["valueInteger": .integer($0 == 3 ? 9 : 1)]]] }),
        ]
        let imported = try FHIRImporter().read(Self.bundle([response]))
        #expect(imported.administrations.isEmpty)
        #expect(imported.unmapped.first?.message.contains("item 3: answer 9 is not allowed") == true)
    }

    @Test("entered-in-error records are skipped with a note")
    func enteredInError() throws {
        let observation: JSONValue = [
            "resourceType": "Observation", "status": "entered-in-error",
            "code": ["coding": [["system": "http://loinc.org", "code": "72514-3"]]],
            "subject": Self.subject, "effectiveDateTime": "2025-04-01", "valueInteger": 3,
        ]
        let imported = try FHIRImporter().read(Self.bundle([observation]))
        #expect(imported.diary.isEmpty)
        #expect(imported.notes.map(\.kind) == [.skipped])
    }

    @Test("input that is not JSON, or JSON that is not FHIR, is an error naming the problem")
    func badInput() {
        #expect(throws: InteropError.self) { try FHIRImporter().read(Data("{not json".utf8), source: "x.json") }
        do {
            _ = try FHIRImporter().read(Data("{\"hello\": 1}".utf8), source: "x.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("x.json"))
            #expect(error.description.contains("resourceType"))
        }
    }
}

/// Just the total of a stored score.
struct ScoreResultTotal: Decodable {
    var total: Double?
}

@Suite("FHIR import errors")
struct FHIRImportErrorTests {
    @Test("a broken pretty-printed file reports the document's error, not line 1")
    func brokenDocument() {
        let text = "{\n  \"resourceType\": \"Bundle\",\n  \"type\": \"collection\"\n  \"entry\": []\n}\n"
        do {
            _ = try FHIRImporter().read(Data(text.utf8), source: "broken.json")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("broken.json: not valid JSON"))
        }
    }

    @Test("a bad NDJSON line is named by its number")
    func badLine() {
        let good = FHIRExporter().bundle(for: Fixture.record()).serialized(pretty: false)
        do {
            _ = try FHIRImporter().read(Data((good + "\n{oops\n").utf8), source: "all.ndjson")
            Issue.record("expected an error")
        } catch {
            #expect(error.description.hasPrefix("all.ndjson line 2: not valid JSON"))
        }
    }
}
