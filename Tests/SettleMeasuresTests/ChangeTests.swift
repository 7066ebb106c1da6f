import Testing

@testable import SettleMeasures

@Suite("Change between two administrations")
struct ChangeTests {
    func change(_ id: String, _ before: [Int?], _ after: [Int?], scale: String? = nil) throws -> ScoreChange {
        try ScoreChange.between(score(id, before), score(id, after), scale: scale)
    }

    @Test("NRS 8 → 5: 3 points, 37.5 %, important (Farrar: ≥ 2 points or ≥ 30 %), IMMPACT moderate")
    func nrsImportant() throws {
        let c = try change("nrs", [8], [5])
        #expect(c.points == -3)
        #expect(c.percent == -37.5)
        #expect(c.improvementPoints == 3)
        #expect(c.improvementPercent == 37.5)
        #expect(c.isImportantImprovement == true)
        #expect(c.isImportantWorsening == false)
        #expect(c.tier == "moderate")
        #expect(c.criterion?.source.reference.contains("Farrar") == true)
    }

    @Test("NRS 4 → 3: 1 point, 25 %: not important, IMMPACT minimal")
    func nrsSmall() throws {
        let c = try change("nrs", [4], [3])
        #expect(c.isImportantImprovement == false)
        #expect(c.tier == "minimal")
    }

    @Test("NRS 2 → 0 is substantial; 0 → 2 has no percent and is an important worsening by points")
    func nrsFromZero() throws {
        #expect(try change("nrs", [2], [0]).tier == "substantial")
        let worse = try change("nrs", [0], [2])
        #expect(worse.percent == nil)
        #expect(worse.isImportantImprovement == false)
        #expect(worse.isImportantWorsening == true)
    }

    @Test("ODI: 10 points or 30 % (Ostelo 2008)")
    func odi() throws {
        // 40 % → 30 %: 10 points, 25 % → important by points.
        #expect(
            try change("odi", answers(summingTo: 20, count: 10, maximum: 5), answers(summingTo: 15, count: 10, maximum: 5))
                .isImportantImprovement == true)
        // 20 % → 14 %: 6 points, 30 % → important by percent.
        #expect(
            try change("odi", answers(summingTo: 10, count: 10, maximum: 5), answers(summingTo: 7, count: 10, maximum: 5))
                .isImportantImprovement == true)
        // 50 % → 42 %: 8 points, 16 % → not important.
        let small = try change(
            "odi", answers(summingTo: 25, count: 10, maximum: 5), answers(summingTo: 21, count: 10, maximum: 5))
        #expect(small.improvementPoints == 8)
        #expect(small.isImportantImprovement == false)
        #expect(small.criterion?.source.reference.contains("Ostelo") == true)
    }

    @Test("PSEQ: higher is better; ≥ 7 points and a band move")
    func pseq() throws {
        let up = try change(
            "pseq10", answers(summingTo: 18, count: 10, maximum: 6), answers(summingTo: 25, count: 10, maximum: 6))
        #expect(up.improvementPoints == 7)
        #expect(up.bandBefore == "severe")
        #expect(up.bandAfter == "moderate")
        #expect(up.isImportantImprovement == true)
        let sameBand = try change(
            "pseq10", answers(summingTo: 21, count: 10, maximum: 6), answers(summingTo: 28, count: 10, maximum: 6))
        #expect(sameBand.isImportantImprovement == false)
        let tooSmall = try change(
            "pseq10", answers(summingTo: 30, count: 10, maximum: 6), answers(summingTo: 35, count: 10, maximum: 6))
        #expect(tooSmall.isImportantImprovement == false)
        let worse = try change(
            "pseq10", answers(summingTo: 41, count: 10, maximum: 6), answers(summingTo: 34, count: 10, maximum: 6))
        #expect(worse.improvementPoints == -7)
        #expect(worse.isImportantWorsening == true)
        #expect(worse.isImportantImprovement == false)
    }

    @Test("PSFS: higher is better, MDC90 2 points")
    func psfs() throws {
        let c = try change("psfs", [2, 3, 4], [4, 5, 6])
        #expect(c.improvementPoints == 2)
        #expect(c.isImportantImprovement == true)
        #expect(c.criterion?.kind == "MDC90")
    }

    @Test("TSK-11: a fall of 4 is important, 3 is not")
    func tsk11() throws {
        let base = answers(summingTo: 19, count: 11, maximum: 3).map { ($0 ?? 0) + 1 }  // 30
        let minus4 = answers(summingTo: 15, count: 11, maximum: 3).map { ($0 ?? 0) + 1 }  // 26
        let minus3 = answers(summingTo: 16, count: 11, maximum: 3).map { ($0 ?? 0) + 1 }  // 27
        #expect(try change("tsk11", base, minus4).isImportantImprovement == true)
        #expect(try change("tsk11", base, minus3).isImportantImprovement == false)
    }

    @Test("BPI: interference 1 point; severity has no published threshold here")
    func bpi() throws {
        let before: [Int?] = [6, 2, 5, 3, 5, 5, 5, 5, 5, 5, 5]
        let after: [Int?] = [5, 2, 4, 3, 4, 4, 4, 4, 4, 4, 4]
        let interference = try change("bpi-sf", before, after, scale: "interference")
        #expect(interference.improvementPoints == 1)
        #expect(interference.isImportantImprovement == true)
        let severity = try change("bpi-sf", before, after)
        #expect(severity.scaleID == "severity")
        #expect(severity.isImportantImprovement == nil)
        #expect(severity.criterion == nil)
    }

    @Test("refusals: PGIC, different instruments, unscored scale, unknown scale")
    func refusals() throws {
        #expect(throws: ChangeError.notApplicable(instrument: "pgic")) { try change("pgic", [4], [2]) }
        #expect(throws: ChangeError.differentInstruments(baseline: "nrs 0-10", followUp: "peg3 Krebs 2009")) {
            try ScoreChange.between(score("nrs", [5]), score("peg3", [5, 5, 5]))
        }
        #expect(throws: ChangeError.notScored(scale: "total", which: "baseline")) {
            try change("peg3", [5, 5, nil], [4, 4, 4])
        }
        #expect(throws: ChangeError.unknownScale(instrument: "nrs", scale: "mood", known: ["total"])) {
            try change("nrs", [5], [4], scale: "mood")
        }
    }

    @Test("change survives a JSON round trip")
    func codable() throws {
        let c = try change("nrs", [8], [5])
        #expect(try JSONEncoderLite.decode(ScoreChange.self, from: JSONEncoderLite.encode(c)) == c)
    }
}
