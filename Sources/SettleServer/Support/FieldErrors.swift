import Foundation
import SettleCare

/// Field-level validation messages, keyed by the form field or JSON property that is wrong.
///
/// Forms re-show themselves with the message next to the field (status `422`); the API answers
/// `422` with `{"error": ..., "fields": {name: message}}`.
public struct FieldErrors: Error, Sendable, Equatable {
    /// Messages by field name, each saying what is wrong and how to fix it.
    public private(set) var messages: [String: String] = [:]

    public init(_ messages: [String: String] = [:]) { self.messages = messages }

    /// The problems a record's own validation found, keyed by their field paths.
    public init(problems: [RecordProblem], prefix: String = "") {
        for problem in problems {
            add(prefix.isEmpty ? problem.field : prefix + "." + problem.field, problem.message)
        }
    }

    public var isEmpty: Bool { messages.isEmpty }

    public subscript(field: String) -> String? { messages[field] }

    /// Records a problem with `field` (the first message for a field wins).
    public mutating func add(_ field: String, _ message: String) {
        if messages[field] == nil { messages[field] = message }
    }

    /// A required text field, trimmed; records "… is required." when blank.
    public mutating func required(_ form: FormFields, _ field: String, label: String, maxLength: Int = 200) -> String {
        guard let value = form.value(for: field) else {
            add(field, "\(label) is required.")
            return ""
        }
        if value.count > maxLength { add(field, "\(label) must be at most \(maxLength) characters.") }
        return value
    }

    /// An optional text field, trimmed, with a length limit.
    public mutating func optional(_ form: FormFields, _ field: String, label: String, maxLength: Int = 2000) -> String? {
        guard let value = form.value(for: field) else { return nil }
        if value.count > maxLength { add(field, "\(label) must be at most \(maxLength) characters.") }
        return value
    }

    /// A whole number in `range`; `nil` (and a message) when missing, not a number or out of range.
    public mutating func integer(
        _ form: FormFields, _ field: String, label: String, in range: ClosedRange<Int>, required: Bool = true
    ) -> Int? {
        guard let text = form.value(for: field) else {
            if required { add(field, "\(label) is required.") }
            return nil
        }
        guard let value = Int(text) else {
            add(field, "\(label) must be a whole number from \(range.lowerBound) to \(range.upperBound); got “\(text)”.")
            return nil
        }
        guard range.contains(value) else {
            add(field, "\(label) must be from \(range.lowerBound) to \(range.upperBound); got \(value).")
            return nil
        }
        return value
    }

    /// A calendar day written `YYYY-MM-DD`.
    public mutating func day(_ form: FormFields, _ field: String, label: String, required: Bool = true) -> Day? {
        guard let text = form.value(for: field) else {
            if required { add(field, "\(label) is required (YYYY-MM-DD).") }
            return nil
        }
        do {
            return try Day(iso: text)
        } catch {
            add(field, "\(label) must be a date written YYYY-MM-DD; got “\(text)”.")
            return nil
        }
    }
}
