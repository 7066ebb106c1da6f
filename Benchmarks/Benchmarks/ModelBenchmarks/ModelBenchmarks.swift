import Benchmark
import SettleModel

/// Stochastic cohort simulation: 10,000 people × 365 days, summaries only.
/// Throughput in patient-days per second = 3.65 M / wall-clock time of one iteration.
let benchmarks: @Sendable () -> Void = {
    let parameters = Parameters.calibrated
    let model = Model(parameters: parameters)
    let start = PersonPreset.sensitised.initialState(for: parameters)
    let config = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10)

    for threads in [1, 2] {
        Benchmark("Cohort 10k x 365 days, \(threads) thread\(threads == 1 ? "" : "s")", configuration: config) { benchmark in
            for _ in benchmark.scaledIterations {
                blackHole(
                    CohortSimulation.run(
                        model: model, initial: start, days: 365, patients: 10_000, seed: 1, threads: threads))
            }
        }
    }

    // Memory must not grow with the horizon when only summaries are kept.
    Benchmark("Cohort 1k x 3650 days, 1 thread (memory vs horizon)", configuration: config) { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(CohortSimulation.run(model: model, initial: start, days: 3650, patients: 1_000, seed: 1, threads: 1))
        }
    }

    Benchmark("One scenario-year with full trajectory (integrated care)", configuration: config) { benchmark in
        let scenario = Strategy.integrated.scenario()
        for _ in benchmark.scaledIterations {
            blackHole(Simulator().run(scenario, parameters: parameters, initial: start, seed: 1))
        }
    }
}
