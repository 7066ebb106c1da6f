import Foundation
import SettleCare
import SettleStore

/// What every route needs: the store, the settings and a clock (injected so tests can fix time).
public struct ClinicEnvironment: Sendable {
    public let store: any ClinicStore
    public let settings: ServerSettings
    public let now: @Sendable () -> Date
    /// Care-engine assessments per patient, shared by every route of this server instance.
    public let careCache: CareAssessmentCache
    /// Care records by record version, shared by every route of this server instance.
    public let recordCache: CareRecordCache

    public init(
        store: any ClinicStore, settings: ServerSettings, now: @escaping @Sendable () -> Date = { Date() },
        careCache: CareAssessmentCache = CareAssessmentCache(), recordCache: CareRecordCache = CareRecordCache()
    ) {
        self.store = store
        self.settings = settings
        self.now = now
        self.careCache = careCache
        self.recordCache = recordCache
    }

    /// Today's day (UTC).
    var today: Day { Day(containing: now()) }

    /// An audit event by `actor` now.
    func audit(_ actor: SignedInUser?, _ action: String, patientID: UUID? = nil, target: String = "") -> AuditEvent {
        AuditEvent(at: now(), actorID: actor?.id, action: action, patientID: patientID, target: target)
    }

    /// Appends a view event to the audit log.
    func recordView(_ actor: SignedInUser, _ action: String, patientID: UUID?, target: String = "") async throws {
        try await store.appendAudit(audit(actor, action, patientID: patientID, target: target))
    }
}
