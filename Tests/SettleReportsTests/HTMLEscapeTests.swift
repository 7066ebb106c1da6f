import SettleReports
import Testing

@Suite("HTML escaping")
struct HTMLEscapeTests {
    @Test("the five markup characters are escaped everywhere; other text, including non-ASCII, is kept")
    func escapes() {
        #expect(
            htmlEscape(#"<a href="x">Tom & 'Jerry'</a>"#) == "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;")
        #expect(htmlEscape("café — 80 % interval, ≤ 10/10 🙂") == "café — 80 % interval, ≤ 10/10 🙂")
        #expect(htmlEscape("") == "")
        // A combining mark after "<" makes one Character; the markup byte is escaped all the same.
        #expect(htmlEscape("<\u{338}script>") == "&lt;\u{338}script&gt;")
        #expect(htmlEscape("é<é") == "é&lt;é")
    }
}
