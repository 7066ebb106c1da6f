/// Elementary functions implemented with plain IEEE-754 arithmetic, so simulation results are
/// bit-identical on every machine and C library, and cheap in the daily step.
public enum ReproducibleMath {
    /// e^x with a relative error below 1e-15 for −700 ≤ x ≤ 700 (0 below, +∞ above 709).
    ///
    /// Range reduction x = k·ln 2 + r with |r| ≤ ln 2 / 2, a degree-13 Taylor polynomial for
    /// e^r, and scaling by 2^k through the exponent bits.
    @inlinable @inline(__always)
    public static func exp(_ x: Double) -> Double {
        if x < -700 { return 0 }
        if x > 709 { return .infinity }
        // Round to nearest integer with the 1.5 × 2^52 trick (pure IEEE arithmetic, no libm call).
        let shifted = x * 1.4426950408889634 + 6755399441055744.0
        let k = shifted - 6755399441055744.0
        // ln 2 split in a high part with trailing zero bits and a low correction (fdlibm).
        let r = (x - k * 6.93147180369123816490e-01) - k * 1.90821492927058770002e-10
        var p = 1.6059043836821613e-10  // 1/13!
        p = p * r + 2.08767569878681e-09  // 1/12!
        p = p * r + 2.505210838544172e-08  // 1/11!
        p = p * r + 2.755731922398589e-07  // 1/10!
        p = p * r + 2.7557319223985893e-06  // 1/9!
        p = p * r + 2.48015873015873e-05  // 1/8!
        p = p * r + 0.0001984126984126984  // 1/7!
        p = p * r + 0.001388888888888889  // 1/6!
        p = p * r + 0.008333333333333333  // 1/5!
        p = p * r + 0.041666666666666664  // 1/4!
        p = p * r + 0.16666666666666666  // 1/3!
        p = p * r + 0.5
        p = p * r + 1
        p = p * r + 1
        // The low bits of `shifted` hold k in two's complement: 2^k is (k + 1023) << 52.
        let scale = Double(bitPattern: (shifted.bitPattern &+ 1023) << 52)
        return p * scale
    }
}
