import Testing

@testable import SettleTrials

@Suite("Effect sizes and course statistics")
struct StatisticsTests {
    @Test("an arm summary gives mean, SD and a normal 95% interval")
    func armSummary() {
        // Values 4, 6 (n = 2): mean 5, SD √2.
        let s = ArmOutcomeSummary(n: 2, sum: 10, sumSquares: 52)
        #expect(abs(s.mean - 5) < 1e-12)
        #expect(abs(s.sd - 2.0.squareRoot()) < 1e-12)
        #expect(abs(s.ciHigh - (5 + 1.959964 * 1)) < 1e-9)
    }

    @Test("mean difference and SMD follow the textbook formulas")
    func effect() {
        // Two arms of 100 with SD 2; comparator mean 6, arm mean 5 → MD 1, d 0.5,
        // SE(d) = √(200/10000 + 0.25/400) = 0.143614.
        let arm = ArmOutcomeSummary(n: 100, sum: 500, sumSquares: 100 * 25 + 99 * 4)
        let comparator = ArmOutcomeSummary(n: 100, sum: 600, sumSquares: 100 * 36 + 99 * 4)
        let e = EffectEstimate(arm: arm, comparator: comparator)
        #expect(abs(e.meanDifference - 1) < 1e-9)
        #expect(abs(e.smd - 0.5) < 1e-9)
        #expect(abs((e.smdHigh - e.smd) - 1.959964 * 0.143614) < 1e-5)
        #expect(abs((e.mdHigh - e.meanDifference) - 1.959964 * (8.0 / 100).squareRoot()) < 1e-9)
    }

    @Test("median and share of event days count people without an event as later")
    func courseStatistics() {
        let days = [-1, 10, 20, 30, -1]
        #expect(ArmCourse.median(days) == 30)
        #expect(ArmCourse.median([-1, -1, 5]) == nil)
        #expect(ArmCourse.median([4, 8]) == 6)
        #expect(abs(ArmCourse.share(days, byDay: 20) - 0.4) < 1e-12)
    }

    @Test("fixed formatting is locale-free and rounds half away from zero")
    func fixedFormat() {
        #expect(FixedFormat.string(1.005, 1) == "1.0")
        #expect(FixedFormat.string(-0.236, 2) == "-0.24")
        #expect(FixedFormat.string(12, 0) == "12")
        #expect(FixedFormat.string(0.05, 3) == "0.050")
        #expect(FixedFormat.string(.nan, 2) == "—")
    }

    @Test("Nelder–Mead finds the minimum of a shifted quadratic")
    func nelderMead() {
        let result = NelderMead(maxEvaluations: 400, initialStep: 1, tolerance: 1e-12).minimise([0, 0, 0]) { x in
            (x[0] - 1) * (x[0] - 1) + 2 * (x[1] + 2) * (x[1] + 2) + 0.5 * (x[2] - 3) * (x[2] - 3)
        }
        #expect(abs(result.point[0] - 1) < 1e-3)
        #expect(abs(result.point[1] + 2) < 1e-3)
        #expect(abs(result.point[2] - 3) < 1e-3)
        #expect(result.evaluations <= 400)
    }
}
