import Foundation
import GRDB
import SettleCare
import Testing

@testable import SettleStore

/// The two ways the embedded store is opened.
enum SQLiteKind: String, CaseIterable, Sendable, CustomTestStringConvertible {
    /// A WAL-mode `DatabasePool` on a real file in a temporary folder.
    case file
    /// A private in-memory `DatabaseQueue`.
    case memory

    var testDescription: String { rawValue }
}

/// A fresh temporary folder, removed by `cleanup()`.
struct TemporaryFolder {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("settle-store-\(UUID().uuidString)")
    func cleanup() { try? FileManager.default.removeItem(at: url) }
}

@Suite("SQLite store contract")
struct SQLiteContractTests {
    @Test("contract", arguments: SQLiteKind.allCases, ContractCheck.allCases)
    func contract(kind: SQLiteKind, check: ContractCheck) async throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let store = try kind == .file ? SQLiteClinicStore(folder: folder.url) : SQLiteClinicStore.inMemory()
        try await store.migrate()
        let writer = store.writer
        let harness = StoreHarness(store: store) { sql in
            try await writer.read { db in try String.fetchAll(db, sql: sql) }
        }
        try await check.run(harness)
    }

    @Test("a file store uses WAL, keeps data across reopening and does not re-run migrations")
    func fileStoreReopens() async throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        let patient = Fixtures.patient()
        do {
            let store = try SQLiteClinicStore(folder: folder.url)
            try await store.migrate()
            try await store.createPatient(patient)
            let mode = try await store.writer.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
            #expect(mode == "wal")
        }
        #expect(FileManager.default.fileExists(atPath: folder.url.appendingPathComponent("settle.sqlite").path))
        let reopened = try SQLiteClinicStore(folder: folder.url)
        try await reopened.migrate()
        #expect(try await reopened.patient(id: patient.id) == patient)
        let applied = try await reopened.writer.read { db in
            try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        #expect(applied == Schema.migrations.map(\.id))
        #expect(applied == ["0001-accounts-and-records", "0002-record-version"])
    }

    @Test("a data folder that cannot be created is reported with its path")
    func unwritableFolder() throws {
        let folder = TemporaryFolder()
        defer { folder.cleanup() }
        try Data("not a folder".utf8).write(to: folder.url)
        #expect {
            _ = try SQLiteClinicStore(folder: folder.url.appendingPathComponent("data"))
        } throws: { error in
            guard case .unavailable(let detail) = error as? StoreError else { return false }
            return detail.contains(folder.url.lastPathComponent)
        }
    }
}
