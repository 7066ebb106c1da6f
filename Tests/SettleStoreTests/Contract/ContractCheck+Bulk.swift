import Foundation
import SettleCare
import SettleStore
import Testing

extension ContractCheck {
    /// Thousands of writes in one batch (as a seed or an import sends them) are stored exactly,
    /// and a failure anywhere in them still undoes the whole batch with the same typed error.
    static func largeBatchesStoreEveryRow(_ store: any ClinicStore) async throws {
        let clinician = Fixtures.user()
        let patients = (0..<3).map { Fixtures.patient("Bulk \($0)", clinician: clinician.id) }
        // 3 × 2,000 entries, interleaved across patients: more rows than fit in one statement.
        var entries: [DiaryEntry] = []
        for offset in 0..<2_000 {
            for (index, patient) in patients.enumerated() {
                entries.append(
                    Fixtures.entry(patient.id, day: Fixtures.day0.adding(days: offset), hour: 8, pain: (offset + index) % 11))
            }
        }
        let audits = (0..<50).map { index in
            AuditEvent(at: Clock.at(hours: Double(index)), actorID: clinician.id, action: "bulk.test", target: "row \(index)")
        }
        try await store.apply(
            [.createUser(clinician)] + patients.map(StoreWrite.createPatient) + entries.map(StoreWrite.addDiaryEntry)
                + audits.map(StoreWrite.appendAudit))
        let last = Fixtures.day0.adding(days: 1_999)
        for patient in patients {
            let stored = try await store.diaryEntries(patientID: patient.id, from: Fixtures.day0, through: last)
            #expect(stored.count == 2_000)
            #expect(stored == entries.filter { $0.patientID == patient.id })
        }
        #expect(
            try await store.patients(clinicianID: clinician.id, includeArchived: false).map(\.displayName) == [
                "Bulk 0", "Bulk 1", "Bulk 2",
            ])
        #expect(try await store.auditEvents(patientID: nil, actorID: clinician.id, limit: 100).count == 50)

        // A missing patient deep in a large batch: notFound naming it, nothing of the batch stored.
        let ghost = UUID()
        let fresh = Fixtures.patient("Bulk fresh")
        var more = (0..<3_000).map { Fixtures.entry(fresh.id, day: Fixtures.day0.adding(days: $0)) }
        more[2_900] = Fixtures.entry(ghost, day: Fixtures.day0)
        let missing = await storeError { () async throws(StoreError) in
            try await store.apply([.createPatient(fresh)] + more.map(StoreWrite.addDiaryEntry))
        }
        #expect(missing == .notFound(entity: "patient", id: ghost.uuidString))
        #expect(try await store.patient(id: fresh.id) == nil)

        // A reused id in a later chunk: conflict on the id, and the earlier rows are undone.
        var duplicated = (0..<3_000).map { Fixtures.entry(patients[0].id, day: Fixtures.day0.adding(days: 3_000 + $0)) }
        duplicated[2_999].id = duplicated[0].id
        let conflict = await storeError { () async throws(StoreError) in
            try await store.apply(duplicated.map(StoreWrite.addDiaryEntry))
        }
        guard case .conflict(field: "id", _) = conflict else {
            Issue.record("a reused diary id should conflict on id, got \(String(describing: conflict))")
            return
        }
        let after = try await store.diaryEntries(
            patientID: patients[0].id, from: Fixtures.day0.adding(days: 3_000), through: Fixtures.day0.adding(days: 6_000))
        #expect(after.isEmpty)
    }
}
