import Foundation
import SettleCare

/// The patient's home page: today's check-in, activity quota, window, flare-up plan, questionnaires.
enum TodayView {
    struct Content: Sendable {
        var patient: Patient
        var today: Day
        var checkedIn: DiaryEntry?
        var quota: ActivityQuota?
        var plan: ActivityPlan?
        var window: WindowOutlook
        var flare: FlarePlan
        var summary: CareSummary
        var nextModule: EducationCourse.Module?
        var notice: String?
    }

    static func page(viewer: Layout.Viewer, _ c: Content) -> HTML {
        let flash: HTML = c.notice.map { "<p class=\"notice success\" role=\"status\">\($0)</p>" } ?? .empty
        let checkIn: HTML
        if let entry = c.checkedIn {
            checkIn = """
                <section class="card" aria-labelledby="h-checkin"><h2 id="h-checkin">Check-in</h2>
                <p>Done today: pain \(entry.pain)/10\(entry.activityMinutes.map { ", \($0) minutes of activity" } ?? "")\(entry.flare ? ", flare-up" : "").</p>
                <p><a class="button secondary" href="/me/check-in">Change today’s check-in</a></p></section>
                """
        } else {
            checkIn = """
                <section class="card" aria-labelledby="h-checkin"><h2 id="h-checkin">Check-in</h2>
                <p>You have not checked in today. It takes about 30 seconds.</p>
                <p><a class="button" href="/me/check-in">Check in now</a></p></section>
                """
        }
        let flareFirst = c.flare.active
        let body: HTML = """
            <h1>Today</h1>
            <p class="lead">\(CheckInView.longDate(c.today)) · \(c.patient.displayName)</p>
            \(flash)
            \(checkIn)
            \(flareFirst ? flarePlan(c.flare) : .empty)
            \(quota(c.quota, plan: c.plan, flare: c.flare))
            \(window(c.window))
            \(flareFirst ? .empty : flarePlan(c.flare))
            \(questionnaires(c.summary))
            \(c.nextModule.map { module in
                "<section class=\"card\" aria-labelledby=\"h-learn\"><h2 id=\"h-learn\">Learn</h2><p>Next in your course: <a href=\"/me/learn/\(module.id)\">\(module.title)</a> (\(module.minutes) minutes).</p></section>" as HTML
            } ?? .empty)
            """
        return Layout.page(title: "Today", viewer: viewer, body: body)
    }

    static func quota(_ quota: ActivityQuota?, plan: ActivityPlan?, flare: FlarePlan) -> HTML {
        guard let quota else {
            let later: HTML =
                plan.map { "Your activity plan starts on \(CheckInView.longDate($0.startDay))." }
                ?? "Your clinician has not set an activity plan yet. Until then, keep to a steady amount of activity each day."
            return "<section class=\"card\" aria-labelledby=\"h-quota\"><h2 id=\"h-quota\">Activity</h2><p>\(later)</p></section>"
        }
        let left = max(quota.weeklyMinutes - quota.doneThisWeek, 0)
        let flareAdvice: HTML =
            flare.active
            ? "<p><strong>You reported a flare-up recently:</strong> about half of today’s amount is fine; keep moving gently.</p>"
            : .empty
        let note: HTML =
            (plan?.note.isEmpty ?? true) ? .empty : "<p class=\"support\">From your clinician: \(plan?.note ?? "")</p>"
        let reasons: HTML
        if case .engine = quota.source, !quota.lines.isEmpty {
            let items = HTML.join(
                quota.lines.map { "<li>\($0.text) <span class=\"support\">Why: \($0.reason)</span></li>" as HTML })
            reasons = """
                <details><summary>Why this amount</summary><ul class="reasons">\(items)</ul>
                <p class="support">Worked out from your check-ins by the care model: an estimate with uncertainty, \
                so your clinician may adjust it.</p></details>
                """
        } else {
            reasons = .empty
        }
        return """
            <section class="card" aria-labelledby="h-quota"><h2 id="h-quota">Activity</h2>
            <p class="stat">\(quota.dailyMinutes) <small>minutes today</small></p>
            <p>Your plan this week: <strong>\(quota.weeklyMinutes) minutes</strong>. Done so far: \(quota.doneThisWeek) minutes; \
            \(left) left over \(quota.daysLeft) \(quota.daysLeft == 1 ? "day" : "days").\(quota.heldForFlare ? (quota.source == .storedPlan ? " The quota was held once because of a flare-up." : " The amount is held this week because of a recent flare-up.") : "")</p>
            \(flareAdvice)
            \(reasons)
            <p class="support">Do today’s amount on good days and bad days alike, and stop when you reach it even if you feel fine.</p>
            \(note)</section>
            """
    }

    static func window(_ outlook: WindowOutlook) -> HTML {
        """
        <section class="card" aria-labelledby="h-window"><h2 id="h-window">Window of opportunity</h2>
        <p class="stat">\(outlook.headline)</p>
        <p>\(outlook.explanation)</p>
        <p class="support">\(WindowOutlook.uncertainty) <a href="/me/learn/acupuncture">What the window is</a>.</p></section>
        """
    }

    static func flarePlan(_ plan: FlarePlan) -> HTML {
        let list = { (items: [String]) in HTML.join(items.map { "<li>\($0)</li>" as HTML }) }
        let status: HTML =
            plan.active
            ? "<p class=\"notice\"><strong>You reported a flare-up\(plan.flareDays > 1 ? " on \(plan.flareDays) days in a row" : "").</strong> Here is your plan.</p>"
            : "<p>Flare-ups are common and usually settle within days. Keep this plan in mind.</p>"
        return """
            <section class="card" aria-labelledby="h-flare"><h2 id="h-flare">Flare-up plan</h2>
            \(status)
            <h3>What to do</h3><ul>\(list(plan.whatToDo))</ul>
            <h3>When to step back</h3><ul>\(list(plan.whenToStepBack))</ul>
            <h3>When to contact your clinician</h3><ul>\(list(plan.whenToContact))</ul>
            </section>
            """
    }

    static func questionnaires(_ summary: CareSummary) -> HTML {
        let text: HTML =
            summary.questionnaireDue
            ? "<p><span class=\"badge due\">Due</span> A progress questionnaire is due (they are every \(CareSummary.questionnaireInterval) days). Your clinician will go through it with you at your next visit.</p>"
            : "<p>No questionnaires are due. The next is about \(CareSummary.questionnaireInterval) days after the last one.</p>"
        return "<section class=\"card\" aria-labelledby=\"h-quest\"><h2 id=\"h-quest\">Questionnaires</h2>\(text)</section>"
    }
}
