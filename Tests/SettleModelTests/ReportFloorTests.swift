import SettleModel
import Testing

/// The report floor (docs/MODEL.md, step 8): felt pain at or below r₀ is rated 0, the band
/// r₀…2r₀ is stretched onto 0…2r₀, and from 2r₀ up the rating is the felt pain. It changes the
/// rating only, never the dynamics.
@Suite("Report floor")
struct ReportFloorTests {
    /// A year of a recovered person's stochastic diary (neutral sleep and stress, habitual activity).
    func recoveredYear(_ p: Parameters, stream: UInt64 = 0) -> Trajectory {
        Kit.run(Kit.scenario(.recovered), p, seed: 31, stream: stream)
    }

    @Test("with r₀ at 0 the rating is the rounded felt pain, exactly as without a report floor")
    func neutralValueReproducesTheModel() {
        let model = Model(parameters: Kit.perturbed { $0.reportFloor = 0 })
        for i in 0...1000 {
            let pain = Double(i) / 100
            #expect(model.reportedPain(pain) == pain)
        }
        let run = recoveredYear(Kit.perturbed { $0.reportFloor = 0 })
        for day in run.days {
            #expect(day.outcome.painRating == Int(day.outcome.pain + 0.5))
        }
    }

    @Test("the map is continuous and non-decreasing, 0 up to r₀ and the felt pain from 2r₀")
    func mapShape() {
        let floor = Parameters.calibrated.reportFloor
        let model = Model(parameters: .calibrated)
        var last = 0.0
        for i in 0...1000 {
            let pain = Double(i) / 100
            let reported = model.reportedPain(pain)
            #expect(reported >= last)
            #expect(reported - last < 0.03, "no jump at \(pain)")
            if pain <= floor { #expect(reported == 0) }
            if pain >= 2 * floor { #expect(reported == pain) }
            last = reported
        }
    }

    @Test("the floor changes only the rating: felt pain and states are the same whatever r₀")
    func ratingOnly() {
        let on = recoveredYear(.calibrated)
        let off = recoveredYear(Kit.perturbed { $0.reportFloor = 0 })
        var changed = 0
        for (a, b) in zip(on.days, off.days) {
            #expect(a.outcome.pain == b.outcome.pain)
            #expect(a.state == b.state)
            if a.outcome.painRating != b.outcome.painRating { changed += 1 }
        }
        #expect(changed > 30, "a recovered person's low ratings change")
    }

    @Test("a recovered person reports 0 on most days; without the floor they report about 1")
    func recoveredReportsNoPain() {
        var with: [Double] = []
        var without: [Double] = []
        var zeroWeeks = 0
        for stream in 0..<20 {
            let on = recoveredYear(.calibrated, stream: UInt64(stream))
            let off = recoveredYear(Kit.perturbed { $0.reportFloor = 0 }, stream: UInt64(stream))
            let ratings = on.days[100..<365].map { Double($0.outcome.painRating) }
            with.append(Kit.mean(ratings))
            without.append(Kit.mean(off.days[100..<365].map { Double($0.outcome.painRating) }))
            if stride(from: 0, to: ratings.count - 7, by: 7).contains(where: { Kit.mean(Array(ratings[$0..<$0 + 7])) <= 0.5 }) {
                zeroWeeks += 1
            }
        }
        #expect(Kit.mean(with) < 0.6, "recovered people rate 0 on most days")
        #expect(Kit.mean(without) > 0.8, "without the floor the recovered level and its noise are reported")
        #expect(zeroWeeks >= 18, "almost every recovered person has weeks rated 0 on most days")
    }

    @Test("a sensitised person's ratings are unchanged by the floor")
    func sensitisedUnchanged() {
        let on = Kit.run(Kit.scenario(.sensitised, days: 200), .calibrated, seed: 12, stream: 3)
        let off = Kit.run(Kit.scenario(.sensitised, days: 200), Kit.perturbed { $0.reportFloor = 0 }, seed: 12, stream: 3)
        let a = on.days.map { Double($0.outcome.painRating) }
        let b = off.days.map { Double($0.outcome.painRating) }
        #expect(abs(Kit.mean(a) - Kit.mean(b)) < 0.05)
        #expect(Kit.mean(a) > 4)
    }
}
