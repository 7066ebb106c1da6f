/// The graded-exposure / pacing planner: protocol rules first (baseline, start near 80 %,
/// 10–20 % a week, bigger steps in an open window, flare rule, boom–bust), then a
/// model-predictive choice among the steps the rules allow: the step whose forecast 12-week
/// pain is lowest while the forecast flare-day probability stays within the bound.
struct ExposurePlanner: Sendable {
    let settings: PlannerSettings

    func plan(result: FilterResult, window: WindowStatus, forecaster: Forecaster) -> ExposurePlan {
        let timeline = result.timeline
        let patterns = DiaryPatterns(timeline: timeline)
        var lines: [PlanLine] = []

        // Baseline from recent tolerated activity.
        let baseline: Double
        if let b = patterns.toleratedBaselineMinutes {
            baseline = b
            lines.append(
                PlanLine(
                    text: "Baseline: about \(Self.minutes(b)) minutes of activity a day.",
                    reason:
                        "The mean of the \(patterns.baselineDays) day\(patterns.baselineDays == 1 ? "" : "s") in the last two weeks you reported activity without a flare-up."
                ))
        } else {
            baseline = result.final.habitualMinutes.mean * 0.75
            lines.append(
                PlanLine(
                    text: "Baseline: about \(Self.minutes(baseline)) minutes of activity a day (estimated).",
                    reason:
                        "No activity minutes were reported in the last two weeks, so the baseline is the model's estimate of your usual activity; reporting minutes makes it more accurate."
                ))
        }

        let current = timeline.quotaMinutes.last ?? nil
        let cadence = AcupunctureCadence(timeline: timeline)
        var mode: String
        var steps: [Double]
        let startQuota: Double
        if let current {
            startQuota = current
            if patterns.flareRuleTriggered {
                mode = "flare"
                steps = settings.flareSteps
            } else if patterns.boomBust {
                mode = "boomBust"
                steps = settings.boomBustSteps
            } else if window.isLikelyOpen {
                mode = "window"
                steps = settings.progressSteps + settings.windowSteps
            } else {
                mode = "progress"
                steps = settings.progressSteps
            }
        } else {
            mode = "start"
            startQuota = max(5, settings.startFraction * baseline)
            steps =
                patterns.flareRuleTriggered || patterns.boomBust ? [0] + settings.progressSteps.prefix(1) : settings.progressSteps
        }
        if steps.isEmpty { steps = [0] }

        // Forecast every allowed step.
        let days = max(4, min(26, settings.horizonWeeks)) * 7
        let endWeeks = (days - 21)..<days
        var candidates: [PlanCandidate] = []
        for g in steps {
            var policy = ForecastPolicy(
                startQuotaMinutes: min(settings.ceilingMinutesPerDay, mode == "start" ? startQuota : startQuota * (1 + g)),
                weeklyGrowth: g, ceilingMinutes: settings.ceilingMinutesPerDay, flareRule: true,
                windowBoost: settings.windowAllowance, windowDays: settings.windowDays)
            cadence.continuing(into: &policy)
            let run = forecaster.run(policy, days: days)
            let flare = run.flareProbability(over: 0..<28)
            candidates.append(
                PlanCandidate(
                    weeklyChange: g, painAtTwelveWeeks: run.pain(over: endWeeks),
                    minutesAtTwelveWeeks: run.minutes(over: endWeeks),
                    flareProbability: flare, withinFlareBound: flare <= settings.maxFlareProbability))
        }
        let feasible = candidates.filter(\.withinFlareBound)
        let chosen: PlanCandidate
        if let best = feasible.min(by: { Self.better($0, than: $1) }) {
            chosen = best
        } else {
            chosen = candidates.min(by: { $0.flareProbability < $1.flareProbability }) ?? candidates[0]
        }
        let change = mode == "start" ? 0 : chosen.weeklyChange
        let next = min(settings.ceilingMinutesPerDay, startQuota * (1 + change))

        // The plan lines.
        lines.insert(
            PlanLine(
                text:
                    "Next week: \(Self.minutes(next * 7)) minutes in total, about \(Self.minutes(next)) minutes a day, spread evenly and done by the clock, not by how the pain feels.",
                reason:
                    "A time-contingent quota lets the nervous system learn that movement is safe; stopping only when pain rises teaches the opposite."
            ),
            at: 0)
        switch mode {
        case "start":
            lines.append(
                PlanLine(
                    text:
                        "Start at about \(Self.percentage(settings.startFraction)) of baseline, then raise it by \(Self.percentage(chosen.weeklyChange)) a week.",
                    reason: "Starting just below what you already tolerate makes the first weeks reliably doable. "
                        + Self.choiceReason(chosen, candidates, settings)))
        case "flare":
            lines.append(
                PlanLine(
                    text: change < 0 ? "Step back \(Self.percentage(-change)) this week." : "Hold the quota this week.",
                    reason:
                        "Your pain was well above your usual (about \(Self.number(patterns.usualPain ?? 0))/10) for \(patterns.recentFlareRun) days in a row in the last week\(patterns.flareOngoing ? ", and it is still going on" : ""). The flare-up rule is to hold or step back, not to stop. "
                        + Self.choiceReason(chosen, candidates, settings)))
        case "boomBust":
            lines.append(
                PlanLine(
                    text: change > 0
                        ? "Raise the quota only \(Self.percentage(change)), and keep every day close to it."
                        : "Keep the quota steady and every day close to it.",
                    reason:
                        "In the last three weeks there were \(patterns.boomBustCycles) days of doing much more than usual followed by a flare-up or a much lighter day (boom–bust). Even days break that cycle. "
                        + Self.choiceReason(chosen, candidates, settings)))
        default:
            lines.append(
                PlanLine(
                    text:
                        "Raise the quota by \(Self.percentage(change)) from this week's \(Self.minutes(startQuota)) minutes a day.",
                    reason: (mode == "window"
                        ? "A needling window is likely open (about \(Self.percentage(window.openProbability))), so steps above 20 % were considered too. "
                        : "")
                        + Self.choiceReason(chosen, candidates, settings)))
        }
        if cadence.ongoing || window.isLikelyOpen {
            lines.append(
                PlanLine(
                    text:
                        "On the day of an acupuncture session and the next day you may do up to \(Self.percentage(settings.windowAllowance)) more.",
                    reason: window.summary
                        + " While the window is open the same activity tends to hurt less, which makes it a good time to practise."
                ))
        }
        if patterns.flareRuleTriggered && mode != "flare" {
            lines.append(
                PlanLine(
                    text: "If pain stays well above your usual for two days, hold the quota for a week.",
                    reason: "Flare-ups are expected in recovery; holding rather than stopping keeps the progress."))
        }
        lines.append(
            PlanLine(
                text: "This plan is decision support from a model, not a diagnosis; your clinician can change it.",
                reason:
                    "The numbers are estimates from your diary with their uncertainty shown; they can be wrong, especially with few entries."
            ))

        return ExposurePlan(
            baselineMinutesPerDay: baseline, currentQuotaMinutesPerDay: startQuota, quotaMinutesPerDay: next,
            weeklyQuotaMinutes: next * 7, weeklyChange: change,
            windowAllowance: (cadence.ongoing || window.isLikelyOpen) ? settings.windowAllowance : 0, mode: mode,
            candidates: candidates, lines: lines)
    }

    /// Lower forecast pain wins; within 0.05 points the smaller flare probability wins.
    static func better(_ a: PlanCandidate, than b: PlanCandidate) -> Bool {
        let d = a.painAtTwelveWeeks.mean - b.painAtTwelveWeeks.mean
        if abs(d) > 0.05 { return d < 0 }
        return a.flareProbability < b.flareProbability
    }

    static func choiceReason(_ chosen: PlanCandidate, _ all: [PlanCandidate], _ s: PlannerSettings) -> String {
        let options = all.map { Self.percent($0.weeklyChange) }.joined(separator: ", ")
        let p = chosen.painAtTwelveWeeks
        return "Of the steps considered (\(options) a week), this one is forecast to give the lowest pain at 12 weeks "
            + "(\(Self.number(p.mean))/10, 80 % interval \(Self.number(p.lower80))–\(Self.number(p.upper80))) "
            + "with a flare-day chance of \(Self.percentage(chosen.flareProbability)) "
            + (chosen.withinFlareBound
                ? "(limit \(Self.percentage(s.maxFlareProbability)))."
                : "— every step was above the \(Self.percentage(s.maxFlareProbability)) limit, so the safest was chosen.")
    }

    static func minutes(_ x: Double) -> String { String(Int(max(0, x).rounded())) }

    /// A share as a whole percentage without sign, e.g. `0.1` → `"10 %"`.
    static func percentage(_ x: Double) -> String { "\(Int((x * 100).rounded())) %" }

    static func percent(_ x: Double) -> String {
        let v = Int((x * 100).rounded())
        return v > 0 ? "+\(v) %" : "\(v) %"
    }

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        return String((x * 10).rounded() / 10)
    }
}
