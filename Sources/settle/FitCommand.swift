import ArgumentParser
import Foundation
import SettleCare
import SettleCharts

/// `settle fit`: estimate a patient's state from a diary (and session log), with the window of
/// opportunity, next week's plan with reasons and what-if forecasts; optionally an HTML report.
struct FitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fit",
        abstract: "Fit the care engine to a patient's diary: state with intervals, window, plan, what-if.",
        discussion: """
            The diary is CSV (header: day,time,pain,activity_minutes,steps,sleep,stress,flare,note) or \
            JSON (an array of entries); the session log is CSV (header: day,kind,arm,needles,\
            retention_minutes,electro,points,exercise_kind,minutes,prescription,topics,note) or JSON. \
            Formats: docs/CARE.md. Bad lines are listed with line number and field; the rest still load.

            Every number is an estimate from a model, shown with its interval: decision support, not a diagnosis.
            """
    )

    /// Output format.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json
    }

    @Option(help: ArgumentHelp("Diary file (CSV or JSON).", valueName: "file"))
    var diary: String?

    @Option(
        name: .customLong("validate"),
        help: ArgumentHelp(
            "Instead of fitting a diary, validate the engine on this many synthetic patients and print the figures of docs/CARE.md.",
            valueName: "patients"))
    var validatePatients: Int?

    @Option(help: ArgumentHelp("Session log (CSV or JSON).", valueName: "file"))
    var sessions: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML report here.", valueName: "out.html"))
    var report: String?

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Assess as of this day (YYYY-MM-DD); default: the last diary day.", valueName: "day"))
    var asOf: String?

    @Option(help: "Particles of the filter (100–100000).")
    var particles: Int = 1_000

    @Option(help: "Seed of the filter's random stream (same seed, same result).")
    var seed: UInt64 = 20_251_125

    @Option(help: "What-if horizon in weeks (4–12).")
    var weeks: Int = 12

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func validate() throws {
        if let validatePatients {
            guard (1...2_000).contains(validatePatients) else {
                throw ValidationError("--validate must be 1–2000 patients, got \(validatePatients)")
            }
            guard diary == nil, sessions == nil, report == nil else {
                throw ValidationError("--validate takes no --diary, --sessions or --report")
            }
        } else if diary == nil {
            throw ValidationError("give the diary with --diary FILE (or --validate N for the validation figures)")
        }
        guard (100...100_000).contains(particles) else {
            throw ValidationError("--particles must be 100–100000, got \(particles)")
        }
        guard (4...12).contains(weeks) else { throw ValidationError("--weeks must be 4–12, got \(weeks)") }
        if let asOf, (try? Day(iso: asOf)) == nil {
            throw ValidationError("--as-of '\(asOf)' is not a date; write YYYY-MM-DD")
        }
    }

    func run() throws {
        if let validatePatients {
            print(FitValidation.markdown(patients: validatePatients, particles: particles, seed: seed))
            return
        }
        let outcome = try fit()
        for problem in outcome.problems {
            FileHandle.standardError.write(Data("warning: \(problem)\n".utf8))
        }
        print(outcome.output)
        if let report {
            let html = FitReport.html(outcome.assessment, diaryName: ((diary ?? "") as NSString).lastPathComponent)
            do {
                try Data(html.utf8).write(to: URL(fileURLWithPath: report), options: .atomic)
            } catch {
                throw FitCommandError("--report \(report): cannot write the report (\(error.localizedDescription))")
            }
            FileHandle.standardError.write(Data("report written to \(report)\n".utf8))
        }
    }

    /// The result of a fit: assessment, printed output, and import problems (file:line: field).
    struct Outcome {
        var assessment: CareAssessment
        var output: String
        var problems: [String]
    }

    /// Reads the files and runs the engine; throws `FitCommandError` naming the file and what to fix.
    func fit() throws -> Outcome {
        let patientID = UUID(uuidString: "00000000-0000-4000-8000-000000000001") ?? UUID()
        var problems: [String] = []
        guard let diary else { throw FitCommandError("give the diary with --diary FILE") }
        let diaryText = try Self.read(diary, option: "--diary")
        let entries: Imported<DiaryEntry>
        do { entries = try DiaryFormat.parse(diaryText, patientID: patientID) } catch {
            throw FitCommandError("--diary \(diary): \(error.description)")
        }
        problems += entries.problems.map { "\(diary): \($0)" }
        var sessionItems: [TreatmentSession] = []
        if let sessions {
            let text = try Self.read(sessions, option: "--sessions")
            do {
                let imported = try SessionFormat.parse(text, patientID: patientID)
                sessionItems = imported.items
                problems += imported.problems.map { "\(sessions): \($0)" }
            } catch {
                throw FitCommandError("--sessions \(sessions): \(error.description)")
            }
        }
        guard let last = entries.items.map(\.day).max() else {
            throw FitCommandError(
                "--diary \(diary): no diary entry could be read; see the problems above or docs/CARE.md for the format")
        }
        let day = try asOf.map { try Day(iso: $0) } ?? last
        let record = PatientRecord(
            patient: Patient(
                id: patientID, displayName: (diary as NSString).lastPathComponent, createdAt: Date(timeIntervalSince1970: 0)),
            diary: entries.items, sessions: sessionItems)
        var settings = CareSettings(filter: FilterSettings(particles: particles, seed: seed), whatIfWeeks: weeks)
        settings.planner.horizonWeeks = 12
        let assessment: CareAssessment
        do { assessment = try CareEngine(settings: settings).assess(record: record, asOf: day) } catch {
            throw FitCommandError("--diary \(diary): \(error.description)")
        }
        let output: String
        switch format {
        case .text: output = FitText.render(assessment, problems: problems.count)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            encoder.nonConformingFloatEncodingStrategy = .convertToString(
                positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
            output = String(decoding: try encoder.encode(assessment), as: UTF8.self)
        }
        return Outcome(assessment: assessment, output: output, problems: problems)
    }

    static func read(_ path: String, option: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FitCommandError("\(option) \(path): cannot read the file (does it exist?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw FitCommandError("\(option) \(path): not UTF-8 text; save it as UTF-8 CSV or JSON")
        }
        return text
    }
}

/// `settle fit --validate N`: the validation figures as Markdown tables.
enum FitValidation {
    static func pct(_ x: Double) -> String { String(format: "%.0f %%", x * 100) }

    static func markdown(patients: Int, particles: Int, seed: UInt64) -> String {
        let settings = FilterSettings(particles: particles, seed: seed, recordHistory: false)
        let design = SyntheticPatient.Design()
        let start = Date()
        let c = CareValidation.coverage(seed: seed, patients: patients, design: design, settings: settings)
        var out = [
            "### Interval coverage (\(c.patients) synthetic patients, \(c.days) days, \(Int(c.missingFraction * 100)) % of days missing, \(particles) particles, seed \(seed))",
            "",
        ]
        out.append("| state | 80 % interval contains truth | 95 % interval contains truth | mean absolute error |")
        out.append("|---|---|---|---|")
        for s in c.states {
            out.append(
                "| \(s.name) | \(pct(s.coverage80)) | \(pct(s.coverage95)) | \(String(format: "%.3f", s.meanAbsoluteError)) |")
        }
        out.append("| **pooled** | **\(pct(c.pooled80))** | **\(pct(c.pooled95))** | |")
        out.append("")
        out.append("One-step-ahead pain forecasts: \(pct(c.forecastCoverage80)) of reported ratings fall inside the 80 % band.")
        out.append("")
        out.append(
            "Window length (\"your windows have lasted about N days\"): the 80 % interval contains the true length for "
                + "\(pct(c.windowDurationCoverage80)) of patients with a verum session (95 %: \(pct(c.windowDurationCoverage95))); "
                + "mean absolute error \(String(format: "%.2f", c.windowDurationError)) days, mean 80 % width "
                + "\(String(format: "%.1f", c.windowDurationWidth80)) days.")
        out.append("")
        var care = CareSettings(
            filter: FilterSettings(particles: min(particles, 300), seed: seed, recordHistory: false), includeWhatIfs: false)
        care.planner.forecastParticles = 80
        let p = CareValidation.plannerComparison(seed: seed, patients: patients, settings: care)
        out.append(
            "### Planner against a fixed 10 %-a-week rule (\(p.patients) patients, 4 weeks of diary then 12 weeks of plan)")
        out.append("")
        out.append("| controller | flare days in 12 weeks | pain, weeks 10–12 | activity min/day, weeks 10–12 |")
        out.append("|---|---|---|---|")
        out.append(
            "| planner (weekly re-assessment) | \(String(format: "%.2f", p.flareDays[0])) | \(String(format: "%.2f", p.painAtTwelveWeeks[0])) | \(String(format: "%.1f", p.minutesAtTwelveWeeks[0])) |"
        )
        out.append(
            "| fixed +10 %/week from 80 % of baseline | \(String(format: "%.2f", p.flareDays[1])) | \(String(format: "%.2f", p.painAtTwelveWeeks[1])) | \(String(format: "%.1f", p.minutesAtTwelveWeeks[1])) |"
        )
        out.append("")
        out.append(
            "Planner lower 12-week pain for \(p.plannerBetterPain) of \(p.patients) patients; fewer flare days for \(p.plannerFewerFlares)."
        )
        out.append("")
        out.append("(\(String(format: "%.1f", Date().timeIntervalSince(start))) s)")
        return out.joined(separator: "\n")
    }
}

/// A `settle fit` failure: names the option, the file and what to fix.
struct FitCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Plain-text rendering of an assessment.
enum FitText {
    static func f(_ x: Double, _ digits: Int = 2) -> String {
        guard x.isFinite else { return "–" }
        return String(format: "%.\(digits)f", x)
    }

    static func row(_ name: String, _ e: Estimate, _ digits: Int = 2) -> String {
        let label = name.padding(toLength: 34, withPad: " ", startingAt: 0)
        return
            "  \(label) \(f(e.mean, digits))   80 %: \(f(e.lower80, digits))–\(f(e.upper80, digits))   95 %: \(f(e.lower95, digits))–\(f(e.upper95, digits))"
    }

    static func render(_ a: CareAssessment, problems: Int) -> String {
        var out: [String] = []
        out.append(
            "Care estimate \(a.firstDay.iso) to \(a.asOf.iso): \(a.daysCovered) days, \(a.daysWithCheckIn) with a pain rating; \(a.particles) particles."
        )
        out.append(a.disclaimer)
        if problems > 0 {
            out.append("\(problems) problem\(problems == 1 ? "" : "s") in the input files (listed on stderr); the rest loaded.")
        }
        for note in a.notes { out.append("Note: \(note)") }
        out.append("")
        out.append("State today (posterior mean, 80 % and 95 % intervals)")
        let s = a.state
        out.append(row("Sensitivity G (0–1)", s.sensitivity))
        out.append(row("Effective gain (×)", s.effectiveGain))
        out.append(row("Threat T (0–1)", s.threat))
        out.append(row("Guarding U (0–1)", s.guarding))
        out.append(row("Capacity C (load units)", s.capacity))
        out.append(row("Usual pain (0–10)", s.usualPain, 1))
        out.append(row("Tomorrow's pain rating (0–10)", a.tomorrowPain, 1))
        out.append("")
        out.append("Window of opportunity")
        out.append("  " + a.window.summary)
        out.append("")
        out.append("Next week's plan")
        for line in a.plan.lines {
            out.append("  - \(line.text)")
            out.append("    why: \(line.reason)")
        }
        if !a.whatIfs.isEmpty {
            out.append("")
            out.append("What if (mean pain in the last week, 80 % interval; flare days a week)")
            for w in a.whatIfs {
                guard let last = w.weeklyPain.last else { continue }
                let label = w.title.padding(toLength: 34, withPad: " ", startingAt: 0)
                out.append(
                    "  \(label) \(f(last.mean, 1))  (\(f(last.lower80, 1))–\(f(last.upper80, 1)))  \(f(w.flareDaysPerWeek, 1))")
            }
        }
        return out.joined(separator: "\n")
    }
}

/// The self-contained HTML report of `settle fit`.
enum FitReport {
    static func escape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }

    static func html(_ a: CareAssessment, diaryName: String) -> String {
        let start = CivilDate(daysSinceEpoch: a.firstDay.daysSince1970)
        let xAxis: XAxis = start.map { XAxis.dates(start: $0) } ?? .days()
        let history = a.history
        var charts: [String] = []
        if !history.isEmpty {
            let observed = history.enumerated().compactMap { i, d in d.observedPain.map { ChartPoint(x: Double(i), y: $0) } }
            let pain = LineChart(
                id: "fit-pain", title: "Pain: diary and the filter's one-step-ahead forecast",
                summary: "Dots of the diary against the forecast made the day before, with an 80 % band.",
                xAxis: xAxis, yAxis: .rating(),
                series: [
                    Series(name: "Reported pain", points: observed, color: .black, lineWidth: 1),
                    Series(name: "Forecast (mean)", values: history.map(\.forecastPain), color: .blue),
                ],
                bands: [
                    Band(
                        name: "Forecast 80 %", lower: history.map { max(0, $0.forecastPain - 1.2816 * $0.forecastPainSD) },
                        upper: history.map { min(10, $0.forecastPain + 1.2816 * $0.forecastPainSD) }, color: .blue)
                ],
                markers: a.window.sessions.map { EventMarker(x: Double(a.firstDay.days(to: $0.day)), kind: "verum acupuncture") })
            charts.append(pain.svg())
            let sens = LineChart(
                id: "fit-sensitivity", title: "Estimated sensitivity and window probability",
                summary:
                    "Posterior mean of sensitivity G with an approximate 80 % band, and the probability a needling window is open.",
                xAxis: xAxis, yAxis: YAxis(label: "0–1", range: 0...1),
                series: [
                    Series(name: "Sensitivity G", values: history.map(\.sensitivity), color: .vermillion),
                    Series(name: "Window open (probability)", values: history.map(\.windowProbability), color: .bluishGreen),
                    Series(name: "Threat T", values: history.map(\.threat), color: .reddishPurple),
                ],
                bands: [
                    Band(
                        name: "Sensitivity 80 %", lower: history.map { max(0, $0.sensitivity - 1.2816 * $0.sensitivitySD) },
                        upper: history.map { min(1, $0.sensitivity + 1.2816 * $0.sensitivitySD) }, color: .vermillion)
                ])
            charts.append(sens.svg())
        }
        let s = a.state
        let states = IntervalChart(
            id: "fit-state", title: "State today (80 % intervals)",
            summary: "Posterior means with 80 % intervals, on 0–1 scales.",
            axisLabel: "0–1",
            rows: [
                IntervalRow(
                    label: "Sensitivity", estimate: s.sensitivity.mean, low: s.sensitivity.lower80, high: s.sensitivity.upper80),
                IntervalRow(label: "Threat", estimate: s.threat.mean, low: s.threat.lower80, high: s.threat.upper80),
                IntervalRow(label: "Guarding", estimate: s.guarding.mean, low: s.guarding.lower80, high: s.guarding.upper80),
                IntervalRow(
                    label: "Capacity (load units)", estimate: s.capacity.mean, low: s.capacity.lower80, high: s.capacity.upper80),
            ], reference: nil, range: 0...1.5)
        charts.append(states.svg())
        if !a.whatIfs.isEmpty {
            let whatIf = LineChart(
                id: "fit-whatif", title: "What if: weekly mean pain under alternative plans",
                summary: "Forecasts from the posterior; the band is the 80 % interval of the current plan.",
                xAxis: .days(label: "Week"), yAxis: .rating(),
                series: a.whatIfs.map { w in
                    Series(
                        name: w.title,
                        points: w.weeklyPain.enumerated().map { ChartPoint(x: Double($0.offset + 1), y: $0.element.mean) })
                },
                bands: a.whatIfs.prefix(1).map { w in
                    Band(
                        name: "\(w.title) 80 %",
                        points: w.weeklyPain.enumerated().map {
                            BandPoint(x: Double($0.offset + 1), low: $0.element.lower80, high: $0.element.upper80)
                        })
                })
            charts.append(whatIf.svg())
        }
        let text = FitText.render(a, problems: 0)
        var body = "<h1>Care estimate: \(escape(diaryName))</h1>\n"
        body += "<p class=\"note\"><strong>\(escape(a.disclaimer))</strong></p>\n"
        body += "<h2>Next week's plan</h2>\n<ul>\n"
        for line in a.plan.lines {
            body += "<li>\(escape(line.text))<br><small>Why: \(escape(line.reason))</small></li>\n"
        }
        body += "</ul>\n<h2>Window of opportunity</h2>\n<p>\(escape(a.window.summary))</p>\n<h2>Charts</h2>\n"
        for chart in charts { body += "<figure>\(chart)</figure>\n" }
        body += "<h2>All numbers</h2>\n<pre>\(escape(text))</pre>\n"
        return """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Settle care estimate</title>
            <style>body{font-family:system-ui,sans-serif;max-width:800px;margin:2em auto;padding:0 1em;line-height:1.45}
            figure{margin:1em 0}pre{white-space:pre-wrap;font-size:0.85em}.note{background:#f4f4f4;padding:0.6em}</style>
            </head><body>
            \(body)</body></html>

            """
    }
}
