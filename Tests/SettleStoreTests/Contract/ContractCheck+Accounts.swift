import Foundation
import SettleCare
import SettleStore
import Testing

extension ContractCheck {
    static func migrationsAreIdempotent(_ store: any ClinicStore, _ harness: StoreHarness) async throws {
        // The harness already migrated once; run again, twice concurrently, and the store still works.
        try await store.migrate()
        async let first: Void = store.migrate()
        async let second: Void = store.migrate()
        _ = try await (first, second)
        let user = Fixtures.user()
        try await store.createUser(user)
        #expect(try await store.user(id: user.id) == user)
        let tables = try await harness.rawStrings("SELECT COUNT(*) FROM diary_entries")
        #expect(tables == ["0"])
    }

    static func usersRoundTrip(_ store: any ClinicStore) async throws {
        let admin = Fixtures.user(.admin, name: "Admin")
        let clinician = Fixtures.user(.clinician, name: "Clinician")
        let patient = Fixtures.patient()
        try await store.apply([.createUser(admin), .createUser(clinician), .createPatient(patient)])
        let patientUser = Fixtures.user(.patient, patientID: patient.id, name: "Pat")
        try await store.createUser(patientUser)

        #expect(try await store.user(id: patientUser.id) == patientUser)
        #expect(try await store.user(email: "  " + clinician.email.uppercased()) == clinician)
        #expect(try await store.user(email: "nobody@clinic.example") == nil)
        #expect(try await store.users().map(\.id) == [admin, clinician, patientUser].sorted { $0.email < $1.email }.map(\.id))

        var changed = clinician
        changed.displayName = "Dr Ada Lovelace"
        changed.disabled = true
        try await store.updateUser(changed)
        #expect(try await store.user(id: clinician.id) == changed)
    }

    static func sessionTokenStoredHashed(_ store: any ClinicStore, _ harness: StoreHarness) async throws {
        let user = Fixtures.user()
        try await store.createUser(user)
        let token = "hello world"
        let session = AuthSession(
            tokenHash: TokenHash(hashing: token), userID: user.id, createdAt: Clock.start, expiresAt: Clock.at(hours: 12))
        let expired = AuthSession(
            tokenHash: TokenHash(hashing: "old token"), userID: user.id, createdAt: Clock.start, expiresAt: Clock.at(hours: 1))
        try await store.apply([.createSession(session), .createSession(expired)])

        // SHA-256("hello world"), the FIPS 180-2 style test vector published widely.
        let stored = try await harness.rawStrings("SELECT token_hash FROM sessions ORDER BY expires_at DESC")
        #expect(
            stored == ["b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", TokenHash(hashing: "old token").hex])
        #expect(!stored.contains(token))

        #expect(try await store.validSession(tokenHash: TokenHash(hashing: token), now: Clock.at(hours: 2)) == session)
        #expect(try await store.validSession(tokenHash: TokenHash(hashing: token), now: Clock.at(hours: 12)) == nil)
        #expect(try await store.validSession(tokenHash: TokenHash(hashing: "old token"), now: Clock.at(hours: 2)) == nil)

        #expect(try await store.purgeExpiredSessions(now: Clock.at(hours: 2)) == 1)
        #expect(try await harness.rawStrings("SELECT COUNT(*) FROM sessions") == ["1"])
        try await store.deleteSession(tokenHash: TokenHash(hashing: token))
        #expect(try await store.validSession(tokenHash: TokenHash(hashing: token), now: Clock.at(hours: 2)) == nil)
    }

    /// One read gives the session, its account and a patient account's own record.
    static func signedInReadsAccountAndPatient(_ store: any ClinicStore) async throws {
        let clinician = Fixtures.user()
        let patient = Fixtures.patient(clinician: clinician.id)
        let patientUser = Fixtures.user(.patient, patientID: patient.id, name: "Pat")
        try await store.apply([.createUser(clinician), .createPatient(patient), .createUser(patientUser)])
        let patientSession = AuthSession(
            tokenHash: TokenHash(hashing: "patient token"), userID: patientUser.id, createdAt: Clock.start,
            expiresAt: Clock.at(hours: 12))
        let clinicianSession = AuthSession(
            tokenHash: TokenHash(hashing: "clinician token"), userID: clinician.id, createdAt: Clock.start,
            expiresAt: Clock.at(hours: 12))
        try await store.apply([.createSession(patientSession), .createSession(clinicianSession)])

        #expect(
            try await store.signedIn(tokenHash: TokenHash(hashing: "patient token"), now: Clock.at(hours: 2))
                == SignedInSession(session: patientSession, account: patientUser, patient: patient))
        #expect(
            try await store.signedIn(tokenHash: TokenHash(hashing: "clinician token"), now: Clock.at(hours: 2))
                == SignedInSession(session: clinicianSession, account: clinician, patient: nil))
        // Expired, unknown: nothing.
        #expect(try await store.signedIn(tokenHash: TokenHash(hashing: "patient token"), now: Clock.at(hours: 12)) == nil)
        #expect(try await store.signedIn(tokenHash: TokenHash(hashing: "nobody"), now: Clock.at(hours: 2)) == nil)
        // A disabled account still comes back (the server decides), with its change visible.
        var disabled = clinician
        disabled.disabled = true
        try await store.apply([.updateUser(disabled)])
        #expect(
            try await store.signedIn(tokenHash: TokenHash(hashing: "clinician token"), now: Clock.at(hours: 2))?.account
                == disabled)
    }

    static func apiTokensValidity(_ store: any ClinicStore) async throws {
        let user = Fixtures.user()
        try await store.createUser(user)
        let open = APIToken(tokenHash: TokenHash(hashing: "t1"), userID: user.id, name: "export", createdAt: Clock.start)
        let expiring = APIToken(
            tokenHash: TokenHash(hashing: "t2"), userID: user.id, name: "trial", createdAt: Clock.at(hours: 1),
            expiresAt: Clock.at(hours: 5))
        try await store.apply([.createAPIToken(open), .createAPIToken(expiring)])

        #expect(try await store.validAPIToken(tokenHash: TokenHash(hashing: "t1"), now: Clock.at(hours: 100)) == open)
        #expect(try await store.validAPIToken(tokenHash: TokenHash(hashing: "t2"), now: Clock.at(hours: 4)) == expiring)
        #expect(try await store.validAPIToken(tokenHash: TokenHash(hashing: "t2"), now: Clock.at(hours: 5)) == nil)

        try await store.revokeAPIToken(id: open.id)
        #expect(try await store.validAPIToken(tokenHash: TokenHash(hashing: "t1"), now: Clock.at(hours: 2)) == nil)
        var revoked = open
        revoked.revoked = true
        #expect(try await store.apiTokens(userID: user.id) == [revoked, expiring])
    }

    static func inviteRedeemsOnlyOnce(_ store: any ClinicStore) async throws {
        let admin = Fixtures.user(.admin)
        let patient = Fixtures.patient()
        try await store.apply([.createUser(admin), .createPatient(patient)])
        let invite = Invite(
            codeHash: TokenHash(hashing: "code-1"), email: "New.Patient@Example.org", role: .patient, patientID: patient.id,
            createdBy: admin.id, createdAt: Clock.start, expiresAt: Clock.at(hours: 48))
        try await store.createInvite(invite)
        #expect(try await store.invite(codeHash: TokenHash(hashing: "code-1")) == invite)
        #expect(invite.isOpen(at: Clock.at(hours: 1)))

        // The account takes e-mail, role and patient link from the invite, whatever was asked for.
        let asked = UserAccount(
            email: "someone.else@example.org", displayName: "New Patient", role: .admin, passwordHash: "hash",
            createdAt: Clock.at(hours: 1))
        let created = try await store.redeemInvite(
            codeHash: TokenHash(hashing: "code-1"), account: asked, now: Clock.at(hours: 1))
        #expect(created.email == "new.patient@example.org")
        #expect(created.role == .patient)
        #expect(created.patientID == patient.id)
        #expect(try await store.user(id: asked.id) == created)
        let stored = try #require(try await store.invite(codeHash: TokenHash(hashing: "code-1")))
        #expect(stored.redeemedAt == Clock.at(hours: 1))
        #expect(stored.redeemedBy == asked.id)

        let again = UserAccount(
            email: "x@example.org", displayName: "Again", role: .patient, passwordHash: "h", createdAt: Clock.start)
        let second = await storeError { () async throws(StoreError) in
            _ = try await store.redeemInvite(codeHash: TokenHash(hashing: "code-1"), account: again, now: Clock.at(hours: 2))
        }
        guard case .conflict(field: "invite.redeemedAt", _) = second else {
            Issue.record("second redemption should conflict on invite.redeemedAt, got \(String(describing: second))")
            return
        }
        #expect(try await store.user(id: again.id) == nil)

        // An expired invite cannot be redeemed; an unknown code is not found.
        let late = Invite(
            codeHash: TokenHash(hashing: "code-2"), email: "late@example.org", role: .clinician, createdBy: admin.id,
            createdAt: Clock.start, expiresAt: Clock.at(hours: 1))
        try await store.createInvite(late)
        let expired = await storeError { () async throws(StoreError) in
            _ = try await store.redeemInvite(codeHash: late.codeHash, account: again, now: Clock.at(hours: 1))
        }
        guard case .conflict(field: "invite.expiresAt", _) = expired else {
            Issue.record("expired invite should conflict on invite.expiresAt, got \(String(describing: expired))")
            return
        }
        let unknown = await storeError { () async throws(StoreError) in
            _ = try await store.redeemInvite(codeHash: TokenHash(hashing: "nope"), account: again, now: Clock.start)
        }
        #expect(unknown == .notFound(entity: "invite", id: "(code given)"))

        // Two concurrent redemptions of one open invite: exactly one account is created.
        let race = Invite(
            codeHash: TokenHash(hashing: "code-3"), email: "race@example.org", role: .clinician, createdBy: admin.id,
            createdAt: Clock.start, expiresAt: Clock.at(hours: 48))
        try await store.createInvite(race)
        let outcomes = await withTaskGroup(of: Bool.self, returning: [Bool].self) { group in
            for index in 0..<4 {
                group.addTask {
                    let account = UserAccount(
                        email: "r\(index)@example.org", displayName: "Racer \(index)", role: .clinician, passwordHash: "h",
                        createdAt: Clock.start)
                    return (try? await store.redeemInvite(codeHash: race.codeHash, account: account, now: Clock.at(hours: 1)))
                        != nil
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 }.count == 1)
        #expect(try await store.user(email: "race@example.org") != nil)
    }

    static func loginAttemptsCounted(_ store: any ClinicStore) async throws {
        let key = "ada-\(UUID().uuidString)@example.org"
        try await store.apply([
            .recordLoginAttempt(LoginAttempt(key: key, at: Clock.at(hours: 0), succeeded: false)),
            .recordLoginAttempt(LoginAttempt(key: key, at: Clock.at(hours: 1), succeeded: false)),
            .recordLoginAttempt(LoginAttempt(key: key, at: Clock.at(hours: 2), succeeded: true)),
            .recordLoginAttempt(LoginAttempt(key: key, at: Clock.at(hours: 3), succeeded: false)),
            .recordLoginAttempt(LoginAttempt(key: "other", at: Clock.at(hours: 3), succeeded: false)),
        ])
        #expect(try await store.failedLoginAttempts(key: key, since: Clock.at(hours: 0)) == 3)
        #expect(try await store.failedLoginAttempts(key: key, since: Clock.at(hours: 1)) == 2)
        #expect(try await store.failedLoginAttempts(key: key, since: Clock.at(hours: 4)) == 0)
        #expect(try await store.purgeLoginAttempts(before: Clock.at(hours: 2)) == 2)
        #expect(try await store.failedLoginAttempts(key: key, since: Clock.at(hours: -10)) == 1)
    }
}

extension ContractCheck {
    /// `requireSession` lets a batch through only while the session is live for the account as
    /// given; otherwise the batch fails with `sessionEnded` and writes nothing — after sign-out,
    /// expiry, disabling, a changed role or patient link, or for another account's session.
    static func sessionCheckGuardsTheBatch(_ store: any ClinicStore) async throws {
        let patient = Fixtures.patient()
        let other = Fixtures.patient("Patient B")
        let account = Fixtures.user(.patient, patientID: patient.id, name: "Pat")
        let clinician = Fixtures.user(name: "Dr Bo")
        try await store.apply([.createPatient(patient), .createPatient(other), .createUser(account), .createUser(clinician)])
        let hash = TokenHash(hashing: "cached token")
        try await store.apply([
            .createSession(
                AuthSession(tokenHash: hash, userID: account.id, createdAt: Clock.start, expiresAt: Clock.at(hours: 12)))
        ])
        let now = Clock.at(hours: 2)
        var written = 0
        /// Applies a guarded diary entry; returns the error, nil when it was written.
        func guardedWrite(_ hash: TokenHash, _ cached: UserAccount, at time: Date) async -> StoreError? {
            let entry = Fixtures.entry(patient.id, day: Fixtures.day0.adding(days: written), pain: 4)
            let error = await storeError({ () async throws(StoreError) in
                try await store.apply([
                    .requireSession(tokenHash: hash, account: cached, now: time), .addDiaryEntry(entry),
                    .appendAudit(AuditEvent(at: time, actorID: cached.id, action: "diary.add", patientID: patient.id)),
                ])
            })
            if error == nil { written += 1 }
            return error
        }
        func stored() async throws -> (Int, Int) {
            let diary = try await store.diaryEntries(
                patientID: patient.id, from: Fixtures.day0, through: Fixtures.day0.adding(days: 100))
            return (diary.count, try await store.auditEvents(patientID: patient.id, actorID: nil, limit: 100).count)
        }

        #expect(await guardedWrite(hash, account, at: now) == nil)
        #expect(try await stored() == (1, 1))
        // Expired at `now`, unknown token, another account's view of the session: nothing written.
        #expect(await guardedWrite(hash, account, at: Clock.at(hours: 12)) == .sessionEnded)
        #expect(await guardedWrite(TokenHash(hashing: "unknown"), account, at: now) == .sessionEnded)
        #expect(await guardedWrite(hash, clinician, at: now) == .sessionEnded)
        // The cached account no longer matches the stored one: other patient link, other role.
        var relinked = account
        relinked.patientID = other.id
        #expect(await guardedWrite(hash, relinked, at: now) == .sessionEnded)
        var promoted = account
        promoted.role = .clinician
        promoted.patientID = nil
        #expect(await guardedWrite(hash, promoted, at: now) == .sessionEnded)
        #expect(try await stored() == (1, 1))
        // Disabled, then enabled again: refused, then accepted.
        var disabled = account
        disabled.disabled = true
        try await store.apply([.updateUser(disabled)])
        #expect(await guardedWrite(hash, account, at: now) == .sessionEnded)
        try await store.apply([.updateUser(account)])
        #expect(await guardedWrite(hash, account, at: now) == nil)
        #expect(try await stored() == (2, 2))
        // Signed out (the session row deleted, e.g. by another instance): refused.
        try await store.apply([.deleteSession(tokenHash: hash)])
        #expect(await guardedWrite(hash, account, at: now) == .sessionEnded)
        #expect(try await stored() == (2, 2))
    }
}
