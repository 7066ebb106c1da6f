import Foundation
import SettleCare
import SettleMeasures

/// Questionnaire entry: choose an instrument, then enter each item's answer; scored by `SettleMeasures`.
enum QuestionnaireFormView {
    static func page(
        viewer: Layout.Viewer, patient: Patient, instrument: Instrument?, form: FormFields, errors: FieldErrors, today: Day
    ) -> HTML {
        let id = patient.id.uuidString.lowercased()
        let options = QuestionnaireScoring.instruments.map { (value: $0.id, label: $0.name) }
        let chooser: HTML = """
            <form class="stack" method="get" action="/patients/\(id)/questionnaires/new">
            \(Field.select("instrument", label: "Instrument", options: options, selected: instrument?.id, errors: FieldErrors()))
            <div><button type="submit" class="secondary">Choose</button></div>
            </form>
            """
        var entry: HTML = .empty
        if let instrument {
            let items = HTML.join(
                instrument.items.map { item in
                    let name = "item-" + item.id
                    let hint = [item.answerCoding, "Allowed: " + item.allowedDescription].compactMap { $0 }.joined(
                        separator: " · ")
                    return Field.text(
                        name, label: "Item \(item.id)", value: form.value(for: name), errors: errors, type: "number", hint: hint,
                        extra: "min=\"\(item.allowedAnswers.min() ?? 0)\" max=\"\(item.allowedAnswers.max() ?? 0)\" step=\"1\"")
                })
            let licence: HTML =
                instrument.licence.wordingShipped
                ? .empty
                : "<p class=\"support\">Item wording is not shipped for this instrument (licensing); use your licensed paper or electronic form and enter the answers by item number.</p>"
            entry = """
                <form class="stack" method="post" action="/patients/\(id)/questionnaires">
                \(Layout.csrfField(viewer.csrfToken))
                <input type="hidden" name="instrument" value="\(instrument.id)">
                <h2>\(instrument.name) <small>(\(instrument.version))</small></h2>
                \(licence)
                \(Field.text("day", label: "Day completed", value: form.value(for: "day") ?? today.iso, errors: errors, type: "date", required: true))
                <fieldset><legend>Answers</legend>\(items)</fieldset>
                <div><button type="submit">Score and save</button> <a href="/patients/\(id)">Cancel</a></div>
                </form>
                """
        }
        let body: HTML = """
            <h1>Enter a questionnaire</h1>
            <p class="lead">\(patient.displayName)</p>
            \(Field.errorSummary(errors))
            \(chooser)
            \(entry)
            """
        return Layout.page(title: "Enter a questionnaire", viewer: viewer, body: body)
    }

    /// Builds the administration (with its score) from the form, or the field errors.
    static func parse(_ form: FormFields, instrument: Instrument, patientID: UUID, now: Date) -> Result<
        QuestionnaireAdministration, FieldErrors
    > {
        var errors = FieldErrors()
        let day = errors.day(form, "day", label: "Day completed")
        var answers: [String: Int] = [:]
        for item in instrument.items {
            let name = "item-" + item.id
            guard let text = form.value(for: name) else {
                if item.isScored { errors.add(name, "Item \(item.id) is missing; allowed answers: \(item.allowedDescription).") }
                continue
            }
            guard let value = Int(text), item.allowedAnswers.contains(value) else {
                errors.add(name, "Item \(item.id): “\(text)” is not allowed; allowed answers: \(item.allowedDescription).")
                continue
            }
            answers[item.id] = value
        }
        guard errors.isEmpty, let day else { return .failure(errors) }
        let result: ScoreResult
        do {
            result = try instrument.score(answers)
        } catch {
            return .failure(FieldErrors(["instrument": error.description]))
        }
        let stored = answers.mapValues(Double.init)
        return .success(
            QuestionnaireAdministration(
                patientID: patientID, instrumentID: instrument.id, version: instrument.version, variant: instrument.variant ?? "",
                day: day, administeredAt: now, answers: stored,
                scoreJSON: QuestionnaireScoring.scoreJSON(instrumentID: instrument.id, answers: stored)
                    ?? (result.total.map { "{\"total\":\($0)}" })))
    }
}
