import Foundation
import SettleCare

/// Translates each ``StoreWrite`` into the SQL statements that perform it. Writes that depend on
/// another record start with an existence check (`requireRow`), so a missing patient is reported
/// by id instead of as a bare foreign-key failure.
enum WriteStatements {
    static func statements(for write: StoreWrite) throws(StoreError) -> [SQLStatement] {
        switch write {
        case .createUser(let user):
            return patientCheck(user.patientID) + [RecordRows.insert("users", RecordRows.userColumns, RecordRows.values(user))]
        case .updateUser(let u):
            return patientCheck(u.patientID) + [
                SQLStatement(
                    """
                    UPDATE users SET email = ?, display_name = ?, role = ?, password_hash = ?, patient_id = ?, disabled = ?
                    WHERE id = ? RETURNING id
                    """,
                    [
                        .text(u.email), .text(u.displayName), .text(u.role.rawValue), .text(u.passwordHash),
                        .optional(u.patientID), .bool(u.disabled), .uuid(u.id),
                    ],
                    requireRow: .notFound(entity: "user", id: u.id.uuidString))
            ]
        case .createSession(let session):
            return [
                userCheck(session.userID), RecordRows.insert("sessions", RecordRows.sessionColumns, RecordRows.values(session)),
            ]
        case .deleteSession(let hash):
            return [SQLStatement("DELETE FROM sessions WHERE token_hash = ?", [.text(hash.hex)])]
        case .deleteSessions(let userID):
            return [SQLStatement("DELETE FROM sessions WHERE user_id = ?", [.uuid(userID)])]
        case .createAPIToken(let token):
            return [
                userCheck(token.userID), RecordRows.insert("api_tokens", RecordRows.apiTokenColumns, RecordRows.values(token)),
            ]
        case .revokeAPIToken(let id):
            return [
                SQLStatement(
                    "UPDATE api_tokens SET revoked = ? WHERE id = ? RETURNING id", [.bool(true), .uuid(id)],
                    requireRow: .notFound(entity: "API token", id: id.uuidString))
            ]
        case .createInvite(let invite):
            return [userCheck(invite.createdBy)] + patientCheck(invite.patientID) + [
                RecordRows.insert("invites", RecordRows.inviteColumns, RecordRows.values(invite))
            ]
        case .recordLoginAttempt(let attempt):
            return [
                SQLStatement(
                    "INSERT INTO login_attempts (attempt_key, attempted_at, succeeded) VALUES (?, ?, ?)",
                    [.text(attempt.key), .time(attempt.at), .bool(attempt.succeeded)])
            ]
        case .requireSession(let hash, let account, let now):
            return [liveSessionCheck(hash, account: account, now: now)]
        case .createPatient(let patient):
            return clinicianCheck(patient.clinicianID) + [
                RecordRows.insert("patients", RecordRows.patientColumns, RecordRows.values(patient))
            ]
        case .updatePatient(let p):
            return clinicianCheck(p.clinicianID) + [
                SQLStatement(
                    """
                    UPDATE patients SET display_name = ?, birth_year = ?, condition_text = ?, clinician_id = ?, archived = ?
                    WHERE id = ? RETURNING id
                    """,
                    [
                        .text(p.displayName), .optional(p.birthYear), .text(p.condition), .optional(p.clinicianID),
                        .bool(p.archived), .uuid(p.id),
                    ],
                    requireRow: .notFound(entity: "patient", id: p.id.uuidString))
            ]
        case .assignClinician(let patientID, let clinicianID):
            return clinicianCheck(clinicianID) + [
                SQLStatement(
                    "UPDATE patients SET clinician_id = ? WHERE id = ? RETURNING id",
                    [.optional(clinicianID), .uuid(patientID)],
                    requireRow: .notFound(entity: "patient", id: patientID.uuidString))
            ]
        case .addDiaryEntry(let entry):
            return [
                recordBump(entry.patientID),
                RecordRows.insert("diary_entries", RecordRows.diaryColumns, RecordRows.values(entry)),
            ]
        case .saveDiaryEntry(let entry):
            return [recordBump(entry.patientID), replacementInsert(entry)]
        case .saveCheckIn(let entry, let audit, let replacedAction):
            // The audit event is written first: on SQLite, where the statements run one after
            // another, it must see the day as it was before the save (PostgreSQL, folding the
            // batch into one statement, shows every part the same snapshot anyway).
            return [
                recordBump(entry.patientID), checkInAudit(audit, day: entry.day, replacedAction: replacedAction),
                checkInSave(entry),
            ]
        case .replaceDiaryDay(let patientID, let day, let entries):
            return [
                recordBump(patientID),
                SQLStatement(
                    "DELETE FROM diary_entries WHERE patient_id = ? AND day = ?", [.uuid(patientID), .int(day.daysSince1970)]),
            ] + entries.map(replacementInsert)
        case .addTreatmentSession(let session):
            return [
                recordBump(session.patientID),
                RecordRows.insert("treatment_sessions", RecordRows.treatmentColumns, try RecordRows.values(session)),
            ]
        case .addAdministration(let administration):
            return [
                recordBump(administration.patientID),
                RecordRows.insert(
                    "questionnaire_administrations", RecordRows.administrationColumns,
                    try RecordRows.values(administration)),
            ]
        case .setPlan(let plan):
            return [
                recordBump(plan.patientID),
                RecordRows.insert("activity_plans", RecordRows.planColumns, try RecordRows.values(plan)),
            ]
        case .upsertGoal(let goal):
            return [
                recordBump(goal.patientID),
                SQLStatement(
                    """
                    INSERT INTO goals (\(RecordRows.goalColumns)) VALUES (?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (id) DO UPDATE SET activity = excluded.activity,
                        baseline_rating = excluded.baseline_rating, target_rating = excluded.target_rating,
                        created_on = excluded.created_on, active = excluded.active
                    WHERE goals.patient_id = excluded.patient_id
                    RETURNING id
                    """,
                    RecordRows.values(goal),
                    requireRow: .conflict(
                        field: "goal.patientID", detail: "goal \(goal.id) belongs to another patient; use a new id")),
            ]
        case .appendAudit(let event):
            return [RecordRows.insert("audit_events", RecordRows.auditColumns, RecordRows.values(event))]
        }
    }

    /// Inserts one entry of a replaced day, or saves one entry (``StoreWrite/saveDiaryEntry(_:)``). When a concurrent replacement of the same day has just
    /// re-inserted an entry with this id (two check-in saves of one patient at once, on PostgreSQL's
    /// READ COMMITTED), the row is overwritten instead of failing: the day ends with the last
    /// writer's entries. An id used by another patient or another day still conflicts on `id`.
    static func replacementInsert(_ entry: DiaryEntry) -> SQLStatement {
        diaryUpsert(entry, sql: replacementSQL, values: RecordRows.values(entry))
    }

    /// ``replacementInsert(_:)``'s text (built once: the texts are the same for every entry).
    static let replacementSQL = diaryUpsertSQL(
        id: "?", overwriting: "recorded_at, pain, activity_minutes, steps, sleep_quality, stress, flare, note")

    /// ``StoreWrite/saveCheckIn(_:audit:replacedAction:)``'s save: `entry` under the id of the
    /// day's latest entry when there is one — then the conflict on that id overwrites it, keeping
    /// its steps — else as given. A `VALUES` list (not `INSERT … SELECT`) so PostgreSQL types every
    /// parameter from its column.
    static func checkInSave(_ entry: DiaryEntry) -> SQLStatement {
        diaryUpsert(
            entry, sql: checkInSQL,
            values: [.uuid(entry.patientID), .int(entry.day.daysSince1970)] + RecordRows.values(entry))
    }

    /// ``checkInSave(_:)``'s text.
    static let checkInSQL = diaryUpsertSQL(
        id:
            "COALESCE((SELECT id FROM diary_entries WHERE patient_id = ? AND day = ? ORDER BY recorded_at DESC, id DESC LIMIT 1), ?)",
        overwriting: "recorded_at, pain, activity_minutes, sleep_quality, stress, flare, note")

    /// `INSERT` of an entry with `id` (SQL) as its id; on a conflict on that id, overwrites the
    /// `overwriting` columns of the row — only when it has the entry's patient and day, otherwise
    /// the statement returns no row (and ``diaryUpsert(_:sql:values:)`` fails with `conflict` on `id`).
    private static func diaryUpsertSQL(id: String, overwriting: String) -> String {
        let updates = overwriting.split(separator: ", ").map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        return """
            INSERT INTO diary_entries (\(RecordRows.diaryColumns)) VALUES (\(id), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET \(updates)
            WHERE diary_entries.patient_id = excluded.patient_id AND diary_entries.day = excluded.day
            RETURNING id
            """
    }

    /// The upsert `sql` (one of the texts above) of `entry` with `values`.
    private static func diaryUpsert(_ entry: DiaryEntry, sql: String, values: [SQLValue]) -> SQLStatement {
        SQLStatement(
            sql, values,
            requireRow: .conflict(field: "id", detail: "diary entry \(entry.id) belongs to another patient or day; use a new id"),
            touches: .writes("diary_entries"))
    }

    /// ``StoreWrite/saveCheckIn(_:audit:replacedAction:)``'s audit event: `audit`, named
    /// `replacedAction` when the patient already has an entry on `day`.
    static func checkInAudit(_ audit: AuditEvent, day: Day, replacedAction: String) -> SQLStatement {
        // Columns: id, occurred_at, actor_id, action_name (chosen by the EXISTS), patient_id, target.
        let values: [SQLValue] = [
            .uuid(audit.id), .time(audit.at), .optional(audit.actorID),
            .optional(audit.patientID), .int(day.daysSince1970), .text(replacedAction), .text(audit.action),
            .optional(audit.patientID), .text(audit.target),
        ]
        return SQLStatement(checkInAuditSQL, values, touches: .writes("audit_events", reading: ["diary_entries"]))
    }

    /// ``checkInAudit(_:day:replacedAction:)``'s text.
    static let checkInAuditSQL = """
        INSERT INTO audit_events (\(RecordRows.auditColumns))
        VALUES (?, ?, ?, CASE WHEN EXISTS (SELECT 1 FROM diary_entries WHERE patient_id = ? AND day = ?) THEN ? ELSE ? END, ?, ?)
        """

    /// Adds 1 to the patient's `record_version` — the existence check of every write that changes a
    /// patient's care record (diary, sessions, questionnaires, plans, goals), so a reader that saw the
    /// same version saw the same record (``ClinicStore/recordVersion(patientID:)``). Fails with
    /// `notFound` for an unknown patient, like ``patientCheck(_:)``.
    static func recordBump(_ id: UUID) -> SQLStatement {
        SQLStatement(
            "UPDATE patients SET record_version = record_version + 1 WHERE id = ? RETURNING id", [.uuid(id)],
            requireRow: .notFound(entity: "patient", id: id.uuidString), touches: .writes("patients"))
    }

    static func patientCheck(_ id: UUID?) -> [SQLStatement] {
        guard let id else { return [] }
        return [
            SQLStatement(
                "SELECT id FROM patients WHERE id = ?", [.uuid(id)],
                requireRow: .notFound(entity: "patient", id: id.uuidString), touches: .reads("patients"))
        ]
    }

    /// ``StoreWrite/requireSession(tokenHash:account:now:)``: one row when the session is live for
    /// the account as cached (enabled, same role and patient link), else `sessionEnded`.
    static func liveSessionCheck(_ hash: TokenHash, account: UserAccount, now: Date) -> SQLStatement {
        var values: [SQLValue] = [
            .text(hash.hex), .uuid(account.id), .time(now), .bool(false), .text(account.role.rawValue),
        ]
        if let patientID = account.patientID { values.append(.uuid(patientID)) }
        return SQLStatement(
            account.patientID == nil ? liveSessionSQL.unlinked : liveSessionSQL.linked, values,
            requireRow: .sessionEnded, touches: .reads("sessions", "users"))
    }

    /// ``liveSessionCheck(_:account:now:)``'s texts, for an account with and without a patient link.
    private static let liveSessionSQL: (linked: String, unlinked: String) = {
        let base = """
            SELECT s.user_id FROM sessions s JOIN users u ON u.id = s.user_id
            WHERE s.token_hash = ? AND s.user_id = ? AND s.expires_at > ? AND u.disabled = ? AND u.role = ?
            """
        return (base + " AND u.patient_id = ?", base + " AND u.patient_id IS NULL")
    }()

    static func userCheck(_ id: UUID) -> SQLStatement {
        SQLStatement(
            "SELECT id FROM users WHERE id = ?", [.uuid(id)], requireRow: .notFound(entity: "user", id: id.uuidString),
            touches: .reads("users"))
    }

    /// The clinician must be an existing clinician or admin account.
    static func clinicianCheck(_ id: UUID?) -> [SQLStatement] {
        guard let id else { return [] }
        return [
            SQLStatement(
                "SELECT id FROM users WHERE id = ? AND role IN ('clinician', 'admin')", [.uuid(id)],
                requireRow: .notFound(entity: "clinician", id: id.uuidString), touches: .reads("users"))
        ]
    }
}
