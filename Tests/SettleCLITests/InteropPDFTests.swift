import ArgumentParser
import Foundation
import Testing

@testable import settle

/// The PDF is printed by headless Chromium. Skipped with a reason when no Chromium is on PATH,
/// except under `CI=true`, where a missing browser fails the test.
@Suite("settle report --pdf")
struct InteropPDFTests {
    static let browser = PDFPrinter.findBrowser()
    static let isCI = ProcessInfo.processInfo.environment["CI"] == "true"

    @Test(
        "report --demo --pdf writes a PDF file (starts with %PDF)",
        .enabled(if: browser != nil || isCI, "no Chromium on PATH (chromium, chromium-browser, google-chrome)"),
        .timeLimit(.minutes(3))
    )
    func pdf() async throws {
        try #require(Self.browser != nil, "Chromium is required under CI (apt-get install chromium)")
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("settle-report-\(UUID().uuidString).pdf")
        defer { try? FileManager.default.removeItem(at: file) }
        _ = try await ReportCommand.parse(["--demo", "--no-assessment", "--pdf", file.path]).execute()
        let data = try Data(contentsOf: file)
        #expect(data.starts(with: Data("%PDF".utf8)))
        #expect(data.count > 10_000)
    }

    @Test("without Chromium the message says how to install it")
    func missingBrowser() throws {
        #expect(PDFPrinter.findBrowser(path: "/nonexistent") == nil)
    }
}
