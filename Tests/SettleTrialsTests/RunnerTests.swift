import SettleModel
import Testing

@testable import SettleTrials

@Suite("Trial runner")
struct RunnerTests {
    static let small: TrialDesign = {
        var d = TrialDesign.benchmarkFourArm
        d.followUpDays = [0, 70, 182]
        return d
    }()

    @Test("results are identical for any number of worker threads")
    func threadIndependent() throws {
        let runner = TrialRunner(population: Parameters())
        let one = try runner.run(Self.small, options: TrialRunOptions(patients: 120, seed: 5, workers: 1, blockSize: 16))
        let three = try runner.run(Self.small, options: TrialRunOptions(patients: 120, seed: 5, workers: 3, blockSize: 16))
        #expect(one == three)
        let other = try runner.run(Self.small, options: TrialRunOptions(patients: 120, seed: 6, workers: 2, blockSize: 16))
        #expect(other != one)
    }

    @Test("randomisation shares people evenly between arms")
    func allocation() throws {
        let r = try TrialRunner(population: Parameters()).run(Self.small, options: TrialRunOptions(patients: 100, seed: 2))
        #expect(r.enrolled == [25, 25, 25, 25])
        #expect(r.screened >= 100)
        let every = try TrialRunner(population: Parameters()).run(
            Self.small, options: TrialRunOptions(patients: 30, seed: 2, allocation: .everyArm))
        #expect(every.enrolled == [30, 30, 30, 30])
        // Everyone starts from the same baseline in every arm.
        #expect(every.summaries[0][0][0].mean == every.summaries[2][0][0].mean)
    }

    @Test("regression to the mean comes from the entry criterion")
    func regressionToTheMean() throws {
        var strict = TrialDesign.lindeSham
        strict.arms = [.usualCare]
        strict.entry = EntryCriteria(historyDays: 90, minimumBaselinePain: 8, minimumHistoryPain: nil)
        var open = strict
        open.entry = EntryCriteria(historyDays: 90, minimumBaselinePain: nil, minimumHistoryPain: nil)
        let runner = TrialRunner(population: Parameters())
        let options = TrialRunOptions(patients: 300, seed: 9)
        let s = try runner.run(strict, options: options)
        let o = try runner.run(open, options: options)
        let dropStrict = s.summaries[0][0][0].mean - s.summaries[0][1][0].mean
        let dropOpen = o.summaries[0][0][0].mean - o.summaries[0][1][0].mean
        // Selecting on a high, noisy baseline week makes untreated pain fall afterwards;
        // without selection the same cohort barely moves.
        #expect(dropStrict > 0.3)
        #expect(dropStrict > dropOpen + 0.2)
        #expect(s.screened > o.screened)
    }

    @Test("verum acupuncture beats sham and usual care at the end of the course")
    func acupunctureOrdering() throws {
        let r = try TrialRunner(population: .calibrated).run(
            .vickersBackNeck, options: TrialRunOptions(patients: 200, seed: 4, allocation: .everyArm))
        let vsSham = try #require(r.effect(arm: "verum", comparator: "sham", day: 70, outcome: .pain))
        let shamVsNone = try #require(r.effect(arm: "sham", comparator: "usual-care", day: 70, outcome: .pain))
        #expect(vsSham.smd > 0)
        #expect(shamVsNone.smd > 0)
        #expect(vsSham.smdLow < vsSham.smd && vsSham.smd < vsSham.smdHigh)
    }

    @Test("a patient count out of range is an error naming the option")
    func badPatients() {
        #expect { try TrialRunner().run(Self.small, options: TrialRunOptions(patients: 0)) } throws: { error in
            (error as? TrialDesignError)?.problems.first?.path == "patients"
        }
    }
}
