import Foundation
import SettleCare

/// One write in an atomic batch passed to ``ClinicStore/apply(_:)``.
///
/// Each write checks what it depends on: updates of a missing record throw
/// ``StoreError/notFound(entity:id:)``; a duplicate e-mail or id throws
/// ``StoreError/conflict(field:detail:)``; writes referring to a missing patient or user throw
/// `notFound`. Any failure rolls back the whole batch.
public enum StoreWrite: Sendable, Equatable {
    // Accounts
    /// Creates a user; conflict on `"email"` when the address is taken.
    case createUser(UserAccount)
    /// Replaces a user's fields (matched by id).
    case updateUser(UserAccount)
    /// Starts a session (its token hash must be unique).
    case createSession(AuthSession)
    /// Ends the session with this token hash (no error when already gone).
    case deleteSession(tokenHash: TokenHash)
    /// Ends every session of a user (e.g. after a password change).
    case deleteSessions(userID: UUID)
    /// Stores an API token.
    case createAPIToken(APIToken)
    /// Revokes an API token (matched by id).
    case revokeAPIToken(id: UUID)
    /// Stores an open invite.
    case createInvite(Invite)
    /// Records one login attempt (for rate limiting).
    case recordLoginAttempt(LoginAttempt)
    /// Writes nothing; fails the whole batch with ``StoreError/sessionEnded`` unless the session
    /// with `tokenHash` is live at `now` for `account`: unexpired, belonging to `account`, whose
    /// stored row is still enabled and has `account`'s role and patient link.
    ///
    /// For a batch whose signed-in account was taken from a per-instance cache instead of being
    /// read on the request: put first, it makes the batch as safe as a fresh read of the session
    /// (a session ended on any instance writes nothing) at no extra round trip. It does not check
    /// patient assignments, only the account: use it where access follows from the account alone
    /// (a patient's own record).
    case requireSession(tokenHash: TokenHash, account: UserAccount, now: Date)

    // Patients and their records
    /// Registers a patient; its clinician, when set, must be an existing user.
    case createPatient(Patient)
    /// Replaces a patient's fields (matched by id), including the clinician.
    case updatePatient(Patient)
    /// Assigns the patient to a clinician (nil to unassign).
    case assignClinician(patientID: UUID, clinicianID: UUID?)
    /// Adds one diary entry (several per day are allowed).
    case addDiaryEntry(DiaryEntry)
    /// Adds the entry, or overwrites the stored entry with its id — which must belong to the same
    /// patient and day (`conflict` on `id` otherwise). A day's other entries are left alone.
    case saveDiaryEntry(DiaryEntry)
    /// Saves a check-in without reading the day first: overwrites the entry the patient recorded
    /// last on `entry.day` (keeping that entry's id and step count; ties in `recordedAt` go to the
    /// larger id) or, when the day has none, adds `entry`. Appends `audit`, with its action
    /// replaced by `replacedAction` when an entry was overwritten (e.g. `"diary.add"` and
    /// `"diary.update"`). `audit` must concern the entry's patient.
    case saveCheckIn(DiaryEntry, audit: AuditEvent, replacedAction: String)
    /// Replaces all of a patient's entries for `day` with `entries` (each must have that patient and day).
    case replaceDiaryDay(patientID: UUID, day: Day, entries: [DiaryEntry])
    /// Adds a treatment session.
    case addTreatmentSession(TreatmentSession)
    /// Adds a questionnaire administration.
    case addAdministration(QuestionnaireAdministration)
    /// Stores a new version of the activity plan; the latest `setAt` is the current plan.
    case setPlan(ActivityPlan)
    /// Inserts a goal or replaces it (matched by id).
    case upsertGoal(Goal)
    /// Appends an event to the audit trail.
    case appendAudit(AuditEvent)

    /// Problems with the records carried by this write (field paths relative to the write).
    public func validate() -> [RecordProblem] {
        switch self {
        case .createUser(let user), .updateUser(let user): return user.validate()
        case .createSession(let session): return session.validate()
        case .createAPIToken(let token): return token.validate()
        case .createInvite(let invite): return invite.validate()
        case .recordLoginAttempt(let attempt): return attempt.validate()
        case .createPatient(let patient), .updatePatient(let patient): return patient.validate()
        case .addDiaryEntry(let entry), .saveDiaryEntry(let entry): return entry.validate()
        case .replaceDiaryDay(let patientID, let day, let entries):
            var problems: [RecordProblem] = []
            for (index, entry) in entries.enumerated() {
                let prefix = "entries[\(index)]"
                problems += entry.validate().map { $0.nested(under: prefix) }
                if entry.patientID != patientID {
                    problems.append(
                        RecordProblem(field: "\(prefix).patientID", message: "must be \(patientID) like the day replaced"))
                }
                if entry.day != day {
                    problems.append(RecordProblem(field: "\(prefix).day", message: "must be \(day) like the day replaced"))
                }
            }
            return problems
        case .saveCheckIn(let entry, let audit, let replacedAction):
            var problems = entry.validate() + audit.validate().map { $0.nested(under: "audit") }
            problems += AuditEvent(at: audit.at, actorID: audit.actorID, action: replacedAction).validate()
                .filter { $0.field == "action" }.map { RecordProblem(field: "replacedAction", message: $0.message) }
            if audit.patientID != entry.patientID {
                problems.append(
                    RecordProblem(field: "audit.patientID", message: "must be \(entry.patientID), the entry's patient"))
            }
            return problems
        case .addTreatmentSession(let session): return session.validate()
        case .addAdministration(let administration): return administration.validate()
        case .setPlan(let plan): return plan.validate()
        case .upsertGoal(let goal): return goal.validate()
        case .appendAudit(let event): return event.validate()
        case .deleteSession, .deleteSessions, .revokeAPIToken, .assignClinician, .requireSession: return []
        }
    }
}

extension Array where Element == StoreWrite {
    /// Problems of every write, prefixed with its position: `"writes[3].pain"`.
    public func validate() -> [RecordProblem] {
        enumerated().flatMap { index, write in write.validate().map { $0.nested(under: "writes[\(index)]") } }
    }
}
