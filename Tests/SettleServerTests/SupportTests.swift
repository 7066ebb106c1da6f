import Configuration
import Foundation
import SettleCare
import SettleStore
import Testing

@testable import SettleServer

@Suite("Support")
struct SupportTests {
    @Test("HTML interpolation escapes text and attributes but keeps nested fragments")
    func escaping() {
        let name = "<script>alert('x') & \"y\"</script>"
        let inner: HTML = "<b>\(name)</b>"
        let outer: HTML = "<p title=\"\(name)\">\(inner)</p>"
        #expect(
            outer.rendered
                == "<p title=\"&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;\"><b>&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;</b></p>"
        )
    }

    @Test("form bodies decode plus signs, percent escapes and repeated names")
    func formDecoding() {
        let form = FormFields(urlEncoded: "name=Ana+Costa&tag=a&tag=b&note=caf%C3%A9%20%26%20co&empty=&bad=%ZZ")
        #expect(form.value(for: "name") == "Ana Costa")
        #expect(form.values(for: "tag") == ["a", "b"])
        #expect(form.value(for: "note") == "café & co")
        #expect(form.value(for: "empty") == nil)
        #expect(form.value(for: "bad") == "%ZZ")
    }

    @Test("the byte-level form decoder agrees with Foundation's percent decoding and trimming")
    func formDecodingMatchesFoundation() {
        let bodies = [
            "a=1&b=two+words&c=%C3%A9", "=x&y=&&z", "k=%e2%82%ac+%E2%82%AC", "bad=%ZZ", "cut=%4", "cut2=%", "half=%C3",
            "n=%00nul", "plus=%2B+", "eq=a=b=c", "sp=++padded++", "tab=%09x%0A", "uni=%E2%80%A8x%E2%80%A9",
            "nbsp=%C2%A0x%C2%A0", "raw=é+ü", "many=" + String(repeating: "%41", count: 300), "",
            "_csrf=abc123&pain=4&activity=planned&activityMinutes=&sleep=7&stress=3&note=slept+badly%2C+ok",
        ]
        for body in bodies {
            let expected = body.split(separator: "&", omittingEmptySubsequences: true).map { part in
                let pieces = part.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func decode(_ text: Substring) -> String {
                    let spaced = text.replacingOccurrences(of: "+", with: " ")
                    return spaced.removingPercentEncoding ?? spaced
                }
                return (decode(pieces[0]), pieces.count > 1 ? decode(pieces[1]) : "")
            }
            let form = FormFields(urlEncoded: body)
            #expect(form == FormFields(expected), "\(body)")
            for (name, value) in expected {
                let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(FormFields.trimmed(value) == trimmed, "trimming \(name)")
            }
        }
    }

    @Test("field errors say what is wrong and keep the first message per field")
    func fieldErrors() {
        var errors = FieldErrors()
        let form = FormFields(urlEncoded: "n=abc&m=12&d=2025-02-29")
        #expect(errors.integer(form, "n", label: "Needles", in: 0...100) == nil)
        #expect(errors.integer(form, "m", label: "Minutes", in: 0...10) == nil)
        #expect(errors.day(form, "d", label: "Day") == nil)
        #expect(errors["n"] == "Needles must be a whole number from 0 to 100; got “abc”.")
        #expect(errors["m"] == "Minutes must be from 0 to 10; got 12.")
        #expect(errors["d"] == "Day must be a date written YYYY-MM-DD; got “2025-02-29”.")
        errors.add("n", "second")
        #expect(errors["n"] == "Needles must be a whole number from 0 to 100; got “abc”.")
    }

    @Test("settings come from configuration with documented defaults, and bad ones are named")
    func settings() throws {
        let defaults = ServerSettings(reader: ConfigReader(provider: InMemoryProvider(values: [:])))
        #expect(defaults.host == "127.0.0.1")
        #expect(defaults.port == 8080)
        #expect(defaults.dataDirectory == "./data")
        #expect(defaults.seedDemo)
        #expect(defaults.sqlitePath.hasSuffix("data/settle.sqlite"))
        #expect(defaults.baseURL == "http://127.0.0.1:8080")

        let flags = InMemoryProvider(values: ["http.port": 9090, "demo.seed": false])
        let environment = EnvironmentVariablesProvider(environmentVariables: [
            "HTTP_PORT": "7070", "HTTP_HOST": "0.0.0.0", "DATABASE_URL": "mysql://x",
        ])
        let layered = ServerSettings(reader: ConfigReader(providers: [flags, environment]))
        #expect(layered.port == 9090)
        #expect(layered.host == "0.0.0.0")
        #expect(!layered.seedDemo)
        #expect(layered.baseURL == "http://127.0.0.1:9090")
        #expect(
            throws: SettingsError.invalid(
                "database.url (--database-url / DATABASE_URL) must start with postgres://, postgresql:// or sqlite:")
        ) {
            try layered.validate()
        }
    }
}
