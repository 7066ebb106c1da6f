/// The random draws of one simulated day. Deterministic simulation uses `.none`.
public struct DayShocks: Sendable, Equatable, Hashable {
    /// Standard-normal innovation of the pain noise.
    public var painNoise: Double
    /// Standard-normal deviation of sleep quality.
    public var sleep: Double
    /// Standard-normal deviation of stress.
    public var stress: Double
    /// Uniform [0, 1) draw deciding whether a spontaneous flare starts.
    public var flareDraw: Double
    /// Uniform (0, 1] draw setting the flare's size (exponential).
    public var flareSizeDraw: Double

    /// No randomness: a deterministic day.
    public static let none = DayShocks(painNoise: 0, sleep: 0, stress: 0, flareDraw: 1, flareSizeDraw: 1)

    /// Creates explicit shocks (for tests).
    @inlinable
    public init(painNoise: Double, sleep: Double, stress: Double, flareDraw: Double, flareSizeDraw: Double) {
        self.painNoise = painNoise
        self.sleep = sleep
        self.stress = stress
        self.flareDraw = flareDraw
        self.flareSizeDraw = flareSizeDraw
    }

    /// Draws one day's shocks from `stream`: three 64-bit draws in a fixed order.
    ///
    /// Pain noise is Irwin–Hall normal (four 16-bit uniforms). Sleep and stress share one draw:
    /// each is the scaled sum of two 16-bit uniforms (triangular, mean 0, SD 1), adequate for
    /// day-to-day variation of a 0–10 rating. The flare decision and size share one draw (two
    /// 32-bit uniforms).
    @inlinable @inline(__always)
    public static func draw(from stream: inout RandomStream) -> DayShocks {
        let noise = stream.normal()
        let pair = stream.next()
        let k = 1.0 / 65536.0
        // Sum of two uniforms on [0, 1): mean 1, variance 1/6 → scale by √6.
        let sleep = (Double(pair & 0xFFFF) * k + Double((pair >> 16) & 0xFFFF) * k - (65535.0 / 65536.0)) * 2.449489742783178
        let stress = (Double((pair >> 32) & 0xFFFF) * k + Double(pair >> 48) * k - (65535.0 / 65536.0)) * 2.449489742783178
        let flare = stream.next()
        let u1 = Double(flare & 0xFFFF_FFFF) * 0x1.0p-32
        let u2 = 1 - Double(flare >> 32) * 0x1.0p-32
        return DayShocks(painNoise: noise, sleep: sleep, stress: stress, flareDraw: u1, flareSizeDraw: u2)
    }
}
