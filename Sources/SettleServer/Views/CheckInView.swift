import Foundation
import SettleCare

/// The daily check-in: one short form, big touch targets, no JavaScript, editable all day.
enum CheckInView {
    /// Values shown in the form: what was posted, else today's saved entry, else defaults.
    struct Shown: Sendable {
        var pain: String?
        var activity: String?
        var activityMinutes: String?
        var sleep: String?
        var stress: String?
        var flare: String
        var note: String?

        init(form: FormFields, saved: DiaryEntry?, plannedMinutes: Int?) {
            if !form.pairs.isEmpty {
                pain = form.value(for: "pain")
                activity = form.value(for: "activity")
                activityMinutes = form.value(for: "activityMinutes")
                sleep = form.value(for: "sleep")
                stress = form.value(for: "stress")
                flare = form.value(for: "flare") ?? "no"
                note = form.value(for: "note")
            } else if let saved {
                pain = String(saved.pain)
                if let minutes = saved.activityMinutes, minutes == plannedMinutes {
                    activity = "planned"
                } else {
                    activity = saved.activityMinutes == nil ? nil : "minutes"
                    activityMinutes = saved.activityMinutes.map(String.init)
                }
                sleep = CheckInForm.nearest(saved.sleepQuality, in: CheckInForm.sleepChoices).map(String.init)
                stress = CheckInForm.nearest(saved.stress, in: CheckInForm.stressChoices).map(String.init)
                flare = saved.flare ? "yes" : "no"
                note = saved.note.isEmpty ? nil : saved.note
            } else {
                flare = "no"
            }
        }
    }

    static func page(
        viewer: Layout.Viewer, today: Day, saved: DiaryEntry?, plannedMinutes: Int?, form: FormFields, errors: FieldErrors
    ) -> HTML {
        let shown = Shown(form: form, saved: saved, plannedMinutes: plannedMinutes)
        let status: HTML =
            saved.map { entry in
                "<p class=\"notice\">You checked in today at \(timeOfDay(entry.recordedAt)) UTC. Change anything below and save again; it replaces today’s check-in.</p>"
            } ?? .empty
        let painScale = HTML.join(
            (0...10).map { value in
                radio("pain", value: String(value), label: "\(value)", checked: shown.pain == String(value))
            })
        let planned: HTML = plannedMinutes.map { "As planned (\($0) minutes)" } ?? "As planned (no plan yet)"
        let body: HTML = """
            <h1>Daily check-in</h1>
            <p class="lead">\(longDate(today)) · about 30 seconds</p>
            \(status)
            \(Field.errorSummary(errors))
            <form class="stack checkin" method="post" action="/me/check-in" novalidate>
            \(Layout.csrfField(viewer.csrfToken))
            <fieldset\(describedBy("pain", errors, hint: "f-pain-hint"))><legend>Pain right now</legend>
            <p class="hint" id="f-pain-hint">0 = no pain · 10 = worst pain imaginable</p>
            <div class="scale">\(painScale)</div>\(error("pain", errors))</fieldset>
            <fieldset\(describedBy("activity", errors, also: "activityMinutes"))><legend>Activity today</legend>
            <div class="choices">\(radio("activity", value: "planned", label: planned, checked: shown.activity == "planned"))\
            \(radio("activity", value: "minutes", label: "A different amount", checked: shown.activity == "minutes"))</div>
            <div class="minutes"><label for="f-activityMinutes">Minutes of activity</label>\
            <input type="number" inputmode="numeric" min="0" max="1440" id="f-activityMinutes" name="activityMinutes" value="\(shown.activityMinutes ?? "")"\
            \(HTML(raw: errors["activityMinutes"] != nil ? " aria-invalid=\"true\" aria-describedby=\"f-activityMinutes-error\"" : ""))>\
            \(error("activityMinutes", errors))</div>\(error("activity", errors))</fieldset>
            \(choiceSet("sleep", legend: "Sleep last night", choices: CheckInForm.sleepChoices, selected: shown.sleep, errors: errors))
            \(choiceSet("stress", legend: "Stress today", choices: CheckInForm.stressChoices, selected: shown.stress, errors: errors))
            <fieldset\(describedBy("flare", errors))><legend>Is today a flare-up?</legend>
            <div class="choices">\(radio("flare", value: "no", label: "No", checked: shown.flare != "yes"))\
            \(radio("flare", value: "yes", label: "Yes", checked: shown.flare == "yes"))</div>\(error("flare", errors))</fieldset>
            \(Field.textarea("note", label: "Note (optional)", value: shown.note, errors: errors, hint: "Anything you want your clinician to know."))
            <div><button type="submit" class="wide">\(saved == nil ? "Save check-in" : "Update check-in")</button></div>
            </form>
            """
        return Layout.page(title: "Check-in", viewer: viewer, body: body)
    }

    private static func radio(_ name: String, value: String, label: HTML, checked: Bool) -> HTML {
        let id = "f-\(name)-\(value)"
        return """
            <label class="option" for="\(id)"><input type="radio" id="\(id)" name="\(name)" value="\(value)"\(HTML(raw: checked ? " checked" : ""))>\
            <span>\(label)</span></label>
            """
    }

    private static func choiceSet(
        _ name: String, legend: String, choices: [CheckInForm.Choice], selected: String?, errors: FieldErrors
    ) -> HTML {
        let options = HTML.join(
            choices.map { radio(name, value: String($0.value), label: "\($0.label)", checked: selected == String($0.value)) })
        return
            "<fieldset\(describedBy(name, errors))><legend>\(legend)</legend><div class=\"choices\">\(options)</div>\(error(name, errors))</fieldset>"
    }

    private static func describedBy(_ name: String, _ errors: FieldErrors, also other: String? = nil, hint: String? = nil) -> HTML
    {
        let ids = [hint].compactMap { $0 } + [name, other].compactMap { $0 }.filter { errors[$0] != nil }.map { "f-\($0)-error" }
        return ids.isEmpty ? .empty : HTML(raw: " aria-describedby=\"\(ids.joined(separator: " "))\"")
    }

    private static func error(_ name: String, _ errors: FieldErrors) -> HTML {
        errors[name].map { "<p class=\"field-error\" id=\"f-\(name)-error\">\($0)</p>" } ?? .empty
    }

    /// "14:05" in UTC.
    static func timeOfDay(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down)) % 86_400
        let positive = seconds < 0 ? seconds + 86_400 : seconds
        return String(format: "%02d:%02d", positive / 3600, positive % 3600 / 60)
    }

    /// "Wednesday 25 November 2026".
    static func longDate(_ day: Day) -> String {
        let weekdays = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
            "December",
        ]
        let (year, month, date) = day.components
        let weekday = weekdays[((day.daysSince1970 % 7) + 7) % 7]
        return "\(weekday) \(date) \(months[max(0, min(11, month - 1))]) \(year)"
    }
}
