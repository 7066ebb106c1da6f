import SettleModel
import Testing

@testable import SettleTrials

/// The robust fit objective (`FitObjective.robust`, `Calibration.robustPenalty`): failing and
/// edge-of-interval verified targets are penalised, known misses are not.
@Suite("Fit objective")
struct FitObjectiveTests {
    static let linde = CalibrationTarget.all.first { $0.id == "linde2010-sham-vs-none" }!
    static let henschke = CalibrationTarget.all.first { $0.id == "henschke2008-recovery" }!

    /// An evaluation holding only the given checks.
    static func evaluation(_ checks: [TargetCheck]) -> CalibrationEvaluation {
        CalibrationEvaluation(parameters: .calibrated, checks: checks, results: [:], regimePenalty: 0)
    }

    @Test("Linde 2010 (0.34–0.57): nothing mid-interval, 40 on the edge, 20 halfway into the last 4 %, 20 + loss outside")
    func penaltyFollowsTheInterval() throws {
        let figure = try #require(Self.linde.figures.first)
        #expect(figure.low == 0.34 && figure.high == 0.57)
        func penalty(_ value: Double) -> Double {
            Calibration.robustPenalty(Self.evaluation([TargetCheck(target: Self.linde, simulated: [value])]))
        }
        #expect(penalty(0.455) == 0)
        #expect(abs(penalty(0.34) - 40) < 1e-9)
        #expect(abs(penalty(0.57) - 40) < 1e-9)
        let margin = (0.57 - 0.34) * 0.04
        #expect(abs(penalty(0.34 + margin / 2) - 20) < 1e-9)
        let outside = TargetCheck(target: Self.linde, simulated: [0.30])
        #expect(abs(penalty(0.30) - (20 + outside.loss)) < 1e-9)
    }

    @Test("a known miss costs only its loss; an approximate target is never penalised")
    func knownMissesAndApproximateTargetsAreNotPenalised() throws {
        let failingMiss = TargetCheck(target: Self.henschke, simulated: [51, 0.93])
        #expect(!failingMiss.passes)
        #expect(Calibration.robustPenalty(Self.evaluation([failingMiss])) == 0)
        #expect(Calibration.robustPenalty(Self.evaluation([failingMiss]), knownMisses: []) > 20)
        let approximate = try #require(CalibrationTarget.all.first { !$0.status.gates })
        let farOff = TargetCheck(target: approximate, simulated: approximate.figures.map { $0.high + 10 })
        #expect(Calibration.robustPenalty(Self.evaluation([farOff])) == 0)
    }

    @Test("the loss objective is the loss; the robust one at one size is the loss plus the penalty")
    func objectiveValues() throws {
        let calibration = Calibration(targets: [Self.linde], patients: 60)
        let e = try calibration.evaluate(.calibrated)
        #expect(try calibration.objectiveValue(.calibrated, .loss) == e.loss)
        #expect(try calibration.objectiveValue(.calibrated, .robust(alsoAt: [])) == e.loss + Calibration.robustPenalty(e))
        let larger = try Calibration(targets: [Self.linde], patients: 120).evaluate(.calibrated)
        let both = try calibration.objectiveValue(.calibrated, .robust(alsoAt: [120]))
        let expected = (e.loss + Calibration.robustPenalty(e) + larger.loss + Calibration.robustPenalty(larger)) / 2
        #expect(abs(both - expected) < 1e-12)
    }
}
