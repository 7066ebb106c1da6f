import Foundation
import SettleCare

/// Turns a batch of writes into as few statements as the rules allow.
///
/// Runs of consecutive plain inserts into the same table (`createPatient`, `createUser`,
/// `addDiaryEntry`, `addTreatmentSession`, `addAdministration`, `appendAudit`) become multi-row
/// `INSERT … VALUES (…), (…)` statements of at most ``maximumParameters`` bound values, preceded
/// by the run's existence checks with duplicates removed (one check per distinct patient or
/// clinician). Behaviour is unchanged: the same rows are written in one transaction, a missing
/// patient still fails with `notFound` naming it, a duplicate id still fails with `conflict`.
/// This is what lets a seed of millions of diary rows run in minutes (about 2,700 diary rows per
/// statement instead of one statement and one check per row).
enum BulkInsert {
    /// Bound values per statement: below SQLite's limit (32,766) and PostgreSQL's (65,535).
    static let maximumParameters = 30_000

    /// A write that is an insert into one table after some existence checks.
    struct Plain {
        var checks: [SQLStatement]
        var table: String
        var columns: String
        var values: [SQLValue]
    }

    /// The statements for `writes`, with runs of plain inserts merged.
    static func statements(for writes: [StoreWrite]) throws(StoreError) -> [SQLStatement] {
        var statements: [SQLStatement] = []
        var run: [Plain] = []
        for write in writes {
            if let plain = try plain(write) {
                if let first = run.first, first.table != plain.table || first.columns != plain.columns {
                    statements += merged(run)
                    run = []
                }
                run.append(plain)
            } else {
                statements += merged(run)
                run = []
                statements += try WriteStatements.statements(for: write)
            }
        }
        statements += merged(run)
        return statements
    }

    /// The run's distinct checks, then its rows in chunks of at most ``maximumParameters`` values.
    static func merged(_ run: [Plain]) -> [SQLStatement] {
        guard let first = run.first else { return [] }
        if run.count == 1 { return first.checks + [RecordRows.insert(first.table, first.columns, first.values)] }
        var statements: [SQLStatement] = []
        var seen: Set<CheckKey> = []
        for plain in run {
            for check in plain.checks where seen.insert(CheckKey(check)).inserted { statements.append(check) }
        }
        let width = max(1, first.values.count)
        let rowsPerStatement = max(1, maximumParameters / width)
        var start = 0
        while start < run.count {
            let chunk = run[start..<min(run.count, start + rowsPerStatement)]
            let row = "(" + Array(repeating: "?", count: width).joined(separator: ", ") + ")"
            let sql =
                "INSERT INTO \(first.table) (\(first.columns)) VALUES "
                + Array(repeating: row, count: chunk.count).joined(separator: ", ")
            var values: [SQLValue] = []
            values.reserveCapacity(width * chunk.count)
            for plain in chunk { values += plain.values }
            statements.append(SQLStatement(sql, values, touches: .writes(first.table)))
            start += chunk.count
        }
        return statements
    }

    /// The write as a plain insert, or nil for writes that update, delete or need special SQL.
    static func plain(_ write: StoreWrite) throws(StoreError) -> Plain? {
        switch write {
        case .addDiaryEntry(let entry):
            return Plain(
                checks: [WriteStatements.recordBump(entry.patientID)], table: "diary_entries",
                columns: RecordRows.diaryColumns, values: RecordRows.values(entry))
        case .addTreatmentSession(let session):
            return Plain(
                checks: [WriteStatements.recordBump(session.patientID)], table: "treatment_sessions",
                columns: RecordRows.treatmentColumns, values: try RecordRows.values(session))
        case .addAdministration(let administration):
            return Plain(
                checks: [WriteStatements.recordBump(administration.patientID)], table: "questionnaire_administrations",
                columns: RecordRows.administrationColumns, values: try RecordRows.values(administration))
        case .createPatient(let patient):
            return Plain(
                checks: WriteStatements.clinicianCheck(patient.clinicianID), table: "patients",
                columns: RecordRows.patientColumns, values: RecordRows.values(patient))
        case .createUser(let user):
            return Plain(
                checks: WriteStatements.patientCheck(user.patientID), table: "users", columns: RecordRows.userColumns,
                values: RecordRows.values(user))
        case .appendAudit(let event):
            return Plain(
                checks: [], table: "audit_events", columns: RecordRows.auditColumns, values: RecordRows.values(event))
        default:
            return nil
        }
    }

    /// Identity of an existence check (its SQL and bound values), for removing duplicates.
    struct CheckKey: Hashable {
        var sql: String
        var values: String

        init(_ statement: SQLStatement) {
            sql = statement.sql
            values = statement.values.map { "\($0)" }.joined(separator: "\u{1F}")
        }
    }
}
