import Foundation
import SettleCare

/// The session-logging form (acupuncture, exercise / graded exposure, education).
enum SessionFormView {
    static let kinds: [(value: String, label: String)] = [
        ("acupuncture", "Acupuncture (verum)"), ("sham", "Sham acupuncture"), ("exercise", "Exercise"),
        ("gradedExposure", "Graded exposure"), ("education", "Pain education"),
    ]

    static func page(viewer: Layout.Viewer, patient: Patient, form: FormFields, errors: FieldErrors, today: Day) -> HTML {
        let id = patient.id.uuidString.lowercased()
        let value = { (name: String) in form.value(for: name) }
        let body: HTML = """
            <h1>Log a session</h1>
            <p class="lead">\(patient.displayName)</p>
            \(Field.errorSummary(errors))
            <form class="stack" method="post" action="/patients/\(id)/sessions">
            \(Layout.csrfField(viewer.csrfToken))
            \(Field.text("day", label: "Day", value: value("day") ?? today.iso, errors: errors, type: "date", required: true))
            \(Field.select("kind", label: "Kind of session", options: kinds, selected: value("kind") ?? "acupuncture", errors: errors))
            <fieldset><legend>Acupuncture (verum or sham)</legend>
            \(Field.text("points", label: "Points", value: value("points"), errors: errors, hint: "Comma-separated, e.g. LI4, ST36, BL23"))
            \(Field.text("needleCount", label: "Number of needles", value: value("needleCount"), errors: errors, type: "number", extra: "min=\"0\" max=\"100\""))
            \(Field.text("retentionMinutes", label: "Retention (minutes)", value: value("retentionMinutes"), errors: errors, type: "number", extra: "min=\"0\" max=\"120\""))
            \(Field.checkbox("electro", label: "Electro-acupuncture", checked: form.isChecked("electro")))
            \(Field.checkbox("deQi", label: "De qi obtained", checked: form.isChecked("deQi")))
            \(Field.textarea("adverseEvents", label: "Adverse events", value: value("adverseEvents"), errors: errors, hint: "One per line; leave empty when none."))
            </fieldset>
            <fieldset><legend>Exercise or graded exposure</legend>
            \(Field.textarea("prescription", label: "Prescription", value: value("prescription"), errors: errors, hint: "e.g. walk 20 min daily; sit-to-stand 3×8"))
            </fieldset>
            <fieldset><legend>Education</legend>
            \(Field.text("topics", label: "Topics", value: value("topics"), errors: errors, hint: "Comma-separated, e.g. pain as protection, sleep, flare-up plan"))
            </fieldset>
            \(Field.text("minutes", label: "Session minutes (exercise or education)", value: value("minutes"), errors: errors, type: "number", extra: "min=\"0\" max=\"600\""))
            \(Field.textarea("note", label: "Note", value: value("note"), errors: errors))
            <div><button type="submit">Save session</button> <a href="/patients/\(id)">Cancel</a></div>
            </form>
            """
        return Layout.page(title: "Log a session", viewer: viewer, body: body)
    }

    /// Builds the session from the form, or the field errors.
    static func parse(_ form: FormFields, patientID: UUID, clinicianID: UUID) -> Result<TreatmentSession, FieldErrors> {
        var errors = FieldErrors()
        let day = errors.day(form, "day", label: "Day")
        let note = errors.optional(form, "note", label: "Note", maxLength: 4000) ?? ""
        let list = { (name: String, separator: Character) in
            (form.value(for: name) ?? "").split(separator: separator).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
        var treatment: Treatment?
        switch form.value(for: "kind") ?? "" {
        case "acupuncture", "sham":
            let needles = errors.integer(form, "needleCount", label: "Number of needles", in: 0...100)
            let retention = errors.integer(form, "retentionMinutes", label: "Retention", in: 0...120)
            if let needles, let retention {
                treatment = .acupuncture(
                    AcupunctureDetails(
                        arm: form.value(for: "kind") == "sham" ? .sham : .verum, points: list("points", ","),
                        needleCount: needles,
                        retentionMinutes: retention, electro: form.isChecked("electro"), deQi: form.isChecked("deQi"),
                        adverseEvents: list("adverseEvents", "\n")))
            }
        case "exercise", "gradedExposure":
            let prescription = errors.required(form, "prescription", label: "Prescription", maxLength: 2000)
            let minutes = errors.integer(form, "minutes", label: "Session minutes", in: 0...600, required: false)
            treatment = .exercise(
                ExerciseDetails(
                    kind: form.value(for: "kind") == "exercise" ? .exercise : .gradedExposure, prescription: prescription,
                    minutes: minutes))
        case "education":
            let topics = list("topics", ",")
            if topics.isEmpty { errors.add("topics", "Name at least one education topic.") }
            let minutes = errors.integer(form, "minutes", label: "Session minutes", in: 0...600, required: false)
            treatment = .education(EducationDetails(topics: topics, minutes: minutes))
        default:
            errors.add("kind", "Choose the kind of session: acupuncture, sham, exercise, graded exposure or education.")
        }
        guard errors.isEmpty, let day, let treatment else { return .failure(errors) }
        let session = TreatmentSession(patientID: patientID, clinicianID: clinicianID, day: day, treatment: treatment, note: note)
        let problems = session.validate()
        guard problems.isEmpty else {
            return .failure(
                FieldErrors(
                    problems: problems.map {
                        RecordProblem(field: formField($0.field), message: "\(formField($0.field)): \($0.message)")
                    }))
        }
        return .success(session)
    }

    /// Maps a record field path (`acupuncture.points[2]`) to the form field that holds it.
    static func formField(_ path: String) -> String {
        let last = path.split(separator: ".").last.map(String.init) ?? path
        return String(last.prefix { $0 != "[" })
    }
}
