import ArgumentParser
import Foundation
import Testing

@testable import settle

@Suite("settle simulate")
struct SimulateCommandTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/scenarios")

    func run(_ arguments: [String]) throws -> String {
        try SimulateCommand.parse(arguments).output()
    }

    func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("settle-\(UUID().uuidString)-\(name)").path
    }

    @Test("a scenario as CSV has a header and one row per day")
    func csv() throws {
        let file = Self.examples.appendingPathComponent("injury-resolves.json").path
        let lines = try run(["--scenario", file, "--format", "csv"]).split(separator: "\n")
        #expect(lines.count == 366)
        #expect(lines[0].hasPrefix("day,pain,pain_rating,"))
        #expect(lines[1].hasPrefix("0,"))
    }

    @Test("the same seed prints the same diary; the report is a self-contained HTML file with SVG")
    func seededAndReport() throws {
        let file = Self.examples.appendingPathComponent("integrated-care.json").path
        let report = temporaryPath("sim.html")
        let a = try run(["--scenario", file, "--seed", "5", "--format", "csv", "--report", report])
        let b = try run(["--scenario", file, "--seed", "5", "--format", "csv"])
        #expect(a == b)
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.hasPrefix("<!doctype html>"))
        #expect(html.contains("<svg"))
        #expect(!html.contains("<script"))
        #expect(html.contains("not a\ndiagnosis") || html.contains("not a diagnosis"))
    }

    @Test("--compare ranks integrated care best over the year and writes a report")
    func compare() throws {
        let report = temporaryPath("compare.html")
        let csv = try run(["--compare", "--patients", "30", "--format", "csv", "--report", report])
        let rows = csv.split(separator: "\n").dropFirst().map { $0.split(separator: ",") }
        #expect(rows.count == 5)
        let painYear = rows.map { Double($0[$0.count - 2]) ?? .nan }
        #expect(painYear.last == painYear.min(), "integrated care has the lowest mean pain over the year")
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("Vickers et al. 2018"))
        #expect(html.contains("NICE NG59"))
    }

    @Test("a bad scenario file names the field and exits with an error")
    func badFile() throws {
        let path = temporaryPath("bad.json")
        try Data(#"{"horizonDays": 0, "care": {"activity": {"kind": "graded", "weeklyIncrease": 2}}}"#.utf8)
            .write(to: URL(fileURLWithPath: path))
        #expect {
            try run(["--scenario", path])
        } throws: { error in
            let text = String(describing: error)
            return text.contains("horizonDays") && text.contains("care.activity.weeklyIncrease")
        }
        #expect(throws: (any Error).self) { try run(["--scenario", "/no/such/file.json"]) }
    }

    @Test("exactly one mode must be chosen")
    func modes() {
        #expect(throws: (any Error).self) { try SimulateCommand.parse([]) }
        #expect(throws: (any Error).self) { try SimulateCommand.parse(["--compare", "--list-parameters"]) }
    }

    @Test("--list-parameters --format markdown lists every catalogued parameter")
    func parameters() throws {
        let table = try run(["--list-parameters", "--format", "markdown"])
        #expect(table.contains("| `gainMax` |"))
        #expect(table.contains("| `contactExpectationJump` |"))
    }
}

@Suite("Docs stay true")
struct ModelDocsTests {
    @Test(
        "docs/MODEL.md carries the current parameter table (regenerate with settle simulate --list-parameters --format markdown)")
    func parameterTableIsCurrent() throws {
        let docs = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/MODEL.md")
        let text = try String(contentsOf: docs, encoding: .utf8)
        let table = try SimulateCommand.parse(["--list-parameters", "--format", "markdown"]).output()
        #expect(text.contains(table))
    }
}
