/// "Nice" axis ticks on a 1-2-5 ladder (…, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20, …).
///
/// Tick values are computed as integer multiples of the step divided or multiplied by an exact
/// power of ten, so `0.1`-step ticks read `0.3`, never `0.30000000000000004`.
public enum NiceTicks {
    /// A tick step `mantissa × 10^exponent` with `mantissa` in {1, 2, 5}.
    public struct Step: Sendable, Hashable {
        /// 1, 2 or 5.
        public let mantissa: Int
        /// Power of ten, e.g. -1 for steps 0.1/0.2/0.5.
        public let exponent: Int

        /// The step as a number.
        public var value: Double { Step.scaled(mantissa, exponent) }

        /// Digits after the decimal point needed to print multiples of this step exactly.
        public var decimals: Int { max(0, -exponent) }

        /// `k × step`, computed without accumulating floating-point error.
        public func multiple(_ k: Int) -> Double { Step.scaled(k * mantissa, exponent) }

        static func scaled(_ integer: Int, _ exponent: Int) -> Double {
            exponent >= 0
                ? Double(integer) * ChartNumberFormat.powerOfTen(exponent)
                : Double(integer) / ChartNumberFormat.powerOfTen(-exponent)
        }
    }

    /// The smallest 1-2-5 step that is at least `rawStep` (> 0, finite); `nil` otherwise.
    public static func step(atLeast rawStep: Double) -> Step? {
        guard rawStep.isFinite, rawStep > 0 else { return nil }
        var exponent = 0
        while Step.scaled(1, exponent) > rawStep, exponent > -300 { exponent -= 1 }
        while Step.scaled(10, exponent) <= rawStep, exponent < 300 { exponent += 1 }
        // Now 10^exponent <= rawStep < 10^(exponent+1).
        for mantissa in [1, 2, 5] where Step.scaled(mantissa, exponent) >= rawStep {
            return Step(mantissa: mantissa, exponent: exponent)
        }
        return Step(mantissa: 1, exponent: exponent + 1)
    }

    /// A step giving at most `maxCount` intervals across `lower...upper`; `nil` for an empty or non-finite span.
    public static func step(lower: Double, upper: Double, maxCount: Int) -> Step? {
        let span = upper - lower
        guard lower.isFinite, upper.isFinite, span.isFinite, span > 0 else { return nil }
        return step(atLeast: span / Double(max(1, maxCount)))
    }

    /// Ticks inside `lower...upper` on a 1-2-5 step giving at most `maxCount` intervals (`maxCount` ≥ 1).
    ///
    /// Examples: `ticks(lower: 0, upper: 10, maxCount: 5)` → `[0, 2, 4, 6, 8, 10]`;
    /// `ticks(lower: 0, upper: 1, maxCount: 4)` → `[0, 0.5, 1]`. Returns `[lower]` when
    /// `lower == upper` and `[]` for non-finite or reversed bounds.
    public static func ticks(lower: Double, upper: Double, maxCount: Int) -> [Double] {
        guard lower.isFinite, upper.isFinite, lower <= upper else { return [] }
        guard lower < upper, let step = step(lower: lower, upper: upper, maxCount: maxCount) else { return [lower] }
        return ticks(lower: lower, upper: upper, step: step)
    }

    /// All multiples of `step` inside `lower...upper` (with a tolerance of 1e-9 steps at the ends).
    public static func ticks(lower: Double, upper: Double, step: Step) -> [Double] {
        let size = step.value
        guard lower.isFinite, upper.isFinite, lower <= upper, size > 0 else { return [] }
        let first = (lower / size - 1e-9).rounded(.up)
        let last = (upper / size + 1e-9).rounded(.down)
        guard first <= last, last - first < 10_000, abs(first) < 1e15, abs(last) < 1e15 else { return [] }
        return (Int(first)...Int(last)).map(step.multiple)
    }

    /// Widens `lower...upper` outwards to multiples of a 1-2-5 step (at most `maxCount` intervals),
    /// e.g. `2.3...6.1` with `maxCount: 5` → `2...7` (step 1). Degenerate ranges are padded first:
    /// a single value `v` becomes `v-1...v+1` (or `0...1` for 0).
    public static func niceDomain(lower: Double, upper: Double, maxCount: Int) -> ClosedRange<Double> {
        guard lower.isFinite, upper.isFinite else { return 0...1 }
        var lo = min(lower, upper)
        var hi = max(lower, upper)
        if lo == hi {
            if lo == 0 {
                hi = 1
            } else {
                let pad = max(1, abs(lo) * 0.1)
                lo -= pad
                hi += pad
            }
        }
        guard let step = step(lower: lo, upper: hi, maxCount: maxCount) else { return lo...hi }
        let size = step.value
        guard abs(lo / size) < 1e15, abs(hi / size) < 1e15 else { return lo...hi }
        let niceLo = step.multiple(Int((lo / size + 1e-9).rounded(.down)))
        let niceHi = step.multiple(Int((hi / size - 1e-9).rounded(.up)))
        return niceLo...max(niceHi, niceLo + size)
    }
}
