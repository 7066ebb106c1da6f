import Foundation
import SettleCare
import Testing

@testable import SettleInterop

/// Runs the independent validator (`fhir.resources`, FHIR R4 4.0.1) over exported bundles.
/// Skipped with a reason when python3 or the package is missing — except under `CI=true`, where
/// a missing validator fails the test.
@Suite("FHIR R4 validation by fhir.resources")
struct FHIRValidatorTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/validate_fhir.py")

    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    /// Runs the validator; returns exit code and output.
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do {
            try process.run()
        } catch {
            return (127, "cannot run python3: \(error)")
        }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static let availability = run(["--check"])
    static let available = availability.status == 0

    @Test(
        "every resource of the exported bundles parses and validates as FHIR R4",
        .enabled(if: available || isCI, "FHIR validator unavailable (python3 + fhir.resources==6.4.0); see .ci/requirements.txt")
    )
    func validates() throws {
        try #require(Self.available, "validator not runnable under CI: \(Self.availability.output)")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-fhir-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var archived = Fixture.record()
        archived.patient.archived = true
        archived.patient.birthYear = nil
        let bundles: [(String, Data)] = [
            ("fixture.json", FHIRExporter.bundle(for: Fixture.record())),
            ("archived.json", FHIRExporter.bundle(for: archived)),
            ("demo-1.json", FHIRExporter.bundle(for: DemoRecord.make(seed: 1), synthetic: true)),
            ("demo-2.json", FHIRExporter.bundle(for: DemoRecord.make(seed: 2, index: 4), synthetic: true)),
        ]
        for (name, data) in bundles { try data.write(to: folder.appendingPathComponent(name)) }
        let expected = try bundles.reduce(0) { count, item in
            count + 1 + (try JSONValue.parse(item.1).resources.count)
        }
        let result = Self.run([folder.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("\(expected) resources valid, 0 invalid"), "\(result.output)")
    }

    @Test(
        "the validator rejects a resource that breaks FHIR R4 (so a pass means something)",
        .enabled(if: available || isCI, "FHIR validator unavailable (python3 + fhir.resources==6.4.0)")
    )
    func rejectsInvalid() throws {
        try #require(Self.available, "validator not runnable under CI: \(Self.availability.output)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("settle-bad-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let bad: JSONValue = [
            "resourceType": "Bundle", "type": "collection",
            "entry": [["resource": ["resourceType": "Observation", "status": "final", "valueInteger": "six"]]],
        ]
        try bad.data().write(to: file)
        let result = Self.run([file.path])
        #expect(result.status == 1)
        #expect(result.output.contains("INVALID"))
    }
}
