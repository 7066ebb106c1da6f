import SettleCare
import SettleCharts
import SettleMeasures

/// The report a clinician hands to a GP, an insurer or another clinician: for one patient and
/// date range, questionnaire changes with bands and clinically important change, a diary
/// summary with charts, the sessions given, and the current plan with its rationale.
///
/// Pure: the same input gives byte-identical HTML (self-contained, inline CSS and SVG, no
/// scripts), with a print stylesheet for A4 paper and PDF.
public struct ClinicianReport: Sendable {
    /// The patient's record (the whole record; the range selects what is reported).
    public var record: PatientRecord
    /// First day reported.
    public var from: Day
    /// Last day reported.
    public var through: Day
    /// The day the report is made (printed in the header; no clock is read).
    public var generatedOn: Day
    /// The care engine's plan lines with reasons, when an assessment was made; empty otherwise.
    public var planRationale: [PlanLine]
    /// True for a synthetic (model-made) patient: the report says so at the top.
    public var synthetic: Bool

    public init(
        record: PatientRecord, from: Day, through: Day, generatedOn: Day, planRationale: [PlanLine] = [],
        synthetic: Bool = false
    ) {
        self.record = record
        self.from = from
        self.through = through
        self.generatedOn = generatedOn
        self.planRationale = planRationale
        self.synthetic = synthetic
    }

    /// The complete HTML document.
    public func html() -> String {
        let title = "Clinician report — \(record.patient.displayName), \(from.iso) to \(through.iso)"
        return """
            <!doctype html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlEscape(title))</title>
            <style>\(HTMLPage.stylesheet)
            \(Self.stylesheet)</style>
            </head>
            <body>
            <main class="clinician-report">
            \(header())
            \(questionnaireSection())
            \(diarySection())
            \(sessionSection())
            \(planSection())
            \(footer())
            </main>
            </body>
            </html>

            """
    }

    /// Extra rules for the clinician report: compact tables, and A4 print with repeated table
    /// headers, no split rows and no broken figures.
    public static let stylesheet = """
        .clinician-report .facts th{width:14rem;background:none;font-weight:600}.clinician-report table.facts{width:auto}.clinician-report td.date{white-space:nowrap}
        .clinician-report table{width:100%}
        .clinician-report .yes{color:#0b6b2f;font-weight:600}.clinician-report .worse{color:#a12a00;font-weight:600}
        .clinician-report footer{margin-top:2rem;border-top:1px solid var(--line);padding-top:.6rem;font-size:.85rem;color:var(--muted)}
        @page{size:A4;margin:14mm 14mm 16mm}
        @media print{body{font-size:10.5pt}.clinician-report h1{font-size:16pt}.clinician-report h2{font-size:12.5pt;margin-top:1.1rem}
        thead{display:table-header-group}tr{break-inside:avoid}figure{break-inside:avoid}section{break-before:auto}
        .clinician-report a{color:inherit;text-decoration:none}}
        """

    var diary: DiarySummary { DiarySummary(entries: record.diary, from: from, through: through) }

    var sessionsInRange: [TreatmentSession] {
        record.sessions.filter { $0.day >= from && $0.day <= through }.sorted { $0.day < $1.day }
    }
}
