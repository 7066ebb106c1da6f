import ArgumentParser
import Foundation
import SettleCare
import SettleInterop
import SettleStore

/// `settle export`: FHIR R4 Bundles or CSV (diaries, scores) out of the clinic database, or of a
/// freshly simulated synthetic patient with `--demo`.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export patients as FHIR R4 Bundles, or diaries and scores as CSV.",
        discussion: """
            Examples:
              settle export --fhir --out patient.json --patient 3f2b8c1e-…
              settle export --fhir --out clinic.ndjson            (every patient, one Bundle per line)
              settle export --fhir --demo --out demo.json         (synthetic patient, no database)
              settle export --csv diary --out diary.csv --from 2025-01-01 --to 2025-03-31
              settle export --csv scores --out scores.csv --patient 3f2b8c1e-…
            The database is settle.sqlite in --data-dir (default ./data, or DATA_DIR), or PostgreSQL with
            --database-url (or DATABASE_URL). See docs/INTEROP.md for the mapping.
            """)

    enum CSVKind: String, ExpressibleByArgument, CaseIterable, Sendable { case diary, scores }

    @Flag(help: "Export FHIR R4 JSON: a Bundle per patient.")
    var fhir = false

    @Option(help: "Export CSV: 'diary' or 'scores'.")
    var csv: CSVKind?

    @Option(help: "Output file ('-' for standard output).")
    var out: String

    @Option(help: "Only this patient (id).")
    var patient: String?

    @Option(help: "First day to include, YYYY-MM-DD.")
    var from: String?

    @Option(help: "Last day to include, YYYY-MM-DD.")
    var to: String?

    @Flag(help: "Export a synthetic patient simulated by the model instead of the database (tagged as test data).")
    var demo = false

    @Option(help: "Seed of the synthetic patient for --demo (default 1).")
    var seed: UInt64 = 1

    @OptionGroup var database: ClinicDatabaseOptions

    func validate() throws {
        guard fhir != (csv != nil) else { throw ValidationError("choose exactly one of --fhir or --csv diary|scores") }
        if demo, patient != nil { throw ValidationError("--demo makes its own patient; leave out --patient") }
        _ = try InteropArguments.range(from: from, to: to)
        if let patient { _ = try InteropArguments.patientID(patient) }
    }

    func run() async throws {
        let summary = try await execute()
        FileHandle.standardError.write(Data((summary + "\n").utf8))
    }

    /// Writes the export and returns a one-line summary.
    func execute() async throws -> String {
        let range = try InteropArguments.range(from: from, to: to)
        let records: [PatientRecord]
        if demo {
            records = [DemoRecord.make(seed: seed)]
        } else {
            let wanted = try patient.map(InteropArguments.patientID)
            records = try await database.withStore(creating: false) { store in
                try await InteropArguments.records(store, patient: wanted)
            }
        }
        let text: String
        if fhir {
            let exporter = FHIRExporter(synthetic: demo, range: range)
            if records.count == 1 {
                text = exporter.bundle(for: records[0]).serialized() + "\n"
            } else {
                guard out.hasSuffix(".ndjson") || out == "-" else {
                    throw CLIError(
                        "\(records.count) patients: name one with --patient ID, or write one Bundle per line with --out FILE.ndjson"
                    )
                }
                text = records.map { exporter.bundle(for: $0).serialized(pretty: false) + "\n" }.joined()
            }
        } else if csv == .diary {
            text = DiaryCSV.export(records.flatMap(\.diary), range: range)
        } else {
            text = ScoresCSV.export(records.flatMap(\.questionnaires), range: range)
        }
        try InteropArguments.write(text, to: out)
        let what = fhir ? "FHIR R4 Bundle\(records.count == 1 ? "" : "s")" : "\(csv?.rawValue ?? "") CSV"
        let origin =
            demo
            ? "synthetic patient (seed \(seed), tagged as test data)" : "\(records.count) patient\(records.count == 1 ? "" : "s")"
        return "exported \(what) for \(origin) to \(out == "-" ? "standard output" : out)"
    }
}

/// Where the clinic database is: `--data-dir` (SQLite) or `--database-url` (PostgreSQL).
struct ClinicDatabaseOptions: ParsableArguments {
    @Option(name: .customLong("data-dir"), help: "Folder of settle.sqlite (default ./data, or DATA_DIR).")
    var dataDirectory: String?

    @Option(name: .customLong("database-url"), help: "postgres://… to use PostgreSQL (or DATABASE_URL).")
    var databaseURL: String?

    /// Runs `body` with the migrated store. Without `creating`, a missing SQLite file is an error
    /// rather than a new empty database.
    func withStore<T: Sendable>(creating: Bool, _ body: (any ClinicStore) async throws -> T) async throws -> T {
        let environment = ProcessInfo.processInfo.environment
        if let url = databaseURL ?? environment["DATABASE_URL"], url.hasPrefix("postgres://") || url.hasPrefix("postgresql://") {
            return try await PostgresClinicStore.withStore(url: url) { store in
                try await store.migrate()
                return try await body(store)
            }
        }
        let folder = URL(fileURLWithPath: dataDirectory ?? environment["DATA_DIR"] ?? "data")
        let file = folder.appendingPathComponent(SQLiteClinicStore.fileName)
        if !creating, !FileManager.default.fileExists(atPath: file.path) {
            throw CLIError("no clinic database at \(file.path): pass --data-dir DIR (or --database-url), or use --demo")
        }
        let store = try SQLiteClinicStore(folder: folder)
        try await store.migrate()
        return try await body(store)
    }
}

/// Argument parsing and file output shared by export, import and report.
enum InteropArguments {
    static func patientID(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else {
            throw CLIError("--patient '\(text)' is not a patient id like 3f2b8c1e-0000-4000-8000-000000000000")
        }
        return id
    }

    static func day(_ text: String?, _ option: String) throws -> Day? {
        guard let text else { return nil }
        do {
            return try Day(iso: text)
        } catch {
            throw CLIError("\(option) '\(text)' is not a date YYYY-MM-DD")
        }
    }

    static func range(from: String?, to: String?) throws -> DayRange {
        let range = DayRange(from: try day(from, "--from"), through: try day(to, "--to"))
        if range.isReversed { throw CLIError("--from \(from ?? "") is after --to \(to ?? "")") }
        return range
    }

    /// The records of one patient, or of every patient (archived too) in name order.
    static func records(_ store: any ClinicStore, patient: UUID?) async throws -> [PatientRecord] {
        if let patient {
            guard let record = try await store.patientRecord(id: patient) else {
                throw CLIError("no patient with id \(patient.uuidString.lowercased()) in the database")
            }
            return [record]
        }
        var records: [PatientRecord] = []
        for item in try await store.allPatients(includeArchived: true) {
            if let record = try await store.patientRecord(id: item.id) { records.append(record) }
        }
        guard !records.isEmpty else { throw CLIError("the database holds no patients") }
        return records
    }

    static func write(_ text: String, to path: String) throws {
        if path == "-" {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw CLIError("cannot write \(path): \(error.localizedDescription)")
        }
    }

    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CLIError("cannot read \(path): \(error.localizedDescription)")
        }
    }
}
