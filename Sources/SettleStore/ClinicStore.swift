import Foundation
import SettleCare

/// The clinic's storage, at the level of the domain: accounts, patients and their records.
///
/// Implementations: ``SQLiteClinicStore`` (GRDB; embedded, the default) and
/// ``PostgresClinicStore`` (PostgresNIO; several app instances sharing one database). Both pass
/// the same contract test suite.
///
/// Rules every implementation keeps:
/// - Every write is a transaction. ``apply(_:)`` takes a batch and writes all of it or nothing;
///   the single-write helpers in the extension are batches of one.
/// - Records are validated before anything is written (``StoreError/invalid(_:)`` lists every
///   problem with its field path, e.g. `"writes[2].pain"`).
/// - Secrets are stored as hashes only (``TokenHash``); e-mails are matched lower-cased.
/// - Timestamps are stored to the millisecond; days as days since 1970-01-01.
/// - Lists come back in a stable order, documented on each method.
/// - Login-attempt counting for rate limiting is kept in the store, so that several app
///   instances behind one load balancer share it.
public protocol ClinicStore: Sendable {
    /// Brings the schema up to date. Safe to call on every start (already applied migrations are skipped).
    func migrate() async throws(StoreError)

    /// Applies all writes in one transaction: either all are stored or none is.
    func apply(_ writes: [StoreWrite]) async throws(StoreError)

    // MARK: Accounts

    /// The user with this id, or nil.
    func user(id: UUID) async throws(StoreError) -> UserAccount?
    /// The user with this e-mail (matched lower-cased and trimmed), or nil.
    func user(email: String) async throws(StoreError) -> UserAccount?
    /// All users, ordered by e-mail.
    func users() async throws(StoreError) -> [UserAccount]

    /// The session with this token hash if it exists and has not expired at `now`, else nil.
    func validSession(tokenHash: TokenHash, now: Date) async throws(StoreError) -> AuthSession?
    /// The unexpired session with this token hash together with its account and, for a patient
    /// account, the account's patient record — in one read, since every signed-in page needs all
    /// three. Nil when there is no such session (or it expired at `now`).
    func signedIn(tokenHash: TokenHash, now: Date) async throws(StoreError) -> SignedInSession?
    /// Deletes every session expired at `now`; returns how many were deleted.
    func purgeExpiredSessions(now: Date) async throws(StoreError) -> Int

    /// The API token with this hash if it is neither revoked nor expired at `now`, else nil.
    func validAPIToken(tokenHash: TokenHash, now: Date) async throws(StoreError) -> APIToken?
    /// A user's API tokens (including revoked ones), ordered by creation time.
    func apiTokens(userID: UUID) async throws(StoreError) -> [APIToken]

    /// The invite with this code hash (open, redeemed or expired), or nil.
    func invite(codeHash: TokenHash) async throws(StoreError) -> Invite?
    /// Redeems an open invite once: creates `account` and marks the invite redeemed by it, atomically.
    /// The account's e-mail and role are taken from the invite (and the patient link for a patient invite).
    /// Throws `notFound` for an unknown code, `conflict(field: "invite.redeemedAt")` when already redeemed,
    /// `conflict(field: "invite.expiresAt")` when expired, `conflict(field: "email")` when the address is taken.
    /// Returns the account as stored.
    func redeemInvite(codeHash: TokenHash, account: UserAccount, now: Date) async throws(StoreError) -> UserAccount

    /// Number of failed login attempts for `key` at or after `since`.
    func failedLoginAttempts(key: String, since: Date) async throws(StoreError) -> Int
    /// Deletes login attempts older than `before`; returns how many were deleted.
    func purgeLoginAttempts(before: Date) async throws(StoreError) -> Int

    // MARK: Patients

    /// The patient with this id, or nil.
    func patient(id: UUID) async throws(StoreError) -> Patient?
    /// Patients assigned to `clinicianID` (archived ones only when `includeArchived`), ordered by name.
    func patients(clinicianID: UUID, includeArchived: Bool) async throws(StoreError) -> [Patient]
    /// Every patient (for admins), ordered by name.
    func allPatients(includeArchived: Bool) async throws(StoreError) -> [Patient]

    /// The version of the patient's care record: a counter that every write changing the patient's
    /// diary, sessions, questionnaires, plans or goals raises in the same transaction, so two reads
    /// that return the same version would return the same record. Lets a server keep a record in
    /// memory and re-read it only when it changed, even when other instances write. Nil for an
    /// unknown patient.
    func recordVersion(patientID: UUID) async throws(StoreError) -> Int?
    /// A patient's diary entries with `from <= day <= through`, ordered by day then time recorded.
    func diaryEntries(patientID: UUID, from: Day, through: Day) async throws(StoreError) -> [DiaryEntry]
    /// A patient's treatment sessions, ordered by day (then id).
    func treatmentSessions(patientID: UUID) async throws(StoreError) -> [TreatmentSession]
    /// A patient's questionnaire administrations, optionally of one instrument, ordered by day then time.
    func administrations(patientID: UUID, instrumentID: String?) async throws(StoreError) -> [QuestionnaireAdministration]
    /// The patient's current plan (latest `setAt`), or nil when none was set.
    func currentPlan(patientID: UUID) async throws(StoreError) -> ActivityPlan?
    /// A patient's goals, ordered by creation day then activity.
    func goals(patientID: UUID) async throws(StoreError) -> [Goal]

    // MARK: Audit

    /// Audit events, newest first, optionally only for one patient and/or one actor, at most `limit` (1–10 000).
    func auditEvents(patientID: UUID?, actorID: UUID?, limit: Int) async throws(StoreError) -> [AuditEvent]
}
