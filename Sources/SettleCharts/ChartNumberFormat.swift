/// Locale-free number formatting for SVG attributes and chart labels.
///
/// Output is identical on every machine: a `-` sign, ASCII digits and `.` as the decimal
/// separator. Non-finite values are never emitted; callers skip them before formatting, and
/// this formatter maps any that slip through to `"0"`.
public enum ChartNumberFormat {
    /// Largest magnitude formatted exactly; larger values are clamped (far outside any chart).
    static let limit = 1e12

    /// Formats `value` with exactly `decimals` digits after the point (0...6), e.g. `fixed(2.345, decimals: 1)` → `"2.3"`.
    ///
    /// Rounds half away from zero. Negative zero and values that round to zero print without a sign.
    public static func fixed(_ value: Double, decimals: Int) -> String {
        let places = min(max(decimals, 0), 6)
        guard value.isFinite else { return places == 0 ? "0" : "0." + String(repeating: "0", count: places) }
        let clamped = min(max(value, -limit), limit)
        let factor = powerOfTen(places)
        let scaled = (clamped * factor).rounded(.toNearestOrAwayFromZero)
        let magnitude = Int64(abs(scaled))
        let negative = scaled < 0 && magnitude != 0
        var digits = String(magnitude)
        if places > 0 {
            if digits.count <= places {
                digits = String(repeating: "0", count: places - digits.count + 1) + digits
            }
            let split = digits.index(digits.endIndex, offsetBy: -places)
            digits = String(digits[..<split]) + "." + String(digits[split...])
        }
        return negative ? "-" + digits : digits
    }

    /// Formats `value` with at most `decimals` digits after the point, dropping trailing zeros
    /// (`compact(2.50, decimals: 2)` → `"2.5"`, `compact(3.0, decimals: 2)` → `"3"`). Used for coordinates.
    public static func compact(_ value: Double, decimals: Int = 2) -> String {
        var text = fixed(value, decimals: decimals)
        guard text.contains(".") else { return text }
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// `10^exponent` computed exactly (for `exponent >= 0`) or as a correctly rounded reciprocal,
    /// so the result is the same on every platform (no `pow`/`log10` from the C library).
    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent >= 0 ? result : 1 / result
    }
}
