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
    /// Browser sessions this instance has read (see ``SessionCache``).
    public let sessionCache: SessionCache

    public init(
        store: any ClinicStore, settings: ServerSettings, now: @escaping @Sendable () -> Date = { Date() },
        careCache: CareAssessmentCache = CareAssessmentCache(), recordCache: CareRecordCache = CareRecordCache(),
        sessionCache: SessionCache = SessionCache()
    ) {
        self.store = store
        self.settings = settings
        self.now = now
        self.careCache = careCache
        self.recordCache = recordCache
        self.sessionCache = sessionCache
    }

    /// Today's day (UTC).
    var today: Day { Day(containing: now()) }

    /// An audit event by `actor` now.
    func audit(_ actor: SignedInUser?, _ action: String, patientID: UUID? = nil, target: String = "") -> AuditEvent {
        AuditEvent(at: now(), actorID: actor?.id, action: action, patientID: patientID, target: target)
    }

    /// Applies `writes` in one transaction, first the request's session check when its account
    /// came from the session cache (``SettleRequestContext/sessionCheck``): a session that has
    /// ended writes nothing and throws ``StoreError/sessionEnded`` (and leaves the cache).
    func apply(_ writes: [StoreWrite], checking context: SettleRequestContext) async throws(StoreError) {
        guard let check = context.sessionCheck else { return try await store.apply(writes) }
        do {
            try await store.apply([check] + writes)
        } catch .sessionEnded {
            if case .requireSession(let hash, _, _) = check { sessionCache.forget(hash) }
            throw .sessionEnded
        }
    }

    /// `context` with its session read from the store when its account came unread from the
    /// session cache — before a route with a deferred check reads anything; unchanged otherwise.
    /// Without a live session the identity is removed (the route then answers `401`).
    func verified(_ context: SettleRequestContext) async throws(StoreError) -> SettleRequestContext {
        guard case .requireSession(let hash, let account, _)? = context.sessionCheck else { return context }
        var context = context
        context.sessionCheck = nil
        context.identity = nil
        context.ownPatient = nil
        if let signedIn = try await SessionAccountMiddleware.reread(hash, store: store, cache: sessionCache) {
            context.adopt(signedIn, as: account.id)
        }
        return context
    }

    /// Appends a view event to the audit log.
    func recordView(_ actor: SignedInUser, _ action: String, patientID: UUID?, target: String = "") async throws {
        try await store.appendAudit(audit(actor, action, patientID: patientID, target: target))
    }
}
