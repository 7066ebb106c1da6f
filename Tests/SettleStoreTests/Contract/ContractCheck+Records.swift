import Foundation
import SettleCare
import SettleStore
import Testing

extension ContractCheck {
    static func patientsRoundTripAndUpdate(_ store: any ClinicStore) async throws {
        let clinician = Fixtures.user()
        try await store.createUser(clinician)
        let patient = Fixtures.patient("Bea", clinician: clinician.id)
        try await store.createPatient(patient)
        #expect(try await store.patient(id: patient.id) == patient)

        var updated = patient
        updated.condition = "neck pain"
        updated.birthYear = nil
        updated.archived = true
        try await store.updatePatient(updated)
        #expect(try await store.patient(id: patient.id) == updated)
        #expect(try await store.allPatients(includeArchived: false).isEmpty)
        #expect(try await store.allPatients(includeArchived: true) == [updated])
        #expect(try await store.patient(id: UUID()) == nil)
    }

    static func clinicianListsOnlyOwnPatients(_ store: any ClinicStore) async throws {
        let ada = Fixtures.user(name: "Ada")
        let ben = Fixtures.user(name: "Ben")
        try await store.apply([.createUser(ada), .createUser(ben)])
        let p1 = Fixtures.patient("Cara", clinician: ada.id)
        let p2 = Fixtures.patient("Abel", clinician: ada.id)
        let p3 = Fixtures.patient("Dora", clinician: ben.id)
        let p4 = Fixtures.patient("Eve")
        try await store.apply([.createPatient(p1), .createPatient(p2), .createPatient(p3), .createPatient(p4)])

        #expect(try await store.patients(clinicianID: ada.id, includeArchived: false).map(\.displayName) == ["Abel", "Cara"])
        #expect(try await store.patients(clinicianID: ben.id, includeArchived: false).map(\.displayName) == ["Dora"])
        #expect(try await store.allPatients(includeArchived: false).map(\.displayName) == ["Abel", "Cara", "Dora", "Eve"])

        try await store.assignClinician(patientID: p4.id, clinicianID: ben.id)
        try await store.assignClinician(patientID: p1.id, clinicianID: nil)
        #expect(try await store.patients(clinicianID: ada.id, includeArchived: false).map(\.displayName) == ["Abel"])
        #expect(try await store.patients(clinicianID: ben.id, includeArchived: false).map(\.displayName) == ["Dora", "Eve"])
        #expect(try await store.patient(id: p1.id)?.clinicianID == nil)
    }

    static func diaryRoundTripRangeAndReplace(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let d0 = Fixtures.day0
        let evening = Fixtures.entry(patient.id, day: d0, hour: 20, pain: 7)
        let morning = Fixtures.entry(patient.id, day: d0, hour: 7, pain: 3)
        var sparse = DiaryEntry(patientID: patient.id, day: d0.adding(days: 1), recordedAt: Clock.at(hours: 30), pain: 0)
        sparse.flare = true
        let later = Fixtures.entry(patient.id, day: d0.adding(days: 5))
        try await store.apply([.addDiaryEntry(evening), .addDiaryEntry(morning), .addDiaryEntry(sparse), .addDiaryEntry(later)])

        // Several entries a day, ordered by time; optional fields survive as nil.
        #expect(
            try await store.diaryEntries(patientID: patient.id, from: d0, through: d0.adding(days: 1)) == [
                morning, evening, sparse,
            ])
        #expect(
            try await store.diaryEntries(patientID: patient.id, from: d0.adding(days: 2), through: d0.adding(days: 5)) == [later])
        #expect(try await store.diaryEntries(patientID: UUID(), from: d0, through: d0.adding(days: 9)).isEmpty)

        let replacement = Fixtures.entry(patient.id, day: d0, hour: 12, pain: 4)
        try await store.replaceDiaryDay(patientID: patient.id, day: d0, entries: [replacement])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0) == [replacement])
        try await store.replaceDiaryDay(patientID: patient.id, day: d0, entries: [])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0).isEmpty)
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0.adding(days: 9)).count == 2)
    }

    /// Saving an entry adds it, or overwrites the entry with its id and nothing else; an id of
    /// another patient's or another day's entry is a conflict that changes nothing.
    static func savedDiaryEntryOverwritesOnlyItself(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        let other = Fixtures.patient("Patient B")
        try await store.apply([.createPatient(patient), .createPatient(other)])
        let d0 = Fixtures.day0
        let morning = Fixtures.entry(patient.id, day: d0, hour: 7, pain: 3)
        var evening = Fixtures.entry(patient.id, day: d0, hour: 20, pain: 7)
        try await store.apply([.saveDiaryEntry(morning), .saveDiaryEntry(evening)])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0) == [morning, evening])

        evening.pain = 2
        evening.note = "eased after a walk"
        evening.recordedAt = evening.recordedAt.addingTimeInterval(3600)
        try await store.apply([.saveDiaryEntry(evening)])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0) == [morning, evening])

        var stolen = evening
        stolen.patientID = other.id
        #expect(
            conflictField(await storeError { () async throws(StoreError) in try await store.apply([.saveDiaryEntry(stolen)]) })
                == "id")
        var moved = evening
        moved.day = d0.adding(days: 1)
        moved.recordedAt = moved.day.startDate.addingTimeInterval(3600)
        #expect(
            conflictField(await storeError { () async throws(StoreError) in try await store.apply([.saveDiaryEntry(moved)]) })
                == "id")
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0.adding(days: 1)) == [morning, evening])
        #expect(try await store.diaryEntries(patientID: other.id, from: d0, through: d0).isEmpty)

        let orphan = Fixtures.entry(UUID(), day: d0)
        guard
            case .notFound(let entity, _)? = await storeError({ () async throws(StoreError) in
                try await store.apply([.saveDiaryEntry(orphan)])
            })
        else {
            Issue.record("saving an entry of an unknown patient must fail with notFound")
            return
        }
        #expect(entity == "patient")
    }

    /// A check-in overwrites the day's latest entry — keeping its id and steps, leaving the day's
    /// other entries — or adds one when the day has none; its audit event says which, and a
    /// failing check-in writes neither the entry nor the event.
    static func checkInSavesTheDaysLatestEntry(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let d0 = Fixtures.day0
        func checkIn(day: Day, hour: Double, pain: Int) -> (DiaryEntry, StoreWrite) {
            let entry = DiaryEntry(
                patientID: patient.id, day: day, recordedAt: day.startDate.addingTimeInterval(hour * 3600), pain: pain,
                activityMinutes: 20, sleepQuality: 5, stress: 3, note: "check-in at \(hour)")
            let audit = AuditEvent(
                at: entry.recordedAt, actorID: nil, action: "diary.add", patientID: patient.id, target: "diary/\(day.iso)")
            return (entry, .saveCheckIn(entry, audit: audit, replacedAction: "diary.update"))
        }
        func actions() async throws -> [String] {
            try await store.auditEvents(patientID: patient.id, actorID: nil, limit: 10).map(\.action)
        }

        // An empty day: the check-in is added as given.
        let (first, firstWrite) = checkIn(day: d0, hour: 9, pain: 6)
        try await store.apply([firstWrite])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d0) == [first])
        #expect(try await actions() == ["diary.add"])

        // Two entries on the next day (the evening one with steps): a check-in overwrites the
        // evening one under its id, keeping its steps; the morning entry stays.
        let d1 = d0.adding(days: 1)
        let morning = Fixtures.entry(patient.id, day: d1, hour: 7, pain: 3)
        let evening = Fixtures.entry(patient.id, day: d1, hour: 20, pain: 7)
        try await store.apply([.addDiaryEntry(morning), .addDiaryEntry(evening)])
        let (late, lateWrite) = checkIn(day: d1, hour: 22, pain: 2)
        try await store.apply([lateWrite])
        var expected = late
        expected.id = evening.id
        expected.steps = evening.steps
        #expect(try await store.diaryEntries(patientID: patient.id, from: d1, through: d1) == [morning, expected])
        #expect(try await actions() == ["diary.update", "diary.add"])

        // A check-in for an unknown patient: nothing is written, not even the audit event.
        let stranger = DiaryEntry(patientID: UUID(), day: d0, recordedAt: d0.startDate, pain: 4)
        let failing = StoreWrite.saveCheckIn(
            stranger, audit: AuditEvent(at: d0.startDate, actorID: nil, action: "diary.add", patientID: stranger.patientID),
            replacedAction: "diary.update")
        guard
            case .notFound(let entity, _)? = await storeError({ () async throws(StoreError) in try await store.apply([failing]) })
        else {
            Issue.record("a check-in of an unknown patient must fail with notFound")
            return
        }
        #expect(entity == "patient")
        #expect(try await store.auditEvents(patientID: stranger.patientID, actorID: nil, limit: 10).isEmpty)

        // The audit event must concern the entry's patient; the replaced action must be a valid action.
        let mismatched = StoreWrite.saveCheckIn(
            first, audit: AuditEvent(at: d0.startDate, actorID: nil, action: "diary.add", patientID: UUID()),
            replacedAction: "")
        guard
            case .invalid(let problems)? = await storeError({ () async throws(StoreError) in try await store.apply([mismatched]) }
            )
        else {
            Issue.record("a check-in whose audit names another patient must be invalid")
            return
        }
        #expect(problems.map(\.field).sorted() == ["writes[0].audit.patientID", "writes[0].replacedAction"])
        #expect(try await store.diaryEntries(patientID: patient.id, from: d0, through: d1).count == 3)
    }

    static func treatmentSessionsRoundTrip(_ store: any ClinicStore) async throws {
        let clinician = Fixtures.user()
        let patient = Fixtures.patient(clinician: clinician.id)
        try await store.apply([.createUser(clinician), .createPatient(patient)])
        let d0 = Fixtures.day0
        let needling = TreatmentSession(
            patientID: patient.id, clinicianID: clinician.id, day: d0.adding(days: 2),
            treatment: .acupuncture(
                AcupunctureDetails(
                    arm: .verum, points: ["LI4", "ST36", "BL23"], needleCount: 10, retentionMinutes: 20, electro: true,
                    deQi: true, adverseEvents: ["bruising at LI4"])),
            note: "first session")
        let sham = TreatmentSession(
            patientID: patient.id, day: d0.adding(days: 3),
            treatment: .acupuncture(AcupunctureDetails(arm: .sham, needleCount: 8, retentionMinutes: 15)))
        let exposure = TreatmentSession(
            patientID: patient.id, clinicianID: clinician.id, day: d0,
            treatment: .exercise(
                ExerciseDetails(kind: .gradedExposure, prescription: "lift 5 kg box ×5, twice daily", minutes: 30)))
        let education = TreatmentSession(
            patientID: patient.id, clinicianID: clinician.id, day: d0.adding(days: 1),
            treatment: .education(EducationDetails(topics: ["pain as protection", "sleep"], minutes: 25)))
        try await store.apply([.addTreatmentSession(needling), .addTreatmentSession(sham)])
        try await store.apply([.addTreatmentSession(exposure), .addTreatmentSession(education)])
        #expect(try await store.treatmentSessions(patientID: patient.id) == [exposure, education, needling, sham])
    }

    static func administrationsRoundTrip(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let pcs = QuestionnaireAdministration(
            patientID: patient.id, instrumentID: "pcs", version: "1.0", variant: "en", day: Fixtures.day0,
            administeredAt: Clock.start, answers: ["q1": 3, "q2": 4, "q13": 0],
            scoreJSON: #"{"total":7,"subscales":{"rumination":0}}"#)
        let peg = QuestionnaireAdministration(
            patientID: patient.id, instrumentID: "peg-3", version: "2009", day: Fixtures.day0.adding(days: 7),
            administeredAt: Clock.at(hours: 168), answers: ["pain": 6.5, "enjoyment": 5, "activity": 4])
        let pcsLater = QuestionnaireAdministration(
            patientID: patient.id, instrumentID: "pcs", version: "1.0", variant: "en", day: Fixtures.day0.adding(days: 28),
            administeredAt: Clock.at(hours: 672), answers: [:])
        try await store.apply([.addAdministration(pcsLater), .addAdministration(peg), .addAdministration(pcs)])
        #expect(try await store.administrations(patientID: patient.id, instrumentID: nil) == [pcs, peg, pcsLater])
        #expect(try await store.administrations(patientID: patient.id, instrumentID: "pcs") == [pcs, pcsLater])
        #expect(try await store.administrations(patientID: patient.id, instrumentID: "tsk-11").isEmpty)
    }

    static func plansKeepLatestAsCurrent(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        #expect(try await store.currentPlan(patientID: patient.id) == nil)
        let first = ActivityPlan(
            patientID: patient.id, startDay: Fixtures.day0, weeklyQuotaMinutes: 90,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7, holdOnFlare: true, ceilingMinutes: 300),
            setAt: Clock.start, note: "walks")
        let second = ActivityPlan(
            patientID: patient.id, startDay: Fixtures.day0.adding(days: 14), weeklyQuotaMinutes: 120,
            progression: .steady, setAt: Clock.at(hours: 336))
        try await store.setPlan(second)
        try await store.setPlan(first)  // set later in wall time, but older setAt: not current
        #expect(try await store.currentPlan(patientID: patient.id) == second)
    }

    static func goalsUpsert(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        let other = Fixtures.patient("Other")
        try await store.apply([.createPatient(patient), .createPatient(other)])
        var stairs = Goal(
            patientID: patient.id, activity: "climb stairs", baselineRating: 3, targetRating: 7, createdOn: Fixtures.day0)
        let garden = Goal(patientID: patient.id, activity: "garden for an hour", baselineRating: 2, createdOn: Fixtures.day0)
        try await store.apply([.upsertGoal(stairs), .upsertGoal(garden)])
        #expect(try await store.goals(patientID: patient.id) == [stairs, garden])

        stairs.active = false
        stairs.targetRating = 8
        try await store.upsertGoal(stairs)
        #expect(try await store.goals(patientID: patient.id) == [stairs, garden])

        var stolen = garden
        stolen.patientID = other.id
        let error = await storeError { () async throws(StoreError) in try await store.upsertGoal(stolen) }
        guard case .conflict(field: "goal.patientID", _) = error else {
            Issue.record("moving a goal to another patient should conflict, got \(String(describing: error))")
            return
        }
        #expect(try await store.goals(patientID: other.id).isEmpty)
    }

    static func auditNewestFirstWithFilters(_ store: any ClinicStore) async throws {
        let actor = UUID()
        let patientA = UUID()
        let events = (0..<5).map { index in
            AuditEvent(
                at: Clock.at(hours: Double(index)), actorID: index.isMultiple(of: 2) ? actor : nil,
                action: "diary.add", patientID: index < 3 ? patientA : nil, target: "entry/\(index)")
        }
        try await store.apply(events.map(StoreWrite.appendAudit))
        #expect(try await store.auditEvents(patientID: nil, actorID: nil, limit: 10) == events.reversed())
        #expect(try await store.auditEvents(patientID: nil, actorID: nil, limit: 2).map(\.target) == ["entry/4", "entry/3"])
        #expect(
            try await store.auditEvents(patientID: patientA, actorID: nil, limit: 10).map(\.target) == [
                "entry/2", "entry/1", "entry/0",
            ])
        #expect(
            try await store.auditEvents(patientID: patientA, actorID: actor, limit: 10).map(\.target) == ["entry/2", "entry/0"])
        let badLimit = await storeError { () async throws(StoreError) in
            _ = try await store.auditEvents(patientID: nil, actorID: nil, limit: 0)
        }
        #expect(badLimit == .invalid([RecordProblem(field: "limit", message: "must be 1–10000, got 0")]))
    }

    static func patientRecordAssembles(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        try await store.createPatient(patient)
        let entry = Fixtures.entry(patient.id, day: Fixtures.day0)
        let goal = Goal(patientID: patient.id, activity: "walk the dog", baselineRating: 4, createdOn: Fixtures.day0)
        try await store.apply([.addDiaryEntry(entry), .upsertGoal(goal)])
        let record = try #require(try await store.patientRecord(id: patient.id))
        #expect(record == PatientRecord(patient: patient, diary: [entry], goals: [goal]))
        #expect(try await store.patientRecord(id: UUID()) == nil)
    }
}

extension ContractCheck {
    /// Every write that changes a care record raises that patient's record version (and only that
    /// patient's); writes that leave the record alone, reads, and failed batches do not.
    static func recordVersionCountsRecordChanges(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        let other = Fixtures.patient("Patient B")
        try await store.apply([.createPatient(patient), .createPatient(other)])
        #expect(try await store.recordVersion(patientID: UUID()) == nil)
        let start = try #require(try await store.recordVersion(patientID: patient.id))
        let otherStart = try #require(try await store.recordVersion(patientID: other.id))
        let d0 = Fixtures.day0
        let entry = Fixtures.entry(patient.id, day: d0)
        var edited = entry
        edited.pain = 2
        let changes: [(String, [StoreWrite])] = [
            ("addDiaryEntry", [.addDiaryEntry(entry)]),
            ("saveDiaryEntry", [.saveDiaryEntry(edited)]),
            (
                "saveCheckIn",
                [
                    .saveCheckIn(
                        edited, audit: AuditEvent(at: Clock.start, actorID: nil, action: "diary.add", patientID: patient.id),
                        replacedAction: "diary.update")
                ]
            ),
            ("replaceDiaryDay", [.replaceDiaryDay(patientID: patient.id, day: d0, entries: [])]),
            (
                "addTreatmentSession",
                [
                    .addTreatmentSession(
                        TreatmentSession(
                            patientID: patient.id, day: d0,
                            treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: 8, retentionMinutes: 20))))
                ]
            ),
            (
                "addAdministration",
                [
                    .addAdministration(
                        QuestionnaireAdministration(
                            patientID: patient.id, instrumentID: "peg-3", version: "2009", day: d0, administeredAt: Clock.start,
                            answers: ["pain": 6, "enjoyment": 5, "activity": 4]))
                ]
            ),
            (
                "setPlan",
                [
                    .setPlan(
                        ActivityPlan(
                            patientID: patient.id, startDay: d0, weeklyQuotaMinutes: 90, progression: .steady,
                            setAt: Clock.start))
                ]
            ),
            ("upsertGoal", [.upsertGoal(Goal(patientID: patient.id, activity: "swim", baselineRating: 3, createdOn: d0))]),
        ]
        var expected = start
        for (name, writes) in changes {
            try await store.apply(writes)
            expected += 1
            #expect(try await store.recordVersion(patientID: patient.id) == expected, "after \(name)")
        }
        // A batch of several record writes raises the version; the other patient's stays put.
        try await store.apply([
            .addDiaryEntry(Fixtures.entry(patient.id, day: d0.adding(days: 1))),
            .addDiaryEntry(Fixtures.entry(patient.id, day: d0.adding(days: 2))),
        ])
        let afterBatch = try #require(try await store.recordVersion(patientID: patient.id))
        #expect(afterBatch > expected)
        #expect(try await store.recordVersion(patientID: other.id) == otherStart)

        // Writes outside the care record, and a batch that fails, leave the version alone.
        var renamed = patient
        renamed.displayName = "Patient A (renamed)"
        try await store.apply([
            .updatePatient(renamed),
            .appendAudit(
                AuditEvent(at: Clock.start, actorID: nil, action: "patient.view", patientID: patient.id, target: "dashboard")),
        ])
        let failed = await storeError { () async throws(StoreError) in
            try await store.apply([
                .addDiaryEntry(Fixtures.entry(patient.id, day: d0)), .addDiaryEntry(Fixtures.entry(UUID(), day: d0)),
            ])
        }
        #expect(failed != nil)
        #expect(try await store.recordVersion(patientID: patient.id) == afterBatch)
        _ = try await store.diaryEntries(patientID: patient.id, from: d0, through: d0.adding(days: 2))
        #expect(try await store.recordVersion(patientID: patient.id) == afterBatch)
    }
}
