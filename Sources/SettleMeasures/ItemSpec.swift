/// How an item's answer becomes the value that enters a scale.
public enum Keying: Codable, Sendable, Hashable {
    /// The answer is scored as given.
    case asAnswered
    /// Reverse-keyed: scored value = lowest allowed + highest allowed − answer
    /// (e.g. TSK-17 items 4, 8, 12, 16 on 1–4 score 5 − answer).
    case reversed
    /// Dichotomised: scores 1 when the answer is at least `threshold`, else 0
    /// (e.g. STarT Back item 9: "very much" or "extremely" score 1).
    case oneIfAtLeast(Int)
}

/// One item of an instrument: an id, its permitted answer values and its keying.
///
/// Item wording is deliberately absent; it lives in a ``ContentPack``.
public struct ItemSpec: Codable, Sendable, Hashable {
    /// Stable item id used as the answer key, usually the item's number on the form ("1", "9A").
    public var id: String
    /// Every permitted answer value, ascending.
    public var allowedAnswers: [Int]
    /// How the answer is turned into a scored value.
    public var keying: Keying
    /// `false` for items recorded but never summed (PHQ-9 item 10).
    public var isScored: Bool
    /// Meaning of the numeric answers, when not obvious (e.g. "0 = not at all … 4 = extremely").
    public var answerCoding: String?

    /// Creates an item whose answers run over `range` inclusive.
    public init(
        _ id: String,
        answers range: ClosedRange<Int>,
        keying: Keying = .asAnswered,
        isScored: Bool = true,
        answerCoding: String? = nil
    ) {
        self.id = id
        self.allowedAnswers = Array(range)
        self.keying = keying
        self.isScored = isScored
        self.answerCoding = answerCoding
    }

    /// The value this answer contributes to a scale; `answer` must be allowed.
    public func scoredValue(for answer: Int) -> Int {
        switch keying {
        case .asAnswered:
            return answer
        case .reversed:
            let low = allowedAnswers.first ?? 0
            let high = allowedAnswers.last ?? 0
            return low + high - answer
        case .oneIfAtLeast(let threshold):
            return answer >= threshold ? 1 : 0
        }
    }

    /// A compact description of the allowed answers, e.g. "0–4" or "0, 1".
    public var allowedDescription: String {
        guard let low = allowedAnswers.first, let high = allowedAnswers.last else { return "none" }
        if allowedAnswers.count == high - low + 1, allowedAnswers.count > 2 {
            return "\(low)–\(high)"
        }
        return allowedAnswers.map(String.init).joined(separator: ", ")
    }
}
