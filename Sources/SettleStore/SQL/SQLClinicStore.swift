import Foundation
import SettleCare

/// The driver behind a SQL-backed store. Opaque: built by ``SQLiteClinicStore`` and ``PostgresClinicStore``.
public struct SQLEngine: Sendable {
    let backend: any SQLBackend

    init(backend: any SQLBackend) {
        self.backend = backend
    }
}

/// A ``ClinicStore`` whose whole behaviour is written once in SQL that both SQLite and
/// PostgreSQL accept; conforming types only provide the driver (``engine``).
public protocol SQLClinicStore: ClinicStore {
    /// The database driver.
    var engine: SQLEngine { get }
}

extension SQLClinicStore {
    private var backend: any SQLBackend { engine.backend }

    private func rows(_ sql: String, _ values: [SQLValue] = []) async throws(StoreError) -> [SQLRow] {
        try await backend.query(SQLStatement(sql, values))
    }

    public func migrate() async throws(StoreError) {
        try await backend.migrate(Schema.migrations)
    }

    public func apply(_ writes: [StoreWrite]) async throws(StoreError) {
        let problems = writes.validate()
        guard problems.isEmpty else { throw .invalid(problems) }
        let statements = try BulkInsert.statements(for: writes)
        guard !statements.isEmpty else { return }
        _ = try await backend.transaction(statements)
    }

    // MARK: Accounts

    public func user(id: UUID) async throws(StoreError) -> UserAccount? {
        try await rows("SELECT \(RecordRows.userColumns) FROM users WHERE id = ?", [.uuid(id)]).first.map(RecordRows.user)
    }

    public func user(email: String) async throws(StoreError) -> UserAccount? {
        try await rows(
            "SELECT \(RecordRows.userColumns) FROM users WHERE email = ?", [.text(UserAccount.normalizedEmail(email))]
        ).first.map(RecordRows.user)
    }

    public func users() async throws(StoreError) -> [UserAccount] {
        try await rows("SELECT \(RecordRows.userColumns) FROM users ORDER BY email \(order), id").map(RecordRows.user)
    }

    public func validSession(tokenHash: TokenHash, now: Date) async throws(StoreError) -> AuthSession? {
        try await rows(
            "SELECT \(RecordRows.sessionColumns) FROM sessions WHERE token_hash = ? AND expires_at > ?",
            [.text(tokenHash.hex), .time(now)]
        ).first.map(RecordRows.session)
    }

    public func signedIn(tokenHash: TokenHash, now: Date) async throws(StoreError) -> SignedInSession? {
        guard let row = try await rows(RecordRows.SignedIn.select, [.text(tokenHash.hex), .time(now)]).first else {
            return nil
        }
        let patientRow = row.dropping(RecordRows.SignedIn.patientOffset)
        return SignedInSession(
            session: try RecordRows.session(row), account: try RecordRows.user(row.dropping(RecordRows.SignedIn.userOffset)),
            patient: try patientRow.isNull(0) ? nil : try RecordRows.patient(patientRow))
    }

    public func purgeExpiredSessions(now: Date) async throws(StoreError) -> Int {
        try await backend.transaction([
            SQLStatement("DELETE FROM sessions WHERE expires_at <= ? RETURNING id", [.time(now)])
        ]).first ?? 0
    }

    public func validAPIToken(tokenHash: TokenHash, now: Date) async throws(StoreError) -> APIToken? {
        try await rows(
            """
            SELECT \(RecordRows.apiTokenColumns) FROM api_tokens
            WHERE token_hash = ? AND revoked = ? AND (expires_at IS NULL OR expires_at > ?)
            """,
            [.text(tokenHash.hex), .bool(false), .time(now)]
        ).first.map(RecordRows.apiToken)
    }

    public func apiTokens(userID: UUID) async throws(StoreError) -> [APIToken] {
        try await rows(
            "SELECT \(RecordRows.apiTokenColumns) FROM api_tokens WHERE user_id = ? ORDER BY created_at, id",
            [.uuid(userID)]
        ).map(RecordRows.apiToken)
    }

    public func invite(codeHash: TokenHash) async throws(StoreError) -> Invite? {
        try await rows("SELECT \(RecordRows.inviteColumns) FROM invites WHERE code_hash = ?", [.text(codeHash.hex)])
            .first.map(RecordRows.invite)
    }

    public func redeemInvite(codeHash: TokenHash, account: UserAccount, now: Date) async throws(StoreError) -> UserAccount {
        guard let invite = try await invite(codeHash: codeHash) else {
            throw .notFound(entity: "invite", id: "(code given)")
        }
        if let redeemedAt = invite.redeemedAt {
            throw .conflict(field: "invite.redeemedAt", detail: "the invite was already used at \(redeemedAt)")
        }
        guard now < invite.expiresAt else {
            throw .conflict(field: "invite.expiresAt", detail: "the invite expired at \(invite.expiresAt); ask for a new one")
        }
        var user = account
        user.email = invite.email
        user.role = invite.role
        user.patientID = invite.patientID
        let problems = user.validate().map { $0.nested(under: "account") }
        guard problems.isEmpty else { throw .invalid(problems) }
        let claim = SQLStatement(
            "UPDATE invites SET redeemed_at = ?, redeemed_by = ? WHERE id = ? AND redeemed_at IS NULL AND expires_at > ? RETURNING id",
            [.time(now), .uuid(user.id), .uuid(invite.id), .time(now)],
            requireRow: .conflict(field: "invite.redeemedAt", detail: "the invite was used by someone else just now"))
        _ = try await backend.transaction([claim] + (try WriteStatements.statements(for: .createUser(user))))
        return user
    }

    public func failedLoginAttempts(key: String, since: Date) async throws(StoreError) -> Int {
        let found = try await rows(
            "SELECT COUNT(*) FROM login_attempts WHERE attempt_key = ? AND succeeded = ? AND attempted_at >= ?",
            [.text(key), .bool(false), .time(since)])
        return try found.first?.int(0) ?? 0
    }

    public func purgeLoginAttempts(before: Date) async throws(StoreError) -> Int {
        try await backend.transaction([
            SQLStatement("DELETE FROM login_attempts WHERE attempted_at < ? RETURNING attempt_key", [.time(before)])
        ]).first ?? 0
    }

    // MARK: Patients

    public func patient(id: UUID) async throws(StoreError) -> Patient? {
        try await rows("SELECT \(RecordRows.patientColumns) FROM patients WHERE id = ?", [.uuid(id)])
            .first.map(RecordRows.patient)
    }

    public func patients(clinicianID: UUID, includeArchived: Bool) async throws(StoreError) -> [Patient] {
        let archived = includeArchived ? "" : " AND archived = ?"
        return try await rows(
            "SELECT \(RecordRows.patientColumns) FROM patients WHERE clinician_id = ?\(archived) ORDER BY display_name \(order), id",
            includeArchived ? [.uuid(clinicianID)] : [.uuid(clinicianID), .bool(false)]
        ).map(RecordRows.patient)
    }

    public func allPatients(includeArchived: Bool) async throws(StoreError) -> [Patient] {
        let archived = includeArchived ? "" : " WHERE archived = ?"
        return try await rows(
            "SELECT \(RecordRows.patientColumns) FROM patients\(archived) ORDER BY display_name \(order), id",
            includeArchived ? [] : [.bool(false)]
        ).map(RecordRows.patient)
    }

    public func recordVersion(patientID: UUID) async throws(StoreError) -> Int? {
        try await rows("SELECT record_version FROM patients WHERE id = ?", [.uuid(patientID)]).first?.int(0)
    }

    public func diaryEntries(patientID: UUID, from: Day, through: Day) async throws(StoreError) -> [DiaryEntry] {
        try await rows(
            """
            SELECT \(RecordRows.diaryColumns) FROM diary_entries
            WHERE patient_id = ? AND day >= ? AND day <= ? ORDER BY day, recorded_at, id
            """,
            [.uuid(patientID), .int(from.daysSince1970), .int(through.daysSince1970)]
        ).map(RecordRows.diaryEntry)
    }

    public func treatmentSessions(patientID: UUID) async throws(StoreError) -> [TreatmentSession] {
        try await rows(
            "SELECT \(RecordRows.treatmentColumns) FROM treatment_sessions WHERE patient_id = ? ORDER BY day, id",
            [.uuid(patientID)]
        ).map(RecordRows.treatmentSession)
    }

    public func administrations(patientID: UUID, instrumentID: String?) async throws(StoreError)
        -> [QuestionnaireAdministration]
    {
        let filter = instrumentID == nil ? "" : " AND instrument_id = ?"
        let values: [SQLValue] = [.uuid(patientID)] + (instrumentID.map { [.text($0)] } ?? [])
        return try await rows(
            """
            SELECT \(RecordRows.administrationColumns) FROM questionnaire_administrations
            WHERE patient_id = ?\(filter) ORDER BY day, administered_at, id
            """,
            values
        ).map(RecordRows.administration)
    }

    public func currentPlan(patientID: UUID) async throws(StoreError) -> ActivityPlan? {
        try await rows(
            """
            SELECT \(RecordRows.planColumns) FROM activity_plans WHERE patient_id = ?
            ORDER BY set_at DESC, id DESC LIMIT 1
            """,
            [.uuid(patientID)]
        ).first.map(RecordRows.plan)
    }

    public func goals(patientID: UUID) async throws(StoreError) -> [Goal] {
        try await rows(
            "SELECT \(RecordRows.goalColumns) FROM goals WHERE patient_id = ? ORDER BY created_on, activity \(order), id",
            [.uuid(patientID)]
        ).map(RecordRows.goal)
    }

    // MARK: Audit

    public func auditEvents(patientID: UUID?, actorID: UUID?, limit: Int) async throws(StoreError) -> [AuditEvent] {
        guard (1...10_000).contains(limit) else {
            throw .invalid([RecordProblem(field: "limit", message: "must be 1–10000, got \(limit)")])
        }
        var conditions: [String] = []
        var values: [SQLValue] = []
        if let patientID {
            conditions.append("patient_id = ?")
            values.append(.uuid(patientID))
        }
        if let actorID {
            conditions.append("actor_id = ?")
            values.append(.uuid(actorID))
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try await rows(
            "SELECT \(RecordRows.auditColumns) FROM audit_events\(filter) ORDER BY occurred_at DESC, id DESC LIMIT ?",
            values + [.int(limit)]
        ).map(RecordRows.auditEvent)
    }

    /// Text ordering by bytes (code points), the same on both databases.
    private var order: String { backend.dialect.spell("{bytes_order}") }
}
