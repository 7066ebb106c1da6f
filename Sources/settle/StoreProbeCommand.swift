import ArgumentParser
import Foundation
import SettleCare
import SettleStore

/// `settle store-probe`: the store's share of a check-in, under concurrency, without HTTP or the care engine.
///
/// Each simulated request does what the check-in POST needs from the database: look up the session
/// and the user, read the patient, read today's entries and the current plan, then replace today's
/// entry and append the audit event in one transaction. The figure is the ceiling the database
/// layer puts on check-in throughput (benchmarks only; it writes sessions and check-ins).
struct StoreProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-probe",
        abstract: "Measure check-in database work per second on a seeded benchmark clinic (no HTTP, no care engine).",
        discussion: """
            Example, after settle seed-clinic … --manifest bench.tsv:
              settle store-probe --data-dir /tmp/bench --manifest bench.tsv --seconds 20 --concurrency 32
            Uses the first --patients patients of the manifest; each concurrent worker owns its own patients.
            """)

    @Option(help: "The manifest written by settle seed-clinic --manifest.")
    var manifest: String

    @Option(help: "How long to run (seconds, 1–600).")
    var seconds = 20

    @Option(help: "Concurrent simulated requests (1–1024).")
    var concurrency = 32

    @Option(help: "Patients to rotate over (at least --concurrency).")
    var patients = 64

    @OptionGroup var database: ClinicDatabaseOptions

    func validate() throws {
        guard (1...600).contains(seconds) else { throw ValidationError("--seconds must be 1–600") }
        guard (1...1024).contains(concurrency) else { throw ValidationError("--concurrency must be 1–1024") }
        guard patients >= concurrency else { throw ValidationError("--patients must be at least --concurrency") }
    }

    func run() async throws {
        let text = try String(contentsOfFile: manifest, encoding: .utf8)
        let ids = text.split(separator: "\n").compactMap { line -> UUID? in
            let fields = line.split(separator: "\t")
            guard fields.count >= 3, fields[0] == "patient" else { return nil }
            return UUID(uuidString: String(fields[2]))
        }.prefix(patients)
        guard ids.count == patients else { throw CLIError("the manifest lists \(ids.count) patients; need \(patients)") }
        let patientIDs = Array(ids)
        let (count, elapsed) = try await database.withStore(creating: false) { store in
            let users = try await store.users().filter { $0.patientID != nil }
            let accounts = Dictionary(users.map { ($0.patientID!, $0) }, uniquingKeysWith: { first, _ in first })
            var tokens: [UUID: TokenHash] = [:]
            for id in patientIDs {
                guard let user = accounts[id] else { throw CLIError("no account for patient \(id)") }
                let hash = TokenHash(hashing: SecretToken.generate())
                try await store.apply([
                    .createSession(
                        AuthSession(
                            tokenHash: hash, userID: user.id, createdAt: Date(), expiresAt: Date().addingTimeInterval(3600)))
                ])
                tokens[id] = hash
            }
            let sessions = tokens
            let deadline = ContinuousClock.now + .seconds(seconds)
            let started = ContinuousClock.now
            let total = try await withThrowingTaskGroup(of: Int.self) { group in
                for worker in 0..<concurrency {
                    let mine = stride(from: worker, to: patientIDs.count, by: concurrency).map { patientIDs[$0] }
                    group.addTask {
                        var done = 0
                        while ContinuousClock.now < deadline {
                            let id = mine[done % mine.count]
                            try await Self.checkIn(store: store, patientID: id, token: sessions[id]!, value: done)
                            done += 1
                        }
                        return done
                    }
                }
                return try await group.reduce(0, +)
            }
            return (total, ContinuousClock.now - started)
        }
        let perSecond = Double(count) / elapsed.seconds
        print(
            "store-probe: \(count) check-ins in \(elapsed.seconds) s with \(concurrency) concurrent workers: "
                + "\(Int(perSecond.rounded())) check-ins/s (database work only: 2 reads + 1 write transaction each)")
    }

    /// The check-in POST's database work for one patient.
    static func checkIn(store: any ClinicStore, patientID: UUID, token: TokenHash, value: Int) async throws {
        let now = Date()
        let today = Day(containing: now)
        guard let signedIn = try await store.signedIn(tokenHash: token, now: now), signedIn.patient?.id == patientID
        else { throw CLIError("session, user or patient missing for \(patientID)") }
        let user = signedIn.account
        let todays = try await store.diaryEntries(patientID: patientID, from: today, through: today)
        let saved = todays.max { $0.recordedAt < $1.recordedAt }
        let entry = DiaryEntry(
            id: saved?.id ?? UUID(), patientID: patientID, day: today, recordedAt: now, pain: value % 11,
            activityMinutes: value % 90, sleepQuality: 5, stress: 3, note: "store-probe \(value)")
        try await store.apply([
            .saveDiaryEntry(entry),
            .appendAudit(AuditEvent(at: now, actorID: user.id, action: "diary.update", patientID: patientID, target: "probe")),
        ])
    }
}
