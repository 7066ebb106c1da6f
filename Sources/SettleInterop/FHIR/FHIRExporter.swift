import Foundation
import SettleCare
import SettleMeasures

/// Turns a patient's record into a FHIR R4 Bundle (type `collection`): Patient, Condition,
/// Observation (diary entries and questionnaire scores, category `survey`),
/// QuestionnaireResponse, Procedure (treatment sessions) and CarePlan (the activity plan).
///
/// Pure and deterministic: the same record gives byte-identical JSON. Statuses are never
/// upgraded: each says only what the record supports (see docs/INTEROP.md).
public struct FHIRExporter: Sendable {
    /// Mark every resource as synthetic (test) data: meta tag `HTEST` and a Settle synthetic tag.
    public var synthetic: Bool
    /// Days whose diary entries, questionnaires and sessions are exported; the plan is always included.
    public var range: DayRange

    public init(synthetic: Bool = false, range: DayRange = .all) {
        self.synthetic = synthetic
        self.range = range
    }

    /// The Bundle for one patient as JSON data (pretty-printed, ends with a newline) — the entry
    /// point for the CLI and for an API endpoint (`Content-Type: application/fhir+json`).
    public static func bundle(for record: PatientRecord, synthetic: Bool = false, range: DayRange = .all) -> Data {
        FHIRExporter(synthetic: synthetic, range: range).bundle(for: record).data()
    }

    /// The Bundle for one patient as a JSON tree.
    public func bundle(for record: PatientRecord) -> JSONValue {
        var entries: [JSONValue] = []
        func add(_ resource: JSONValue) {
            guard let id = resource["id"]?.string else { return }
            entries.append(["fullUrl": .string("urn:uuid:" + id), "resource": withMeta(resource)])
        }
        let patientID = record.patient.id
        add(patient(record.patient))
        if let condition = condition(record.patient) { add(condition) }
        for entry in record.diary where range.contains(entry.day) {
            add(diaryObservation(entry, patientID: patientID))
        }
        for administration in record.questionnaires where range.contains(administration.day) {
            for resource in questionnaireResources(administration, patientID: patientID) { add(resource) }
        }
        for session in record.sessions where range.contains(session.day) {
            add(procedure(session, patientID: patientID))
        }
        if let plan = record.plan { add(carePlan(plan, archived: record.patient.archived)) }
        var bundle: [String: JSONValue] = [
            "resourceType": "Bundle",
            "id": .string("settle-" + Self.id(patientID)),
            "type": "collection",
            "entry": .array(entries),
        ]
        if synthetic { bundle["meta"] = ["tag": .array(Self.syntheticTags)] }
        return .object(bundle)
    }

    // MARK: Shared pieces

    static let syntheticTags: [JSONValue] = [
        SettleCode.testData.json,
        FHIRCoding(system: FHIRSystem.settleCodes, code: "synthetic", display: "Synthetic patient made by the Settle model").json,
    ]

    private func withMeta(_ resource: JSONValue) -> JSONValue {
        guard synthetic, case .object(var members) = resource else { return resource }
        members["meta"] = ["tag": .array(Self.syntheticTags)]
        return .object(members)
    }

    /// A resource id from a record id (lower-case UUID).
    static func id(_ uuid: UUID) -> String { uuid.uuidString.lowercased() }

    /// A reference to a resource in the same Bundle.
    static func reference(_ uuid: UUID) -> JSONValue { ["reference": .string("urn:uuid:" + id(uuid))] }

    /// The record's id as an RFC 3986 identifier.
    static func identifier(_ uuid: UUID) -> JSONValue {
        ["system": .string(FHIRSystem.uri), "value": .string("urn:uuid:" + id(uuid))]
    }

    /// A reference to a Settle user (clinician) by identifier (users are not exported as resources).
    static func userReference(_ uuid: UUID) -> JSONValue {
        ["identifier": ["system": .string(FHIRSystem.userID), "value": .string(id(uuid))]]
    }

    static func concept(_ codings: [FHIRCoding], text: String) -> JSONValue {
        ["coding": .array(codings.map(\.json)), "text": .string(text)]
    }

    static func ext(_ name: String, _ key: String, _ value: JSONValue) -> JSONValue {
        ["url": .string(FHIRSystem.extensionURL(name)), key: value]
    }

    static func notes(_ text: String) -> JSONValue? {
        text.isEmpty ? nil : [["text": .string(text)]]
    }

    static let surveyCategory: JSONValue = [["coding": [SettleCode.survey.json]]]
}
