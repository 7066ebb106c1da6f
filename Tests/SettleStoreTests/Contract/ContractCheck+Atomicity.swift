import Foundation
import SettleCare
import SettleStore
import Testing

extension ContractCheck {
    static func invalidBatchWritesNothing(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        let good = Fixtures.entry(patient.id, day: Fixtures.day0)
        var bad = Fixtures.entry(patient.id, day: Fixtures.day0, hour: 9)
        bad.pain = 11
        bad.sleepQuality = -1
        let error = await storeError { () async throws(StoreError) in
            try await store.apply([.createPatient(patient), .addDiaryEntry(good), .addDiaryEntry(bad)])
        }
        #expect(
            error
                == .invalid([
                    RecordProblem(field: "writes[2].pain", message: "must be 0–10, got 11"),
                    RecordProblem(field: "writes[2].sleepQuality", message: "must be 0–10, got -1"),
                ]))
        #expect(try await store.patient(id: patient.id) == nil)
        #expect(try await store.diaryEntries(patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0).isEmpty)
    }

    static func failingBatchRollsBack(_ store: any ClinicStore) async throws {
        // Valid records, but the database refuses the last write: everything before it is undone.
        let existing = Fixtures.user()
        try await store.createUser(existing)
        let patient = Fixtures.patient()
        let entry = Fixtures.entry(patient.id, day: Fixtures.day0)
        var duplicate = Fixtures.user()
        duplicate.email = existing.email
        let conflict = await storeError { () async throws(StoreError) in
            try await store.apply([.createPatient(patient), .addDiaryEntry(entry), .createUser(duplicate)])
        }
        guard case .conflict(field: "email", _) = conflict else {
            Issue.record("duplicate e-mail should conflict on email, got \(String(describing: conflict))")
            return
        }
        #expect(try await store.patient(id: patient.id) == nil)
        #expect(try await store.user(id: duplicate.id) == nil)

        // A write that refers to a missing patient fails the batch the same way.
        let ghost = UUID()
        let second = Fixtures.patient("Second")
        let missing = await storeError { () async throws(StoreError) in
            try await store.apply([.createPatient(second), .addDiaryEntry(Fixtures.entry(ghost, day: Fixtures.day0))])
        }
        #expect(missing == .notFound(entity: "patient", id: ghost.uuidString))
        #expect(try await store.patient(id: second.id) == nil)

        // Import-like batch: replacing a day and adding a session in one go; a failing session undoes the day.
        try await store.createPatient(patient)
        try await store.addDiaryEntry(entry)
        let session = TreatmentSession(
            patientID: ghost, day: Fixtures.day0, treatment: .education(EducationDetails(topics: ["pacing"])))
        let undone = await storeError { () async throws(StoreError) in
            try await store.apply([
                .replaceDiaryDay(patientID: patient.id, day: Fixtures.day0, entries: []), .addTreatmentSession(session),
            ])
        }
        #expect(undone == .notFound(entity: "patient", id: ghost.uuidString))
        #expect(try await store.diaryEntries(patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0) == [entry])
    }

    static func typedErrorsNameTheProblem(_ store: any ClinicStore) async throws {
        let missing = Fixtures.patient()
        #expect(
            await storeError { () async throws(StoreError) in try await store.updatePatient(missing) }
                == .notFound(entity: "patient", id: missing.id.uuidString))
        let nobody = UUID()
        #expect(
            await storeError { () async throws(StoreError) in
                try await store.createPatient(Fixtures.patient(clinician: nobody))
            } == .notFound(entity: "clinician", id: nobody.uuidString))
        #expect(
            await storeError { () async throws(StoreError) in try await store.revokeAPIToken(id: nobody) }
                == .notFound(entity: "API token", id: nobody.uuidString))

        // A patient account cannot be a clinician for ownership.
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let patientUser = Fixtures.user(.patient, patientID: patient.id)
        try await store.createUser(patientUser)
        #expect(
            await storeError { () async throws(StoreError) in
                try await store.assignClinician(patientID: patient.id, clinicianID: patientUser.id)
            } == .notFound(entity: "clinician", id: patientUser.id.uuidString))

        // Same id twice is a conflict on id.
        let duplicateID = await storeError { () async throws(StoreError) in try await store.createPatient(patient) }
        guard case .conflict(field: "id", _) = duplicateID else {
            Issue.record("duplicate id should conflict on id, got \(String(describing: duplicateID))")
            return
        }
    }

    static func concurrentWrites(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let entries = (0..<40).map { index in
            Fixtures.entry(patient.id, day: Fixtures.day0.adding(days: index / 4), hour: Double(index % 4) * 3, pain: index % 11)
        }
        try await withThrowingTaskGroup(of: Void.self) { group in
            for entry in entries {
                group.addTask { try await store.addDiaryEntry(entry) }
            }
            try await group.waitForAll()
        }
        let stored = try await store.diaryEntries(
            patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0.adding(days: 20))
        #expect(stored == entries)

        // Concurrent sign-ups with one e-mail: exactly one wins, the others get a conflict on email.
        let email = "same-\(UUID().uuidString.prefix(6))@example.org"
        let results = await withTaskGroup(of: StoreError?.self, returning: [StoreError?].self) { group in
            for index in 0..<6 {
                group.addTask {
                    var user = Fixtures.user(name: "Twin \(index)")
                    user.email = email
                    return await storeError { () async throws(StoreError) in try await store.createUser(user) }
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.filter { $0 == nil }.count == 1)
        for case let error? in results {
            guard case .conflict(field: "email", _) = error else {
                Issue.record("losing sign-up should conflict on email, got \(error)")
                continue
            }
        }
    }
}
