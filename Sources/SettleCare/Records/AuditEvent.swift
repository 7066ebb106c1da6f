import Foundation

/// One entry of the audit trail: who did what, to which patient and record, when.
public struct AuditEvent: Codable, Equatable, Hashable, Sendable, Identifiable, ValidatableRecord {
    /// Unique id of the event; time-ordered by default (``Foundation/UUID/timeOrdered(at:)``).
    public var id: UUID
    /// When it happened.
    public var at: Date
    /// The user who acted; nil for the system itself.
    public var actorID: UUID?
    /// What was done, a short stable verb phrase, e.g. `"patient.view"`, `"diary.add"`, `"login.failed"` (1–100 characters).
    public var action: String
    /// The patient concerned, if any.
    public var patientID: UUID?
    /// The object acted on, e.g. `"diary/2025-03-14"` or a record id (at most 500 characters).
    public var target: String

    /// `id`: nil gives a new time-ordered id for `at`, so events are stored in time order.
    public init(id: UUID? = nil, at: Date, actorID: UUID?, action: String, patientID: UUID? = nil, target: String = "") {
        self.id = id ?? .timeOrdered(at: at)
        self.at = at
        self.actorID = actorID
        self.action = action
        self.patientID = patientID
        self.target = target
    }

    public func validate() -> [RecordProblem] {
        Check.text(action, "action", required: true, maxLength: 100) + Check.text(target, "target", maxLength: 500)
    }
}
