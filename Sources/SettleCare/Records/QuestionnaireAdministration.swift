import Foundation

/// One completed (or partly completed) questionnaire: which instrument, which version and
/// variant, the answers by item id, and the score computed when it was stored.
public struct QuestionnaireAdministration: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the administration.
    public var id: UUID
    /// The patient who answered.
    public var patientID: UUID
    /// Instrument id as used by SettleMeasures, e.g. `"pcs"`, `"tsk-11"`, `"psfs"` (1–64 characters).
    public var instrumentID: String
    /// Version of the instrument's scoring, e.g. `"1.0"` (1–32 characters).
    public var version: String
    /// Variant (language, short form…), e.g. `"en"`; empty when the instrument has none.
    public var variant: String
    /// The day it was answered (UTC).
    public var day: Day
    /// When it was stored.
    public var administeredAt: Date
    /// Numeric answers keyed by item id (e.g. `"q1": 3`); missing items are absent.
    public var answers: [String: Double]
    /// The score as JSON text, exactly as the scoring engine produced it; nil when not scored.
    public var scoreJSON: String?

    public init(
        id: UUID = UUID(), patientID: UUID, instrumentID: String, version: String, variant: String = "",
        day: Day, administeredAt: Date, answers: [String: Double], scoreJSON: String? = nil
    ) {
        self.id = id
        self.patientID = patientID
        self.instrumentID = instrumentID
        self.version = version
        self.variant = variant
        self.day = day
        self.administeredAt = administeredAt
        self.answers = answers
        self.scoreJSON = scoreJSON
    }

    public func validate() -> [RecordProblem] {
        var problems =
            Check.text(instrumentID, "instrumentID", required: true, maxLength: 64)
            + Check.text(version, "version", required: true, maxLength: 32)
            + Check.text(variant, "variant", maxLength: 32)
        if answers.count > 500 {
            problems.append(RecordProblem(field: "answers", message: "at most 500 items, got \(answers.count)"))
        }
        for (item, value) in answers.sorted(by: { $0.key < $1.key }) {
            if item.isEmpty || item.count > 64 {
                problems.append(RecordProblem(field: "answers", message: "item ids must be 1–64 characters, got '\(item)'"))
            }
            if !value.isFinite {
                problems.append(RecordProblem(field: "answers.\(item)", message: "must be a finite number"))
            }
        }
        if let scoreJSON, scoreJSON.count > 100_000 {
            problems.append(RecordProblem(field: "scoreJSON", message: "must be at most 100000 characters"))
        }
        return problems
    }
}
