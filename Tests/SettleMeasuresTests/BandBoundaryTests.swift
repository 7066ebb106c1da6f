import Testing

@testable import SettleMeasures

/// ScoreBand edges from the spec table, each side of every boundary.
@Suite("Interpretation band boundaries")
struct BandBoundaryTests {
    struct Case: Sendable, CustomStringConvertible {
        let id: String
        let items: Int
        let maximum: Int
        let total: Int
        let band: String
        var description: String { "\(id) \(total) → \(band)" }
    }

    static let cases: [Case] = [
        // CSI (Neblett 2017): 0–29, 30–39, 40–49, 50–59, 60–100
        Case(id: "csi", items: 25, maximum: 4, total: 0, band: "subclinical"),
        Case(id: "csi", items: 25, maximum: 4, total: 29, band: "subclinical"),
        Case(id: "csi", items: 25, maximum: 4, total: 30, band: "mild"),
        Case(id: "csi", items: 25, maximum: 4, total: 39, band: "mild"),
        Case(id: "csi", items: 25, maximum: 4, total: 40, band: "moderate"),
        Case(id: "csi", items: 25, maximum: 4, total: 49, band: "moderate"),
        Case(id: "csi", items: 25, maximum: 4, total: 50, band: "severe"),
        Case(id: "csi", items: 25, maximum: 4, total: 59, band: "severe"),
        Case(id: "csi", items: 25, maximum: 4, total: 60, band: "extreme"),
        Case(id: "csi", items: 25, maximum: 4, total: 100, band: "extreme"),
        // PSEQ-10 (ePPOC): severe 0–19, moderate 20–30, mild 31–40, minimal 41–60
        Case(id: "pseq10", items: 10, maximum: 6, total: 19, band: "severe"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 20, band: "moderate"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 30, band: "moderate"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 31, band: "mild"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 40, band: "mild"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 41, band: "minimal"),
        Case(id: "pseq10", items: 10, maximum: 6, total: 60, band: "minimal"),
        // NDI raw: 0–4, 5–14, 15–24, 25–34, > 34
        Case(id: "ndi", items: 10, maximum: 5, total: 4, band: "no disability"),
        Case(id: "ndi", items: 10, maximum: 5, total: 5, band: "mild"),
        Case(id: "ndi", items: 10, maximum: 5, total: 14, band: "mild"),
        Case(id: "ndi", items: 10, maximum: 5, total: 15, band: "moderate"),
        Case(id: "ndi", items: 10, maximum: 5, total: 24, band: "moderate"),
        Case(id: "ndi", items: 10, maximum: 5, total: 25, band: "severe"),
        Case(id: "ndi", items: 10, maximum: 5, total: 34, band: "severe"),
        Case(id: "ndi", items: 10, maximum: 5, total: 35, band: "complete"),
        // ISI: 0–7, 8–14, 15–21, 22–28
        Case(id: "isi", items: 7, maximum: 4, total: 7, band: "no clinically significant insomnia"),
        Case(id: "isi", items: 7, maximum: 4, total: 8, band: "subthreshold insomnia"),
        Case(id: "isi", items: 7, maximum: 4, total: 14, band: "subthreshold insomnia"),
        Case(id: "isi", items: 7, maximum: 4, total: 15, band: "clinical insomnia, moderate"),
        Case(id: "isi", items: 7, maximum: 4, total: 21, band: "clinical insomnia, moderate"),
        Case(id: "isi", items: 7, maximum: 4, total: 22, band: "clinical insomnia, severe"),
        // PHQ-9: 0–4, 5–9, 10–14, 15–19, 20–27
        Case(id: "phq9", items: 9, maximum: 3, total: 4, band: "minimal"),
        Case(id: "phq9", items: 9, maximum: 3, total: 5, band: "mild"),
        Case(id: "phq9", items: 9, maximum: 3, total: 9, band: "mild"),
        Case(id: "phq9", items: 9, maximum: 3, total: 10, band: "moderate"),
        Case(id: "phq9", items: 9, maximum: 3, total: 14, band: "moderate"),
        Case(id: "phq9", items: 9, maximum: 3, total: 15, band: "moderately severe"),
        Case(id: "phq9", items: 9, maximum: 3, total: 19, band: "moderately severe"),
        Case(id: "phq9", items: 9, maximum: 3, total: 20, band: "severe"),
        Case(id: "phq9", items: 9, maximum: 3, total: 27, band: "severe"),
        // GAD-7: cut-offs 5, 10, 15
        Case(id: "gad7", items: 7, maximum: 3, total: 4, band: "minimal"),
        Case(id: "gad7", items: 7, maximum: 3, total: 5, band: "mild"),
        Case(id: "gad7", items: 7, maximum: 3, total: 9, band: "mild"),
        Case(id: "gad7", items: 7, maximum: 3, total: 10, band: "moderate"),
        Case(id: "gad7", items: 7, maximum: 3, total: 14, band: "moderate"),
        Case(id: "gad7", items: 7, maximum: 3, total: 15, band: "severe"),
        // PHQ-4: 0–2, 3–5, 6–8, 9–12
        Case(id: "phq4", items: 4, maximum: 3, total: 2, band: "normal"),
        Case(id: "phq4", items: 4, maximum: 3, total: 3, band: "mild"),
        Case(id: "phq4", items: 4, maximum: 3, total: 5, band: "mild"),
        Case(id: "phq4", items: 4, maximum: 3, total: 6, band: "moderate"),
        Case(id: "phq4", items: 4, maximum: 3, total: 8, band: "moderate"),
        Case(id: "phq4", items: 4, maximum: 3, total: 9, band: "severe"),
        // ODI with all 10 sections: percent = 2 × sum. 0–20, 21–40, 41–60, 61–80, 81–100
        Case(id: "odi", items: 10, maximum: 5, total: 10, band: "minimal disability"),
        Case(id: "odi", items: 10, maximum: 5, total: 11, band: "moderate disability"),
        Case(id: "odi", items: 10, maximum: 5, total: 20, band: "moderate disability"),
        Case(id: "odi", items: 10, maximum: 5, total: 21, band: "severe disability"),
        Case(id: "odi", items: 10, maximum: 5, total: 30, band: "severe disability"),
        Case(id: "odi", items: 10, maximum: 5, total: 31, band: "crippled"),
        Case(id: "odi", items: 10, maximum: 5, total: 40, band: "crippled"),
        Case(id: "odi", items: 10, maximum: 5, total: 41, band: "bed-bound"),
    ]

    @Test("band at each side of each boundary", arguments: cases)
    func band(_ c: Case) throws {
        let result = try score(c.id, answers(summingTo: c.total, count: c.items, maximum: c.maximum))
        #expect(result.band == c.band)
    }

    @Test("BPI severity bands 0–4 mild, 5–6 moderate, 7–10 severe; a mean between bands falls in the lower")
    func bpiSeverity() throws {
        let interference: [Int?] = [0, 0, 0, 0, 0, 0, 0]
        let cases: [([Int?], Double, String)] = [
            ([4, 4, 4, 4], 4, "mild"), ([5, 5, 5, 5], 5, "moderate"), ([6, 6, 6, 6], 6, "moderate"),
            ([7, 7, 7, 7], 7, "severe"), ([5, 5, 5, 4], 4.75, "mild"), ([0, 0, 0, 0], 0, "mild"),
        ]
        for (severity, mean, band) in cases {
            let result = try score("bpi-sf", severity + interference)
            #expect(close(result.total, mean))
            #expect(result.band == band, "mean \(mean)")
        }
    }

    @Test("PGIC categories map to their labels")
    func pgicCategories() throws {
        let labels = [
            "very much improved", "much improved", "minimally improved", "no change",
            "minimally worse", "much worse", "very much worse",
        ]
        for (index, label) in labels.enumerated() {
            #expect(try score("pgic", [index + 1]).band == label)
        }
    }
}
