import Benchmark
import SettleTrials

/// In-silico trial: 10,000 people randomised to 4 arms, followed 12 months.
let benchmarks: @Sendable () -> Void = {
    let config = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 10)
    let runner = TrialRunner()
    for workers in [1, 2] {
        Benchmark("Trial 10k people, 4 arms, 12 months, \(workers) worker\(workers == 1 ? "" : "s")", configuration: config) {
            benchmark in
            let options = TrialRunOptions(patients: 10_000, seed: 1, workers: workers)
            for _ in benchmark.scaledIterations {
                blackHole(try? runner.run(TrialDesign.benchmarkFourArm, options: options))
            }
        }
    }
}
