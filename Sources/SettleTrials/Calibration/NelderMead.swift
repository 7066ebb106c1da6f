/// A derivative-free minimiser (Nelder–Mead simplex with the standard coefficients:
/// reflection 1, expansion 2, contraction ½, shrink ½). Deterministic.
public struct NelderMead: Sendable {
    /// Largest number of objective evaluations.
    public var maxEvaluations: Int
    /// Initial step along each coordinate.
    public var initialStep: Double
    /// Stop when the spread of simplex values falls below this.
    public var tolerance: Double

    public init(maxEvaluations: Int = 200, initialStep: Double = 0.5, tolerance: Double = 1e-4) {
        self.maxEvaluations = maxEvaluations
        self.initialStep = initialStep
        self.tolerance = tolerance
    }

    /// Minimises `f` from `start`; returns the best point, its value and the evaluations used.
    public func minimise(_ start: [Double], _ f: ([Double]) -> Double) -> (point: [Double], value: Double, evaluations: Int) {
        let n = start.count
        var evaluations = 0
        func eval(_ x: [Double]) -> Double {
            evaluations += 1
            let v = f(x)
            return v.isFinite ? v : .greatestFiniteMagnitude
        }
        var simplex = [start]
        for i in 0..<n {
            var x = start
            x[i] += initialStep
            simplex.append(x)
        }
        var values = simplex.map(eval)
        while evaluations < maxEvaluations {
            let order = values.indices.sorted { values[$0] < values[$1] }
            simplex = order.map { simplex[$0] }
            values = order.map { values[$0] }
            if let worst = values.last, let best = values.first, worst - best < tolerance { break }
            var centroid = [Double](repeating: 0, count: n)
            for x in simplex.dropLast() { for i in 0..<n { centroid[i] += x[i] / Double(n) } }
            let worst = simplex[n]
            func along(_ t: Double) -> [Double] { (0..<n).map { centroid[$0] + t * (worst[$0] - centroid[$0]) } }
            let reflected = along(-1)
            let fr = eval(reflected)
            if fr < values[0] {
                let expanded = along(-2)
                let fe = eval(expanded)
                if fe < fr {
                    simplex[n] = expanded
                    values[n] = fe
                } else {
                    simplex[n] = reflected
                    values[n] = fr
                }
            } else if fr < values[n - 1] {
                simplex[n] = reflected
                values[n] = fr
            } else {
                let contracted = fr < values[n] ? along(-0.5) : along(0.5)
                let fc = eval(contracted)
                if fc < min(fr, values[n]) {
                    simplex[n] = contracted
                    values[n] = fc
                } else {
                    for j in 1...n {
                        simplex[j] = (0..<n).map { simplex[0][$0] + 0.5 * (simplex[j][$0] - simplex[0][$0]) }
                        values[j] = eval(simplex[j])
                    }
                }
            }
        }
        let best = values.indices.min { values[$0] < values[$1] } ?? 0
        return (simplex[best], values[best], evaluations)
    }
}
