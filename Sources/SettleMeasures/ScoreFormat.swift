/// Number formatting shared by descriptions and the command line; pure, locale-free.
public enum ScoreFormat {
    /// Formats a score: whole numbers without decimals, others with up to two decimals.
    public static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 {
            return String(Int(value))
        }
        let scaled = (value * 100).rounded() / 100
        var text = String(scaled)
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
