import Testing

@testable import SettleMeasures

/// Keele STarT Back: overall = items 1–9, psychosocial = items 5–9; item 9 counts only
/// for "very much" (3) or "extremely" (4). Low: overall ≤ 3; medium: overall ≥ 4 and
/// psychosocial ≤ 3; high: psychosocial ≥ 4.
@Suite("STarT Back corner cases")
struct StartBackTests {
    struct Case: Sendable, CustomStringConvertible {
        let answers: [Int?]
        let overall: Double
        let psychosocial: Double
        let risk: String
        var description: String { "\(answers) → \(risk)" }
    }

    static let cases: [Case] = [
        Case(answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], overall: 0, psychosocial: 0, risk: "risk.low"),
        // Three physical items and 'moderately' bothersome: item 9 scores 0 → overall 3, low.
        Case(answers: [1, 1, 1, 0, 0, 0, 0, 0, 2], overall: 3, psychosocial: 0, risk: "risk.low"),
        // Same with 'very much' bothersome: item 9 scores 1 → overall 4, medium.
        Case(answers: [1, 1, 1, 0, 0, 0, 0, 0, 3], overall: 4, psychosocial: 1, risk: "risk.medium"),
        // Overall 4 made entirely of psychosocial items → high.
        Case(answers: [0, 0, 0, 0, 1, 1, 1, 1, 0], overall: 4, psychosocial: 4, risk: "risk.high"),
        // Overall 7, psychosocial 3 → medium.
        Case(answers: [1, 1, 1, 1, 1, 1, 1, 0, 1], overall: 7, psychosocial: 3, risk: "risk.medium"),
        // Overall 3 with psychosocial 3 → low (overall decides first).
        Case(answers: [0, 0, 0, 0, 1, 1, 1, 0, 0], overall: 3, psychosocial: 3, risk: "risk.low"),
        // Psychosocial 4 via 'extremely' bothersome.
        Case(answers: [0, 0, 0, 0, 1, 1, 0, 1, 4], overall: 4, psychosocial: 4, risk: "risk.high"),
        Case(answers: [1, 1, 1, 1, 1, 1, 1, 1, 4], overall: 9, psychosocial: 5, risk: "risk.high"),
    ]

    @Test("risk group", arguments: cases)
    func risk(_ c: Case) throws {
        let result = try score("startback", c.answers)
        #expect(result.total == c.overall)
        #expect(result.scale("psychosocial")?.value == c.psychosocial)
        let riskFlags = result.flags.map(\.id).filter { $0.hasPrefix("risk.") }
        #expect(riskFlags == [c.risk])
    }

    @Test("item 9 dichotomy: 0, 1, 2 score 0; 3, 4 score 1")
    func item9() throws {
        for (answer, scored) in [(0, 0), (1, 0), (2, 0), (3, 1), (4, 1)] {
            let result = try score("startback", [0, 0, 0, 0, 0, 0, 0, 0, answer])
            #expect(result.itemsUsed.last == ItemAnswer(item: "9", answer: answer, scored: scored))
        }
    }

    @Test("a missing item means no risk group and names the item")
    func missing() throws {
        let result = try score("startback", [1, 1, 1, 1, nil, 1, 1, 1, 4])
        #expect(result.total == nil)
        #expect(result.missingItems == ["5"])
        #expect(result.flags.isEmpty)
    }
}
