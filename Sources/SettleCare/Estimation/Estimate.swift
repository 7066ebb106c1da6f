/// A posterior summary of one quantity: mean with 80 % and 95 % credible intervals.
///
/// Every number the care engine reports is an estimate of this kind, never a certainty.
public struct Estimate: Codable, Sendable, Equatable, Hashable {
    /// Posterior mean, in the quantity's own unit.
    public var mean: Double
    /// Lower end of the central 80 % interval (10th percentile).
    public var lower80: Double
    /// Upper end of the central 80 % interval (90th percentile).
    public var upper80: Double
    /// Lower end of the central 95 % interval (2.5th percentile).
    public var lower95: Double
    /// Upper end of the central 95 % interval (97.5th percentile).
    public var upper95: Double

    /// Creates an estimate from explicit values.
    public init(mean: Double, lower80: Double, upper80: Double, lower95: Double, upper95: Double) {
        self.mean = mean
        self.lower80 = lower80
        self.upper80 = upper80
        self.lower95 = lower95
        self.upper95 = upper95
    }

    /// Whether `value` lies inside the 80 % interval.
    public func contains80(_ value: Double) -> Bool { value >= lower80 && value <= upper80 }

    /// Whether `value` lies inside the 95 % interval.
    public func contains95(_ value: Double) -> Bool { value >= lower95 && value <= upper95 }

    /// Summarises weighted samples (weights need not be normalised; negative or non-finite
    /// weights count as 0). Empty input or zero total weight gives NaN everywhere.
    public init(values: [Double], weights: [Double]? = nil) {
        let n = values.count
        var pairs: [(value: Double, weight: Double)] = []
        pairs.reserveCapacity(n)
        for i in 0..<n {
            let w = weights.map { i < $0.count ? $0[i] : 0 } ?? 1
            pairs.append((values[i], w.isFinite && w > 0 ? w : 0))
        }
        let total = pairs.reduce(0) { $0 + $1.weight }
        guard n > 0, total > 0 else {
            self.init(mean: .nan, lower80: .nan, upper80: .nan, lower95: .nan, upper95: .nan)
            return
        }
        pairs.sort { $0.value < $1.value }
        var mean = 0.0
        for p in pairs { mean += p.value * p.weight }
        mean /= total
        func quantile(_ q: Double) -> Double {
            let target = q * total
            var cumulative = 0.0
            for p in pairs {
                cumulative += p.weight
                if cumulative >= target { return p.value }
            }
            return pairs[pairs.count - 1].value
        }
        self.init(
            mean: mean, lower80: quantile(0.10), upper80: quantile(0.90),
            lower95: quantile(0.025), upper95: quantile(0.975))
    }

    /// The same estimate with every number passed through `transform` (monotone increasing).
    public func map(_ transform: (Double) -> Double) -> Estimate {
        Estimate(
            mean: transform(mean), lower80: transform(lower80), upper80: transform(upper80),
            lower95: transform(lower95), upper95: transform(upper95))
    }
}
