import Foundation
import SettleCare

/// The daily check-in form: pain 0–10, activity (minutes or "as planned"), sleep, stress,
/// flare yes/no and an optional note, checked on the server with a message per field.
enum CheckInForm {
    /// A labelled choice stored as a 0–10 rating.
    struct Choice: Sendable, Equatable {
        var value: Int
        var label: String
    }

    /// Sleep quality last night, stored on the diary's 0 (worst) – 10 (best) scale.
    static let sleepChoices = [
        Choice(value: 1, label: "Very poor"), Choice(value: 3, label: "Poor"), Choice(value: 5, label: "Okay"),
        Choice(value: 7, label: "Good"), Choice(value: 9, label: "Very good"),
    ]
    /// Stress today, stored on the diary's 0 (none) – 10 (extreme) scale.
    static let stressChoices = [
        Choice(value: 0, label: "None"), Choice(value: 3, label: "A little"), Choice(value: 5, label: "Some"),
        Choice(value: 7, label: "A lot"), Choice(value: 9, label: "Very high"),
    ]

    /// The answers of a valid form.
    struct Answers: Sendable, Equatable {
        var pain: Int
        var activityMinutes: Int?
        var sleepQuality: Int?
        var stress: Int?
        var flare: Bool
        var note: String
    }

    /// Reads the form; `plannedMinutes` is today's share of the plan (nil without a plan).
    static func parse(_ form: FormFields, plannedMinutes: Int?) -> Result<Answers, FieldErrors> {
        var errors = FieldErrors()
        let pain = rating(
            form, "pain", missing: "Choose how much pain you have now, from 0 (none) to 10 (worst imaginable).", errors: &errors)
        var minutes: Int?
        let typed = form.value(for: "activityMinutes")
        switch form.value(for: "activity") {
        case "planned":
            if typed != nil {
                errors.add(
                    "activityMinutes",
                    "You chose “as planned” and also typed minutes; clear the minutes or choose “a different amount”.")
            } else if let plannedMinutes {
                minutes = plannedMinutes
            } else {
                errors.add(
                    "activity",
                    "You have no activity plan yet, so “as planned” cannot be used; enter the minutes you did instead.")
            }
        case "minutes", nil:
            if typed == nil, form.value(for: "activity") == "minutes" {
                errors.add("activityMinutes", "Enter the minutes of activity you did today, from 0 to 1440.")
            } else {
                minutes = errors.integer(form, "activityMinutes", label: "Activity minutes", in: 0...1440, required: false)
            }
        case let other?:
            errors.add("activity", "Choose “as planned” or “a different amount”; “\(other)” is not one of them.")
        }
        let sleep = choice(form, "sleep", from: sleepChoices, label: "Sleep", errors: &errors)
        let stress = choice(form, "stress", from: stressChoices, label: "Stress", errors: &errors)
        var flare = false
        switch form.value(for: "flare") {
        case nil, "no": flare = false
        case "yes": flare = true
        case let other?: errors.add("flare", "Answer the flare-up question with yes or no; got “\(other)”.")
        }
        let note = errors.optional(form, "note", label: "Note", maxLength: 2000) ?? ""
        guard errors.isEmpty, let pain else { return .failure(errors) }
        return .success(
            Answers(pain: pain, activityMinutes: minutes, sleepQuality: sleep, stress: stress, flare: flare, note: note))
    }

    private static func rating(_ form: FormFields, _ field: String, missing: String, errors: inout FieldErrors) -> Int? {
        guard form.value(for: field) != nil else {
            errors.add(field, missing)
            return nil
        }
        return errors.integer(form, field, label: "Pain", in: 0...10)
    }

    private static func choice(
        _ form: FormFields, _ field: String, from choices: [Choice], label: String, errors: inout FieldErrors
    ) -> Int? {
        guard let text = form.value(for: field) else { return nil }
        guard let value = Int(text), choices.contains(where: { $0.value == value }) else {
            let names = choices.map(\.label).joined(separator: ", ")
            errors.add(field, "\(label): choose one of \(names); got “\(text)”.")
            return nil
        }
        return value
    }

    /// The choice shown as selected for a stored 0–10 value (the nearest one).
    static func nearest(_ value: Int?, in choices: [Choice]) -> Int? {
        guard let value else { return nil }
        return choices.min { abs($0.value - value) < abs($1.value - value) }?.value
    }
}
