/// A reproducible pseudo-random stream (xoshiro256**, seeded through SplitMix64).
///
/// The same seed and stream index give the same numbers on every machine and run: only
/// 64-bit integer arithmetic is used to make the integers, and uniform/normal variates
/// are derived from them with plain floating-point arithmetic.
public struct RandomStream: RandomNumberGenerator, Sendable, Equatable, Hashable {
    @usableFromInline var s0: UInt64
    @usableFromInline var s1: UInt64
    @usableFromInline var s2: UInt64
    @usableFromInline var s3: UInt64

    /// A stream for `seed`; `stream` selects an independent sub-stream (e.g. a patient index).
    public init(seed: UInt64, stream: UInt64 = 0) {
        var sm = SplitMix64(state: seed ^ (stream &* 0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
        // Mix the stream index once more so nearby indices give unrelated states.
        _ = sm.next()
        s0 = sm.next()
        s1 = sm.next()
        s2 = sm.next()
        s3 = sm.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }
    }

    /// The next 64 random bits.
    @inlinable @inline(__always)
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inlinable
    func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform variate in [0, 1) with 53 bits of precision.
    @inlinable @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// An approximately standard-normal variate (mean 0, SD 1).
    ///
    /// Irwin–Hall with four 16-bit uniforms from one 64-bit draw: exact mean and variance,
    /// tails bounded at ±3.46 SD. Cheap and reproducible; adequate for daily noise.
    @inlinable @inline(__always)
    public mutating func normal() -> Double {
        let bits = next()
        let a = Double(bits & 0xFFFF) + Double((bits >> 16) & 0xFFFF)
        let b = Double((bits >> 32) & 0xFFFF) + Double(bits >> 48)
        // Each 16-bit value is uniform on {0…65535}: mean 32767.5, variance (65536² − 1)/12.
        let sum = (a + b) * (1.0 / 65536.0) - 2.0 * (65535.0 / 65536.0)
        return sum * 1.7320508075688772
    }
}

/// SplitMix64, used only to seed `RandomStream`.
@usableFromInline
struct SplitMix64 {
    @usableFromInline var state: UInt64

    @usableFromInline
    init(state: UInt64) { self.state = state }

    @usableFromInline
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
