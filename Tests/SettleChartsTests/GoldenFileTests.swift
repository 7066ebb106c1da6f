import Foundation
import SettleCharts
import Testing

/// Compares rendered charts with `Golden/*.svg`.
///
/// To accept new output after an intended change, run
/// `SETTLE_UPDATE_GOLDEN=1 swift test --scratch-path .build-charts --filter SettleChartsTests`;
/// the files are then written into the source folder and the test says so.
@Suite("Golden SVG files")
struct GoldenFileTests {
    static var updating: Bool { ProcessInfo.processInfo.environment["SETTLE_UPDATE_GOLDEN"] == "1" }

    static func compare(_ svg: String, name: String, filePath: String = #filePath) throws {
        let inspector = SVGInspector(svg)
        #expect(inspector.wellFormed, "\(name).svg is not well-formed XML: \(inspector.parseError ?? "")")
        #expect(!svg.lowercased().contains("nan"), "\(name).svg contains nan")
        if updating {
            let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Golden")
            let target = folder.appendingPathComponent("\(name).svg")
            try Data(svg.utf8).write(to: target, options: .atomic)
            print("SETTLE_UPDATE_GOLDEN=1: wrote \(target.path)")
            return
        }
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "svg", subdirectory: "Golden"),
            "Golden/\(name).svg is missing: run SETTLE_UPDATE_GOLDEN=1 swift test --filter SettleChartsTests, review it, commit it"
        )
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != svg {
            let got = svg.split(separator: "\n", omittingEmptySubsequences: false)
            let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let line =
                zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(got.count, want.count)
            let gotLine = line < got.count ? String(got[line]) : "<end>"
            let wantLine = line < want.count ? String(want[line]) : "<end>"
            Issue.record(
                """
                \(name).svg differs from Golden/\(name).svg at line \(line + 1):
                  expected: \(wantLine)
                  got:      \(gotLine)
                If the change is intended, run SETTLE_UPDATE_GOLDEN=1 swift test --filter SettleChartsTests and review the diff.
                """)
        }
    }

    @Test("a year of pain with dates, bands, windows and events")
    func painYear() throws {
        try Self.compare(try GoldenFixtures.painYear().svg(), name: "pain-year")
    }

    @Test("edge cases: gaps, lone point, empty and flat series, long labels")
    func edgeCases() throws {
        try Self.compare(GoldenFixtures.edgeCases().svg(), name: "edge-cases")
    }

    @Test("caseload sparkline")
    func sparkline() throws {
        try Self.compare(GoldenFixtures.sparkline().svg(), name: "sparkline")
    }

    @Test("effect sizes with confidence intervals")
    func effects() throws {
        try Self.compare(GoldenFixtures.effects().svg(), name: "effects")
    }
}
