import SettleModel
import Testing

@testable import SettleTrials

/// What MacPherson 2017's two persistence ratios imply for sham vs usual care, and how the
/// calibration page reads it against a simulated trial.
@Suite("Persistence decomposition")
struct PersistenceDecompositionTests {
    @Test("the arithmetic: sham vs usual care is the difference of the two comparisons at each time")
    func arithmetic() {
        let d = PersistenceDecomposition(endVsNone: 0.5, endVsSham: 0.2, ratioVsNone: 0.9, ratioVsSham: 0.5)
        #expect(abs(d.shamEnd - 0.3) < 1e-12)
        #expect(abs(d.shamLate - 0.35) < 1e-12)
        #expect(abs(d.shamRatio - 0.35 / 0.3) < 1e-12)
        // Perturbation: equal persistence of both comparisons gives the same persistence to sham.
        let same = PersistenceDecomposition(endVsNone: 0.5, endVsSham: 0.2, ratioVsNone: 0.6, ratioVsSham: 0.6)
        #expect(abs(same.shamRatio - 0.6) < 1e-12)
        // A comparison against usual care that fades faster than the one against sham leaves sham less.
        let fading = PersistenceDecomposition(endVsNone: 0.5, endVsSham: 0.2, ratioVsNone: 0.4, ratioVsSham: 0.5)
        #expect(abs(fading.shamRatio - (0.2 - 0.1) / 0.3) < 1e-12)
    }

    @Test("the shipped MacPherson targets ask sham's advantage over usual care to keep at least 0.63 of it")
    func publishedReading() throws {
        let p = try #require(PersistenceDecomposition.published(CalibrationTarget.all))
        #expect(p.central.ratioVsNone == 0.9 && p.central.ratioVsSham == 0.5)
        #expect(abs(p.central.shamRatio - 7.0 / 6.0) < 1e-9)
        // Lowest: 0.78 against usual care, 1.0 against sham: (0.39 − 0.2) / 0.3.
        #expect(p.lowest.ratioVsNone == 0.78 && p.lowest.ratioVsSham == 1.0)
        #expect(abs(p.lowest.shamRatio - 0.19 / 0.3) < 1e-9)
        // Highest: 1.08 and 0.25: (0.54 − 0.05) / 0.3.
        #expect(abs(p.highest.shamRatio - 0.49 / 0.3) < 1e-9)
        #expect(p.lowest.shamRatio < p.central.shamRatio && p.central.shamRatio < p.highest.shamRatio)
        // Without either target there is nothing to read.
        #expect(
            PersistenceDecomposition.published(CalibrationTarget.all.filter { $0.id != "macpherson2017-persistence-vs-sham" })
                == nil)
    }

    @Test("the simulated reading matches the trial's own effects, and b_A lifts sham's 12-month share")
    func simulatedReading() throws {
        let options = TrialRunOptions(patients: 200, seed: 20_240_601, allocation: .everyArm)
        func run(_ shift: Double) throws -> (TrialResult, PersistenceDecomposition.Simulated) {
            var p = Parameters.calibrated
            p.allocationReportShift = shift
            let r = try TrialRunner(population: p).run(.macphersonPersistence, options: options)
            return (r, try #require(PersistenceDecomposition.simulated(r)))
        }
        let (r, s) = try run(Parameters.calibrated.allocationReportShift)
        let e84 = try #require(r.effect(arm: "sham", comparator: "usual-care", day: 84, outcome: .pain))
        let e365 = try #require(r.effect(arm: "sham", comparator: "usual-care", day: 365, outcome: .pain))
        #expect(s.smdEnd == e84.smd && s.smdLate == e365.smd)
        #expect(s.mdEnd == e84.meanDifference && s.mdLate == e365.meanDifference)
        let v84 = try #require(r.effect(arm: "verum", comparator: "usual-care", day: 84, outcome: .pain))
        let v365 = try #require(r.effect(arm: "verum", comparator: "usual-care", day: 365, outcome: .pain))
        #expect(s.verumMDRatio == v365.meanDifference / v84.meanDifference)
        #expect(s.verumSMDRatio == v365.smd / v84.smd)
        // The calibrated model keeps much less of sham's advantage than the published reading allows.
        #expect(s.mdRatio < 0.6)
        // Perturbation: a large lasting reporting shift carries sham's advantage through the year.
        let (_, shifted) = try run(1.0)
        #expect(shifted.mdRatio > s.mdRatio + 0.2)
        #expect(PersistenceDecomposition.simulated(r, early: 83) == nil)
    }

    @Test("the calibration page shows the published reading beside the simulated one")
    func reportSection() throws {
        let e = try Calibration(patients: 50).evaluate(.calibrated)
        let text = CalibrationReport.markdown(e, calibration: Calibration(patients: 50), fitNote: "note")
        #expect(text.contains("### What the two persistence figures imply for sham vs usual care"))
        #expect(text.contains("| published, central ratios (0.90 and 0.50) | 0.30 SD | 0.35 SD | 1.17 |"))
        #expect(
            text.contains(
                "| published, least persistent reading inside both intervals (0.78 and 1.00) | 0.30 SD | 0.19 SD | 0.63 |"))
        #expect(text.contains("keep at least 0.63 of"))
        #expect(text.contains("grows to 1.17 times it"))
        let shift = FixedFormat.string(Parameters.calibrated.allocationReportShift, 2)
        #expect(text.contains("allocation-aware reporting (b_A = \(shift) points), which lasts"))
        let result = try #require(e.results["macpherson-persistence"])
        let s = try #require(PersistenceDecomposition.simulated(result))
        #expect(text.contains("| simulated, mean difference | \(FixedFormat.string(s.mdEnd, 2)) points |"))
    }
}
