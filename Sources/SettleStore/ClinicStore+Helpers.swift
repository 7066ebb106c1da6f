import Foundation
import SettleCare

/// Single-write helpers: each is a batch of one (see ``ClinicStore/apply(_:)``).
extension ClinicStore {
    /// Creates a user; conflict on `"email"` when the address is taken.
    public func createUser(_ user: UserAccount) async throws(StoreError) { try await apply([.createUser(user)]) }
    /// Replaces a user's fields.
    public func updateUser(_ user: UserAccount) async throws(StoreError) { try await apply([.updateUser(user)]) }
    /// Stores a new session.
    public func createSession(_ session: AuthSession) async throws(StoreError) { try await apply([.createSession(session)]) }
    /// Ends a session.
    public func deleteSession(tokenHash: TokenHash) async throws(StoreError) {
        try await apply([.deleteSession(tokenHash: tokenHash)])
    }
    /// Stores an API token.
    public func createAPIToken(_ token: APIToken) async throws(StoreError) { try await apply([.createAPIToken(token)]) }
    /// Revokes an API token.
    public func revokeAPIToken(id: UUID) async throws(StoreError) { try await apply([.revokeAPIToken(id: id)]) }
    /// Stores an invite.
    public func createInvite(_ invite: Invite) async throws(StoreError) { try await apply([.createInvite(invite)]) }
    /// Records a login attempt.
    public func recordLoginAttempt(_ attempt: LoginAttempt) async throws(StoreError) {
        try await apply([.recordLoginAttempt(attempt)])
    }
    /// Registers a patient.
    public func createPatient(_ patient: Patient) async throws(StoreError) { try await apply([.createPatient(patient)]) }
    /// Replaces a patient's fields.
    public func updatePatient(_ patient: Patient) async throws(StoreError) { try await apply([.updatePatient(patient)]) }
    /// Assigns a patient to a clinician (nil to unassign).
    public func assignClinician(patientID: UUID, clinicianID: UUID?) async throws(StoreError) {
        try await apply([.assignClinician(patientID: patientID, clinicianID: clinicianID)])
    }
    /// Adds a diary entry.
    public func addDiaryEntry(_ entry: DiaryEntry) async throws(StoreError) { try await apply([.addDiaryEntry(entry)]) }
    /// Replaces a patient's diary entries for one day.
    public func replaceDiaryDay(patientID: UUID, day: Day, entries: [DiaryEntry]) async throws(StoreError) {
        try await apply([.replaceDiaryDay(patientID: patientID, day: day, entries: entries)])
    }
    /// Adds a treatment session.
    public func addTreatmentSession(_ session: TreatmentSession) async throws(StoreError) {
        try await apply([.addTreatmentSession(session)])
    }
    /// Adds a questionnaire administration.
    public func addAdministration(_ administration: QuestionnaireAdministration) async throws(StoreError) {
        try await apply([.addAdministration(administration)])
    }
    /// Sets the current activity plan.
    public func setPlan(_ plan: ActivityPlan) async throws(StoreError) { try await apply([.setPlan(plan)]) }
    /// Inserts or replaces a goal.
    public func upsertGoal(_ goal: Goal) async throws(StoreError) { try await apply([.upsertGoal(goal)]) }
    /// Appends an audit event.
    public func appendAudit(_ event: AuditEvent) async throws(StoreError) { try await apply([.appendAudit(event)]) }

    /// Everything stored about a patient (whole diary), or nil when the patient does not exist.
    public func patientRecord(id: UUID) async throws(StoreError) -> PatientRecord? {
        guard let patient = try await patient(id: id) else { return nil }
        return PatientRecord(
            patient: patient,
            diary: try await diaryEntries(
                patientID: id, from: Day(daysSince1970: Int(Int32.min)), through: Day(daysSince1970: Int(Int32.max))),
            sessions: try await treatmentSessions(patientID: id),
            plan: try await currentPlan(patientID: id),
            questionnaires: try await administrations(patientID: id, instrumentID: nil),
            goals: try await goals(patientID: id))
    }
}
