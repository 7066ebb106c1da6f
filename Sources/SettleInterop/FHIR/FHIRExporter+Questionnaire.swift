import Foundation
import SettleCare
import SettleMeasures

extension FHIRExporter {
    /// The QuestionnaireResponse of one administration, one score Observation per scored scale,
    /// and a panel Observation grouping them when LOINC has a panel code for the instrument.
    func questionnaireResources(_ administration: QuestionnaireAdministration, patientID: UUID) -> [JSONValue] {
        let instrument = InstrumentCatalog.instrument(id: administration.instrumentID)
        var resources = [questionnaireResponse(administration, instrument: instrument, patientID: patientID)]
        guard let instrument, let (result, stored) = Self.score(administration, instrument: instrument) else {
            return resources
        }
        let status: JSONValue = stored ? "final" : "preliminary"
        var members: [UUID] = []
        for (index, scale) in result.scales.enumerated() {
            guard let value = scale.value else { continue }
            let id = StableID.derive(from: administration.id, "score.\(index)")
            members.append(id)
            let codings = InstrumentCoding.scoreCodings(
                instrumentID: instrument.id, scaleID: scale.id, scaleName: "\(instrument.name): \(scale.name)")
            var observation: [String: JSONValue] = [
                "resourceType": "Observation",
                "id": .string(Self.id(id)),
                "status": status,
                "category": Self.surveyCategory,
                "code": Self.concept(codings, text: "\(instrument.name) — \(scale.name)"),
                "subject": Self.reference(patientID),
                "effectiveDateTime": .string(administration.day.iso),
                "issued": .string(FHIRTime.instant(administration.administeredAt)),
                "valueQuantity": Self.quantity(value, unit: scale.unit),
                "derivedFrom": [Self.reference(administration.id)],
            ]
            if let band = scale.band { observation["interpretation"] = [["text": .string(band)]] }
            var notes: [String] = []
            if !stored { notes.append("Score computed from the stored answers at export; no score was stored with them.") }
            if scale.usedMissingItemRule {
                notes.append("Items \(scale.missingItems.joined(separator: ", ")) missing; scored under the manual's rule.")
            }
            if !notes.isEmpty { observation["note"] = .array(notes.map { ["text": .string($0)] }) }
            resources.append(.object(observation))
        }
        if let panel = InstrumentCoding.panelCoding(instrumentID: instrument.id), !members.isEmpty {
            resources.append([
                "resourceType": "Observation",
                "id": .string(Self.id(StableID.derive(from: administration.id, "panel"))),
                "status": status,
                "category": Self.surveyCategory,
                "code": Self.concept([panel], text: instrument.name),
                "subject": Self.reference(patientID),
                "effectiveDateTime": .string(administration.day.iso),
                "issued": .string(FHIRTime.instant(administration.administeredAt)),
                "hasMember": .array(members.map(Self.reference)),
                "derivedFrom": [Self.reference(administration.id)],
            ])
        }
        return resources
    }

    /// QuestionnaireResponse with one item per answer (`linkId` = item id), in form order.
    /// Status `completed` only when every scored item of the catalog instrument is answered,
    /// otherwise `stopped` (partly answered, or not an instrument whose completeness Settle can check).
    func questionnaireResponse(
        _ administration: QuestionnaireAdministration, instrument: Instrument?, patientID: UUID
    ) -> JSONValue {
        let order = instrument?.items.map(\.id) ?? []
        let known = order.filter { administration.answers[$0] != nil }
        let others = administration.answers.keys.filter { !order.contains($0) }.sorted(by: Self.naturalOrder)
        let items: [JSONValue] = (known + others).compactMap { key in
            guard let value = administration.answers[key] else { return nil }
            let answer: JSONValue =
                value == value.rounded() && abs(value) < 1e15
                ? ["valueInteger": .integer(Int(value))] : ["valueDecimal": .number(value)]
            return ["linkId": .string(key), "answer": [answer]]
        }
        let complete =
            instrument.map { instrument in
                instrument.items.filter(\.isScored).allSatisfy { administration.answers[$0.id] != nil }
            } ?? false
        var extensions: [JSONValue] = [
            Self.ext(SettleExtension.instrumentVersion, "valueString", .string(administration.version)),
            Self.ext(SettleExtension.administrationDay, "valueDate", .string(administration.day.iso)),
        ]
        if !administration.variant.isEmpty {
            extensions.append(Self.ext(SettleExtension.instrumentVariant, "valueString", .string(administration.variant)))
        }
        return [
            "resourceType": "QuestionnaireResponse",
            "id": .string(Self.id(administration.id)),
            "identifier": Self.identifier(administration.id),
            "questionnaire": .string(FHIRSystem.questionnaire(administration.instrumentID)),
            "status": complete ? "completed" : "stopped",
            "subject": Self.reference(patientID),
            "authored": .string(FHIRTime.instant(administration.administeredAt)),
            "extension": .array(extensions),
            "item": .array(items),
        ]
    }

    /// The stored score when it decodes (true), else a score computed now from the answers (false).
    static func score(
        _ administration: QuestionnaireAdministration, instrument: Instrument
    ) -> (ScoreResult, Bool)? {
        if let json = administration.scoreJSON,
            let stored = try? JSONDecoder().decode(ScoreResult.self, from: Data(json.utf8)),
            stored.instrumentID == instrument.id
        {
            return (stored, true)
        }
        guard let answers = wholeAnswers(administration.answers), let result = try? instrument.score(answers) else {
            return nil
        }
        return (result, false)
    }

    /// Answers as whole numbers, or nil when one is not a whole number.
    static func wholeAnswers(_ answers: [String: Double]) -> [String: Int]? {
        var whole: [String: Int] = [:]
        for (item, value) in answers {
            guard value.isFinite, value == value.rounded(), abs(value) < 1_000_000 else { return nil }
            whole[item] = Int(value)
        }
        return whole
    }

    static func quantity(_ value: Double, unit: String) -> JSONValue {
        let code = unit == "%" ? "%" : "{score}"
        let number: JSONValue = value == value.rounded() && abs(value) < 1e15 ? .integer(Int(value)) : .number(value)
        return ["value": number, "unit": .string(unit), "system": .string(FHIRSystem.ucum), "code": .string(code)]
    }

    /// Item ids in natural order: "2" before "10", then text.
    static func naturalOrder(_ lhs: String, _ rhs: String) -> Bool {
        switch (Int(lhs), Int(rhs)) {
        case (let a?, let b?): return a < b
        case (.some, nil): return true
        case (nil, .some): return false
        case (nil, nil): return lhs < rhs
        }
    }
}
