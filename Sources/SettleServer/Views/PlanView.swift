import Foundation
import SettleCare
import SettleCharts

/// The plan page: the current activity plan, the care engine's next-week plan with its reasons, a
/// form to set a new plan, and the engine's what-if forecasts with their intervals.
enum PlanView {
    static func page(
        viewer: Layout.Viewer, patient: Patient, plan: ActivityPlan?, form: FormFields, errors: FieldErrors, today: Day,
        care: CareOutcome, shown: Set<WhatIfOption>?, canEdit: Bool
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
            \(Field.text("weeklyQuotaMinutes", label: "Weekly activity quota (minutes)", value: value("weeklyQuotaMinutes") ?? plan.map { String($0.weeklyQuotaMinutes) }, errors: errors, type: "number", hint: "0–3000; a time-contingent quota, kept on good and bad days." + (care.assessment.map { " The care model suggests \(Int($0.plan.weeklyQuotaMinutes.rounded())) minutes for next week." } ?? ""), required: true))
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
            \(suggestion(care))
            <h2>What if…</h2>
            \(whatIfs(id: id, care, shown: shown))
            """
        return Layout.page(title: "Plan and what-if", viewer: viewer, body: body)
    }

    /// The engine's plan for next week, every line with its reason.
    static func suggestion(_ care: CareOutcome) -> HTML {
        guard let a = care.assessment else {
            return """
                <h2>Suggested plan for next week</h2>
                <div class="card" id="engine-plan"><p>\(care.shortfall ?? "No estimate.") The care model suggests a plan once \
                it can estimate the patient's state.</p></div>
                """
        }
        let plan = a.plan
        let lines = HTML.join(
            plan.lines.map { "<li><strong>\($0.text)</strong><br><span class=\"support\">Why: \($0.reason)</span></li>" as HTML })
        let change = Int((plan.weeklyChange * 100).rounded())
        return """
            <h2>Suggested plan for next week</h2>
            <div class="card" id="engine-plan">
            <p class="stat">\(Int(plan.quotaMinutesPerDay.rounded())) <small>minutes a day · \(Int(plan.weeklyQuotaMinutes.rounded())) a week</small></p>
            <p>Change from the current \(Int(plan.currentQuotaMinutesPerDay.rounded())) minutes a day: \(change >= 0 ? "+" : "−")\(abs(change)) %; \
            tolerated baseline about \(Int(plan.baselineMinutesPerDay.rounded())) minutes a day\
            \(plan.windowAllowance > 0 ? "; up to \(Int((plan.windowAllowance * 100).rounded())) % more on window days" : "").</p>
            <ul class="reasons">\(lines)</ul>
            <p class="support">\(a.disclaimer)</p>
            </div>
            """
    }

    /// Which what-if options the query asks to show (`show=faster&show=education`); nil shows them all.
    static func chosenOptions(_ query: FormFields) -> Set<WhatIfOption>? {
        let chosen = Set(query.pairs.filter { $0.0 == "show" }.compactMap { WhatIfOption(rawValue: $0.1) })
        return chosen.isEmpty ? nil : chosen
    }

    /// The engine's what-if forecasts: a checkbox form (no JavaScript) choosing which to draw, the
    /// weekly pain chart with 80 % bands, the final week's pain as an interval chart, and a table.
    static func whatIfs(id: String, _ care: CareOutcome, shown: Set<WhatIfOption>?) -> HTML {
        guard let a = care.assessment, !a.whatIfs.isEmpty else {
            return
                "<div class=\"card\"><p>\(care.shortfall ?? "No what-if forecasts.") What-if forecasts need an estimate first.</p></div>"
        }
        let all = a.whatIfs
        let visible = all.filter { shown?.contains($0.option) ?? true }
        let boxes = HTML.join(
            all.map { f in
                let checked = shown?.contains(f.option) ?? true
                return
                    "<div><label class=\"inline\"><input type=\"checkbox\" name=\"show\" value=\"\(f.option.rawValue)\"\(HTML(raw: checked ? " checked" : ""))> \(f.title)</label></div>"
                    as HTML
            })
        let weeks = visible.first?.weeklyPain.count ?? 0
        var series: [Series] = []
        var bands: [SettleCharts.Band] = []
        for (index, f) in visible.enumerated() {
            let color = ChartColor.series(index)
            series.append(
                Series(
                    name: f.title,
                    points: f.weeklyPain.enumerated().map { ChartPoint(x: Double($0.offset + 1), y: $0.element.mean) },
                    color: color))
            bands.append(
                SettleCharts.Band(
                    name: "\(f.title): 80 % interval",
                    points: f.weeklyPain.enumerated().map {
                        BandPoint(x: Double($0.offset + 1), low: $0.element.lower80, high: $0.element.upper80)
                    }, color: color, opacity: 0.08))
        }
        let chart = LineChart(
            id: "what-if", title: "What if: weekly mean pain over \(weeks) weeks",
            summary: "Care-model forecasts for each alternative from this patient's estimated state; bands are 80 % intervals.",
            xAxis: XAxis(label: "Week", range: 1...Double(max(weeks, 2))), yAxis: .rating(label: "Mean pain (0–10)"),
            series: series, bands: bands, drawsBackground: false)
        let final = IntervalChart(
            id: "what-if-final", title: "Mean pain in week \(weeks), with 80 % intervals",
            summary: "The last forecast week of each alternative.", axisLabel: "Mean pain (0–10)",
            rows: visible.compactMap { f in
                f.weeklyPain.last.map { IntervalRow(label: f.title, estimate: $0.mean, low: $0.lower80, high: $0.upper80) }
            },
            reference: nil, range: 0...10, decimals: 1, drawsBackground: false)
        let rows = HTML.join(
            visible.map { f in
                let pain = f.weeklyPain.last
                let minutes = f.weeklyActivityMinutes.last
                return """
                    <tr><th scope="row">\(f.title)<br><span class="support">\(f.assumptions)</span></th>
                    <td class="num">\(pain.map { "\($0.mean.oneDecimal) (\($0.lower80.oneDecimal)–\($0.upper80.oneDecimal))" } ?? "—")</td>
                    <td class="num">\(minutes.map { "\(Int($0.mean.rounded())) (\(Int($0.lower80.rounded()))–\(Int($0.upper80.rounded())))" } ?? "—")</td>
                    <td class="num">\(f.flareDaysPerWeek.oneDecimal)</td></tr>
                    """ as HTML
            })
        return """
            <div class="card">
            <form method="get" action="/patients/\(id)/plan"><fieldset><legend>Alternatives to show</legend>\(boxes)</fieldset>
            <p><button type="submit" class="secondary">Show these</button></p></form>
            <p class="notice">Forecasts from the care model fitted to this patient's diary: estimates with 80 % intervals, to \
            discuss options, not promises. \(a.disclaimer)</p>
            <figure class="chart">\(raw: chart.svg())<figcaption class="legend">\(chart.accessibleDescription)</figcaption></figure>
            <figure class="chart">\(raw: final.svg())<figcaption class="legend">\(final.accessibleDescription)</figcaption></figure>
            <div class="table-wrap"><table><caption class="support">Week \(weeks) of each forecast (80 % intervals)</caption>
            <thead><tr><th scope="col">Alternative</th><th scope="col" class="num">Mean pain (0–10)</th>
            <th scope="col" class="num">Activity (minutes a day)</th><th scope="col" class="num">Flare days a week (whole horizon)</th></tr></thead>
            <tbody>\(rows)</tbody></table></div>
            </div>
            """
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
