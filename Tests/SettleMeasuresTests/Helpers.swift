import Testing

@testable import SettleMeasures

/// Looks an instrument up or fails the test.
func instrument(_ id: String) throws -> Instrument {
    try #require(InstrumentCatalog.instrument(id: id), "instrument \(id) missing from catalog")
}

/// Scores ordered answers (nil = missing).
func score(_ id: String, _ answers: [Int?]) throws -> ScoreResult {
    try instrument(id).score(ordered: answers)
}

/// `count` answers in 0...maximum that sum to `total`, filled from the first item.
func answers(summingTo total: Int, count: Int, maximum: Int) -> [Int?] {
    var remaining = total
    return (0..<count).map { _ in
        let value = min(maximum, remaining)
        remaining -= value
        return value
    }
}

/// Whether two doubles agree to within 1e-9.
func close(_ a: Double?, _ b: Double) -> Bool {
    guard let a else { return false }
    return abs(a - b) < 1e-9
}

extension Instrument: CustomTestStringConvertible {
    public var testDescription: String { id }
}

extension ContentPack: CustomTestStringConvertible {
    public var testDescription: String { "\(instrumentID) (\(language))" }
}
