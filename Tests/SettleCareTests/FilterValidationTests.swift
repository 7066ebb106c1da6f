import Foundation
import SettleModel
import Testing

@testable import SettleCare

/// Validation on synthetic patients simulated with known parameters (the truth comes from the
/// simulation, not from the filter) and 20 % of diary days missing.
@Suite("Particle filter validation")
struct FilterValidationTests {
    static let settings = FilterSettings(particles: 1_000, recordHistory: false)

    @Test func eightyPercentIntervalsContainTheTruthSeventyToNinetyPercentOfTheTime() {
        var hits = 0
        var checks = 0
        for k in 0..<40 {
            let patient = SyntheticPatient.make(seed: 2_024, index: UInt64(k))
            let result = ParticleFilter(settings: Self.settings).run(CareTimeline(record: patient.record, asOf: patient.lastDay))
            guard let truth = patient.truth.last else { continue }
            let e = result.final
            let inside = [
                e.sensitivity.contains80(truth.sensitivity), e.threat.contains80(truth.threat),
                e.guarding.contains80(truth.guarding), e.capacity.contains80(truth.capacity),
            ]
            hits += inside.filter { $0 }.count
            checks += inside.count
        }
        let coverage = Double(hits) / Double(checks)
        #expect(checks == 160)
        #expect(coverage >= 0.70 && coverage <= 0.90, "80 % interval coverage \(coverage)")
    }

    @Test func oneStepPainForecastsAreCalibrated() {
        var inside = 0
        var total = 0
        for k in 0..<6 {
            let patient = SyntheticPatient.make(seed: 77, index: UInt64(k))
            let result = ParticleFilter(settings: FilterSettings(particles: 400)).run(
                CareTimeline(record: patient.record, asOf: patient.lastDay))
            for d in result.history.dropFirst(14) {
                guard let y = d.observedPain else { continue }
                total += 1
                if abs(y - d.forecastPain) <= 1.2816 * d.forecastPainSD { inside += 1 }
            }
        }
        let coverage = Double(inside) / Double(total)
        #expect(total > 400)
        #expect(coverage >= 0.65 && coverage <= 0.95, "forecast 80 % coverage \(coverage)")
    }

    @Test func sameSeedGivesTheSameResultAndAnotherSeedDiffers() {
        let patient = SyntheticPatient.make(seed: 9, index: 0, design: .init(days: 60))
        let timeline = CareTimeline(record: patient.record, asOf: patient.lastDay)
        let a = ParticleFilter(settings: FilterSettings(particles: 200, seed: 1)).run(timeline)
        let b = ParticleFilter(settings: FilterSettings(particles: 200, seed: 1)).run(timeline)
        let c = ParticleFilter(settings: FilterSettings(particles: 200, seed: 2)).run(timeline)
        #expect(a.final == b.final)
        #expect(a.logLikelihood == b.logLikelihood)
        #expect(a.final.sensitivity.mean != c.final.sensitivity.mean)
    }

    @Test func oneOutlyingRatingDoesNotCollapseTheEstimate() throws {
        let patient = SyntheticPatient.make(seed: 31, index: 5, design: .init(days: 90))
        var spiked = patient.record
        // A typo: 0 instead of the usual rating, two days before the end.
        let index = try #require(spiked.diary.indices.dropLast(2).last)
        spiked.diary[index].pain = spiked.diary[index].pain >= 5 ? 0 : 10
        let filter = ParticleFilter(settings: FilterSettings(particles: 400, recordHistory: false))
        let clean = filter.run(CareTimeline(record: patient.record, asOf: patient.lastDay))
        let noisy = filter.run(CareTimeline(record: spiked, asOf: patient.lastDay))
        #expect(abs(clean.final.sensitivity.mean - noisy.final.sensitivity.mean) < 0.05)
        #expect(abs(clean.final.threat.mean - noisy.final.threat.mean) < 0.08)
        #expect(abs(clean.final.usualPain.mean - noisy.final.usualPain.mean) < 0.8)
        #expect(noisy.minimumEffectiveSize > 1)
    }

    @Test func uncertaintyGrowsThroughAGapInTheDiary() throws {
        let patient = SyntheticPatient.make(seed: 12, index: 3, design: .init(days: 80, missingFraction: 0))
        var gapped = patient.record
        let gapStart = patient.firstDay.adding(days: 50)
        let gapEnd = patient.firstDay.adding(days: 65)
        gapped.diary.removeAll { $0.day >= gapStart && $0.day < gapEnd }
        let result = ParticleFilter(settings: FilterSettings(particles: 400)).run(
            CareTimeline(record: gapped, asOf: patient.lastDay))
        #expect(result.history.count == 80)
        let before = result.history[49]
        let atEnd = result.history[64]
        #expect(before.observedPain != nil)
        #expect(atEnd.observedPain == nil)
        #expect(atEnd.forecastPainSD > before.forecastPainSD)
    }
}
