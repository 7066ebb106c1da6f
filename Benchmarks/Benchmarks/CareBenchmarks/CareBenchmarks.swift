import Benchmark
import SettleCare
import SettleModel

/// Care engine: particle filter over one patient-year, and a caseload refresh.
let benchmarks: @Sendable () -> Void = {
    let config = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .peakMemoryResident, .mallocCountTotal],
        warmupIterations: 1, maxDuration: .seconds(20), maxIterations: 20)
    let year = SyntheticPatient.Design(days: 365, acupunctureStart: 60, acupunctureSessions: 10)
    let patient = SyntheticPatient.make(seed: 1, index: 0, design: year)

    Benchmark("Particle filter, 1 patient-year, 1000 particles", configuration: config) { benchmark in
        let engine = CareEngine()
        for _ in benchmark.scaledIterations {
            blackHole(engine.estimate(record: patient.record, asOf: patient.lastDay))
        }
    }

    // 20 patient-years at dashboard settings; the 1,000-patient caseload is 50 × this figure
    // on one core (assessments are independent and split across cores by the server).
    let caseload = (0..<20).map { SyntheticPatient.make(seed: 2, index: UInt64($0), design: year) }
    Benchmark("Caseload refresh, 20 patient-years, dashboard settings", configuration: config) { benchmark in
        let engine = CareEngine(settings: .dashboard)
        for _ in benchmark.scaledIterations {
            for p in caseload { blackHole(try? engine.assess(record: p.record, asOf: p.lastDay)) }
        }
    }
}
