import Foundation
import SettleCare

/// The descriptive sensitivity index (0–1) with an 80 % range.
///
/// SEAM: stands in for the care engine's particle-filter estimate of central gain (with its
/// own 80 % interval) until the server uses it. The index weighs four weeks of diary: mean pain
/// (60 %), flare rate (25 %, saturating at one flare day in four) and pain on low-activity days
/// (15 %). The range comes from re-drawing the same days 400 times with a fixed seed (a
/// bootstrap): it shows how much the index depends on which days happened to be recorded.
struct SensitivityIndex: Sendable, Equatable {
    /// The index, 0 (calm) – 1 (very sensitive).
    var value: Double
    /// Lower end of the 80 % range.
    var lower: Double
    /// Upper end of the 80 % range.
    var upper: Double
    /// Number of diary entries it rests on.
    var entries: Int

    /// Fewer entries than this give no index.
    static let minimumEntries = 5

    /// The index of `entries` (normally the last 28 days), or nil with fewer than ``minimumEntries``.
    init?(entries: [DiaryEntry]) {
        guard entries.count >= Self.minimumEntries, let value = Self.point(entries) else { return nil }
        var generator = SeededGenerator(seed: 0x5E77_1E)
        var draws: [Double] = []
        for _ in 0..<400 {
            let sample = entries.indices.map { _ in entries[Int(generator.next() % UInt64(entries.count))] }
            if let draw = Self.point(sample) { draws.append(draw) }
        }
        draws.sort()
        self.value = value
        self.lower = min(draws[Int(Double(draws.count - 1) * 0.1)], value)
        self.upper = max(draws[Int(Double(draws.count - 1) * 0.9)], value)
        self.entries = entries.count
    }

    /// The index of a set of entries without a range; nil when empty.
    static func point(_ entries: [DiaryEntry]) -> Double? {
        guard let meanPain = CareSummary.mean(entries.map { Double($0.pain) }) else { return nil }
        let flareRate = Double(entries.filter(\.flare).count) / Double(entries.count)
        let lowActivityPain =
            CareSummary.mean(entries.filter { ($0.activityMinutes ?? 60) < 45 }.map { Double($0.pain) }) ?? meanPain
        return min(max(0.6 * meanPain / 10 + 0.25 * min(flareRate * 4, 1) + 0.15 * lowActivityPain / 10, 0), 1)
    }

    /// The index on the 0–100 scale shown to people.
    static func percent(_ value: Double) -> Int { Int((value * 100).rounded()) }
}

/// SplitMix64: a small deterministic generator, so the same diary always gives the same range.
struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
