import Foundation
import SettleCare

/// Registering a new patient on the clinician's caseload.
enum PatientFormView {
    static func page(viewer: Layout.Viewer, form: FormFields, errors: FieldErrors) -> HTML {
        let body: HTML = """
            <h1>New patient</h1>
            \(Field.errorSummary(errors))
            <form class="stack" method="post" action="/patients">
            \(Layout.csrfField(viewer.csrfToken))
            \(Field.text("displayName", label: "Name", value: form.value(for: "displayName"), errors: errors, required: true))
            \(Field.text("birthYear", label: "Year of birth (optional)", value: form.value(for: "birthYear"), errors: errors, type: "number", extra: "min=\"1900\" max=\"2100\""))
            \(Field.text("condition", label: "Condition", value: form.value(for: "condition"), errors: errors, hint: "e.g. persistent low back pain"))
            <div><button type="submit">Add patient</button></div>
            </form>
            """
        return Layout.page(title: "New patient", viewer: viewer, body: body)
    }

    static func parse(_ form: FormFields, clinicianID: UUID, now: Date) -> Result<Patient, FieldErrors> {
        var errors = FieldErrors()
        let name = errors.required(form, "displayName", label: "Name", maxLength: 200)
        let year = errors.integer(form, "birthYear", label: "Year of birth", in: 1900...2100, required: false)
        let condition = errors.optional(form, "condition", label: "Condition", maxLength: 500) ?? ""
        guard errors.isEmpty else { return .failure(errors) }
        return .success(
            Patient(displayName: name, birthYear: year, condition: condition, clinicianID: clinicianID, createdAt: now))
    }
}
