import Dispatch
import SettleModel

/// Runs trial designs over virtual cohorts.
///
/// Work is split into fixed blocks of enrolment slots; workers take blocks in a fixed stride
/// and write each block's records into its own slot, and the blocks are reduced in order, so
/// the result is identical for any number of workers.
public struct TrialRunner: Sendable {
    /// Population parameters the cohorts are drawn around.
    public let population: Parameters

    public init(population: Parameters = .calibrated) { self.population = population }

    /// Simulates `design` and summarises it.
    public func run(_ design: TrialDesign, options: TrialRunOptions = TrialRunOptions()) throws(TrialDesignError) -> TrialResult {
        guard (1...1_000_000).contains(options.patients) else {
            throw TrialDesignError(path: "patients", problem: "must be 1…1,000,000, got \(options.patients)")
        }
        let trial = try CompiledTrial(design: design, population: population)
        let blocks = simulate(trial, options: options)
        return Self.summarise(trial, blocks: blocks, options: options)
    }

    func simulate(_ trial: CompiledTrial, options: TrialRunOptions) -> [[SlotResult]] {
        let slots = options.patients
        let blockSize = options.blockSize
        let blockCount = (slots + blockSize - 1) / blockSize
        let store = BlockStore(count: blockCount)
        let workers = min(options.workers, blockCount)
        let runBlock: @Sendable (Int) -> Void = { b in
            var scratch = SlotScratch(window: trial.window, recoveryRun: trial.design.course.recoveryRunDays)
            var results: [SlotResult] = []
            let lo = b * blockSize
            let hi = min(slots, lo + blockSize)
            results.reserveCapacity(hi - lo)
            for slot in lo..<hi { results.append(trial.simulateSlot(slot, options: options, scratch: &scratch)) }
            store.put(b, results)
        }
        if workers <= 1 {
            for b in 0..<blockCount { runBlock(b) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                var b = w
                while b < blockCount {
                    runBlock(b)
                    b += workers
                }
            }
        }
        return store.take()
    }

    static func summarise(_ trial: CompiledTrial, blocks: [[SlotResult]], options: TrialRunOptions) -> TrialResult {
        let design = trial.design
        let armCount = design.arms.count
        let k = design.followUpDays.count
        var n = [Int](repeating: 0, count: armCount)
        var sums = [Double](repeating: 0, count: armCount * k * 3)
        var squares = sums
        var recovery = [[Int]](repeating: [], count: armCount)
        var recurrence = recovery
        var sdSum = [Double](repeating: 0, count: armCount)
        var lagSum = sdSum, sxx = sdSum, sxy = sdSum
        var screened = 0
        var empty = 0
        for block in blocks {
            for slot in block {
                screened += slot.screened
                if slot.records.isEmpty { empty += 1 }
                for r in slot.records {
                    let a = r.arm
                    n[a] += 1
                    for (i, v) in r.values.enumerated() {
                        sums[a * k * 3 + i] += v
                        squares[a * k * 3 + i] += v * v
                    }
                    recovery[a].append(r.recoveryDay)
                    recurrence[a].append(r.recurrenceDay)
                    sdSum[a] += r.diarySD
                    lagSum[a] += r.diaryLag1
                    sxx[a] += r.sleepSxx
                    sxy[a] += r.sleepSxy
                }
            }
        }
        let summaries: [[[ArmOutcomeSummary]]] = (0..<armCount).map { a in
            (0..<k).map { f in
                (0..<3).map { o in
                    let i = a * k * 3 + f * 3 + o
                    return ArmOutcomeSummary(n: n[a], sum: sums[i], sumSquares: squares[i])
                }
            }
        }
        var effects: [ComparisonResult] = []
        for c in design.reportedComparisons {
            guard let x = design.arms.firstIndex(where: { $0.name == c.arm }),
                let y = design.arms.firstIndex(where: { $0.name == c.comparator })
            else { continue }
            for (f, day) in design.followUpDays.enumerated() {
                for outcome in design.outcomes {
                    guard let o = OutcomeMeasure.allCases.firstIndex(of: outcome) else { continue }
                    effects.append(
                        ComparisonResult(
                            comparison: c, followUpDay: day, outcome: outcome,
                            effect: EffectEstimate(arm: summaries[x][f][o], comparator: summaries[y][f][o])))
                }
            }
        }
        let courses = (0..<armCount).map { a in
            ArmCourse(
                recoveryDays: recovery[a].sorted(), recurrenceDays: recurrence[a].sorted(),
                withinPersonSD: n[a] > 0 ? sdSum[a] / Double(n[a]) : .nan,
                lag1: n[a] > 0 ? lagSum[a] / Double(n[a]) : .nan,
                sleepSlope: sxx[a] > 0 ? sxy[a] / sxx[a] : .nan)
        }
        return TrialResult(
            design: design,
            options: .init(
                patients: options.patients, seed: options.seed, allocation: options.allocation,
                // The shift the people were drawn around (a design's cohort centre may set it).
                allocationReportShift: trial.sampler.centre.allocationReportShift),
            enrolled: n, screened: screened, emptySlots: empty, summaries: summaries, effects: effects, courses: courses)
    }
}

/// Per-block result slots written concurrently, each by exactly one worker, then read once
/// after all workers finished. The buffer is never resized while workers run, and no two
/// workers touch the same element, which is why sharing it is safe.
final class BlockStore: @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<[SlotResult]>

    init(count: Int) {
        buffer = .allocate(capacity: count)
        buffer.initialize(repeating: [])
    }

    func put(_ index: Int, _ value: [SlotResult]) { buffer[index] = value }

    func take() -> [[SlotResult]] { Array(buffer) }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }
}
