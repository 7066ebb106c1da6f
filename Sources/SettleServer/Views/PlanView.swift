import Foundation
import SettleCare
import SettleCharts

/// The plan page: the current activity plan, a form to set a new one, and the what-if simulator.
enum PlanView {
    static func page(
        viewer: Layout.Viewer, patient: Patient, plan: ActivityPlan?, form: FormFields, errors: FieldErrors, today: Day,
        whatIf: (a: WhatIfOption, b: WhatIfOption, result: WhatIfResult?), whatIfErrors: FieldErrors, canEdit: Bool
    ) -> HTML {
        let id = patient.id.uuidString.lowercased()
        let value = { (name: String) in form.value(for: name) }
        let setForm: HTML =
            canEdit
            ? """
            <h2>Set the activity plan</h2>
            \(Field.errorSummary(errors))
            <form class="stack card" method="post" action="/patients/\(id)/plan">
            \(Layout.csrfField(viewer.csrfToken))
            \(Field.text("startDay", label: "Start day", value: value("startDay") ?? today.iso, errors: errors, type: "date", required: true))
            \(Field.text("weeklyQuotaMinutes", label: "Weekly activity quota (minutes)", value: value("weeklyQuotaMinutes") ?? plan.map { String($0.weeklyQuotaMinutes) }, errors: errors, type: "number", hint: "0–3000; a time-contingent quota, kept on good and bad days.", required: true))
            \(Field.text("increasePercent", label: "Increase (%)", value: value("increasePercent") ?? plan.map { $0.progression.increasePercent.formatted }, errors: errors, type: "number", hint: "0–50 percent per step.", required: true))
            \(Field.text("everyDays", label: "Every (days)", value: value("everyDays") ?? plan.map { String($0.progression.everyDays) }, errors: errors, type: "number", hint: "1–28 days between increases.", required: true))
            \(Field.text("ceilingMinutes", label: "Ceiling (minutes per week, optional)", value: value("ceilingMinutes") ?? plan.flatMap { $0.progression.ceilingMinutes.map(String.init) }, errors: errors, type: "number"))
            \(Field.checkbox("holdOnFlare", label: "Hold the quota during a flare", checked: form.pairs.isEmpty ? (plan?.progression.holdOnFlare ?? true) : form.isChecked("holdOnFlare")))
            \(Field.textarea("note", label: "Note", value: value("note") ?? plan?.note, errors: errors))
            <div><button type="submit">Save plan</button></div>
            </form>
            """ : .empty
        let body: HTML = """
            <h1>Plan and what-if</h1>
            <p class="lead">\(patient.displayName) · <a href="/patients/\(id)">back to dashboard</a></p>
            <h2>Current plan</h2>
            \(DashboardView.plan(plan))
            \(setForm)
            <h2>What if…</h2>
            \(whatIfForm(id: id, whatIf.a, whatIf.b, errors: whatIfErrors))
            \(whatIf.result.map { resultView($0, today: today) } ?? .empty)
            """
        return Layout.page(title: "Plan and what-if", viewer: viewer, body: body)
    }

    private static func optionFields(_ prefix: String, _ title: String, _ option: WhatIfOption, errors: FieldErrors) -> HTML {
        """
        <fieldset><legend>\(title)</legend>
        \(Field.text(prefix + "needling", label: "Acupuncture sessions per week (0–3)", value: String(option.needlingPerWeek), errors: errors, type: "number"))
        \(Field.text(prefix + "weeks", label: "Weeks of acupuncture (0–12)", value: String(option.needlingWeeks), errors: errors, type: "number"))
        \(Field.text(prefix + "minutes", label: "Activity minutes per week (0–1500)", value: String(option.weeklyMinutes), errors: errors, type: "number"))
        \(Field.checkbox(prefix + "graded", label: "Graded, time-contingent quota", checked: option.graded))
        \(Field.text(prefix + "education", label: "Education sessions, weekly from the start (0–6)", value: String(option.educationSessions), errors: errors, type: "number"))
        </fieldset>
        """
    }

    private static func whatIfForm(id: String, _ a: WhatIfOption, _ b: WhatIfOption, errors: FieldErrors) -> HTML {
        """
        \(Field.errorSummary(errors))
        <form class="card" method="get" action="/patients/\(id)/plan">
        <input type="hidden" name="whatif" value="1">
        <div class="grid">\(optionFields("a-", "Option A", a, errors: errors))\(optionFields("b-", "Option B", b, errors: errors))</div>
        <p><button type="submit">Compare over 12 weeks</button></p>
        </form>
        """
    }

    private static func resultView(_ result: WhatIfResult, today: Day) -> HTML {
        let chart = LineChart(
            id: "what-if", title: "What if: pain over 12 weeks",
            summary: "Model forecast for options A and B from the same starting state.",
            xAxis: .days(label: "Days from today"), yAxis: .rating(),
            series: [Series(name: "Option A", values: result.painA), Series(name: "Option B", values: result.painB)],
            drawsBackground: false)
        let lastWeek = { (values: [Double]) in CareSummary.mean(Array(values.suffix(7))) ?? 0 }
        return """
            <div class="card">
            <p class="notice">Illustration from the population-default pain model (not yet fitted to this patient's diary): an estimate with uncertainty, to discuss options, not a prediction for this person.</p>
            <figure class="chart">\(raw: chart.svg())<figcaption class="legend">\(chart.accessibleDescription)</figcaption></figure>
            <table><thead><tr><th scope="col">Final week</th><th scope="col" class="num">Option A</th><th scope="col" class="num">Option B</th></tr></thead>
            <tbody><tr><th scope="row">Mean pain (0–10)</th><td class="num">\(lastWeek(result.painA).oneDecimal)</td><td class="num">\(lastWeek(result.painB).oneDecimal)</td></tr>
            <tr><th scope="row">Activity (minutes/day)</th><td class="num">\(Int(lastWeek(result.activityA).rounded()))</td><td class="num">\(Int(lastWeek(result.activityB).rounded()))</td></tr></tbody></table>
            </div>
            """
    }

    /// Reads an option from the query (prefix `a-` or `b-`), with field errors for bad values.
    static func option(_ form: FormFields, prefix: String, default fallback: WhatIfOption, errors: inout FieldErrors)
        -> WhatIfOption
    {
        var option = fallback
        if let v = errors.integer(form, prefix + "needling", label: "Acupuncture sessions per week", in: 0...3, required: false) {
            option.needlingPerWeek = v
        }
        if let v = errors.integer(form, prefix + "weeks", label: "Weeks of acupuncture", in: 0...12, required: false) {
            option.needlingWeeks = v
        }
        if let v = errors.integer(form, prefix + "minutes", label: "Activity minutes per week", in: 0...1500, required: false) {
            option.weeklyMinutes = v
        }
        if let v = errors.integer(form, prefix + "education", label: "Education sessions", in: 0...6, required: false) {
            option.educationSessions = v
        }
        option.graded = form.isChecked(prefix + "graded")
        return option
    }

    /// Builds the plan from the form, or the field errors.
    static func parse(_ form: FormFields, patientID: UUID, setBy: UUID, now: Date) -> Result<ActivityPlan, FieldErrors> {
        var errors = FieldErrors()
        let start = errors.day(form, "startDay", label: "Start day")
        let quota = errors.integer(form, "weeklyQuotaMinutes", label: "Weekly quota", in: 0...3000)
        var increase: Double?
        if let text = form.value(for: "increasePercent") {
            if let v = Double(text), v.isFinite, (0...50).contains(v) {
                increase = v
            } else {
                errors.add("increasePercent", "Increase must be a number from 0 to 50; got “\(text)”.")
            }
        } else {
            errors.add("increasePercent", "Increase (%) is required.")
        }
        let every = errors.integer(form, "everyDays", label: "Every (days)", in: 1...28)
        let ceiling = errors.integer(form, "ceilingMinutes", label: "Ceiling", in: 0...3000, required: false)
        let note = errors.optional(form, "note", label: "Note", maxLength: 2000) ?? ""
        guard errors.isEmpty, let start, let quota, let increase, let every else { return .failure(errors) }
        let plan = ActivityPlan(
            patientID: patientID, startDay: start, weeklyQuotaMinutes: quota,
            progression: ProgressionRule(
                increasePercent: increase, everyDays: every, holdOnFlare: form.isChecked("holdOnFlare"), ceilingMinutes: ceiling),
            setBy: setBy, setAt: now, note: note)
        let problems = plan.validate()
        return problems.isEmpty ? .success(plan) : .failure(FieldErrors(problems: problems))
    }
}
