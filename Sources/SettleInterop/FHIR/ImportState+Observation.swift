import Foundation
import SettleCare

extension ImportState {
    static let skippedStatuses: Set<String> = ["entered-in-error", "cancelled"]

    mutating func readObservation(_ item: FHIRImporter.Located) {
        let resource = item.resource
        let status = resource["status"]?.string ?? ""
        if Self.skippedStatuses.contains(status) {
            return note(.skipped, item.label, "status \(status): not imported")
        }
        let codings = resource["code"]?["coding"]?.elements ?? []
        if codings.contains(where: SettleCode.painSeverity.matches) { return readDiaryObservation(item) }
        if let instrument = Self.scoredInstrument(codings) {
            let derived = (resource["derivedFrom"]?.elements ?? []).compactMap { $0["reference"]?.string }
            if derived.contains(where: responseRefs.contains) {
                return note(.recomputed, item.label, "\(instrument) score: recomputed from the QuestionnaireResponse's answers")
            }
            return note(
                .unmapped, item.label,
                "\(instrument) score without item answers: Settle stores answers and scores them; import the QuestionnaireResponse"
            )
        }
        let described = codings.map { "\($0["system"]?.string ?? "?")|\($0["code"]?.string ?? "?")" }
        let text = resource["code"]?["text"]?.string.map { " (\($0))" } ?? ""
        note(.unmapped, item.label, "Observation code \(described.joined(separator: ", "))\(text) is not one Settle maps")
    }

    /// The instrument id when the codings name a questionnaire score or panel.
    static func scoredInstrument(_ codings: [JSONValue]) -> String? {
        for coding in codings {
            guard let code = coding["code"]?.string else { continue }
            switch coding["system"]?.string {
            case FHIRSystem.loinc?:
                if let id = InstrumentCoding.instrumentID(forLOINC: code) { return id }
            case FHIRSystem.settleCodes?:
                if let dot = code.firstIndex(of: ".") { return String(code[..<dot]) }
            default: continue
            }
        }
        return nil
    }

    /// A pain Observation (LOINC 72514-3) as a diary entry.
    mutating func readDiaryObservation(_ item: FHIRImporter.Located) {
        let resource = item.resource
        guard let value = resource["valueInteger"] ?? resource["valueQuantity"]?["value"], let pain = value.int else {
            return note(.unmapped, item.label, "pain Observation without a whole-number value 0–10: not imported")
        }
        let effective =
            resource["effectiveDateTime"]?.string ?? resource["effectivePeriod"]?["start"]?.string
            ?? resource["effectiveInstant"]?.string
        guard let effective, let day = FHIRTime.day(effective) else {
            return note(.unmapped, item.label, "pain Observation without an effective date (YYYY-MM-DD…): not imported")
        }
        guard let patientID = subject(item) else { return }
        let recordedAt = resource["issued"]?.string.flatMap(FHIRTime.date) ?? FHIRTime.date(effective) ?? day.startDate
        var entry = DiaryEntry(
            id: recordID(resource), patientID: patientID, day: day, recordedAt: recordedAt, pain: pain,
            note: Self.noteText(resource))
        for (index, component) in (resource["component"]?.elements ?? []).enumerated() {
            readComponent(component, into: &entry, location: "\(item.label): component[\(index)]")
        }
        reportUnused(
            item,
            used: [
                "identifier", "status", "category", "code", "subject", "effectiveDateTime", "effectivePeriod",
                "effectiveInstant", "issued", "valueInteger", "valueQuantity", "component", "note",
            ])
        let problems = entry.validate()
        guard problems.isEmpty else { return reportProblems(problems, item) }
        result.diary.append(entry)
    }

    private mutating func readComponent(_ component: JSONValue, into entry: inout DiaryEntry, location: String) {
        let codings = component["code"]?["coding"]?.elements ?? []
        func has(_ coding: FHIRCoding) -> Bool { codings.contains(where: coding.matches) }
        let whole = (component["valueInteger"] ?? component["valueQuantity"]?["value"])?.int
        if has(SettleCode.exerciseDuration) {
            let unit = component["valueQuantity"]?["code"]?.string ?? component["valueQuantity"]?["unit"]?.string ?? "min"
            let factor = unit == "h" ? 60 : unit == "min" ? 1 : 0
            guard let whole, factor > 0 else {
                return note(.unmapped, location, "exercise duration must be whole minutes (unit min or h)")
            }
            entry.activityMinutes = whole * factor
        } else if has(SettleCode.steps) {
            guard let whole else { return note(.unmapped, location, "step count must be a whole number") }
            entry.steps = whole
        } else if has(SettleCode.sleepQuality) {
            guard let whole else { return note(.unmapped, location, "sleep quality must be a whole number 0–10") }
            entry.sleepQuality = whole
        } else if has(SettleCode.stress) {
            guard let whole else { return note(.unmapped, location, "stress must be a whole number 0–10") }
            entry.stress = whole
        } else if has(SettleCode.flare) {
            guard let flag = component["valueBoolean"]?.bool else {
                return note(.unmapped, location, "flare-up must be true or false")
            }
            entry.flare = flag
        } else {
            let codes = codings.compactMap { $0["code"]?.string }.joined(separator: ", ")
            note(.unmapped, location, "component \(codes.isEmpty ? "without code" : codes) is not a diary item Settle maps")
        }
    }
}
