import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// How a parameter spreads between people around the cohort centre.
public enum SpreadShape: String, Sendable, Codable, CaseIterable {
    /// Log-normal: value = centre × exp(spread × z); for positive quantities such as time constants.
    case logNormal
    /// Logit-normal on the parameter's catalogued range: the centre is mapped to the logit scale,
    /// shifted by spread × z and mapped back, so every draw stays inside the range.
    case logitNormal
}

/// Between-person variation of one model parameter.
///
/// A person's standard-normal deviate is `z = loading × v + √(1 − loading²) × e`, where `v` is
/// the person's shared *vulnerability* factor and `e` is independent; parameters with loadings of
/// the same sign are positively correlated (correlation = product of loadings).
public struct ParameterVariation: Sendable, Equatable, Hashable, Codable {
    /// Parameter name in `ParameterCatalog`.
    public var name: String
    /// Distribution shape.
    public var shape: SpreadShape
    /// SD on the log or logit scale (0–3).
    public var spread: Double
    /// Loading on the shared vulnerability factor (−1…1; 0 = independent).
    public var loading: Double

    public init(_ name: String, _ shape: SpreadShape, spread: Double, loading: Double = 0) {
        self.name = name
        self.shape = shape
        self.spread = spread
        self.loading = loading
    }

    enum CodingKeys: String, CodingKey { case name, shape, spread, loading }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        shape = try c.decode(SpreadShape.self, forKey: .shape)
        spread = try c.decode(Double.self, forKey: .spread)
        loading = try c.decodeIfPresent(Double.self, forKey: .loading) ?? 0
    }
}

/// Draws of a value on a bounded or positive scale from a standard-normal deviate.
enum Spread {
    static func logistic(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    static func logit(_ u: Double) -> Double { log(u / (1 - u)) }

    /// A logit-normal value on `range` centred (in median) on `centre`.
    static func logitNormal(centre: Double, range: ClosedRange<Double>, spread: Double, z: Double) -> Double {
        let width = range.upperBound - range.lowerBound
        guard width > 0 else { return range.lowerBound }
        let u = min(1 - 1e-4, max(1e-4, (centre - range.lowerBound) / width))
        return range.lowerBound + width * logistic(logit(u) + spread * z)
    }

    /// A log-normal value with median `centre`, clamped to `range`.
    static func logNormal(centre: Double, range: ClosedRange<Double>, spread: Double, z: Double) -> Double {
        min(range.upperBound, max(range.lowerBound, centre * exp(spread * z)))
    }
}
