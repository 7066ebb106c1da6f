/// Fixed-point number formatting without Foundation (the same text on every platform).
enum FixedFormat {
    /// `x` with exactly `digits` decimals (0–9), "—" when not finite.
    static func string(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "—" }
        let d = max(0, min(9, digits))
        var scale = 1.0
        for _ in 0..<d { scale *= 10 }
        let scaled = (abs(x) * scale).rounded()
        guard scaled < 9e15 else { return "\(x)" }
        let n = Int64(scaled)
        let p = Int64(scale)
        let whole = n / p
        let frac = n % p
        let sign = x < 0 && n != 0 ? "-" : ""
        guard d > 0 else { return "\(sign)\(whole)" }
        var fracText = String(frac)
        while fracText.count < d { fracText = "0" + fracText }
        return "\(sign)\(whole).\(fracText)"
    }
}
