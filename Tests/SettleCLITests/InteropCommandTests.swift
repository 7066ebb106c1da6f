import ArgumentParser
import Foundation
import SettleCare
import SettleInterop
import SettleStore
import Testing

@testable import settle

/// `settle export`, `settle import` and `settle report` against a temporary SQLite database.
@Suite("settle export / import / report")
struct InteropCommandTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-interop-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    var dataDir: [String] { ["--data-dir", path("data")] }

    func diaryCount(_ patient: UUID) async throws -> Int {
        let store = try SQLiteClinicStore(folder: folder.appendingPathComponent("data"))
        return try await store.diaryEntries(patientID: patient, from: Day(daysSince1970: 0), through: Day(daysSince1970: 100_000))
            .count
    }

    @Test("export --fhir --demo writes a synthetic Bundle without a database")
    func demoExport() async throws {
        let summary = try await ExportCommand.parse(["--fhir", "--demo", "--seed", "4", "--out", path("demo.json")]).execute()
        #expect(summary.contains("synthetic patient (seed 4"))
        let bundle = try JSONValue.parse(try Data(contentsOf: URL(fileURLWithPath: path("demo.json"))))
        #expect(bundle["resourceType"]?.string == "Bundle")
        let tags = bundle["meta"]?["tag"]?.elements.compactMap { $0["code"]?.string } ?? []
        #expect(tags.contains("HTEST"))
    }

    @Test("import a Bundle into the database, export it again: the same records come back")
    func databaseRoundTrip() async throws {
        let record = DemoRecord.make(seed: 9)
        try FHIRExporter.bundle(for: record).write(to: URL(fileURLWithPath: path("in.json")))
        let report = try await ImportCommand.parse(["--fhir", path("in.json")] + dataDir).execute()
        #expect(report.contains("wrote"))
        #expect(try await diaryCount(record.patient.id) == record.diary.count)
        let id = record.patient.id.uuidString.lowercased()
        _ = try await ExportCommand.parse(["--fhir", "--patient", id, "--out", path("out.json")] + dataDir).execute()
        let back = try FHIRImporter().read(try Data(contentsOf: URL(fileURLWithPath: path("out.json"))))
        #expect(back.patients == [record.patient])
        #expect(back.diary == record.diary)
        #expect(back.sessions == record.sessions)
        #expect(back.plans == [record.plan].compactMap { $0 })
        let answers = Dictionary(uniqueKeysWithValues: back.administrations.map { ($0.id, $0.answers) })
        #expect(answers == Dictionary(uniqueKeysWithValues: record.questionnaires.map { ($0.id, $0.answers) }))
        // A second import finds everything already there and writes nothing new.
        let again = try await ImportCommand.parse(["--fhir", path("in.json")] + dataDir).execute()
        #expect(
            again.contains(
                "skipped: \(record.diary.count + record.questionnaires.count + record.sessions.count + 1) records already"))
        #expect(try await diaryCount(record.patient.id) == record.diary.count)
    }

    @Test("a CSV with a bad line imports nothing; --partial imports the good lines")
    func csvTransaction() async throws {
        let record = DemoRecord.make(seed: 2)
        try FHIRExporter.bundle(for: PatientRecord(patient: record.patient)).write(to: URL(fileURLWithPath: path("p.json")))
        _ = try await ImportCommand.parse(["--fhir", path("p.json")] + dataDir).execute()
        let id = record.patient.id.uuidString.lowercased()
        let csv = "day,pain,stress\n2025-06-01,4,3\n2025-06-02,12,3\n2025-06-03,5,\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path("diary.csv")))
        await #expect(throws: CLIError.self) {
            try await ImportCommand.parse(["--csv", "diary", path("diary.csv"), "--patient", id] + dataDir).execute()
        }
        do {
            _ = try await ImportCommand.parse(["--csv", "diary", path("diary.csv"), "--patient", id] + dataDir).execute()
        } catch {
            #expect(String(describing: error).contains("line 3, pain: must be 0–10, got 12"))
        }
        #expect(try await diaryCount(record.patient.id) == 0)
        let partial = try await ImportCommand.parse(
            ["--csv", "diary", path("diary.csv"), "--patient", id, "--partial"] + dataDir
        )
        .execute()
        #expect(partial.contains("2 good"))
        #expect(try await diaryCount(record.patient.id) == 2)
    }

    @Test("several patients export as NDJSON (one Bundle per line); CSV export of the database re-imports the same diary")
    func severalPatients() async throws {
        let records = [DemoRecord.make(seed: 21), DemoRecord.make(seed: 22)]
        for (index, record) in records.enumerated() {
            try FHIRExporter.bundle(for: record).write(to: URL(fileURLWithPath: path("p\(index).json")))
            _ = try await ImportCommand.parse(["--fhir", path("p\(index).json")] + dataDir).execute()
        }
        await #expect(throws: CLIError.self) {
            try await ExportCommand.parse(["--fhir", "--out", path("all.json")] + dataDir).execute()
        }
        _ = try await ExportCommand.parse(["--fhir", "--out", path("all.ndjson")] + dataDir).execute()
        let lines = try String(contentsOfFile: path("all.ndjson"), encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 2)
        let back = try FHIRImporter().read(try Data(contentsOf: URL(fileURLWithPath: path("all.ndjson"))))
        #expect(Set(back.patients.map(\.id)) == Set(records.map(\.patient.id)))
        _ = try await ExportCommand.parse(["--csv", "diary", "--out", path("diary.csv")] + dataDir).execute()
        let csv = try DiaryCSV.read(try String(contentsOfFile: path("diary.csv"), encoding: .utf8))
        let expected = records.flatMap(\.diary)
        #expect(Set(csv.records) == Set(expected))
        #expect(csv.records.count == expected.count)
    }

    @Test("records for a patient not in the database are refused as a whole")
    func unknownPatient() async throws {
        let csv = "day,pain\n2025-06-01,4\n"
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path("d.csv")))
        await #expect(throws: CLIError.self) {
            try await ImportCommand.parse(
                ["--csv", "diary", path("d.csv"), "--patient", "00000000-0000-4000-8000-000000000077"] + dataDir
            ).execute()
        }
    }

    @Test("export without a database names the folder and the way out")
    func noDatabase() async throws {
        do {
            _ = try await ExportCommand.parse(["--fhir", "--out", path("x.json"), "--data-dir", path("missing")]).execute()
            Issue.record("expected an error")
        } catch {
            #expect(String(describing: error).contains("no clinic database at \(path("missing"))"))
            #expect(String(describing: error).contains("--demo"))
        }
    }

    @Test("report --demo writes the HTML clinician report")
    func reportHTML() async throws {
        let summary = try await ReportCommand.parse(["--demo", "--no-assessment", "--out", path("r.html")]).execute()
        #expect(summary.contains("r.html"))
        let html = try String(contentsOfFile: path("r.html"), encoding: .utf8)
        #expect(html.contains("<h1>Clinician report</h1>"))
        #expect(html.contains("Synthetic patient generated by the Settle model"))
    }
}
