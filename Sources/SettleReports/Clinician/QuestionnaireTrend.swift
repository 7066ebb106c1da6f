import Foundation
import SettleCare
import SettleMeasures

/// One instrument's first and latest scores in a range, and the change between them judged
/// against the instrument's published clinically important change.
public struct QuestionnaireTrend: Sendable {
    /// The instrument (from the catalog).
    public var instrument: Instrument
    /// Administrations in the range, in order of day.
    public var administrations: [QuestionnaireAdministration]
    /// Score of the first administration (nil when not scored).
    public var first: ScoreResult?
    /// Score of the latest administration (nil when not scored, or only one administration).
    public var latest: ScoreResult?
    /// Change on the primary scale, when both ends were scored.
    public var change: ScoreChange?
    /// Why no change is shown, in plain words.
    public var noChangeReason: String?

    /// One trend per catalog instrument with administrations in `from`…`through`, in catalog order.
    public static func trends(_ administrations: [QuestionnaireAdministration], from: Day, through: Day) -> [QuestionnaireTrend] {
        InstrumentCatalog.all.compactMap { instrument in
            let items = administrations.filter {
                InstrumentCatalog.instrument(id: $0.instrumentID)?.id == instrument.id && $0.day >= from && $0.day <= through
            }.sorted { ($0.day, $0.administeredAt) < ($1.day, $1.administeredAt) }
            guard !items.isEmpty else { return nil }
            return QuestionnaireTrend(instrument: instrument, administrations: items)
        }
    }

    init(instrument: Instrument, administrations: [QuestionnaireAdministration]) {
        self.instrument = instrument
        self.administrations = administrations
        first = administrations.first.flatMap { Self.score($0, instrument) }
        latest = administrations.count > 1 ? administrations.last.flatMap { Self.score($0, instrument) } : nil
        if administrations.count < 2 {
            noChangeReason = "one administration in this period"
        } else if let first, let latest {
            do {
                change = try ScoreChange.between(first, latest, instrument: instrument)
            } catch {
                noChangeReason = error.description
            }
        } else {
            noChangeReason = "first or latest administration not scored (missing items)"
        }
    }

    /// The stored score, else the score computed from the answers.
    static func score(_ administration: QuestionnaireAdministration, _ instrument: Instrument) -> ScoreResult? {
        if let json = administration.scoreJSON,
            let stored = try? JSONDecoder().decode(ScoreResult.self, from: Data(json.utf8)), stored.total != nil
        {
            return stored
        }
        var whole: [String: Int] = [:]
        for (item, value) in administration.answers {
            guard value.isFinite, value == value.rounded(), abs(value) < 1_000_000 else { return nil }
            whole[item] = Int(value)
        }
        return try? instrument.score(whole)
    }
}
