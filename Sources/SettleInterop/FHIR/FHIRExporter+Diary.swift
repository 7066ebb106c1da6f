import Foundation
import SettleCare

extension FHIRExporter {
    /// One diary entry as one Observation: code LOINC 72514-3 with the pain rating as
    /// `valueInteger`; activity minutes (LOINC 55411-3), steps (LOINC 41950-7), sleep quality,
    /// stress and the flare-up mark as components; the diary day as `effectiveDateTime` and the
    /// time recorded as `issued`. Status `final`: a stored entry is the patient's completed report.
    func diaryObservation(_ entry: DiaryEntry, patientID: UUID) -> JSONValue {
        var components: [JSONValue] = []
        func component(_ coding: FHIRCoding, _ key: String, _ value: JSONValue) {
            components.append(["code": ["coding": [coding.json]], key: value])
        }
        if let minutes = entry.activityMinutes {
            component(
                SettleCode.exerciseDuration, "valueQuantity",
                ["value": .integer(minutes), "unit": "min", "system": .string(FHIRSystem.ucum), "code": "min"])
        }
        if let steps = entry.steps { component(SettleCode.steps, "valueInteger", .integer(steps)) }
        if let sleep = entry.sleepQuality { component(SettleCode.sleepQuality, "valueInteger", .integer(sleep)) }
        if let stress = entry.stress { component(SettleCode.stress, "valueInteger", .integer(stress)) }
        component(SettleCode.flare, "valueBoolean", .bool(entry.flare))
        var resource: [String: JSONValue] = [
            "resourceType": "Observation",
            "id": .string(Self.id(entry.id)),
            "identifier": [Self.identifier(entry.id)],
            "status": "final",
            "category": Self.surveyCategory,
            "code": Self.concept([SettleCode.painSeverity], text: "Pain intensity now (0-10), daily diary"),
            "subject": Self.reference(patientID),
            "effectiveDateTime": .string(entry.day.iso),
            "issued": .string(FHIRTime.instant(entry.recordedAt)),
            "valueInteger": .integer(entry.pain),
            "component": .array(components),
        ]
        if let note = Self.notes(entry.note) { resource["note"] = note }
        return .object(resource)
    }
}
