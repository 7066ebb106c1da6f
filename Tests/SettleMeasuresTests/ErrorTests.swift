import Testing

@testable import SettleMeasures

@Suite("Scoring errors name the item and the allowed values")
struct ErrorTests {
    @Test("out-of-range answer")
    func outOfRange() throws {
        let phq9 = try instrument("phq9")
        #expect(throws: ScoringError.answerOutOfRange(instrument: "phq9", item: "3", value: 4, allowed: [0, 1, 2, 3])) {
            try phq9.score(ordered: [0, 0, 4, 0, 0, 0, 0, 0, 0])
        }
        let error = ScoringError.answerOutOfRange(instrument: "phq9", item: "3", value: 4, allowed: [0, 1, 2, 3])
        #expect(error.description == "phq9 item 3: answer 4 is not allowed; allowed values are 0–3")
    }

    @Test("negative answer and binary items")
    func binary() throws {
        let startBack = try instrument("startback")
        do {
            _ = try startBack.score(["1": 2])
            Issue.record("expected an error")
        } catch {
            #expect(error.description.contains("item 1"))
            #expect(error.description.contains("allowed values are 0, 1"))
        }
        #expect(throws: ScoringError.self) { try startBack.score(["2": -1]) }
    }

    @Test("unknown item id lists the known ids")
    func unknownItem() throws {
        let gad7 = try instrument("gad7")
        #expect(throws: ScoringError.unknownItem(instrument: "gad7", item: "8", knownItems: ["1", "2", "3", "4", "5", "6", "7"]))
        {
            try gad7.score(["1": 0, "8": 1])
        }
    }

    @Test("wrong count in ordered answers")
    func wrongCount() throws {
        let phq9 = try instrument("phq9")
        #expect(throws: ScoringError.wrongAnswerCount(instrument: "phq9", expected: 9...10, got: 8)) {
            try phq9.score(ordered: [0, 0, 0, 0, 0, 0, 0, 0])
        }
        #expect(throws: ScoringError.wrongAnswerCount(instrument: "psfs", expected: 3...5, got: 2)) {
            try instrument("psfs").score(ordered: [4, 5])
        }
        #expect(
            ScoringError.wrongAnswerCount(instrument: "odi", expected: 10...10, got: 11).description
                == "odi: expected 10 answers in item order, got 11")
    }

    @Test("every instrument rejects one above its highest answer", arguments: InstrumentCatalog.all)
    func aboveMaximum(inst: Instrument) throws {
        let item = try #require(inst.items.first)
        let tooHigh = (item.allowedAnswers.last ?? 0) + 1
        #expect(
            throws: ScoringError.answerOutOfRange(
                instrument: inst.id, item: item.id, value: tooHigh, allowed: item.allowedAnswers)
        ) {
            try inst.score([item.id: tooHigh])
        }
    }
}
