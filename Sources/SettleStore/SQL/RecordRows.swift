import Foundation
import SettleCare

/// Column lists and row decoders, one per table. The order of `columns` is the order the
/// decoder reads and the insert statements bind.
enum RecordRows {
    /// `"id, email"` with alias `u` → `"u.id, u.email"` (for joins).
    static func qualified(_ columns: String, _ alias: String) -> String {
        columns.split(separator: ", ").map { "\(alias).\($0)" }.joined(separator: ", ")
    }

    /// How many columns a column list names.
    static func columnCount(_ columns: String) -> Int { columns.split(separator: ", ").count }

    /// The joined read of a session, its account and a patient account's own record (built once:
    /// it runs on every signed-in request). Binds the token hash and `now`.
    enum SignedIn {
        static let select = """
            SELECT \(qualified(sessionColumns, "s")), \(qualified(userColumns, "u")), \(qualified(patientColumns, "p"))
            FROM sessions s
            JOIN users u ON u.id = s.user_id
            LEFT JOIN patients p ON p.id = u.patient_id
            WHERE s.token_hash = ? AND s.expires_at > ?
            """
        /// Where the account's columns start in a row of ``select``.
        static let userOffset = columnCount(sessionColumns)
        /// Where the patient's columns start in a row of ``select``.
        static let patientOffset = userOffset + columnCount(userColumns)
    }

    static let userColumns = "id, email, display_name, role, password_hash, patient_id, created_at, disabled"
    static func values(_ u: UserAccount) -> [SQLValue] {
        [
            .uuid(u.id), .text(u.email), .text(u.displayName), .text(u.role.rawValue), .text(u.passwordHash),
            .optional(u.patientID), .time(u.createdAt), .bool(u.disabled),
        ]
    }
    static func user(_ r: SQLRow) throws(StoreError) -> UserAccount {
        let roleText = try r.string(3)
        guard let role = UserRole(rawValue: roleText) else {
            throw .unavailable("users.role holds unknown role '\(roleText)'")
        }
        return UserAccount(
            id: try r.uuid(0), email: try r.string(1), displayName: try r.string(2), role: role,
            passwordHash: try r.string(4), patientID: try r.optionalUUID(5), createdAt: try r.date(6),
            disabled: try r.bool(7))
    }

    static let sessionColumns = "id, token_hash, user_id, created_at, expires_at"
    static func values(_ s: AuthSession) -> [SQLValue] {
        [.uuid(s.id), .text(s.tokenHash.hex), .uuid(s.userID), .time(s.createdAt), .time(s.expiresAt)]
    }
    static func session(_ r: SQLRow) throws(StoreError) -> AuthSession {
        AuthSession(
            id: try r.uuid(0), tokenHash: TokenHash(hex: try r.string(1)), userID: try r.uuid(2),
            createdAt: try r.date(3), expiresAt: try r.date(4))
    }

    static let apiTokenColumns = "id, token_hash, user_id, name, created_at, expires_at, revoked"
    static func values(_ t: APIToken) -> [SQLValue] {
        [
            .uuid(t.id), .text(t.tokenHash.hex), .uuid(t.userID), .text(t.name), .time(t.createdAt),
            .optional(t.expiresAt), .bool(t.revoked),
        ]
    }
    static func apiToken(_ r: SQLRow) throws(StoreError) -> APIToken {
        APIToken(
            id: try r.uuid(0), tokenHash: TokenHash(hex: try r.string(1)), userID: try r.uuid(2), name: try r.string(3),
            createdAt: try r.date(4), expiresAt: try r.optionalDate(5), revoked: try r.bool(6))
    }

    static let inviteColumns =
        "id, code_hash, email, role, patient_id, created_by, created_at, expires_at, redeemed_at, redeemed_by"
    static func values(_ i: Invite) -> [SQLValue] {
        [
            .uuid(i.id), .text(i.codeHash.hex), .text(i.email), .text(i.role.rawValue), .optional(i.patientID),
            .uuid(i.createdBy), .time(i.createdAt), .time(i.expiresAt), .optional(i.redeemedAt), .optional(i.redeemedBy),
        ]
    }
    static func invite(_ r: SQLRow) throws(StoreError) -> Invite {
        let roleText = try r.string(3)
        guard let role = UserRole(rawValue: roleText) else {
            throw .unavailable("invites.role holds unknown role '\(roleText)'")
        }
        return Invite(
            id: try r.uuid(0), codeHash: TokenHash(hex: try r.string(1)), email: try r.string(2), role: role,
            patientID: try r.optionalUUID(4), createdBy: try r.uuid(5), createdAt: try r.date(6),
            expiresAt: try r.date(7), redeemedAt: try r.optionalDate(8), redeemedBy: try r.optionalUUID(9))
    }

    static let patientColumns = "id, display_name, birth_year, condition_text, clinician_id, created_at, archived"
    static func values(_ p: Patient) -> [SQLValue] {
        [
            .uuid(p.id), .text(p.displayName), .optional(p.birthYear), .text(p.condition), .optional(p.clinicianID),
            .time(p.createdAt), .bool(p.archived),
        ]
    }
    static func patient(_ r: SQLRow) throws(StoreError) -> Patient {
        Patient(
            id: try r.uuid(0), displayName: try r.string(1), birthYear: try r.optionalInt(2), condition: try r.string(3),
            clinicianID: try r.optionalUUID(4), createdAt: try r.date(5), archived: try r.bool(6))
    }

    static let diaryColumns =
        "id, patient_id, day, recorded_at, pain, activity_minutes, steps, sleep_quality, stress, flare, note"
    static func values(_ e: DiaryEntry) -> [SQLValue] {
        [
            .uuid(e.id), .uuid(e.patientID), .int(e.day.daysSince1970), .time(e.recordedAt), .int(e.pain),
            .optional(e.activityMinutes), .optional(e.steps), .optional(e.sleepQuality), .optional(e.stress),
            .bool(e.flare), .text(e.note),
        ]
    }
    static func diaryEntry(_ r: SQLRow) throws(StoreError) -> DiaryEntry {
        DiaryEntry(
            id: try r.uuid(0), patientID: try r.uuid(1), day: Day(daysSince1970: try r.int(2)),
            recordedAt: try r.date(3), pain: try r.int(4), activityMinutes: try r.optionalInt(5),
            steps: try r.optionalInt(6), sleepQuality: try r.optionalInt(7), stress: try r.optionalInt(8),
            flare: try r.bool(9), note: try r.string(10))
    }

    static let treatmentColumns = "id, patient_id, clinician_id, day, kind, treatment_json, note"
    static func values(_ s: TreatmentSession) throws(StoreError) -> [SQLValue] {
        [
            .uuid(s.id), .uuid(s.patientID), .optional(s.clinicianID), .int(s.day.daysSince1970),
            .text(s.treatment.kind), .text(try jsonText(s.treatment)), .text(s.note),
        ]
    }
    static func treatmentSession(_ r: SQLRow) throws(StoreError) -> TreatmentSession {
        TreatmentSession(
            id: try r.uuid(0), patientID: try r.uuid(1), clinicianID: try r.optionalUUID(2),
            day: Day(daysSince1970: try r.int(3)), treatment: try r.json(5, as: Treatment.self), note: try r.string(6))
    }

    static let administrationColumns =
        "id, patient_id, instrument_id, version, variant, day, administered_at, answers_json, score_json"
    static func values(_ a: QuestionnaireAdministration) throws(StoreError) -> [SQLValue] {
        [
            .uuid(a.id), .uuid(a.patientID), .text(a.instrumentID), .text(a.version), .text(a.variant),
            .int(a.day.daysSince1970), .time(a.administeredAt), .text(try jsonText(a.answers)), .optional(a.scoreJSON),
        ]
    }
    static func administration(_ r: SQLRow) throws(StoreError) -> QuestionnaireAdministration {
        QuestionnaireAdministration(
            id: try r.uuid(0), patientID: try r.uuid(1), instrumentID: try r.string(2), version: try r.string(3),
            variant: try r.string(4), day: Day(daysSince1970: try r.int(5)), administeredAt: try r.date(6),
            answers: try r.numberObject(7), scoreJSON: try r.optionalString(8))
    }

    static let planColumns = "id, patient_id, start_day, weekly_quota_minutes, progression_json, set_by, set_at, note"
    static func values(_ p: ActivityPlan) throws(StoreError) -> [SQLValue] {
        [
            .uuid(p.id), .uuid(p.patientID), .int(p.startDay.daysSince1970), .int(p.weeklyQuotaMinutes),
            .text(try jsonText(p.progression)), .optional(p.setBy), .time(p.setAt), .text(p.note),
        ]
    }
    static func plan(_ r: SQLRow) throws(StoreError) -> ActivityPlan {
        ActivityPlan(
            id: try r.uuid(0), patientID: try r.uuid(1), startDay: Day(daysSince1970: try r.int(2)),
            weeklyQuotaMinutes: try r.int(3), progression: try r.json(4, as: ProgressionRule.self),
            setBy: try r.optionalUUID(5), setAt: try r.date(6), note: try r.string(7))
    }

    static let goalColumns = "id, patient_id, activity, baseline_rating, target_rating, created_on, active"
    static func values(_ g: Goal) -> [SQLValue] {
        [
            .uuid(g.id), .uuid(g.patientID), .text(g.activity), .int(g.baselineRating), .optional(g.targetRating),
            .int(g.createdOn.daysSince1970), .bool(g.active),
        ]
    }
    static func goal(_ r: SQLRow) throws(StoreError) -> Goal {
        Goal(
            id: try r.uuid(0), patientID: try r.uuid(1), activity: try r.string(2), baselineRating: try r.int(3),
            targetRating: try r.optionalInt(4), createdOn: Day(daysSince1970: try r.int(5)), active: try r.bool(6))
    }

    static let auditColumns = "id, occurred_at, actor_id, action_name, patient_id, target"
    static func values(_ e: AuditEvent) -> [SQLValue] {
        [.uuid(e.id), .time(e.at), .optional(e.actorID), .text(e.action), .optional(e.patientID), .text(e.target)]
    }
    static func auditEvent(_ r: SQLRow) throws(StoreError) -> AuditEvent {
        AuditEvent(
            id: try r.uuid(0), at: try r.date(1), actorID: try r.optionalUUID(2), action: try r.string(3),
            patientID: try r.optionalUUID(4), target: try r.string(5))
    }

    /// `INSERT INTO table (columns) VALUES (?, ?, …)` for the given column list.
    static func insert(_ table: String, _ columns: String, _ values: [SQLValue]) -> SQLStatement {
        let marks = Array(repeating: "?", count: values.count).joined(separator: ", ")
        return SQLStatement("INSERT INTO \(table) (\(columns)) VALUES (\(marks))", values, touches: .writes(table))
    }
}
