import Foundation
import SettleCare
import SettleCharts

/// The patient's progress: plain-language trends, charts with text alternatives, the
/// care engine's sensitivity estimate with its range, and milestones towards their own goals.
enum ProgressView {
    /// Days of diary shown.
    static let span = 56

    struct Content: Sendable {
        var diary: [DiaryEntry]
        var today: Day
        var care: CareOutcome
        var goals: [GoalProgress]
        var form: FormFields
        var errors: FieldErrors
        var notice: String?
    }

    static func page(viewer: Layout.Viewer, _ c: Content) -> HTML {
        let start = c.today.adding(days: -(span - 1))
        let days = DailyValues(diary: c.diary, from: start, through: c.today)
        let flash: HTML = c.notice.map { "<p class=\"notice success\" role=\"status\">\($0)</p>" } ?? .empty
        let body: HTML = """
            <h1>Progress</h1>
            <p class="lead">The last 8 weeks, from \(start.iso) to \(c.today.iso)</p>
            \(flash)
            <section class="card" aria-labelledby="h-pain"><h2 id="h-pain">Pain</h2>
            <p>\(trend(days.pain, today: c.today, noun: "pain", unit: "points", higherIsBetter: false))</p>
            \(chart(id: "p-pain", title: "Your daily pain (0–10)", label: "Pain", values: days.pain, start: start, axis: .rating(), smooth: true))
            </section>
            <section class="card" aria-labelledby="h-activity"><h2 id="h-activity">Activity</h2>
            <p>\(trend(days.activity, today: c.today, noun: "daily activity", unit: "minutes", higherIsBetter: true))</p>
            \(chart(id: "p-activity", title: "Your activity (minutes per day)", label: "Minutes", values: days.activity, start: start, axis: YAxis(label: "Minutes", range: 0...max(60, (days.activity.compactMap { $0 }.max() ?? 0) * 1.2)), smooth: false))
            </section>
            <section class="card" aria-labelledby="h-sleep"><h2 id="h-sleep">Sleep</h2>
            <p>\(trend(days.sleep, today: c.today, noun: "sleep quality", unit: "points", higherIsBetter: true))</p>
            \(chart(id: "p-sleep", title: "Your sleep quality (0 worst – 10 best)", label: "Sleep", values: days.sleep, start: start, axis: YAxis(label: "Sleep (0–10)", range: 0...10), smooth: false))
            </section>
            \(sensitivity(c.care, today: c.today))
            \(goals(c.goals, viewer: viewer, form: c.form, errors: c.errors, today: c.today))
            """
        return Layout.page(title: "Progress", viewer: viewer, body: body)
    }

    /// One value per day (the mean of that day's entries), nil for days without a report.
    struct DailyValues: Sendable {
        var pain: [Double?]
        var activity: [Double?]
        var sleep: [Double?]

        init(diary: [DiaryEntry], from start: Day, through end: Day) {
            let count = max(start.days(to: end) + 1, 0)
            var byDay = [[DiaryEntry]](repeating: [], count: count)
            for entry in diary {
                let index = start.days(to: entry.day)
                if index >= 0, index < count { byDay[index].append(entry) }
            }
            let mean = { (values: [Int]) in CareSummary.mean(values.map(Double.init)) }
            pain = byDay.map { mean($0.map(\.pain)) }
            activity = byDay.map { mean($0.compactMap(\.activityMinutes)) }
            sleep = byDay.map { mean($0.compactMap(\.sleepQuality)) }
        }
    }

    /// "Your pain over the last 2 weeks averaged 4.1, 0.9 points lower than the 2 weeks before (5.0): better."
    static func trend(_ values: [Double?], today: Day, noun: String, unit: String, higherIsBetter: Bool) -> String {
        let recent = CareSummary.mean(values.suffix(14).compactMap { $0 })
        let before = CareSummary.mean(values.dropLast(14).suffix(14).compactMap { $0 })
        guard let recent else { return "No \(noun) reported in the last 2 weeks yet. Your daily check-in fills this in." }
        let now = "Your \(noun) over the last 2 weeks averaged \(recent.oneDecimal)"
        guard let before else { return now + ". There is not enough from the 2 weeks before to compare yet." }
        let change = recent - before
        let threshold = unit == "minutes" ? 5.0 : 0.5
        if abs(change) < threshold {
            return now + ", about the same as the 2 weeks before (\(before.oneDecimal))."
        }
        let better = (change > 0) == higherIsBetter
        let direction = change > 0 ? "higher" : "lower"
        return now + ", \(abs(change).oneDecimal) \(unit) \(direction) than the 2 weeks before (\(before.oneDecimal)): "
            + (better ? "a change in the right direction." : "worth a look with your clinician if it continues.")
    }

    private static func chart(
        id: String, title: String, label: String, values: [Double?], start: Day, axis: YAxis, smooth: Bool
    ) -> HTML {
        guard values.contains(where: { $0 != nil }), let axisStart = CivilDate(daysSinceEpoch: start.daysSince1970) else {
            return "<p>Nothing to show yet.</p>"
        }
        let points = values.enumerated().compactMap { item in item.element.map { ChartPoint(x: Double(item.offset), y: $0) } }
        var series = [Series(name: "\(label) each day", points: points, lineWidth: smooth ? 1 : 2)]
        if smooth {
            var mean: [ChartPoint] = []
            for index in values.indices {
                let window = values[max(0, index - 6)...index].compactMap { $0 }
                if window.count >= 3, let m = CareSummary.mean(window) { mean.append(ChartPoint(x: Double(index), y: m)) }
            }
            series.append(Series(name: "7-day average", points: mean, lineWidth: 3))
        }
        let chart = LineChart(
            id: id, title: title, summary: "\(label) reported at each daily check-in over 8 weeks.",
            size: ChartSize(width: 720, height: 280),
            xAxis: .dates(start: axisStart, range: 0...Double(values.count - 1)), yAxis: axis, series: series,
            drawsBackground: false)
        let rows = HTML.join(
            values.enumerated().reversed().compactMap { item -> HTML? in
                guard let value = item.element else { return nil }
                return "<tr><td>\(start.adding(days: item.offset).iso)</td><td class=\"num\">\(value.formatted)</td></tr>"
            })
        return """
            <figure class="chart">\(raw: chart.svg())<figcaption class="legend">\(chart.accessibleDescription)</figcaption></figure>
            <details><summary>Show the numbers</summary><div class="table-wrap"><table><caption class="support">\(title)</caption>
            <thead><tr><th scope="col">Day</th><th scope="col" class="num">\(label)</th></tr></thead><tbody>\(rows)</tbody></table></div></details>
            """
    }

    static func sensitivity(_ care: CareOutcome, today: Day) -> HTML {
        let explain: HTML = """
            <p class="support">What this is: the care model reads all your check-ins and sessions and estimates how sensitive \
            (how protective) your nervous system is right now, on a scale from 0 (calm) to 100 (very sensitive). It is an \
            estimate, not a measurement or a diagnosis. The range shows how sure the estimate is: in 8 cases out of 10 the true \
            value would fall inside it, and it narrows as your diary grows. <a href="/me/learn/protection">Why sensitivity matters</a>.</p>
            """
        guard let assessment = care.assessment else {
            return """
                <section class="card" aria-labelledby="h-sens"><h2 id="h-sens">Sensitivity</h2>
                <p>\(care.shortfall ?? "Not enough check-ins yet for an estimate.") Keep checking in: the estimate appears after a few days.</p>\(explain)</section>
                """
        }
        let now = assessment.state.sensitivity
        var words =
            "Your estimated sensitivity is \(now.mean.percentText) out of 100 "
            + "(likely between \(now.lower80.percentText) and \(now.upper80.percentText))."
        let start = today.adding(days: -(span - 1))
        let shown = assessment.history.filter { $0.day >= start }
        if let first = shown.first, first.day < assessment.asOf.adding(days: -13) {
            let before = CareHistory.sensitivity80(first)
            let change = Int((now.mean * 100).rounded()) - Int((first.sensitivity * 100).rounded())
            if before.upperBound >= now.lower80 && now.upper80 >= before.lowerBound {
                words += " Compared with \(first.day.iso), the ranges overlap, so any change is not clear yet."
            } else {
                words +=
                    " Compared with \(first.day.iso) it is \(abs(change)) points \(change < 0 ? "lower: your system may be settling" : "higher: worth talking through with your clinician")."
            }
        }
        for note in assessment.notes { words += " " + note }
        guard let firstDay = shown.first?.day, let axisStart = CivilDate(daysSinceEpoch: firstDay.daysSince1970) else {
            return """
                <section class="card" aria-labelledby="h-sens"><h2 id="h-sens">Sensitivity</h2>
                <p>\(words)</p>\(explain)</section>
                """
        }
        let x = { (day: Day) in Double(firstDay.days(to: day)) }
        let chart = LineChart(
            id: "p-sensitivity", title: "Estimated sensitivity (0–100) with its likely range",
            summary: "Daily estimate from the care model; the shaded band is the 80 % range.",
            size: ChartSize(width: 720, height: 260),
            xAxis: .dates(start: axisStart, range: 0...max(x(shown.last?.day ?? firstDay), 1)),
            yAxis: YAxis(label: "Sensitivity", range: 0...100),
            series: [
                Series(name: "Estimate", points: shown.map { ChartPoint(x: x($0.day), y: $0.sensitivity * 100) })
            ],
            bands: [
                SettleCharts.Band(
                    name: "80 % range",
                    points: shown.map {
                        let range = CareHistory.sensitivity80($0)
                        return BandPoint(x: x($0.day), low: range.lowerBound * 100, high: range.upperBound * 100)
                    })
            ],
            drawsBackground: false)
        let rows = HTML.join(
            shown.reversed().filter { $0.day.days(to: assessment.asOf) % 7 == 0 }.map { day in
                let range = CareHistory.sensitivity80(day)
                return
                    "<tr><td>\(day.day.iso)</td><td class=\"num\">\(day.sensitivity.percentText)</td><td class=\"num\">\(range.lowerBound.percentText)–\(range.upperBound.percentText)</td></tr>"
                    as HTML
            })
        return """
            <section class="card" aria-labelledby="h-sens"><h2 id="h-sens">Sensitivity</h2>
            <p>\(words)</p>
            <figure class="chart">\(raw: chart.svg())<figcaption class="legend">\(chart.accessibleDescription)</figcaption></figure>
            <details><summary>Show the numbers</summary><div class="table-wrap"><table><caption class="support">Estimated sensitivity by week</caption>
            <thead><tr><th scope="col">Day</th><th scope="col" class="num">Estimate</th><th scope="col" class="num">80 % range</th></tr></thead>
            <tbody>\(rows)</tbody></table></div></details>
            \(explain)</section>
            """
    }

    static func goals(_ goals: [GoalProgress], viewer: Layout.Viewer, form: FormFields, errors: FieldErrors, today: Day) -> HTML {
        let active = goals.filter(\.goal.active)
        let cards = HTML.join(
            active.map { progress -> HTML in
                let steps = HTML.join(
                    progress.milestones.map { step in
                        "<li class=\"\(step.reached ? "reached" : "open")\"><span class=\"mark\">\(step.reached ? "Reached" : "Not yet")</span> \(step.label): \(step.rating)/10</li>"
                            as HTML
                    })
                return """
                    <div class="goal"><h3>\(progress.goal.activity)</h3>
                    <p>Now \(progress.latest)/10 (rated \(progress.latestDay.iso)); when you set it: \(progress.goal.baselineRating)/10\
                    \(progress.goal.targetRating.map { "; your target: \($0)/10" } ?? "").</p>
                    <ul class="milestones">\(steps)</ul></div>
                    """
            })
        let rate: HTML =
            active.isEmpty
            ? .empty
            : """
            <form class="stack" method="post" action="/me/goals/ratings">\(Layout.csrfField(viewer.csrfToken))
            <fieldset><legend>Rate your goals today (0 = unable, 10 = as before the problem)</legend>
            \(HTML.join(active.map { progress in
                Field.text("rating-" + progress.goal.id.uuidString.lowercased(), label: progress.goal.activity, value: form.value(for: "rating-" + progress.goal.id.uuidString.lowercased()), errors: errors, type: "number", extra: "min=\"0\" max=\"10\" inputmode=\"numeric\"")
            }))
            </fieldset><div><button type="submit">Save ratings</button></div></form>
            """
        let add: HTML =
            active.count >= 5
            ? "<p class=\"support\">You have 5 goals, the most the scale uses.</p>"
            : """
            <details\(HTML(raw: errors.isEmpty || form.value(for: "activity") == nil ? "" : " open"))><summary>Add a goal</summary>
            <form class="stack" method="post" action="/me/goals">\(Layout.csrfField(viewer.csrfToken))
            \(Field.text("activity", label: "An activity you find hard because of pain", value: form.value(for: "activity"), errors: errors, hint: "For example: carry shopping up the stairs.", required: true))
            \(Field.text("baselineRating", label: "How able are you now? (0–10)", value: form.value(for: "baselineRating"), errors: errors, type: "number", hint: "0 = unable to do it, 10 = able as before the problem.", required: true, extra: "min=\"0\" max=\"10\" inputmode=\"numeric\""))
            \(Field.text("targetRating", label: "Your target (0–10, optional)", value: form.value(for: "targetRating"), errors: errors, type: "number", extra: "min=\"0\" max=\"10\" inputmode=\"numeric\""))
            <div><button type="submit" class="secondary">Add goal</button></div></form></details>
            """
        return """
            <section class="card" aria-labelledby="h-goals"><h2 id="h-goals">Your goals</h2>
            <p class="support">Activities you chose, rated from 0 (unable) to 10 (as before the problem). A change of \(GoalProgress.noticeableChange) \
            points on one activity is more than ratings vary by chance.</p>
            \(Field.errorSummary(errors))
            \(active.isEmpty ? "<p>No goals yet. Add up to five activities that matter to you.</p>" as HTML : cards)
            \(rate)
            \(add)</section>
            """
    }
}
