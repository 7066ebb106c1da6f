/// One problem found when validating a record: which field and what to fix.
public struct RecordProblem: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Path of the offending field, e.g. `"pain"` or `"acupuncture.needleCount"`; callers that
    /// validate a list prefix it with the item, e.g. `"entries[3].pain"`.
    public var field: String
    /// What is wrong and what a valid value looks like.
    public var message: String

    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// The same problem with its field path placed under `prefix` (`prefix.field`).
    public func nested(under prefix: String) -> RecordProblem {
        RecordProblem(field: prefix.isEmpty ? field : "\(prefix).\(field)", message: message)
    }

    public var description: String { "\(field): \(message)" }
}

/// A record that can check its own fields and report every problem at once.
public protocol ValidatableRecord {
    /// All problems found; empty when the record is valid.
    func validate() -> [RecordProblem]
}

extension ValidatableRecord {
    /// True when ``validate()`` finds no problem.
    public var isValid: Bool { validate().isEmpty }
}

/// Small helpers shared by the record validators.
enum Check {
    static func rating(_ value: Int?, _ field: String, in range: ClosedRange<Int> = 0...10) -> [RecordProblem] {
        guard let value, !range.contains(value) else { return [] }
        return [RecordProblem(field: field, message: "must be \(range.lowerBound)–\(range.upperBound), got \(value)")]
    }

    static func nonNegative(_ value: Int?, _ field: String, max: Int) -> [RecordProblem] {
        guard let value else { return [] }
        if value < 0 { return [RecordProblem(field: field, message: "must not be negative, got \(value)")] }
        if value > max { return [RecordProblem(field: field, message: "must be at most \(max), got \(value)")] }
        return []
    }

    static func text(_ value: String, _ field: String, required: Bool = false, maxLength: Int) -> [RecordProblem] {
        if required && value.trimmingCharactersInWhitespace().isEmpty {
            return [RecordProblem(field: field, message: "must not be empty")]
        }
        if value.count > maxLength {
            return [RecordProblem(field: field, message: "must be at most \(maxLength) characters, got \(value.count)")]
        }
        return []
    }
}

extension String {
    func trimmingCharactersInWhitespace() -> Substring {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return slice
    }
}
