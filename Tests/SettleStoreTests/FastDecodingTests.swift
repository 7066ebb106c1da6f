import Foundation
import Testing

@testable import SettleStore

@Suite("Fast column decoders agree with Foundation")
struct FastDecodingTests {
    @Test("UUIDs: canonical text in either case decodes as Foundation does; anything else is rejected")
    func uuids() {
        for _ in 0..<500 {
            let id = UUID()
            #expect(FastDecoding.uuid(id.uuidString) == id)
            #expect(FastDecoding.uuid(id.uuidString.lowercased()) == id)
        }
        let good = "f2437d94-2319-445f-a7b5-107ca52dc7ab"
        #expect(FastDecoding.uuid(good) == UUID(uuidString: good))
        for bad in [
            "", "f2437d94-2319-445f-a7b5-107ca52dc7a", "f2437d94-2319-445f-a7b5-107ca52dc7abc",
            "f2437d94x2319-445f-a7b5-107ca52dc7ab", "g2437d94-2319-445f-a7b5-107ca52dc7ab",
            "f2437d94-2319-445f-a7b5-107ca52dc7a\u{e9}",
        ] {
            #expect(FastDecoding.uuid(bad) == nil, "\(bad)")
            #expect(UUID(uuidString: bad) == nil, "Foundation rejects \(bad) too")
        }
    }

    @Test("answers: the store's compact JSON decodes as JSONDecoder decodes it")
    func answers() throws {
        let samples = [
            #"{}"#, #"{"q1":3}"#, #"{"a":1,"b":2.5,"c":-0.25,"d":1e3,"e":0}"#, #" { "x" : 4 , "y" : 5 } "#,
            #"{"item_10":10,"item_2":2}"#,
        ]
        for text in samples {
            let expected = try JSONDecoder().decode([String: Double].self, from: Data(text.utf8))
            #expect(FastDecoding.numberObject(text) == expected, "\(text)")
        }
    }

    @Test("answers outside the simple form are left to JSONDecoder (nil), never misread")
    func answersFallBack() {
        for text in [
            #"{"a":"3"}"#, #"{"a":null}"#, #"{"a\"b":1}"#, #"{"a":[1]}"#, #"{"a":1,}"#, #"{"a":1}x"#, #"{"a":nan}"#,
            #"{"a":+1}"#, #"{"a":1,"a":2}"#, #"["a"]"#, "",
        ] {
            #expect(FastDecoding.numberObject(text) == nil, "\(text)")
        }
    }
}
