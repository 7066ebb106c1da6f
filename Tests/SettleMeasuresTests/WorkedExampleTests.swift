import Testing

@testable import SettleMeasures

/// Worked examples: manual examples where they exist, otherwise arithmetic done by hand.
@Suite("Worked examples")
struct WorkedExampleTests {
    @Test("ODI manual: 16 of 50 → 32 %")
    func odiFull() throws {
        let result = try score("odi", [2, 2, 2, 2, 2, 2, 1, 1, 1, 1])
        #expect(close(result.total, 32))
        #expect(result.band == "moderate disability")
        #expect(result.scales[0].usedMissingItemRule == false)
    }

    @Test("ODI manual: 16 of 45 (one section missing) → 35.5 % (manual truncates 35.56)")
    func odiOneMissing() throws {
        let result = try score("odi", [2, 2, 2, 2, 2, 2, 1, 1, 2, nil])
        let total = try #require(result.total)
        #expect(close(total, 16.0 / 45.0 * 100))
        #expect((total * 10).rounded(.down) / 10 == 35.5)
        #expect(result.scales[0].usedMissingItemRule)
        #expect(result.missingItems == ["10"])
    }

    @Test("ODI with two sections missing is not scored and names both")
    func odiTwoMissing() throws {
        let result = try score("odi", [2, nil, 2, 2, 2, 2, 1, 1, 2, nil])
        #expect(result.total == nil)
        #expect(result.missingItems == ["2", "10"])
        #expect(result.scales[0].notScoredReason?.contains("2, 10") == true)
    }

    @Test("NDI: one missing section is replaced by the mean of the others")
    func ndiOneMissing() throws {
        // 9 sections of 2 = 18; mean 2 added for the missing section → raw 20, percent 40.
        let result = try score("ndi", [2, 2, 2, 2, nil, 2, 2, 2, 2, 2])
        #expect(close(result.total, 20))
        #expect(close(result.scale("percent")?.value, 40))
        #expect(result.band == "moderate")
        let twoMissing = try score("ndi", [2, 2, 2, 2, nil, 2, 2, 2, 2, nil])
        #expect(twoMissing.total == nil)
        #expect(twoMissing.scale("percent")?.value == nil)
    }

    @Test("NDI complete: raw 23 → 46 %")
    func ndiComplete() throws {
        let result = try score("ndi", [3, 2, 3, 2, 3, 2, 3, 2, 3, 0])
        #expect(result.total == 23)
        #expect(result.scale("percent")?.value == 46)
    }

    @Test("TSK-17 reverse keys: items 4, 8, 12, 16 score 5 − answer")
    func tsk17Reverse() throws {
        // All answered 1: 13 items × 1 + 4 reversed × 4 = 29.
        #expect(try score("tsk17", Array(repeating: 1, count: 17)).total == 29)
        // All answered 4: 13 × 4 + 4 × 1 = 56.
        #expect(try score("tsk17", Array(repeating: 4, count: 17)).total == 56)
        // Item 4 answered 4, all others 1: 13 + 1 + 3 × 4 = 26.
        var answers: [Int?] = Array(repeating: 1, count: 17)
        answers[3] = 4
        let result = try score("tsk17", answers)
        #expect(result.total == 26)
        #expect(result.itemsUsed.first { $0.item == "4" } == ItemAnswer(item: "4", answer: 4, scored: 1))
    }

    @Test("TSK-17 > 37 is high; 37 is not")
    func tsk17Flag() throws {
        // 13 forward items and 4 reversed items answered 4 (scored 1): 13 × a + 4.
        // Forward answers summing to 33 with all reversed at 4 gives 37; 34 gives 38.
        func result(forwardSum: Int) throws -> ScoreResult {
            var forward = answers(summingTo: forwardSum - 13, count: 13, maximum: 3).map { ($0 ?? 0) + 1 }
            var all: [Int?] = []
            for number in 1...17 {
                all.append([4, 8, 12, 16].contains(number) ? 4 : forward.removeFirst())
            }
            return try score("tsk17", all)
        }
        let at37 = try result(forwardSum: 33)
        let at38 = try result(forwardSum: 34)
        #expect(at37.total == 37)
        #expect(!at37.hasFlag("tsk.high"))
        #expect(at38.total == 38)
        #expect(at38.hasFlag("tsk.high"))
    }

    @Test("TSK-11 sums 11 items without reversal")
    func tsk11() throws {
        #expect(try score("tsk11", [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3]).total == 26)
    }

    @Test("PCS total and the three subscales")
    func pcs() throws {
        let result = try score("pcs", [1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2, 3])
        #expect(result.total == 26)
        #expect(result.scale("rumination")?.value == 8)  // items 8–11: 3 + 4 + 0 + 1
        #expect(result.scale("magnification")?.value == 6)  // items 6, 7, 13: 1 + 2 + 3
        #expect(result.scale("helplessness")?.value == 12)  // items 1–5, 12: 1 + 2 + 3 + 4 + 0 + 2
        #expect(!result.hasFlag("pcs.clinically-relevant"))
        #expect(try score("pcs", answers(summingTo: 30, count: 13, maximum: 4)).hasFlag("pcs.clinically-relevant"))
        #expect(try !score("pcs", answers(summingTo: 29, count: 13, maximum: 4)).hasFlag("pcs.clinically-relevant"))
    }

    @Test("CSI ≥ 40 raises the screening flag; 39 does not")
    func csiFlag() throws {
        #expect(try score("csi", answers(summingTo: 40, count: 25, maximum: 4)).hasFlag("csi.screen-positive"))
        #expect(try !score("csi", answers(summingTo: 39, count: 25, maximum: 4)).hasFlag("csi.screen-positive"))
    }

    @Test("PEG is the mean of three items")
    func peg() throws {
        #expect(try score("peg3", [7, 5, 6]).total == 6)
        #expect(close(try score("peg3", [7, 5, 5]).total, 17.0 / 3.0))
        let missing = try score("peg3", [7, 5, nil])
        #expect(missing.total == nil)
        #expect(missing.missingItems == ["3"])
    }

    @Test("PSEQ-10 sums; PSEQ-2 uses items 5 and 9")
    func pseq() throws {
        #expect(try score("pseq10", [6, 5, 4, 3, 2, 1, 0, 6, 5, 4]).total == 36)
        let pseq2 = try instrument("pseq2")
        #expect(pseq2.items.map(\.id) == ["5", "9"])
        #expect(try pseq2.score(["5": 4, "9": 6]).total == 10)
    }

    @Test("ÖMPSQ-10: items 3, 4 and 8 reversed (10 − answer)")
    func ompsq() throws {
        // 5 + 6 + (10−3) + (10−8) + 4 + 5 + 7 + (10−2) + 6 + 5 = 55
        let result = try score("ompsq10", [5, 6, 3, 8, 4, 5, 7, 2, 6, 5])
        #expect(result.total == 55)
        #expect(result.hasFlag("ompsq.high-risk"))
        // Lowest possible: duration 1, forward items 0, reversed items answered 10 → 1.
        #expect(try score("ompsq10", [1, 0, 10, 10, 0, 0, 0, 10, 0, 0]).total == 1)
        // 49 vs 50 at the cut-off: duration 1 + reversed all 0 (30) + forward sum.
        let at49 = try score("ompsq10", [1, 8, 0, 0, 10, 0, 0, 0, 0, 0])
        let at50 = try score("ompsq10", [1, 9, 0, 0, 10, 0, 0, 0, 0, 0])
        #expect(at49.total == 49)
        #expect(!at49.hasFlag("ompsq.high-risk"))
        #expect(at50.total == 50)
        #expect(at50.hasFlag("ompsq.high-risk"))
    }

    @Test("BPI interference needs at least 4 of 7 items; severity needs all 4")
    func bpiMissing() throws {
        let inst = try instrument("bpi-sf")
        let full = try inst.score(ordered: [8, 2, 5, 5, 3, 4, 5, 6, 7, 2, 1])
        #expect(full.total == 5)
        #expect(full.band == "moderate")
        #expect(full.scale("interference")?.value == 4)  // 28 / 7
        let four = try inst.score(ordered: [8, 2, 5, 5, 4, 6, nil, nil, nil, 2, 8])
        #expect(four.scale("interference")?.value == 5)  // 20 / 4
        #expect(four.scale("interference")?.usedMissingItemRule == true)
        let three = try inst.score(ordered: [8, 2, 5, nil, 4, 6, nil, nil, nil, nil, 8])
        #expect(three.scale("interference")?.value == nil)
        #expect(three.scale("interference")?.missingItems == ["9C", "9D", "9E", "9F"])
        #expect(three.total == nil)
        #expect(three.scale("severity")?.missingItems == ["6"])
        #expect(three.scale("severity")?.notScoredReason?.contains("no rule") == true)
    }

    @Test("PSFS is the mean of 3–5 rated activities")
    func psfs() throws {
        #expect(try score("psfs", [3, 5, 4]).total == 4)
        #expect(try score("psfs", [3, 5, 4, 6, 2]).total == 4)
        #expect(close(try score("psfs", [3, 5, 4, 7]).total, 4.75))
        let tooFew = try instrument("psfs").score(["1": 3, "2": 5])
        #expect(tooFew.total == nil)
    }

    @Test("RMDQ counts ticked statements; ≤ 2 is approximately recovered")
    func rmdq() throws {
        var ticks: [Int?] = Array(repeating: 0, count: 24)
        for index in [0, 3, 5, 10, 15, 20, 23] { ticks[index] = 1 }
        let result = try score("rmdq", ticks)
        #expect(result.total == 7)
        #expect(!result.hasFlag("rmdq.recovered"))
        #expect(try score("rmdq", answers(summingTo: 2, count: 24, maximum: 1)).hasFlag("rmdq.recovered"))
        #expect(try !score("rmdq", answers(summingTo: 3, count: 24, maximum: 1)).hasFlag("rmdq.recovered"))
    }

    @Test("PHQ-9: item 10 is recorded but not scored; item 9 above 0 is flagged")
    func phq9() throws {
        let withItem10 = try score("phq9", [1, 1, 1, 1, 1, 1, 1, 1, 0, 3])
        #expect(withItem10.total == 8)
        #expect(withItem10.itemsUsed.count == 10)
        #expect(!withItem10.hasFlag("phq9.item9"))
        let without = try score("phq9", [1, 1, 1, 1, 1, 1, 1, 0, 1])
        #expect(without.total == 8)
        #expect(without.missingItems.isEmpty)
        #expect(without.hasFlag("phq9.item9"))
    }

    @Test("PHQ-4 subscales: anxiety items 1–2, depression items 3–4, each positive at ≥ 3")
    func phq4() throws {
        let result = try score("phq4", [2, 1, 0, 3])
        #expect(result.total == 6)
        #expect(result.scale("anxiety")?.value == 3)
        #expect(result.scale("depression")?.value == 3)
        #expect(result.hasFlag("phq4.anxiety-positive"))
        #expect(result.hasFlag("phq4.depression-positive"))
        let low = try score("phq4", [1, 1, 1, 1])
        #expect(!low.hasFlag("phq4.anxiety-positive"))
        #expect(!low.hasFlag("phq4.depression-positive"))
        let partial = try instrument("phq4").score(["1": 2, "2": 2, "3": 1])
        #expect(partial.total == nil)
        #expect(partial.scale("anxiety")?.value == 4)
        #expect(partial.hasFlag("phq4.anxiety-positive"))
        #expect(partial.scale("depression")?.value == nil)
    }

    @Test("PGIC 'much' or 'very much improved' is important; 'minimally improved' is not")
    func pgic() throws {
        #expect(try score("pgic", [1]).hasFlag("pgic.important-improvement"))
        #expect(try score("pgic", [2]).hasFlag("pgic.important-improvement"))
        #expect(try !score("pgic", [3]).hasFlag("pgic.important-improvement"))
        #expect(try instrument("pgic").variant?.contains("1 = very much improved") == true)
    }

    @Test("PROMIS PI 6a gives a labelled raw score only")
    func promis() throws {
        let result = try score("promis-pi-6a", [1, 2, 3, 4, 5, 1])
        #expect(result.total == 16)
        #expect(result.scales[0].unit == "raw points")
        #expect(result.scales[0].name.contains("not a T-score"))
        #expect(result.scales.count == 1)
    }

    @Test("NRS is the value given")
    func nrs() throws {
        #expect(try score("nrs", [7]).total == 7)
    }
}
