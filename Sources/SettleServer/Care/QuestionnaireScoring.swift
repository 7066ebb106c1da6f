import Foundation
import SettleMeasures

/// Scores questionnaire answers with `SettleMeasures` and keeps the result as JSON next to the answers.
enum QuestionnaireScoring {
    /// The instruments offered on the entry form (those the catalog can score).
    static var instruments: [Instrument] { InstrumentCatalog.all }

    static func instrument(id: String) -> Instrument? { InstrumentCatalog.instrument(id: id) }

    /// Scores stored answers (`Double`, whole numbers expected); nil when the instrument is unknown or an answer is invalid.
    static func score(instrumentID: String, answers: [String: Double]) -> ScoreResult? {
        guard let instrument = instrument(id: instrumentID) else { return nil }
        var whole: [String: Int] = [:]
        for (item, value) in answers {
            guard value.isFinite, value == value.rounded(), abs(value) < 1_000_000 else { return nil }
            whole[item] = Int(value)
        }
        return try? instrument.score(whole)
    }

    /// The score as JSON text (sorted keys), for `QuestionnaireAdministration.scoreJSON`.
    static func scoreJSON(instrumentID: String, answers: [String: Double]) -> String? {
        guard let result = score(instrumentID: instrumentID, answers: answers) else { return nil }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(result)).flatMap { String(data: $0, encoding: .utf8) }
    }

    /// Decodes a stored score.
    static func decode(_ json: String?) -> ScoreResult? {
        guard let json else { return nil }
        return try? JSONDecoder().decode(ScoreResult.self, from: Data(json.utf8))
    }
}
