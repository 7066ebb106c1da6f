import ArgumentParser
import Foundation
import SettleCare
import SettleInterop
import SettleStore

/// `settle import`: FHIR R4 (Bundles, resources, NDJSON) or CSV (diary, scores) into the clinic
/// database, in one transaction.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import FHIR R4 Observations and QuestionnaireResponses (and Settle's own Bundles), or diary and score CSV.",
        discussion: """
            Examples:
              settle import --fhir patient.json
              settle import --fhir gp-export.json --patient 3f2b8c1e-…   (all records to this patient)
              settle import --csv diary diary.csv --patient 3f2b8c1e-… --from 2025-01-01
              settle import --csv scores scores.csv --partial             (import the good lines, list the bad)
            Everything is written in one transaction. FHIR content Settle cannot map is listed, never dropped
            silently. A CSV file with bad lines is rejected as a whole (each problem named by line and column)
            unless --partial is given. Records already in the database (same id) are skipped and listed.
            """)

    enum CSVKind: String, ExpressibleByArgument, CaseIterable, Sendable { case diary, scores }

    @Argument(help: "The file to import.")
    var file: String

    @Flag(help: "The file is FHIR R4 JSON (a Bundle, a resource, or NDJSON).")
    var fhir = false

    @Option(help: "The file is CSV: 'diary' or 'scores'.")
    var csv: CSVKind?

    @Option(help: "Import every record for this patient (id); must already exist.")
    var patient: String?

    @Option(help: "CSV: first day to import, YYYY-MM-DD.")
    var from: String?

    @Option(help: "CSV: last day to import, YYYY-MM-DD.")
    var to: String?

    @Flag(help: "CSV: import the good lines even when others are bad (bad lines are listed).")
    var partial = false

    @Flag(help: "Read and report, write nothing.")
    var dryRun = false

    @OptionGroup var database: ClinicDatabaseOptions

    func validate() throws {
        guard fhir != (csv != nil) else { throw ValidationError("choose exactly one of --fhir or --csv diary|scores") }
        if fhir, from != nil || to != nil || partial {
            throw ValidationError("--from, --to and --partial apply to CSV imports")
        }
        _ = try InteropArguments.range(from: from, to: to)
        if let patient { _ = try InteropArguments.patientID(patient) }
    }

    func run() async throws {
        print(try await execute())
    }

    /// Imports and returns the report (counts, then every note or problem).
    func execute() async throws -> String {
        let data = try InteropArguments.read(file)
        let target = try patient.map(InteropArguments.patientID)
        let now = Date()
        var batch = ImportBatch()
        var lines: [String] = []
        if fhir {
            let read: FHIRImport
            do {
                read = try FHIRImporter(targetPatient: target, now: now).read(data, source: file)
            } catch { throw CLIError(error.description) }
            batch = ImportBatch(fhir: read)
            lines += read.notes.map { "  \($0)" }
            lines.insert(
                "read \(read.resourceCount) FHIR resources from \(file): \(read.recordCount) records mapped, \(read.unmapped.count) unmapped",
                at: 0)
        } else {
            let text = String(decoding: data, as: UTF8.self)
            let range = try InteropArguments.range(from: from, to: to)
            do {
                if csv == .diary {
                    let result = try DiaryCSV.read(text, patient: target, range: range, allowPartial: partial)
                    batch.diary = result.records
                    lines.append(
                        Self.csvSummary(result.lines, result.records.count, result.outsideRange, result.problems.count, file))
                    lines += result.problems.map { "  \($0)" }
                } else {
                    let result = try ScoresCSV.read(text, patient: target, range: range, allowPartial: partial)
                    batch.administrations = result.records
                    lines.append(
                        Self.csvSummary(result.lines, result.records.count, result.outsideRange, result.problems.count, file))
                    lines += result.problems.map { "  \($0)" }
                }
            } catch { throw CLIError(error.description) }
        }
        let report = try await database.withStore(creating: !dryRun) { store in
            try await batch.store(in: store, dryRun: dryRun, source: file, now: now)
        }
        return (lines + report).joined(separator: "\n")
    }

    static func csvSummary(_ lines: Int, _ good: Int, _ outside: Int, _ bad: Int, _ file: String) -> String {
        "read \(lines) lines from \(file): \(good) good, \(outside) outside the date range, \(bad) with problems (not imported)"
    }
}

/// The records of one import and how they are written: one transaction, skipping records
/// already stored, refusing records of patients that do not exist.
struct ImportBatch: Sendable {
    var patients: [Patient] = []
    var diary: [DiaryEntry] = []
    var administrations: [QuestionnaireAdministration] = []
    var sessions: [TreatmentSession] = []
    var plans: [ActivityPlan] = []

    init() {}

    init(fhir: FHIRImport) {
        patients = fhir.patients
        diary = fhir.diary
        administrations = fhir.administrations
        sessions = fhir.sessions
        plans = fhir.plans
    }

    /// Writes the batch (unless `dryRun`) and returns report lines.
    func store(in store: any ClinicStore, dryRun: Bool, source: String, now: Date) async throws -> [String] {
        var lines: [String] = []
        var writes: [StoreWrite] = []
        var known: Set<UUID> = []
        for patient in patients {
            if try await store.patient(id: patient.id) != nil {
                lines.append(
                    "  skipped: patient \(patient.id.uuidString.lowercased()) is already registered (details not changed)")
                known.insert(patient.id)
                continue
            }
            var copy = patient
            if let clinician = patient.clinicianID, try await store.user(id: clinician) == nil {
                copy.clinicianID = nil
                lines.append(
                    "  note: clinician \(clinician.uuidString.lowercased()) is not a user here; patient \(copy.displayName) left unassigned"
                )
            }
            writes.append(.createPatient(copy))
            known.insert(patient.id)
        }
        let patientIDs = Set(
            diary.map(\.patientID) + administrations.map(\.patientID) + sessions.map(\.patientID) + plans.map(\.patientID))
        for id in patientIDs.sorted(by: { $0.uuidString < $1.uuidString }) where !known.contains(id) {
            guard try await store.patient(id: id) != nil else {
                throw CLIError(
                    "nothing imported: patient \(id.uuidString.lowercased()) is not in the database; include its Patient resource or name an existing patient with --patient"
                )
            }
        }
        var skipped = 0
        for id in patientIDs {
            let storedDiary = Set(
                try await store.diaryEntries(
                    patientID: id, from: Day(daysSince1970: -1_000_000), through: Day(daysSince1970: 3_000_000)
                ).map(\.id))
            let storedAdministrations = Set(try await store.administrations(patientID: id, instrumentID: nil).map(\.id))
            let storedSessions = Set(try await store.treatmentSessions(patientID: id).map(\.id))
            let currentPlan = try await store.currentPlan(patientID: id)?.id
            for entry in diary where entry.patientID == id {
                if storedDiary.contains(entry.id) { skipped += 1 } else { writes.append(.addDiaryEntry(entry)) }
            }
            for item in administrations where item.patientID == id {
                if storedAdministrations.contains(item.id) { skipped += 1 } else { writes.append(.addAdministration(item)) }
            }
            for session in sessions where session.patientID == id {
                if storedSessions.contains(session.id) { skipped += 1 } else { writes.append(.addTreatmentSession(session)) }
            }
            for plan in plans where plan.patientID == id {
                if currentPlan == plan.id { skipped += 1 } else { writes.append(.setPlan(plan)) }
            }
            writes.append(
                .appendAudit(
                    AuditEvent(at: now, actorID: nil, action: "import", patientID: id, target: String(source.suffix(400)))))
        }
        if skipped > 0 {
            lines.append("  skipped: \(skipped) record\(skipped == 1 ? "" : "s") already in the database (same id)")
        }
        let records = writes.filter { if case .appendAudit = $0 { return false } else { return true } }.count
        if dryRun {
            lines.append("dry run: \(records) records would be written; nothing was written")
            return lines
        }
        do {
            try await store.apply(writes)
        } catch {
            throw CLIError("nothing imported: \(error.description)")
        }
        lines.append("wrote \(records) records in one transaction")
        return lines
    }
}
