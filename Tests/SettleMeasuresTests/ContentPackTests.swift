import Foundation
import Testing

@testable import SettleMeasures

@Suite("Content packs")
struct ContentPackTests {
    @Test("wording ships only for freely released or generic instruments")
    func shippedSet() {
        let shipped = Set(BundledContentPacks.all.map(\.instrumentID))
        #expect(shipped == ["phq9", "gad7", "phq4", "nrs", "pgic", "psfs"])
        let flagged = Set(InstrumentCatalog.all.filter(\.licence.wordingShipped).map(\.id))
        #expect(flagged == shipped)
        for id in ["bpi-sf", "odi", "isi", "csi", "startback"] {
            #expect(BundledContentPacks.pack(instrumentID: id) == nil, "\(id) must not ship wording")
        }
        #expect(InstrumentCatalog.instrument(id: "bpi-sf")?.licence.status == .licensed)
        #expect(InstrumentCatalog.instrument(id: "odi")?.licence.status == .licensed)
        #expect(InstrumentCatalog.instrument(id: "isi")?.licence.status == .licensed)
    }

    @Test("every shipped pack matches its instrument", arguments: BundledContentPacks.all)
    func shippedValid(pack: ContentPack) throws {
        let inst = try instrument(pack.instrumentID)
        #expect(throws: Never.self) { try pack.validate(against: inst) }
    }

    @Test("PHQ-9 pack carries the public-domain item 9 wording and its own item-10 labels")
    func phq9Wording() throws {
        let pack = try #require(BundledContentPacks.pack(instrumentID: "phq9"))
        #expect(pack.items["9"] == "Thoughts that you would be better off dead or of hurting yourself in some way")
        #expect(pack.labels(for: "1")["3"] == "Nearly every day")
        #expect(pack.labels(for: "10")["0"] == "Not difficult at all")
    }

    @Test("a licensed site's own pack loads from JSON and validates; scoring is unchanged")
    func sitePack() throws {
        let json = """
            {"instrumentID": "odi", "version": "2.1a", "language": "en", "title": "Site ODI",
             "items": {"1": "s1", "2": "s2", "3": "s3", "4": "s4", "5": "s5", "6": "s6", "7": "s7", "8": "s8", "9": "s9", "10": "s10"},
             "answerLabels": {"0": "first", "5": "last"}, "attribution": "licensed to the site"}
            """
        let pack = try ContentPack.decode(json: Data(json.utf8))
        let odi = try instrument("odi")
        try pack.validate(against: odi)
        #expect(pack.instructions == nil)
        #expect(try odi.score(ordered: [2, 2, 2, 2, 2, 2, 1, 1, 1, 1]).total == 32)
    }

    @Test("pack errors name what is wrong")
    func packErrors() throws {
        #expect(throws: ContentPackError.self) { try ContentPack.decode(json: Data("{".utf8)) }
        let base = try #require(BundledContentPacks.pack(instrumentID: "gad7"))
        let gad7 = try instrument("gad7")
        var unknown = base
        unknown.items["8"] = "extra"
        #expect(throws: ContentPackError.unknownItem("8")) { try unknown.validate(against: gad7) }
        var missing = base
        missing.items["4"] = nil
        #expect(throws: ContentPackError.missingWording(item: "4")) { try missing.validate(against: gad7) }
        var badLabel = base
        badLabel.answerLabels["9"] = "nine"
        #expect(throws: ContentPackError.labelForUnknownAnswer(item: "1", value: "9", allowed: "0–3")) {
            try badLabel.validate(against: gad7)
        }
        #expect(throws: ContentPackError.wrongInstrument(pack: "gad7", instrument: "phq9")) {
            try base.validate(against: instrument("phq9"))
        }
    }
}
