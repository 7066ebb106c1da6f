/// A daily input level (e.g. sleep quality or stress, 0–10): a base value with optional
/// segments that override it on a range of days.
public struct DailySeries: Sendable, Equatable, Hashable, Codable {
    /// One override: `value` on days `fromDay…toDay` (inclusive, 0-based).
    public struct Segment: Sendable, Equatable, Hashable, Codable {
        public var fromDay: Int
        public var toDay: Int
        public var value: Double
        public init(fromDay: Int, toDay: Int, value: Double) {
            self.fromDay = fromDay
            self.toDay = toDay
            self.value = value
        }
    }

    /// The level on days no segment covers (0–10).
    public var base: Double
    /// Overrides, the last matching one wins.
    public var segments: [Segment]

    /// A constant level with optional overrides.
    public init(base: Double, segments: [Segment] = []) {
        self.base = base
        self.segments = segments
    }

    /// The level on `day`.
    public func value(on day: Int) -> Double {
        var v = base
        for s in segments where day >= s.fromDay && day <= s.toDay { v = s.value }
        return v
    }

    /// The levels for days 0..<days, precomputed.
    public func values(days: Int) -> [Double] {
        (0..<max(0, days)).map(value(on:))
    }

    enum CodingKeys: String, CodingKey { case base, segments }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        base = try c.decode(Double.self, forKey: .base)
        segments = try c.decodeIfPresent([Segment].self, forKey: .segments) ?? []
    }
}
