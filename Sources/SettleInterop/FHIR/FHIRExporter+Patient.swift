import Foundation
import SettleCare

extension FHIRExporter {
    /// Patient: name (display name or pseudonym), birth year, active unless archived; the
    /// registration time and responsible clinician as Settle extensions.
    func patient(_ patient: Patient) -> JSONValue {
        var identifiers: [JSONValue] = [
            ["system": .string(FHIRSystem.patientID), "value": .string(Self.id(patient.id))]
        ]
        if synthetic {
            identifiers.append(["system": .string(FHIRSystem.syntheticPatient), "value": .string(Self.id(patient.id))])
        }
        var extensions: [JSONValue] = [
            Self.ext(SettleExtension.registeredAt, "valueDateTime", .string(FHIRTime.instant(patient.createdAt)))
        ]
        if let clinician = patient.clinicianID {
            extensions.append(
                Self.ext(
                    SettleExtension.responsibleClinician, "valueIdentifier",
                    ["system": .string(FHIRSystem.userID), "value": .string(Self.id(clinician))]))
        }
        var resource: [String: JSONValue] = [
            "resourceType": "Patient",
            "id": .string(Self.id(patient.id)),
            "identifier": .array(identifiers),
            "active": .bool(!patient.archived),
            "name": [["text": .string(patient.displayName)]],
            "extension": .array(extensions),
        ]
        if let year = patient.birthYear { resource["birthDate"] = .string(String(year)) }
        return .object(resource)
    }

    /// Condition carrying the main complaint as text (no clinical or verification status: the
    /// record states neither). Nil when the record names no condition.
    func condition(_ patient: Patient) -> JSONValue? {
        guard !patient.condition.isEmpty else { return nil }
        let id = StableID.derive(from: patient.id, "condition")
        return [
            "resourceType": "Condition",
            "id": .string(Self.id(id)),
            "code": ["text": .string(patient.condition)],
            "subject": Self.reference(patient.id),
        ]
    }
}
