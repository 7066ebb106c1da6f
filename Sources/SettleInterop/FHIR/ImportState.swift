import Foundation
import SettleCare

/// The working state of one import: patient and response references resolved so far, the
/// records read and the notes.
struct ImportState {
    let importer: FHIRImporter
    var result = FHIRImport()
    /// Reference text (`Patient/x`, `urn:uuid:…`, full URL) → Settle patient id.
    var patientRefs: [String: UUID] = [:]
    /// Reference texts of QuestionnaireResponses in the input.
    var responseRefs: Set<String> = []

    init(importer: FHIRImporter) {
        self.importer = importer
    }

    /// Fields every resource may carry that need no mapping: the narrative is generated from
    /// the data and `meta` describes the copy, not the content.
    static let commonFields: Set<String> = ["resourceType", "id", "meta", "text"]

    mutating func run(_ located: [FHIRImporter.Located]) {
        result.resourceCount = located.filter { !$0.type.isEmpty }.count
        for item in located where item.type == "QuestionnaireResponse" {
            responseRefs.formUnion(Self.referenceKeys(item, type: "QuestionnaireResponse"))
        }
        for item in located where item.type == "Patient" { readPatient(item) }
        for item in located {
            switch item.type {
            case "Patient": break
            case "": note(.unmapped, item.location, "Bundle entry without a resource")
            case "Condition": readCondition(item)
            case "Observation": readObservation(item)
            case "QuestionnaireResponse": readQuestionnaireResponse(item)
            case "Procedure": readProcedure(item)
            case "CarePlan": readCarePlan(item)
            default:
                note(
                    .unmapped, item.label,
                    "\(item.type) resources are not imported; Settle maps Patient, Observation, QuestionnaireResponse, Procedure and CarePlan"
                )
            }
        }
    }

    // MARK: Notes and shared readers

    mutating func note(_ kind: ImportNote.Kind, _ location: String, _ message: String) {
        result.notes.append(ImportNote(kind, location, message))
    }

    /// Reports top-level fields of `item` that the mapping did not use.
    mutating func reportUnused(_ item: FHIRImporter.Located, used: Set<String>) {
        let unused = item.resource.members.keys.filter { !used.contains($0) && !Self.commonFields.contains($0) }.sorted()
        guard !unused.isEmpty else { return }
        note(.unmapped, item.label, "field\(unused.count == 1 ? "" : "s") not imported: \(unused.joined(separator: ", "))")
    }

    /// Values of Settle extensions on `resource` by name; reports extensions Settle does not know.
    mutating func settleExtensions(_ item: FHIRImporter.Located, known: Set<String>) -> [String: [JSONValue]] {
        var found: [String: [JSONValue]] = [:]
        let prefix = FHIRSystem.extensionURL("")
        for (index, ext) in (item.resource["extension"]?.elements ?? []).enumerated() {
            let url = ext["url"]?.string ?? ""
            let name = url.hasPrefix(prefix) ? String(url.dropFirst(prefix.count)) : ""
            guard known.contains(name), let value = Self.extensionValue(ext) else {
                note(
                    .unmapped, "\(item.label): extension[\(index)]", "extension \(url.isEmpty ? "without url" : url) not imported"
                )
                continue
            }
            found[name, default: []].append(value)
        }
        return found
    }

    static func extensionValue(_ ext: JSONValue) -> JSONValue? {
        ext.members.first { $0.key.hasPrefix("value") }?.value
    }

    /// The record id: the resource id when it is a UUID, else an RFC 3986 `urn:uuid:` identifier, else a new id.
    func recordID(_ resource: JSONValue) -> UUID {
        if let id = resource["id"]?.string, let uuid = UUID(uuidString: id) { return uuid }
        let identifiers = resource["identifier"].map { $0.elements.isEmpty ? [$0] : $0.elements } ?? []
        for identifier in identifiers where identifier["system"]?.string == FHIRSystem.uri {
            if let value = identifier["value"]?.string, value.hasPrefix("urn:uuid:"),
                let uuid = UUID(uuidString: String(value.dropFirst(9)))
            {
                return uuid
            }
        }
        return importer.makeID()
    }

    /// Keys under which other resources may refer to `item`.
    static func referenceKeys(_ item: FHIRImporter.Located, type: String) -> [String] {
        var keys: [String] = []
        if let id = item.resource["id"]?.string { keys += ["\(type)/\(id)", "urn:uuid:\(id)"] }
        if let url = item.fullURL { keys.append(url) }
        return keys
    }

    /// The Settle patient a `subject` reference names, or nil (with a note) when it names none.
    mutating func subject(_ item: FHIRImporter.Located) -> UUID? {
        if let target = importer.targetPatient { return target }
        guard let reference = item.resource["subject"]?["reference"]?.string else {
            note(.unmapped, item.label, "no subject reference: name the patient with --patient to import it")
            return nil
        }
        if let known = patientRefs[reference] { return known }
        var candidate = reference
        if candidate.hasPrefix("urn:uuid:") {
            candidate = String(candidate.dropFirst(9))
        } else if reference.contains("Patient/"), let last = reference.split(separator: "/").last {
            candidate = String(last)
        }
        if let uuid = UUID(uuidString: candidate) { return uuid }
        note(
            .unmapped, item.label,
            "subject \(reference) is not a patient in this file nor a Settle patient id; name one with --patient")
        return nil
    }

    /// Text of every `note` annotation, one per line.
    static func noteText(_ resource: JSONValue) -> String {
        (resource["note"]?.elements ?? []).compactMap { $0["text"]?.string }.joined(separator: "\n")
    }

    /// A reference to a Settle user by identifier.
    static func userID(_ reference: JSONValue?) -> UUID? {
        guard let identifier = reference?["identifier"], identifier["system"]?.string == FHIRSystem.userID,
            let value = identifier["value"]?.string
        else { return nil }
        return UUID(uuidString: value)
    }

    /// Record problems as one note.
    mutating func reportProblems(_ problems: [RecordProblem], _ item: FHIRImporter.Located) {
        note(.unmapped, item.label, "not imported: " + problems.map(\.description).joined(separator: "; "))
    }

    // MARK: Patient and Condition

    mutating func readPatient(_ item: FHIRImporter.Located) {
        let resource = item.resource
        if importer.targetPatient != nil {
            for key in Self.referenceKeys(item, type: "Patient") { patientRefs[key] = importer.targetPatient }
            note(.skipped, item.label, "patient details not imported: records go to the patient named with --patient")
            return
        }
        var id = recordID(resource)
        for identifier in resource["identifier"]?.elements ?? [] where identifier["system"]?.string == FHIRSystem.patientID {
            if let value = identifier["value"]?.string, let uuid = UUID(uuidString: value) { id = uuid }
        }
        for key in Self.referenceKeys(item, type: "Patient") { patientRefs[key] = id }
        let extensions = settleExtensions(item, known: [SettleExtension.registeredAt, SettleExtension.responsibleClinician])
        let name = resource["name"]?.elements.first
        var displayName = name?["text"]?.string ?? ""
        if displayName.isEmpty, let name {
            let given = name["given"]?.elements.compactMap(\.string) ?? []
            displayName = (given + [name["family"]?.string].compactMap { $0 }).joined(separator: " ")
        }
        if displayName.isEmpty {
            displayName = "Imported patient"
            note(.unmapped, item.label, "no name: registered as \"Imported patient\"")
        }
        if (resource["name"]?.elements.count ?? 0) > 1 {
            note(.unmapped, item.label, "only the first of \(resource["name"]?.elements.count ?? 0) names imported")
        }
        let birthYear = resource["birthDate"]?.string.flatMap { Int($0.prefix(4)) }
        let created = extensions[SettleExtension.registeredAt]?.first?.string.flatMap(FHIRTime.date) ?? importer.now
        let clinician = extensions[SettleExtension.responsibleClinician]?.first.flatMap { value -> UUID? in
            guard value["system"]?.string == FHIRSystem.userID else { return nil }
            return value["value"]?.string.flatMap(UUID.init(uuidString:))
        }
        let patient = Patient(
            id: id, displayName: displayName, birthYear: birthYear, clinicianID: clinician, createdAt: created,
            archived: resource["active"]?.bool == false)
        reportUnused(item, used: ["identifier", "name", "birthDate", "active", "extension"])
        let problems = patient.validate()
        guard problems.isEmpty else { return reportProblems(problems, item) }
        result.patients.append(patient)
    }

    mutating func readCondition(_ item: FHIRImporter.Located) {
        let code = item.resource["code"]
        let text = code?["text"]?.string ?? code?["coding"]?.elements.first?["display"]?.string
        guard let text, !text.isEmpty else {
            return note(.unmapped, item.label, "Condition without text or display: not imported")
        }
        guard let patientID = subject(item) else { return }
        guard let index = result.patients.firstIndex(where: { $0.id == patientID }) else {
            return note(.unmapped, item.label, "Condition \"\(text)\" names a patient not in this file; not imported")
        }
        let current = result.patients[index].condition
        result.patients[index].condition = current.isEmpty ? text : current + "; " + text
        reportUnused(item, used: ["code", "subject"])
    }
}
