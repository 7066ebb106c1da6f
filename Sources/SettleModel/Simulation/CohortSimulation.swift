import Dispatch

/// Summary of a stochastic cohort run: only running means are kept, so memory does not grow
/// with the horizon.
public struct CohortSummary: Sendable, Equatable {
    /// Number of simulated people.
    public var patients: Int
    /// Days simulated per person.
    public var days: Int
    /// Mean pain over every patient-day (0–10).
    public var meanPain: Double
    /// Mean pain on the last day (0–10).
    public var meanFinalPain: Double
    /// Mean sensitivity on the last day (0–1).
    public var meanFinalSensitivity: Double
    /// Share of patient-days that were flares (0–1).
    public var flareShare: Double

    /// Patient-days simulated.
    public var patientDays: Int { patients * days }
}

/// Fast stochastic simulation of many people who share parameters, a starting state and a
/// constant daily input (no per-day allocation; summaries only).
///
/// Each person has their own random stream (seed, index), and per-person results are combined
/// in index order, so the result is identical for any thread count.
public enum CohortSimulation {
    /// Runs `patients` people for `days` days on up to `threads` threads (1 = the calling thread).
    public static func run(
        model: Model, initial: ModelState, input: DayInput = DayInput(), days: Int, patients: Int, seed: UInt64,
        threads: Int = 1
    ) -> CohortSummary {
        let n = max(0, patients)
        let horizon = max(0, days)
        let blocks = max(1, min(threads, n))
        let blockSize = (n + blocks - 1) / max(1, blocks)
        var perPatient = [PersonResult](repeating: PersonResult(), count: n)
        perPatient.withUnsafeMutableBufferPointer { buffer in
            let base = UnsafeMutableSendablePointer(buffer.baseAddress)
            let body: @Sendable (Int) -> Void = { block in
                let lo = block * blockSize
                let hi = min(n, lo + blockSize)
                guard lo < hi, let p = base.pointer else { return }
                for i in lo..<hi {
                    p[i] = simulatePerson(
                        model: model, initial: initial, input: input, days: horizon, seed: seed, stream: UInt64(i))
                }
            }
            if blocks == 1 {
                body(0)
            } else {
                // One block per thread: blocks 1… on global queues, block 0 on the caller.
                let group = DispatchGroup()
                for block in 1..<blocks {
                    DispatchQueue.global().async(group: group) { body(block) }
                }
                body(0)
                group.wait()
            }
        }
        var painSum = 0.0
        var finalPain = 0.0
        var finalG = 0.0
        var flares = 0
        for r in perPatient {
            painSum += r.painSum
            finalPain += r.finalPain
            finalG += r.finalSensitivity
            flares += r.flareDays
        }
        let pd = Double(max(1, n * horizon))
        let people = Double(max(1, n))
        return CohortSummary(
            patients: n, days: horizon, meanPain: painSum / pd, meanFinalPain: finalPain / people,
            meanFinalSensitivity: finalG / people, flareShare: Double(flares) / pd)
    }

    struct PersonResult {
        var painSum = 0.0
        var finalPain = 0.0
        var finalSensitivity = 0.0
        var flareDays = 0
    }

    @inline(__always)
    static func simulatePerson(model: Model, initial: ModelState, input: DayInput, days: Int, seed: UInt64, stream: UInt64)
        -> PersonResult
    {
        var state = initial
        var random = RandomStream(seed: seed, stream: stream)
        var r = PersonResult()
        for _ in 0..<days {
            let o = model.step(&state, input, shocks: DayShocks.draw(from: &random))
            r.painSum += o.pain
            r.finalPain = o.pain
            if o.isFlare { r.flareDays += 1 }
        }
        r.finalSensitivity = state.sensitivity
        return r
    }
}

/// A raw pointer shared with worker threads that write disjoint index ranges.
struct UnsafeMutableSendablePointer<T>: @unchecked Sendable {
    let pointer: UnsafeMutablePointer<T>?
    init(_ pointer: UnsafeMutablePointer<T>?) { self.pointer = pointer }
}
