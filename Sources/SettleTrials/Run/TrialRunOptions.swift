#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// How enrolled people are assigned to arms.
public enum Allocation: String, Sendable, Codable, CaseIterable {
    /// Each person is randomised to one arm (balanced, in enrolment order), as in a real trial.
    case randomised
    /// Each person lives through every arm with the same day-to-day randomness (a virtual
    /// crossover of counterfactuals). Far less simulation noise in differences; used for
    /// calibration. Effect intervals are still computed as if the arms were independent.
    case everyArm
}

/// Options of one simulated trial run.
public struct TrialRunOptions: Sendable, Equatable {
    /// People enrolled (1–1,000,000). With `.randomised` they are shared between arms; with
    /// `.everyArm` each arm has this many.
    public var patients: Int
    /// Seed of every random stream; the same seed gives the same result on every machine.
    public var seed: UInt64
    public var allocation: Allocation
    /// Worker threads (≥ 1). Results do not depend on it.
    public var workers: Int
    /// Enrolment slots per work block (fixed, so results do not depend on the thread count).
    public var blockSize: Int

    public init(
        patients: Int = 1000, seed: UInt64 = 1, allocation: Allocation = .randomised, workers: Int? = nil, blockSize: Int = 32
    ) {
        self.patients = patients
        self.seed = seed
        self.allocation = allocation
        self.workers = max(1, workers ?? ProcessInfo.processInfo.activeProcessorCount)
        self.blockSize = max(1, blockSize)
    }
}
