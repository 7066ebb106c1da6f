import Testing

@testable import SettleMeasures

@Suite("Instrument catalog")
struct CatalogTests {
    /// Score ranges as the spec table states them (independent of the catalog data).
    static let specRanges: [(id: String, scale: String, lower: Double, upper: Double)] = [
        ("nrs", "total", 0, 10), ("peg3", "total", 0, 10), ("csi", "total", 0, 100), ("pcs", "total", 0, 52),
        ("pcs", "rumination", 0, 16), ("pcs", "magnification", 0, 12), ("pcs", "helplessness", 0, 24),
        ("tsk17", "total", 17, 68), ("tsk11", "total", 11, 44), ("pseq10", "total", 0, 60), ("pseq2", "total", 0, 12),
        ("startback", "total", 0, 9), ("startback", "psychosocial", 0, 5), ("ompsq10", "total", 1, 100),
        ("bpi-sf", "severity", 0, 10), ("bpi-sf", "interference", 0, 10), ("psfs", "total", 0, 10),
        ("odi", "total", 0, 100), ("rmdq", "total", 0, 24), ("ndi", "total", 0, 50), ("ndi", "percent", 0, 100),
        ("isi", "total", 0, 28), ("phq9", "total", 0, 27), ("gad7", "total", 0, 21), ("phq4", "total", 0, 12),
        ("phq4", "anxiety", 0, 6), ("phq4", "depression", 0, 6), ("pgic", "total", 1, 7), ("promis-pi-6a", "total", 6, 30),
    ]

    @Test("every instrument named in the issue is in the catalog")
    func everyInstrumentPresent() {
        let expected = [
            "nrs", "peg3", "csi", "pcs", "tsk17", "tsk11", "pseq10", "pseq2", "startback", "ompsq10",
            "bpi-sf", "psfs", "odi", "rmdq", "ndi", "isi", "phq9", "gad7", "phq4", "pgic", "promis-pi-6a",
        ]
        #expect(Set(InstrumentCatalog.all.map(\.id)) == Set(expected))
        #expect(InstrumentCatalog.all.count == expected.count)
    }

    @Test("lookup ignores case, hyphens and the umlaut")
    func lookup() {
        #expect(InstrumentCatalog.instrument(id: "PHQ-9")?.id == "phq9")
        #expect(InstrumentCatalog.instrument(id: "ÖMPSQ-10")?.id == "ompsq10")
        #expect(InstrumentCatalog.instrument(id: "BPI_SF")?.id == "bpi-sf")
        #expect(InstrumentCatalog.instrument(id: "nope") == nil)
    }

    @Test("lowest and highest possible answers give the spec's score range", arguments: specRanges.indices)
    func ranges(index: Int) throws {
        let row = Self.specRanges[index]
        let inst = try instrument(row.id)
        var low: [String: Int] = [:]
        var high: [String: Int] = [:]
        for item in inst.items where item.isScored {
            let values = item.allowedAnswers
            low[item.id] = values.min { item.scoredValue(for: $0) < item.scoredValue(for: $1) }
            high[item.id] = values.max { item.scoredValue(for: $0) < item.scoredValue(for: $1) }
        }
        let lowScore = try inst.score(low).scale(row.scale)?.value
        let highScore = try inst.score(high).scale(row.scale)?.value
        #expect(lowScore == row.lower, "\(row.id).\(row.scale) minimum")
        #expect(highScore == row.upper, "\(row.id).\(row.scale) maximum")
        #expect(inst.scale(row.scale)?.range == ScoreRange(row.lower, row.upper))
    }

    @Test("catalog data is internally consistent", arguments: InstrumentCatalog.all)
    func consistent(inst: Instrument) {
        let ids = inst.items.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate item ids")
        #expect(!inst.scales.isEmpty)
        for scale in inst.scales {
            #expect(scale.itemIDs.allSatisfy { ids.contains($0) }, "\(scale.id) uses unknown items")
            if let first = scale.bands.first, let last = scale.bands.last {
                #expect(first.from == scale.range.lower, "\(inst.id).\(scale.id) bands start at range")
                #expect(last.through == scale.range.upper, "\(inst.id).\(scale.id) bands end at range")
                #expect(zip(scale.bands, scale.bands.dropFirst()).allSatisfy { $0.from < $1.from && $0.through < $1.from })
                #expect(scale.bandSource != nil)
            }
            if scale.missing.maximumMissing > 0 { #expect(scale.missing.source != nil) }
        }
        for flag in inst.flags {
            for condition in flag.conditions {
                switch condition.subject {
                case .scale(let id): #expect(inst.scale(id) != nil, "flag \(flag.id) scale \(id)")
                case .item(let id): #expect(inst.item(id) != nil, "flag \(flag.id) item \(id)")
                }
            }
        }
        #expect(inst.orderedAnswerCounts.upperBound == inst.items.count)
    }

    @Test("improvement direction: PSEQ and PSFS higher is better, PGIC not a change scale, others lower")
    func directions() {
        for inst in InstrumentCatalog.all {
            let direction = inst.primaryScale?.direction
            switch inst.id {
            case "pseq10", "pseq2", "psfs": #expect(direction == .higherIsBetter, "\(inst.id)")
            case "pgic": #expect(direction == .notApplicable)
            default: #expect(direction == .lowerIsBetter, "\(inst.id)")
            }
        }
    }

    @Test("LOINC codes as listed in the spec")
    func loinc() throws {
        let expected: [String: Set<String>] = [
            "nrs": ["72514-3"], "peg3": ["91148-7", "91147-9"], "bpi-sf": ["77565-0"],
            "phq9": ["44249-1", "44261-6"], "gad7": ["69737-5", "70274-6"], "phq4": ["69724-3"],
            "promis-pi-6a": ["77865-4"],
        ]
        for inst in InstrumentCatalog.all {
            #expect(Set(inst.loinc.map(\.code)) == expected[inst.id, default: []], "\(inst.id)")
        }
    }

    @Test("unconfirmed facts are flagged as unverified in the metadata")
    func unverifiedFlagged() throws {
        for id in ["peg3", "pseq2", "ompsq10", "promis-pi-6a", "psfs", "ndi", "rmdq", "startback"] {
            #expect(try !instrument(id).isFullyVerified, "\(id) should carry unverified points")
        }
        #expect(try instrument("phq9").isFullyVerified)
        #expect(try instrument("ompsq10").unverifiedPoints.contains { $0.contains("flag ompsq.high-risk") })
    }

    @Test("instrument metadata survives a JSON round trip", arguments: InstrumentCatalog.all)
    func codable(inst: Instrument) throws {
        let data = try JSONEncoderLite.encode(inst)
        let back = try JSONEncoderLite.decode(Instrument.self, from: data)
        #expect(back == inst)
    }
}
