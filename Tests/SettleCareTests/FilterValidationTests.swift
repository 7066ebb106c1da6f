import Foundation
import SettleModel
import Testing

@testable import SettleCare

/// Validation on synthetic patients simulated with known parameters (the truth comes from the
/// simulation, not from the filter) and 20 % of diary days missing.
@Suite("Particle filter validation")
struct FilterValidationTests {
    static let settings = FilterSettings(particles: 1_000, recordHistory: false)

    /// One validation patient: the filter's final intervals and window length, and the truth.
    struct Outcome: Sendable {
        var states: [(estimate: Estimate, truth: Double)]
        var window: Estimate?
        var windowTruth: Double
    }

    /// A seeded cohort of 60 synthetic patients (120 days, 20 % missing, 6 weekly sessions of 10
    /// needles), filtered once and shared by the coverage tests.
    static let cohort: [Outcome] = (0..<60).map { k in
        let patient = SyntheticPatient.make(seed: 2_024, index: UInt64(k))
        let result = ParticleFilter(settings: settings).run(CareTimeline(record: patient.record, asOf: patient.lastDay))
        let truth = patient.truth[patient.truth.count - 1]
        let e = result.final
        return Outcome(
            states: [
                (e.sensitivity, truth.sensitivity), (e.threat, truth.threat), (e.guarding, truth.guarding),
                (e.capacity, truth.capacity),
            ],
            window: WindowStatus(result: result).duration,
            windowTruth: WindowStatus.windowLength(parameters: patient.parameters, needles: 10))
    }

    /// `estimate`'s 80 % interval scaled by `factor` about its midpoint.
    static func contains80(_ estimate: Estimate, _ value: Double, scaledBy factor: Double = 1) -> Bool {
        let mid = (estimate.lower80 + estimate.upper80) / 2
        let half = (estimate.upper80 - estimate.lower80) / 2 * factor
        return value >= mid - half && value <= mid + half
    }

    static func stateCoverage(scaledBy factor: Double = 1) -> (coverage: Double, checks: Int) {
        let checks = cohort.flatMap(\.states)
        let hits = checks.filter { contains80($0.estimate, $0.truth, scaledBy: factor) }.count
        return (Double(hits) / Double(checks.count), checks.count)
    }

    static func windowCoverage(scaledBy factor: Double = 1) -> (coverage: Double, checks: Int) {
        let checks = cohort.compactMap { o in o.window.map { ($0, o.windowTruth) } }
        let hits = checks.filter { contains80($0.0, $0.1, scaledBy: factor) }.count
        return (Double(hits) / Double(checks.count), checks.count)
    }

    @Test func eightyPercentIntervalsContainTheTruthSeventyToNinetyPercentOfTheTime() {
        let (coverage, checks) = Self.stateCoverage()
        #expect(checks == 240)
        #expect(coverage >= 0.70 && coverage <= 0.90, "80 % interval coverage \(coverage)")
        // Power check: intervals half as wide would fail the same bounds.
        let halved = Self.stateCoverage(scaledBy: 0.5).coverage
        #expect(halved < 0.70, "halved intervals still cover \(halved)")
    }

    @Test func windowLengthIntervalsContainTheTrueLengthSeventyToNinetyPercentOfTheTime() {
        let (coverage, checks) = Self.windowCoverage()
        #expect(checks == 60)
        #expect(coverage >= 0.70 && coverage <= 0.90, "window-length 80 % interval coverage \(coverage)")
        // Power check: a window interval half as wide (what the plain Liu–West filter gave, and
        // what an over-confident posterior looks like) fails the same bounds.
        let halved = Self.windowCoverage(scaledBy: 0.5).coverage
        #expect(halved < 0.70, "halved window intervals still cover \(halved)")
        let widened = Self.windowCoverage(scaledBy: 2).coverage
        #expect(widened > coverage)
    }

    @Test func ninetyFivePercentIntervalsAreWiderAndCoverMore() {
        let checks = Self.cohort.flatMap(\.states)
        let in95 = Double(checks.filter { $0.estimate.contains95($0.truth) }.count) / Double(checks.count)
        #expect(in95 >= 0.85 && in95 <= 0.99, "95 % interval coverage \(in95)")
        #expect(in95 > Self.stateCoverage().coverage)
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
