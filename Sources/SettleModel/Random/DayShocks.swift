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
    public init(painNoise: Double, sleep: Double, stress: Double, flareDraw: Double, flareSizeDraw: Double) {
        self.painNoise = painNoise
        self.sleep = sleep
        self.stress = stress
        self.flareDraw = flareDraw
        self.flareSizeDraw = flareSizeDraw
    }

    /// Draws one day's shocks from `stream` (five draws, fixed order).
    @inlinable
    public static func draw(from stream: inout RandomStream) -> DayShocks {
        let noise = stream.normal()
        let sleep = stream.normal()
        let stress = stream.normal()
        let flare = stream.uniform()
        let size = 1 - stream.uniform()
        return DayShocks(painNoise: noise, sleep: sleep, stress: stress, flareDraw: flare, flareSizeDraw: size)
    }
}
