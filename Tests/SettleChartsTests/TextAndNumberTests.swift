import Testing

@testable import SettleCharts

@Suite("Escaping, number formatting and ids")
struct TextAndNumberTests {
    @Test("the five XML special characters are escaped")
    func escaping() {
        #expect(SVGText.escaped("a & b < c > d \" e ' f") == "a &amp; b &lt; c &gt; d &quot; e &apos; f")
        #expect(SVGText.escaped("Pain 0–10 ✓") == "Pain 0–10 ✓")
    }

    @Test("control characters XML forbids become spaces; tab and newline stay")
    func controlCharacters() {
        #expect(SVGText.escaped("a\u{0007}b\u{0000}c") == "a b c")
        #expect(SVGText.escaped("a\tb\nc") == "a\tb\nc")
    }

    @Test("fixed decimals, half away from zero, no negative zero, no locale")
    func fixedFormat() {
        #expect(ChartNumberFormat.fixed(1234.5, decimals: 0) == "1235")
        #expect(ChartNumberFormat.fixed(-1.25, decimals: 1) == "-1.3")
        #expect(ChartNumberFormat.fixed(0.05, decimals: 2) == "0.05")
        #expect(ChartNumberFormat.fixed(-0.004, decimals: 2) == "0.00")
        #expect(ChartNumberFormat.fixed(7, decimals: 3) == "7.000")
        #expect(ChartNumberFormat.fixed(-0.5, decimals: 3) == "-0.500")
        #expect(ChartNumberFormat.fixed(1_000_000, decimals: 1) == "1000000.0")
    }

    @Test("non-finite values never print as nan or inf")
    func nonFinite() {
        #expect(ChartNumberFormat.fixed(.nan, decimals: 2) == "0.00")
        #expect(ChartNumberFormat.fixed(.infinity, decimals: 0) == "0")
        #expect(ChartNumberFormat.compact(-.infinity) == "0")
    }

    @Test("compact form drops trailing zeros")
    func compactFormat() {
        #expect(ChartNumberFormat.compact(3.0) == "3")
        #expect(ChartNumberFormat.compact(2.5) == "2.5")
        #expect(ChartNumberFormat.compact(2.456) == "2.46")
        #expect(ChartNumberFormat.compact(-0.001) == "0")
    }

    @Test("truncation adds an ellipsis and keeps short text")
    func truncation() {
        #expect(SVGText.truncated("short", toWidth: 100, fontSize: 12) == "short")
        let long = String(repeating: "x", count: 100)
        let cut = SVGText.truncated(long, toWidth: 72, fontSize: 12)  // 72 px = 10 characters at 7.2 px
        #expect(cut == String(repeating: "x", count: 9) + "…")
    }

    @Test("wrapping breaks at spaces and truncates what does not fit")
    func wrapping() {
        let label = "Education + graded activity vs usual care"
        // 180 px at 12 px = 25 characters per line.
        #expect(
            SVGText.wrapped(label, toWidth: 180, fontSize: 12, maxLines: 2) == [
                "Education + graded", "activity vs usual care",
            ])
        #expect(SVGText.wrapped(label, toWidth: 180, fontSize: 12, maxLines: 1) == ["Education + graded activ…"])
        #expect(SVGText.wrapped("   ", toWidth: 180, fontSize: 12, maxLines: 2).isEmpty)
        #expect(
            SVGText.wrapped("a " + String(repeating: "x", count: 40), toWidth: 72, fontSize: 12, maxLines: 3)
                == ["a", String(repeating: "x", count: 9) + "…"])
    }

    @Test("ids are sanitised or derived from a stable hash")
    func ids() {
        #expect(ChartID.make(given: "my chart!", seed: "") == "mychart")
        #expect(ChartID.make(given: "3d", seed: "") == "c-3d")
        #expect(ChartID.fnv1a("") == "811c9dc5")
        #expect(ChartID.fnv1a("a") == "e40c292c")
        #expect(ChartID.make(given: nil, seed: "a") == "chart-e40c292c")
        #expect(ChartID.make(given: "  ", seed: "a") == "chart-e40c292c")
    }
}
