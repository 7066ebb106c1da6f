import ArgumentParser
import Foundation
import SettleCare
import SettleInterop
import SettleReports
import SettleStore

/// `settle report`: the clinician report for a patient and date range, as HTML and optionally PDF.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the clinician report (questionnaire changes, diary, sessions, plan) as HTML or PDF.",
        discussion: """
            Examples:
              settle report --patient 3f2b8c1e-… --from 2025-01-01 --to 2025-03-31 --out report.html
              settle report --patient 3f2b8c1e-… --pdf report.pdf      (needs Chromium on PATH)
              settle report --demo --pdf demo.pdf                       (synthetic patient, no database)
            Without --from/--to the report covers the 90 days up to the last diary day. The PDF is printed by
            headless Chromium (chromium, chromium-browser or google-chrome on PATH).
            """)

    @Option(help: "The patient (id).")
    var patient: String?

    @Option(help: "First day, YYYY-MM-DD (default: 89 days before --to).")
    var from: String?

    @Option(help: "Last day, YYYY-MM-DD (default: the last diary day).")
    var to: String?

    @Option(help: "Write the HTML report here ('-' for standard output).")
    var out: String?

    @Option(help: "Write a PDF here (printed with headless Chromium).")
    var pdf: String?

    @Flag(help: "Report on a synthetic patient simulated by the model instead of the database.")
    var demo = false

    @Option(help: "Seed of the synthetic patient for --demo (default 1).")
    var seed: UInt64 = 1

    @Flag(help: "Leave out the care engine's plan rationale (faster; no model estimate).")
    var noAssessment = false

    @OptionGroup var database: ClinicDatabaseOptions

    func validate() throws {
        guard demo != (patient != nil) else { throw ValidationError("name the patient with --patient ID, or use --demo") }
        if out == nil, pdf == nil { throw ValidationError("give --out FILE.html and/or --pdf FILE.pdf") }
        _ = try InteropArguments.range(from: from, to: to)
        if let patient { _ = try InteropArguments.patientID(patient) }
    }

    func run() async throws {
        FileHandle.standardError.write(Data((try await execute() + "\n").utf8))
    }

    /// Writes the report and returns a summary.
    func execute() async throws -> String {
        let record: PatientRecord
        if demo {
            record = DemoRecord.make(seed: seed)
        } else {
            let id = try InteropArguments.patientID(patient ?? "")
            record = try await database.withStore(creating: false) { store in
                guard let record = try await store.patientRecord(id: id) else {
                    throw CLIError("no patient with id \(id.uuidString.lowercased()) in the database")
                }
                return record
            }
        }
        let today = Day(containing: Date())
        let through = try InteropArguments.day(to, "--to") ?? record.diary.map(\.day).max() ?? today
        let start = try InteropArguments.day(from, "--from") ?? through.adding(days: -89)
        guard start <= through else { throw CLIError("--from \(start.iso) is after --to \(through.iso)") }
        var rationale: [PlanLine] = []
        var notes: [String] = []
        if !noAssessment {
            do {
                rationale = try CareEngine(settings: CareSettings(includeWhatIfs: false)).assess(record: record, asOf: through)
                    .plan.lines
            } catch {
                notes.append("no care-engine rationale: \(error.description)")
            }
        }
        let html = ClinicianReport(
            record: record, from: start, through: through, generatedOn: today, planRationale: rationale, synthetic: demo
        ).html()
        var written: [String] = []
        if let out {
            try InteropArguments.write(html, to: out)
            written.append(out == "-" ? "HTML to standard output" : out)
        }
        if let pdf {
            try PDFPrinter.print(html: html, to: pdf)
            written.append(pdf)
        }
        return (["clinician report \(start.iso) to \(through.iso) written: \(written.joined(separator: ", "))"] + notes)
            .joined(separator: "\n")
    }
}

/// Prints HTML to PDF with headless Chromium.
enum PDFPrinter {
    /// Browser names looked up on PATH, in order.
    static let browsers = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]

    /// The first browser found on PATH, or nil.
    static func findBrowser(path: String? = ProcessInfo.processInfo.environment["PATH"]) -> URL? {
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":").map(String.init)
        for name in browsers {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            }
        }
        return nil
    }

    /// Writes `html` to a temporary file and prints it to `pdfPath`; throws a message that says
    /// how to install Chromium when none is found, or what Chromium reported when it fails.
    static func print(html: String, to pdfPath: String, timeout: TimeInterval = 120) throws {
        guard let browser = findBrowser() else {
            throw CLIError(
                "cannot write \(pdfPath): no Chromium found on PATH (looked for \(browsers.joined(separator: ", "))). "
                    + "Install it (Debian/Ubuntu: apt-get install chromium) or write HTML with --out and print that.")
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settle-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("report.html")
        try Data(html.utf8).write(to: page)
        let target = URL(fileURLWithPath: pdfPath).standardizedFileURL
        let partial = folder.appendingPathComponent("report.pdf")
        let process = Process()
        process.executableURL = browser
        var arguments = [
            "--headless=new", "--disable-gpu", "--no-pdf-header-footer",
            "--user-data-dir=" + folder.appendingPathComponent("profile").path,
            "--print-to-pdf=" + partial.path,
        ]
        if getuid() == 0 { arguments.insert("--no-sandbox", at: 0) }
        process.arguments = arguments + [page.absoluteString]
        let logURL = folder.appendingPathComponent("chromium.log")
        _ = FileManager.default.createFile(atPath: logURL.path, contents: nil)
        let logHandle = try FileHandle(forWritingTo: logURL)
        defer { try? logHandle.close() }
        process.standardOutput = logHandle
        process.standardError = logHandle
        do {
            try process.run()
        } catch {
            throw CLIError("cannot start \(browser.path): \(error.localizedDescription)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        if process.isRunning {
            process.terminate()
            throw CLIError("\(browser.lastPathComponent) did not finish printing \(pdfPath) within \(Int(timeout)) seconds")
        }
        let log = (try? String(contentsOf: logURL, encoding: .utf8)) ?? ""
        guard process.terminationStatus == 0, let data = try? Data(contentsOf: partial), data.starts(with: Data("%PDF".utf8))
        else {
            let tail = log.split(separator: "\n").suffix(3).joined(separator: " | ")
            throw CLIError("\(browser.lastPathComponent) could not print \(pdfPath) (exit \(process.terminationStatus)): \(tail)")
        }
        do {
            try data.write(to: target, options: .atomic)
        } catch {
            throw CLIError("cannot write \(pdfPath): \(error.localizedDescription)")
        }
    }
}
