import ArgumentParser
import Foundation
import SettleCare
import SettleStore
import Testing

@testable import settle

/// `settle seed-clinic`: the synthetic benchmark clinic, written through a real SQLite store.
@Suite("settle seed-clinic")
struct SeedClinicCommandTests {
    let folder: URL
    let today = Day(containing: Date())

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-seed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func seeder(patients: Int, days: Int, clinicians: Int) -> ClinicSeeder {
        ClinicSeeder(
            patients: patients, days: days, clinicians: clinicians, seed: 6, passwordHash: "not-a-real-hash", today: today)
    }

    @Test("seeds every patient with one diary entry a day ending yesterday, spread over the clinicians")
    func seedsTheClinic() async throws {
        let store = try SQLiteClinicStore(folder: folder)
        try await store.migrate()
        let seeder = seeder(patients: 7, days: 30, clinicians: 3)
        let summary = try await seeder.seed(into: store, patientsPerTransaction: 3) { _ in }
        #expect(summary.patients == 7)
        #expect(summary.clinicians == 3)
        #expect(summary.diaryRows == 7 * 30)
        let users = try await store.users()
        #expect(users.count == 1 + 3 + 7)
        #expect(users.filter { $0.role == .patient }.count == 7)
        let first = try #require(summary.patientIDs.first)
        let diary = try await store.diaryEntries(patientID: first, from: today.adding(days: -400), through: today)
        #expect(diary.count == 30)
        #expect(diary.map(\.day).max() == today.adding(days: -1))
        #expect(diary.allSatisfy { (0...10).contains($0.pain) })
        // Patient k belongs to clinician k mod 3: 3 + 2 + 2.
        let perClinician = try await summary.clinicianIDs.asyncMap {
            try await store.patients(clinicianID: $0, includeArchived: false).count
        }
        #expect(perClinician == [3, 2, 2])
        let manifest = seeder.manifest(password: "benchmark-pw", summary: summary)
        #expect(manifest.contains("patient-6@bench.settle.invalid"))
    }

    @Test("refuses a database that already has accounts, and writes nothing more")
    func refusesANonEmptyDatabase() async throws {
        let store = try SQLiteClinicStore(folder: folder)
        try await store.migrate()
        _ = try await seeder(patients: 2, days: 5, clinicians: 1).seed(into: store, patientsPerTransaction: 10) { _ in }
        let before = try await store.users().count
        await #expect(throws: CLIError.self) {
            _ = try await seeder(patients: 2, days: 5, clinicians: 1).seed(into: store, patientsPerTransaction: 10) { _ in }
        }
        #expect(try await store.users().count == before)
    }

    @Test("options out of range are rejected with the option named")
    func validatesOptions() throws {
        #expect(throws: (any Error).self) { _ = try SeedClinicCommand.parse(["--patients", "0", "--data-dir", folder.path]) }
        do {
            _ = try SeedClinicCommand.parse(["--days", "5000", "--data-dir", folder.path])
            Issue.record("--days 5000 was accepted")
        } catch {
            #expect(SeedClinicCommand.message(for: error).contains("--days must be 1–3650"))
        }
    }
}

extension Array {
    fileprivate func asyncMap<T>(_ transform: (Element) async throws -> T) async rethrows -> [T] {
        var out: [T] = []
        for element in self { out.append(try await transform(element)) }
        return out
    }
}
