import Foundation
import SettleCare
import Testing

@testable import SettleStore

/// Which write batches PostgreSQL runs as one statement (the outcomes are checked against a real
/// server by the contract suite, which runs every batch kind on both databases).
@Suite("PostgreSQL batches folded into one statement")
struct PostgresBatchTests {
    let day = Day(year: 2025, month: 3, day: 14)!

    func checkIn(_ patient: UUID) throws -> [SQLStatement] {
        let entry = DiaryEntry(patientID: patient, day: day, recordedAt: day.startDate, pain: 4)
        let audit = AuditEvent(at: day.startDate, actorID: UUID(), action: "diary.update", patientID: patient, target: "d")
        return try BulkInsert.statements(for: [.saveDiaryEntry(entry), .appendAudit(audit)])
    }

    @Test("a check-in (record-version bump, upsert, audit) becomes one statement with each statement's values in order")
    func checkInIsFolded() throws {
        let patient = UUID()
        let statements = try checkIn(patient)
        #expect(statements.count == 3)
        let folded = try #require(PostgresBatch.folded(statements))
        #expect(
            folded.sql.hasPrefix(
                "WITH s0 AS (UPDATE patients SET record_version = record_version + 1 WHERE id = ? RETURNING id), "
                    + "s1 AS (INSERT INTO diary_entries"))
        #expect(folded.sql.contains("s2 AS (INSERT INTO audit_events"))
        // The audit insert gains RETURNING for its count; the bump and the upsert keep their own.
        #expect(folded.sql.contains("VALUES (?, ?, ?, ?, ?, ?) RETURNING 1)"))
        #expect(folded.sql.components(separatedBy: "RETURNING").count == 4)
        // Both requireRow statements (bump, upsert) raise a marker naming them; the audit is counted.
        #expect(folded.sql.contains("ELSE CAST('settle:require-row:0:' || (SELECT count(*) FROM s0) AS bigint) END"))
        #expect(folded.sql.contains("ELSE CAST('settle:require-row:1:' || (SELECT count(*) FROM s1) AS bigint) END"))
        #expect(!folded.sql.contains("settle:require-row:2"))
        #expect(folded.values == statements.flatMap(\.values))
        #expect(folded.values.first == .uuid(patient))
    }

    @Test("a check-in saved without a read first (bump, audit reading the day, upsert of the day's latest) is one statement")
    func saveCheckInIsFolded() throws {
        let patient = UUID()
        let entry = DiaryEntry(patientID: patient, day: day, recordedAt: day.startDate, pain: 4)
        let audit = AuditEvent(at: day.startDate, actorID: UUID(), action: "diary.add", patientID: patient, target: "d")
        let statements = try BulkInsert.statements(for: [
            .saveCheckIn(entry, audit: audit, replacedAction: "diary.update")
        ])
        #expect(statements.map(\.touches?.written) == ["patients", "audit_events", "diary_entries"])
        #expect(statements[1].touches?.read == ["diary_entries"])
        let folded = try #require(PostgresBatch.folded(statements))
        #expect(folded.sql.contains("s1 AS (INSERT INTO audit_events"))
        #expect(folded.sql.contains("s2 AS (INSERT INTO diary_entries"))
        #expect(folded.values == statements.flatMap(\.values))
        // Placeholders and values agree in number in every part.
        for statement in statements {
            #expect(statement.sql.filter { $0 == "?" }.count == statement.values.count)
        }
        // The audit event reads the diary: after a statement that writes the diary it cannot join
        // one snapshot (it would not see that write).
        let reversed = [statements[0], statements[2], statements[1]]
        #expect(PostgresBatch.folded(reversed) == nil)
    }

    @Test("a check-in guarded by a session check is still one statement, the check first")
    func guardedCheckInIsFolded() throws {
        let patient = UUID()
        let account = UserAccount(
            email: "p@clinic.example", displayName: "P", role: .patient, passwordHash: "$2b$12$x", patientID: patient,
            createdAt: day.startDate)
        let entry = DiaryEntry(patientID: patient, day: day, recordedAt: day.startDate, pain: 4)
        let audit = AuditEvent(at: day.startDate, actorID: account.id, action: "diary.add", patientID: patient)
        let statements = try BulkInsert.statements(for: [
            .requireSession(tokenHash: TokenHash(hashing: "t"), account: account, now: day.startDate),
            .saveCheckIn(entry, audit: audit, replacedAction: "diary.update"),
        ])
        #expect(statements[0].touches == SQLTouch(written: nil, read: ["sessions", "users"]))
        #expect(statements[0].requireRow == .sessionEnded)
        #expect(statements[0].sql.hasSuffix("AND u.patient_id = ?"))
        #expect(statements[0].sql.filter { $0 == "?" }.count == statements[0].values.count)
        let folded = try #require(PostgresBatch.folded(statements))
        #expect(folded.sql.hasPrefix("WITH s0 AS (SELECT s.user_id FROM sessions s JOIN users u"))
        #expect(folded.sql.contains("ELSE CAST('settle:require-row:0:'"))
        #expect(folded.values == statements.flatMap(\.values))
        // An account without a patient link is matched to a stored row without one.
        var clinician = account
        clinician.role = .clinician
        clinician.patientID = nil
        let check = WriteStatements.liveSessionCheck(TokenHash(hashing: "t"), account: clinician, now: day.startDate)
        #expect(check.sql.hasSuffix("AND u.patient_id IS NULL"))
        #expect(check.sql.filter { $0 == "?" }.count == check.values.count)
    }

    @Test("RETURNING is found in any letter case, and only as the whole word's letters")
    func returningKeyword() {
        #expect(PostgresBatch.containsReturning("UPDATE t SET a = 1 WHERE id = ? RETURNING id"))
        #expect(PostgresBatch.containsReturning("insert … returning 1"))
        #expect(PostgresBatch.containsReturning("INSERT … ReTuRnInG 1"))
        #expect(PostgresBatch.containsReturning("RETURRETURNING"))
        #expect(!PostgresBatch.containsReturning("INSERT INTO audit_events (id) VALUES (?)"))
        #expect(!PostgresBatch.containsReturning("RETURNIN"))
        #expect(!PostgresBatch.containsReturning(""))
    }

    @Test("numbered statement texts are kept up to the capacity, numbered alike beyond it")
    func numberedTextsAreBounded() {
        let texts = NumberedTexts(capacity: 2)
        #expect(texts.numbered("a = ? AND b = ?") == "a = $1 AND b = $2")
        #expect(texts.numbered("c = ?") == "c = $1")
        #expect(texts.numbered("d = ? OR e = ? OR f = ?") == "d = $1 OR e = $2 OR f = $3")
        #expect(texts.count == 2)
        #expect(texts.numbered("a = ? AND b = ?") == "a = $1 AND b = $2")
        #expect(texts.count == 2)
    }

    @Test("batches that one statement cannot run alike stay statement by statement")
    func unsafeBatchesAreNotFolded() throws {
        let patient = Patient(displayName: "P", createdAt: Date(timeIntervalSince1970: 0))
        let user = UserAccount(
            email: "p@clinic.example", displayName: "P", role: .patient, passwordHash: "$2b$12$x", patientID: patient.id,
            createdAt: Date(timeIntervalSince1970: 0))
        let entry = DiaryEntry(patientID: patient.id, day: day, recordedAt: day.startDate, pain: 4)
        // A check of a table written earlier in the batch would not see the new row (one snapshot).
        let other = Patient(displayName: "Q", createdAt: Date(timeIntervalSince1970: 0))
        #expect(
            PostgresBatch.folded(
                try BulkInsert.statements(for: [
                    .saveDiaryEntry(entry), .createUser(user),
                ])) == nil)
        // Two record writes of different patients bump two rows of one table.
        #expect(
            PostgresBatch.folded(
                try BulkInsert.statements(for: [
                    .saveDiaryEntry(entry),
                    .upsertGoal(Goal(patientID: other.id, activity: "swim", baselineRating: 3, createdOn: day)),
                ])) == nil)
        #expect(PostgresBatch.folded(try BulkInsert.statements(for: [.createPatient(patient), .createUser(user)])) == nil)
        // Two writes of one table (delete then insert of a day) could touch the same row twice.
        #expect(
            PostgresBatch.folded(
                try BulkInsert.statements(for: [.replaceDiaryDay(patientID: patient.id, day: day, entries: [entry])])) == nil)
        // A statement that does not say what it touches.
        #expect(
            PostgresBatch.folded(try BulkInsert.statements(for: [.deleteSessions(userID: user.id)]) + checkIn(patient.id)) == nil)
        // One statement needs no folding.
        #expect(PostgresBatch.folded([RecordRows.insert("t", "a", [.int(1)])]) == nil)
    }

    @Test("the failure marker names the statement")
    func markerIsParsed() {
        #expect(PostgresBatch.requiredRowFailure(in: "invalid input syntax for type bigint: \"settle:require-row:12:0\"") == 12)
        #expect(PostgresBatch.requiredRowFailure(in: "invalid input syntax for type bigint: \"abc\"") == nil)
    }
}
