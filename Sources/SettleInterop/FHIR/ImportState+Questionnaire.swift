import Foundation
import SettleCare
import SettleMeasures

extension ImportState {
    /// A QuestionnaireResponse for a catalog instrument (or one of Settle's own canonical URLs)
    /// as an administration, re-scored from its answers.
    mutating func readQuestionnaireResponse(_ item: FHIRImporter.Located) {
        let resource = item.resource
        let status = resource["status"]?.string ?? ""
        if status == "entered-in-error" { return note(.skipped, item.label, "status entered-in-error: not imported") }
        let canonical = resource["questionnaire"]?.string ?? ""
        let instrument = InstrumentCoding.instrument(forQuestionnaire: canonical)
        let settlePrefix = FHIRSystem.questionnaire("")
        var instrumentID = instrument?.id
        if instrumentID == nil, canonical.hasPrefix(settlePrefix) {
            instrumentID = String(canonical.dropFirst(settlePrefix.count).split(separator: "|").first ?? "")
        }
        guard let instrumentID, !instrumentID.isEmpty else {
            let named = canonical.isEmpty ? "no questionnaire" : "questionnaire \(canonical)"
            return note(.unmapped, item.label, "\(named) is not an instrument Settle scores: not imported")
        }
        let extensions = settleExtensions(
            item,
            known: [SettleExtension.instrumentVersion, SettleExtension.instrumentVariant, SettleExtension.administrationDay])
        let authored = resource["authored"]?.string
        let day =
            extensions[SettleExtension.administrationDay]?.first?.string.flatMap(FHIRTime.day)
            ?? authored.flatMap(FHIRTime.day)
        guard let day else {
            return note(.unmapped, item.label, "no authored date nor administration-day extension: not imported")
        }
        guard let patientID = subject(item) else { return }
        var answers: [String: Double] = [:]
        let itemIDs = Set(instrument?.items.map(\.id) ?? [])
        for (index, element) in (resource["item"]?.elements ?? []).enumerated() {
            let here = "\(item.label): item[\(index)]"
            guard let linkId = element["linkId"]?.string else {
                note(.unmapped, here, "item without linkId not imported")
                continue
            }
            if element["item"] != nil { note(.unmapped, here, "nested items under \(linkId) not imported") }
            if instrument != nil, !itemIDs.contains(linkId) {
                note(
                    .unmapped, here,
                    "linkId \(linkId) is not an item of \(instrumentID); items are \(instrument?.items.map(\.id).joined(separator: ", ") ?? "")"
                )
                continue
            }
            let given = element["answer"]?.elements ?? []
            if given.count > 1 { note(.unmapped, here, "only the first of \(given.count) answers to \(linkId) imported") }
            guard let answer = given.first else { continue }
            guard let value = Self.numericAnswer(answer) else {
                note(.unmapped, here, "answer to \(linkId) is not a number (valueInteger, valueDecimal or a numeric code)")
                continue
            }
            answers[linkId] = value
        }
        var administration = QuestionnaireAdministration(
            id: recordID(resource), patientID: patientID, instrumentID: instrumentID,
            version: extensions[SettleExtension.instrumentVersion]?.first?.string ?? instrument?.version ?? "unknown",
            variant: extensions[SettleExtension.instrumentVariant]?.first?.string ?? instrument?.variant ?? "",
            day: day, administeredAt: authored.flatMap(FHIRTime.date) ?? day.startDate, answers: answers)
        if let instrument {
            guard let whole = FHIRExporter.wholeAnswers(answers) else {
                return note(.unmapped, item.label, "\(instrument.id) answers must be whole numbers: not imported")
            }
            do {
                administration.scoreJSON = try Self.scoreJSON(try instrument.score(whole))
            } catch {
                return note(.unmapped, item.label, "answers do not score (\(error)): not imported")
            }
        } else {
            note(.unmapped, item.label, "\(instrumentID) is not in the instrument catalog: answers imported unscored")
        }
        reportUnused(item, used: ["identifier", "questionnaire", "status", "subject", "authored", "extension", "item"])
        let problems = administration.validate()
        guard problems.isEmpty else { return reportProblems(problems, item) }
        result.administrations.append(administration)
    }

    static func numericAnswer(_ answer: JSONValue) -> Double? {
        if let value = answer["valueInteger"]?.double ?? answer["valueDecimal"]?.double { return value }
        if let code = answer["valueCoding"]?["code"]?.string { return Double(code) }
        return nil
    }

    /// The score as the clinic stores it: JSON with sorted keys.
    static func scoreJSON(_ result: ScoreResult) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(result), as: UTF8.self)
    }
}
