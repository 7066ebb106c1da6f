import SettleCharts
import SettleTrials

/// The self-contained HTML report of a simulated trial (`settle trial --report`): per outcome a
/// chart of the arm means with 95 % confidence intervals and the table behind it, then the
/// effects — a forest plot at the last follow-up, their course over time when there are several
/// follow-ups, and the table of every mean difference and SMD.
public enum TrialReport {
    /// The complete document (inline SVG, no scripts).
    public static func html(_ r: TrialResult) -> String {
        var body = "<h1>Trial \(htmlEscape(r.design.name))</h1>\n<p class=\"muted\">\(htmlEscape(r.design.source))</p>\n"
        body +=
            "<p class=\"notice\">Simulated trial: model estimates for teaching and calibration, not predictions for a person.</p>\n"
        body +=
            "<p>\(r.enrolledTotal) people enrolled (\(r.screened) screened), seed \(r.options.seed), cohort <code>\(htmlEscape(r.design.cohort.condition))</code>.</p>\n"
        if let note = r.reportingNote { body += "<p>\(htmlEscape(note))</p>\n" }
        for outcome in r.design.outcomes {
            let o = OutcomeMeasure.allCases.firstIndex(of: outcome) ?? 0
            body += "<h2>\(htmlEscape(outcome.rawValue)) (\(htmlEscape(outcome.unit)))</h2>\n"
            let id = "means-\(outcome.rawValue)"
            if let svg = TrialCharts.means(r, outcome: outcome, id: id)?.svg()
                ?? TrialCharts.meanRows(r, outcome: outcome, id: id)?.svg()
            {
                body += "<figure>\(svg)</figure>\n"
            }
            body += "<table><tr><th>day</th>"
            for arm in r.design.arms { body += "<th>\(htmlEscape(arm.name)) mean [95% CI]</th>" }
            body += "</tr>\n"
            for (f, day) in r.design.followUpDays.enumerated() {
                body += "<tr><td class=\"num\">\(day)</td>"
                for a in r.design.arms.indices {
                    let s = r.summaries[a][f][o]
                    body += "<td class=\"num\">\(fixed(s.mean, 2)) [\(fixed(s.ciLow, 2)), \(fixed(s.ciHigh, 2))]</td>"
                }
                body += "</tr>\n"
            }
            body += "</table>\n"
        }
        if !r.design.comparisons.isEmpty {
            body += "<h2>Effects</h2>\n<p>Positive favours the first arm of each comparison.</p>\n"
            for outcome in r.design.outcomes {
                if let forest = TrialCharts.effects(r, outcome: outcome, id: "effects-\(outcome.rawValue)") {
                    body += "<figure>\(forest.svg())</figure>\n"
                }
                if let course = TrialCharts.effectsOverTime(r, outcome: outcome, id: "effects-time-\(outcome.rawValue)") {
                    body += "<figure>\(course.svg())</figure>\n"
                }
            }
            body +=
                "<table><tr><th>comparison</th><th>day</th><th>outcome</th><th>MD [95% CI]</th><th>SMD [95% CI]</th></tr>\n"
            for e in r.effects where e.followUpDay > 0 {
                body +=
                    "<tr><td>\(htmlEscape(e.comparison.label))</td><td class=\"num\">\(e.followUpDay)</td>"
                    + "<td>\(htmlEscape(e.outcome.rawValue))</td><td class=\"num\">\(fixed(e.effect.meanDifference, 2)) [\(fixed(e.effect.mdLow, 2)), \(fixed(e.effect.mdHigh, 2))]</td>"
                    + "<td class=\"num\">\(fixed(e.effect.smd, 2)) [\(fixed(e.effect.smdLow, 2)), \(fixed(e.effect.smdHigh, 2))]</td></tr>\n"
            }
            body += "</table>\n"
        }
        return HTMLPage(title: "Trial \(r.design.name)", body: body).render()
    }
}
