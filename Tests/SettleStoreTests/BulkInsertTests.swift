import Foundation
import GRDB
import SettleCare
import Testing

@testable import SettleStore

@Suite("Bulk writes and SQLite settings")
struct BulkInsertTests {
    @Test("a run of diary writes becomes one record-version bump per patient and multi-row inserts of at most 30,000 values")
    func runsAreMerged() throws {
        let a = UUID()
        let b = UUID()
        let day = Day(year: 2025, month: 3, day: 14)!
        let entries = (0..<6_000).map { index in
            DiaryEntry(patientID: index % 2 == 0 ? a : b, day: day.adding(days: index / 2), recordedAt: day.startDate, pain: 4)
        }
        let statements = try BulkInsert.statements(for: entries.map(StoreWrite.addDiaryEntry))
        let checks = statements.filter { $0.sql.hasPrefix("UPDATE patients SET record_version = record_version + 1") }
        let inserts = statements.filter { $0.sql.hasPrefix("INSERT INTO diary_entries") }
        #expect(checks.map(\.values) == [[.uuid(a)], [.uuid(b)]])
        // 11 columns: 2,727 rows per statement → 3 statements for 6,000 rows.
        #expect(inserts.map { $0.values.count / 11 } == [2_727, 2_727, 546])
        #expect(inserts.allSatisfy { $0.values.count <= BulkInsert.maximumParameters })
        #expect(statements.count == 5)
    }

    @Test("writes that are not plain inserts keep their own statements and split the runs around them")
    func otherWritesSplitRuns() throws {
        let patient = Patient(displayName: "P", createdAt: Date(timeIntervalSince1970: 0))
        let day = Day(year: 2025, month: 3, day: 14)!
        let entry = DiaryEntry(patientID: patient.id, day: day, recordedAt: day.startDate, pain: 4)
        let statements = try BulkInsert.statements(for: [
            .createPatient(patient), .addDiaryEntry(entry), .addDiaryEntry(entry),
            .replaceDiaryDay(patientID: patient.id, day: day, entries: []), .addDiaryEntry(entry),
        ])
        #expect(
            statements.map { String($0.sql.prefix(25)) } == [
                "INSERT INTO patients (id,", "UPDATE patients SET recor", "INSERT INTO diary_entries",
                "UPDATE patients SET recor", "DELETE FROM diary_entries", "UPDATE patients SET recor",
                "INSERT INTO diary_entries",
            ])
        #expect(statements[2].values.count == 22)
    }

    @Test("the file store runs in WAL mode with synchronous = NORMAL; the in-memory store is unchanged")
    func sqlitePragmas() async throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let store = try SQLiteClinicStore(folder: folder.url)
        try await store.migrate()
        let (journal, synchronous) = try await store.writer.read { db in
            (try String.fetchOne(db, sql: "PRAGMA journal_mode"), try Int.fetchOne(db, sql: "PRAGMA synchronous"))
        }
        #expect(journal == "wal")
        #expect(synchronous == 1)
        let written = try await store.writer.write { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(written == 1)
    }
}
