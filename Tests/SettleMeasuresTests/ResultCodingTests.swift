import Testing

@testable import SettleMeasures

@Suite("Score results are storable")
struct ResultCodingTests {
    @Test("a result round-trips through JSON and keeps instrument id, version and variant")
    func roundTrip() throws {
        let result = try score("pgic", [2])
        let back = try JSONEncoderLite.decode(ScoreResult.self, from: JSONEncoderLite.encode(result))
        #expect(back == result)
        #expect(back.instrumentID == "pgic")
        #expect(back.instrumentVersion == "7-point")
        #expect(back.variant != nil)
    }

    @Test("items used are reported in item order with raw and scored values")
    func itemsUsed() throws {
        let result = try score("tsk17", [1, 2, 3, 1, 2, 3, 4, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1])
        #expect(result.itemsUsed.count == 17)
        #expect(result.itemsUsed[7] == ItemAnswer(item: "8", answer: 2, scored: 3))
        #expect(result.itemsUsed.map(\.item) == (1...17).map(String.init))
    }
}
