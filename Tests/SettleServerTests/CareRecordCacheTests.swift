import Foundation
import SettleCare
import SettleStore
import Testing

@testable import SettleServer

/// The record cache against a real (in-memory SQLite) store: a kept record is used only while the
/// store's record version is unchanged, whoever wrote.
@Suite("Care record cache")
struct CareRecordCacheTests {
    let today = Day(daysSince1970: 20_000)

    func entry(_ patientID: UUID, daysAgo: Int, pain: Int) -> DiaryEntry {
        let day = today.adding(days: -daysAgo)
        return DiaryEntry(patientID: patientID, day: day, recordedAt: day.startDate.addingTimeInterval(8 * 3600), pain: pain)
    }

    /// A store with two patients, each with `days` daily check-ins.
    func store(days: Int = 5) async throws -> (SQLiteClinicStore, Patient, Patient) {
        let store = try SQLiteClinicStore.inMemory()
        try await store.migrate()
        let a = Patient(displayName: "Synthetic A", createdAt: Date(timeIntervalSince1970: 0))
        let b = Patient(displayName: "Synthetic B", createdAt: Date(timeIntervalSince1970: 0))
        let diary = (0..<days).flatMap { [entry(a.id, daysAgo: $0, pain: 5), entry(b.id, daysAgo: $0, pain: 3)] }
        try await store.apply([.createPatient(a), .createPatient(b)] + diary.map(StoreWrite.addDiaryEntry))
        return (store, a, b)
    }

    @Test("an unchanged record is read from the store once; any write to it, from anywhere, is seen next time")
    func keptUntilTheVersionChanges() async throws {
        let (store, a, b) = try await store()
        let cache = CareRecordCache()
        let first = try await cache.record(for: a, today: today, store: store)
        let again = try await cache.record(for: a, today: today, store: store)
        #expect(first.record == again.record)
        #expect(first.fingerprint == again.fingerprint)
        #expect(first.record.diary.count == 5)
        #expect(cache.storeReads == 1)

        // Written straight to the store (as another server instance would): the next read sees it.
        var edited = first.record.diary[4]
        edited.pain = 9
        try await store.apply([.saveDiaryEntry(edited)])
        let afterEdit = try await cache.record(for: a, today: today, store: store)
        #expect(afterEdit.record.diary.last?.pain == 9)
        #expect(afterEdit.fingerprint != first.fingerprint)
        #expect(cache.storeReads == 2)

        // A write to another patient's record leaves this one kept.
        try await store.apply([.addDiaryEntry(entry(b.id, daysAgo: 0, pain: 2))])
        _ = try await cache.record(for: a, today: today, store: store)
        #expect(cache.storeReads == 2)

        // Each of the record's other parts invalidates it too.
        try await store.apply([
            .upsertGoal(Goal(patientID: a.id, activity: "swim", baselineRating: 3, createdOn: today))
        ])
        #expect(try await cache.record(for: a, today: today, store: store).record.goals.map(\.activity) == ["swim"])
        #expect(cache.storeReads == 3)
    }

    @Test("the patient's own fields come from the caller, the day is part of the key, unknown patients are not found")
    func patientDayAndUnknown() async throws {
        let (store, a, _) = try await store()
        let cache = CareRecordCache()
        _ = try await cache.record(for: a, today: today, store: store)
        var renamed = a
        renamed.displayName = "Synthetic A (renamed)"
        #expect(
            try await cache.record(for: renamed, today: today, store: store).record.patient.displayName == renamed.displayName)
        #expect(cache.storeReads == 1)
        // Tomorrow the two-year window moves: read again.
        _ = try await cache.record(for: a, today: today.adding(days: 1), store: store)
        #expect(cache.storeReads == 2)

        let stranger = Patient(displayName: "Nobody", createdAt: Date(timeIntervalSince1970: 0))
        await #expect(throws: StoreError.notFound(entity: "patient", id: stranger.id.uuidString)) {
            _ = try await cache.record(for: stranger, today: today, store: store)
        }
    }

    @Test("at most `capacity` records are kept, the least recently used dropped first")
    func capacity() async throws {
        let (store, a, b) = try await store()
        let cache = CareRecordCache(capacity: 1)
        _ = try await cache.record(for: a, today: today, store: store)
        _ = try await cache.record(for: b, today: today, store: store)
        #expect(cache.count == 1)
        _ = try await cache.record(for: b, today: today, store: store)
        #expect(cache.storeReads == 2)
        _ = try await cache.record(for: a, today: today, store: store)
        #expect(cache.storeReads == 3)
    }
}
