import Foundation
import SettleCare
import SettleStore
import Testing

extension ContractCheck {
    /// Two check-in saves of one patient at once (a double submit, or a retry while the first is
    /// still running) both replace the same day with the same entry id: neither fails, and the day
    /// ends with exactly one of them.
    static func concurrentDayReplacements(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let first = Fixtures.entry(patient.id, day: Fixtures.day0)
        let other = Fixtures.entry(patient.id, day: Fixtures.day0, hour: 7)
        try await store.apply([.addDiaryEntry(first), .addDiaryEntry(other)])
        try await withThrowingTaskGroup(of: Void.self) { group in
            for pain in 0..<8 {
                group.addTask {
                    var edited = first
                    edited.pain = pain
                    try await store.replaceDiaryDay(patientID: patient.id, day: Fixtures.day0, entries: [other, edited])
                }
            }
            try await group.waitForAll()
        }
        let day = try await store.diaryEntries(patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0)
        #expect(day.map(\.id) == [other.id, first.id])
        #expect((0..<8).contains(day.last?.pain ?? -1))

        // Reusing another day's entry id in a replacement still conflicts on the id.
        let elsewhere = Fixtures.entry(patient.id, day: Fixtures.day0.adding(days: 1))
        try await store.addDiaryEntry(elsewhere)
        var moved = elsewhere
        moved.day = Fixtures.day0
        let conflict = await storeError { () async throws(StoreError) in
            try await store.replaceDiaryDay(patientID: patient.id, day: Fixtures.day0, entries: [moved])
        }
        guard case .conflict(field: "id", _) = conflict else {
            Issue.record("reusing another day's entry id should conflict on id, got \(String(describing: conflict))")
            return
        }
        #expect(try await store.diaryEntries(patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0).count == 2)
    }
}
