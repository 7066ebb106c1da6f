import ArgumentParser
import Foundation
import HummingbirdBcrypt
import SettleCare
import SettleStore

/// `settle seed-clinic`: fills an empty clinic database with a large synthetic clinic for load tests.
///
/// Every patient is simulated by the model (``SyntheticPatient``), so the diaries have realistic
/// texture; none is a real person and every name, e-mail and condition says so. All accounts share
/// one benchmark password, hashed with bcrypt once and reused (a throwaway benchmark database).
struct SeedClinicCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "seed-clinic",
        abstract: "Seed an empty database with a large synthetic clinic (benchmarks and load tests only).",
        discussion: """
            Example (the issue #6 benchmark clinic, 3.65 M diary rows):
              settle seed-clinic --patients 10000 --days 365 --clinicians 100 --data-dir /tmp/bench --manifest bench.tsv
            Patients are simulated by the model (no real people): one diary entry per day ending yesterday, six \
            weekly acupuncture sessions in the last two months, RMDQ and TSK-17 every 28 days. Patient k is \
            patient-k@bench.settle.invalid and belongs to clinician-(k mod clinicians)@bench.settle.invalid; \
            admin@bench.settle.invalid is the admin. Every account has the benchmark password (hashed with bcrypt \
            once and reused). The database must be empty. --manifest writes every login and patient id (TSV).
            """)

    @Option(help: "Number of synthetic patients (1–1,000,000), each with a patient account.")
    var patients = 10_000

    @Option(help: "Diary days per patient, ending yesterday (1–3650).")
    var days = 365

    @Option(help: "Number of clinicians (1–10,000); patients are shared out round-robin.")
    var clinicians = 100

    @Option(help: "Seed of the synthetic cohort (same seed, same patients and diaries).")
    var seed: UInt64 = 6

    @Option(help: "The password of every benchmark account (at least 10 characters).")
    var password = SeedClinicCommand.defaultPassword

    @Option(name: .customLong("bcrypt-cost"), help: "bcrypt work factor of the one shared hash (4–31).")
    var bcryptCost = 10

    @Option(name: .customLong("patients-per-transaction"), help: "Patients written per transaction (1–10,000).")
    var patientsPerTransaction = 100

    @Option(help: "Write every login and patient id to this file (tab-separated).")
    var manifest: String?

    @OptionGroup var database: ClinicDatabaseOptions

    /// The documented benchmark password (throwaway databases only).
    static let defaultPassword = "settle-bench-password"

    func validate() throws {
        guard (1...1_000_000).contains(patients) else { throw ValidationError("--patients must be 1–1000000; got \(patients)") }
        guard (1...3650).contains(days) else { throw ValidationError("--days must be 1–3650; got \(days)") }
        guard (1...10_000).contains(clinicians) else {
            throw ValidationError("--clinicians must be 1–10000; got \(clinicians)")
        }
        guard (4...31).contains(bcryptCost) else { throw ValidationError("--bcrypt-cost must be 4–31; got \(bcryptCost)") }
        guard (1...10_000).contains(patientsPerTransaction) else {
            throw ValidationError("--patients-per-transaction must be 1–10000; got \(patientsPerTransaction)")
        }
        guard password.count >= 10 else { throw ValidationError("--password must have at least 10 characters") }
    }

    func run() async throws {
        let started = ContinuousClock.now
        let hash = Bcrypt.hash(password, cost: UInt8(bcryptCost))
        let seeder = ClinicSeeder(
            patients: patients, days: days, clinicians: clinicians, seed: seed, passwordHash: hash,
            today: Day(containing: Date()))
        let summary = try await database.withStore(creating: true) { store in
            try await seeder.seed(into: store, patientsPerTransaction: patientsPerTransaction) { done in
                let elapsed = ContinuousClock.now - started
                FileHandle.standardError.write(
                    Data("  \(done)/\(seeder.patients) patients written (\(elapsed.seconds) s)\n".utf8))
            }
        }
        if let manifest {
            try seeder.manifest(password: password, summary: summary)
                .write(toFile: manifest, atomically: true, encoding: .utf8)
        }
        let elapsed = (ContinuousClock.now - started).seconds
        let rowsPerSecond = Int(Double(summary.diaryRows) / max(elapsed, 0.001))
        let lines =
            [
                "Seeded a synthetic clinic (simulated by the model; no real people) in \(elapsed) s:",
                "  \(summary.clinicians) clinicians, 1 admin, \(summary.patients) patients with accounts",
                "  \(summary.diaryRows) diary entries (\(seeder.firstDay.iso) to \(seeder.lastDay.iso); \(rowsPerSecond) rows/s overall),",
                "  \(summary.sessions) treatment sessions, \(summary.questionnaires) questionnaire administrations",
                "Logins (benchmark only; every account has the same password):",
                "  admin:     \(ClinicSeeder.adminEmail)",
                "  clinician: \(ClinicSeeder.clinicianEmail(0)) … \(ClinicSeeder.clinicianEmail(clinicians - 1))",
                "  patient:   \(ClinicSeeder.patientEmail(0)) … \(ClinicSeeder.patientEmail(patients - 1))",
                "  password:  \(password)",
            ] + (manifest.map { ["Manifest (logins and patient ids): \($0)"] } ?? [])
        print(lines.joined(separator: "\n"))
    }
}

/// Builds the synthetic clinic and writes it through the store in large transactions.
struct ClinicSeeder: Sendable {
    let patients: Int
    let days: Int
    let clinicians: Int
    let seed: UInt64
    let passwordHash: String
    let today: Day

    /// What was written.
    struct Summary: Sendable {
        var clinicians = 0
        var patients = 0
        var diaryRows = 0
        var sessions = 0
        var questionnaires = 0
        var clinicianIDs: [UUID] = []
        /// Patient ids in index order.
        var patientIDs: [UUID] = []
    }

    static let adminEmail = "admin@bench.settle.invalid"
    static func clinicianEmail(_ index: Int) -> String { "clinician-\(index)@bench.settle.invalid" }
    static func patientEmail(_ index: Int) -> String { "patient-\(index)@bench.settle.invalid" }

    /// First and last diary day: the diary ends yesterday, so today's check-in is new.
    var lastDay: Day { today.adding(days: -1) }
    var firstDay: Day { today.adding(days: -days) }

    /// Writes the clinic. Fails when the database already has accounts (seed only a fresh database).
    func seed(
        into store: any ClinicStore, patientsPerTransaction: Int, progress: @Sendable (Int) -> Void
    ) async throws -> Summary {
        let existing = try await store.users().count
        guard existing == 0 else {
            throw CLIError(
                "the database already has \(existing) accounts; seed-clinic fills only an empty database "
                    + "(use a new --data-dir, or drop and re-create the PostgreSQL database)")
        }
        var summary = Summary()
        let createdAt = firstDay.startDate
        let admin = UserAccount(
            email: Self.adminEmail, displayName: "Synthetic admin (benchmark)", role: .admin, passwordHash: passwordHash,
            createdAt: createdAt)
        let staff = (0..<clinicians).map { index in
            UserAccount(
                email: Self.clinicianEmail(index), displayName: "Synthetic clinician \(index) (benchmark)", role: .clinician,
                passwordHash: passwordHash, createdAt: createdAt)
        }
        try await store.apply([.createUser(admin)] + staff.map(StoreWrite.createUser))
        summary.clinicians = staff.count
        summary.clinicianIDs = staff.map(\.id)

        let clinicianIDs = summary.clinicianIDs
        let batches = stride(from: 0, to: patients, by: patientsPerTransaction).map { start in
            start..<min(patients, start + patientsPerTransaction)
        }
        // Generate the next batch (on every core) while the current one is written.
        var next: Task<[PatientWrites], Never>? = batches.first.map { range in
            Task { await generate(range, clinicianIDs: clinicianIDs) }
        }
        for (number, _) in batches.enumerated() {
            guard let current = await next?.value else { break }
            next =
                number + 1 < batches.count
                ? Task { [batch = batches[number + 1]] in await generate(batch, clinicianIDs: clinicianIDs) } : nil
            var writes: [StoreWrite] = []
            writes += current.map { .createPatient($0.patient) }
            writes += current.map { .createUser($0.account) }
            for item in current { writes += item.diary.map(StoreWrite.addDiaryEntry) }
            for item in current { writes += item.sessions.map(StoreWrite.addTreatmentSession) }
            for item in current { writes += item.questionnaires.map(StoreWrite.addAdministration) }
            try await store.apply(writes)
            summary.patients += current.count
            summary.patientIDs += current.map(\.patient.id)
            summary.diaryRows += current.reduce(0) { $0 + $1.diary.count }
            summary.sessions += current.reduce(0) { $0 + $1.sessions.count }
            summary.questionnaires += current.reduce(0) { $0 + $1.questionnaires.count }
            if (number + 1) % 10 == 0 || number + 1 == batches.count { progress(summary.patients) }
        }
        return summary
    }

    /// One patient's records.
    struct PatientWrites: Sendable {
        var patient: Patient
        var account: UserAccount
        var diary: [DiaryEntry]
        var sessions: [TreatmentSession]
        var questionnaires: [QuestionnaireAdministration]
    }

    /// Simulates the patients of `range`, split over the available cores.
    func generate(_ range: Range<Int>, clinicianIDs: [UUID]) async -> [PatientWrites] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, range.count))
        let size = (range.count + workers - 1) / workers
        return await withTaskGroup(of: (Int, [PatientWrites]).self) { group in
            for worker in 0..<workers {
                let part = (range.lowerBound + worker * size)..<min(range.upperBound, range.lowerBound + (worker + 1) * size)
                guard !part.isEmpty else { continue }
                group.addTask { (worker, part.map { patient($0, clinicianID: clinicianIDs[$0 % clinicianIDs.count]) }) }
            }
            var parts: [(Int, [PatientWrites])] = []
            for await part in group { parts.append(part) }
            return parts.sorted { $0.0 < $1.0 }.flatMap(\.1)
        }
    }

    /// Patient `index`: the model's synthetic patient, moved so that the diary ends yesterday.
    func patient(_ index: Int, clinicianID: UUID) -> PatientWrites {
        let design = SyntheticPatient.Design(
            days: days, missingFraction: 0, acupunctureStart: days > 63 ? days - 63 : nil, acupunctureSessions: 6)
        let synthetic = SyntheticPatient.make(seed: seed, index: UInt64(index), design: design)
        let shiftDays = firstDay.daysSince1970 - SyntheticPatient.startDay.daysSince1970
        let shiftSeconds = Double(shiftDays) * 86_400
        let id = synthetic.record.patient.id
        let patient = Patient(
            id: id, displayName: "Synthetic patient \(index) (benchmark)", birthYear: 1950 + index % 50,
            condition: "synthetic: simulated persistent pain (benchmark data, no real person)", clinicianID: clinicianID,
            createdAt: firstDay.startDate)
        let account = UserAccount(
            email: Self.patientEmail(index), displayName: "Synthetic patient \(index)", role: .patient,
            passwordHash: passwordHash, patientID: id, createdAt: firstDay.startDate)
        let diary = synthetic.record.diary.map { entry in
            var moved = entry
            moved.day = entry.day.adding(days: shiftDays)
            moved.recordedAt = entry.recordedAt.addingTimeInterval(shiftSeconds)
            return moved
        }
        let sessions = synthetic.record.sessions.map { session in
            var moved = session
            moved.day = session.day.adding(days: shiftDays)
            moved.clinicianID = clinicianID
            return moved
        }
        let questionnaires = synthetic.record.questionnaires.map { administration in
            var moved = administration
            moved.day = administration.day.adding(days: shiftDays)
            moved.administeredAt = administration.administeredAt.addingTimeInterval(shiftSeconds)
            return moved
        }
        return PatientWrites(
            patient: patient, account: account, diary: diary, sessions: sessions, questionnaires: questionnaires)
    }

    /// Every login and patient id, tab-separated: `password`, `admin`, `clinician EMAIL ID`,
    /// `patient EMAIL PATIENT-ID CLINICIAN-EMAIL`.
    func manifest(password: String, summary: Summary) -> String {
        var lines = [
            "# settle seed-clinic: synthetic benchmark clinic (no real people); seed \(seed), \(patients) patients × \(days) days",
            "password\t\(password)",
            "admin\t\(Self.adminEmail)",
        ]
        for (index, id) in summary.clinicianIDs.enumerated() {
            lines.append("clinician\t\(Self.clinicianEmail(index))\t\(id.uuidString.lowercased())")
        }
        for (index, id) in summary.patientIDs.enumerated() {
            lines.append(
                "patient\t\(Self.patientEmail(index))\t\(id.uuidString.lowercased())\t\(Self.clinicianEmail(index % clinicians))"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension Duration {
    /// Whole and fractional seconds, rounded to 0.1 s.
    var seconds: Double {
        ((Double(components.seconds) + Double(components.attoseconds) / 1e18) * 10).rounded() / 10
    }
}
