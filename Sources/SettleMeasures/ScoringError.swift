/// Why answers could not be scored. Every message names the item and what is allowed.
public enum ScoringError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An answer was given for an item the instrument does not have.
    case unknownItem(instrument: String, item: String, knownItems: [String])
    /// An answer lies outside the item's permitted values.
    case answerOutOfRange(instrument: String, item: String, value: Int, allowed: [Int])
    /// An ordered answer list has the wrong number of entries.
    case wrongAnswerCount(instrument: String, expected: ClosedRange<Int>, got: Int)

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .unknownItem(let instrument, let item, let known):
            return "\(instrument): unknown item '\(item)'; items are \(known.joined(separator: ", "))"
        case .answerOutOfRange(let instrument, let item, let value, let allowed):
            return "\(instrument) item \(item): answer \(value) is not allowed; allowed values are \(Self.describe(allowed))"
        case .wrongAnswerCount(let instrument, let expected, let got):
            let wanted =
                expected.lowerBound == expected.upperBound
                ? "\(expected.lowerBound)" : "\(expected.lowerBound) to \(expected.upperBound)"
            return "\(instrument): expected \(wanted) answers in item order, got \(got)"
        }
    }

    private static func describe(_ allowed: [Int]) -> String {
        guard let low = allowed.first, let high = allowed.last else { return "none" }
        if allowed.count > 2, allowed.count == high - low + 1 { return "\(low)–\(high)" }
        return allowed.map(String.init).joined(separator: ", ")
    }
}
