/// Escapes text for HTML element content and attribute values.
public func htmlEscape(_ text: String) -> String {
    // Byte by byte: the five characters are ASCII, and an ASCII byte never occurs inside a UTF-8
    // multi-byte sequence. (This also escapes a `<` that a combining mark follows, which a loop
    // over Characters would see as a different character and leave as it is.)
    let utf8 = text.utf8
    guard utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
    var out: [UInt8] = []
    out.reserveCapacity(utf8.count + 32)
    for byte in utf8 {
        switch byte {
        case 0x26: out.append(contentsOf: "&amp;".utf8)
        case 0x3C: out.append(contentsOf: "&lt;".utf8)
        case 0x3E: out.append(contentsOf: "&gt;".utf8)
        case 0x22: out.append(contentsOf: "&quot;".utf8)
        case 0x27: out.append(contentsOf: "&#39;".utf8)
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

/// A self-contained HTML document (inline CSS, inline SVG, no scripts, no external assets),
/// readable on screen and printable.
public struct HTMLPage: Sendable {
    /// Page title (plain text).
    public var title: String
    /// Body HTML (already escaped where needed).
    public var body: String

    public init(title: String, body: String) {
        self.title = title
        self.body = body
    }

    /// The complete document.
    public func render() -> String {
        """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(htmlEscape(title))</title>
        <style>\(Self.stylesheet)</style>
        </head>
        <body>
        <main>
        \(body)
        </main>
        </body>
        </html>

        """
    }

    /// The report stylesheet (screen and print).
    public static let stylesheet = """
        :root{color-scheme:light;--ink:#1d2433;--muted:#4a5568;--line:#d5dae3;--accent:#0b5cad;--warn:#8a4b00}
        *{box-sizing:border-box}
        body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:var(--ink);background:#fff}
        main{max-width:980px;margin:0 auto;padding:24px 20px 48px}
        h1{font-size:1.7rem;margin:0 0 .3rem}h2{font-size:1.25rem;margin:2rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        p,li{max-width:72ch}.muted{color:var(--muted)}
        .notice{border-left:4px solid var(--warn);background:#fff7ec;padding:.6rem .9rem;margin:1rem 0}
        figure{margin:1rem 0}figure svg{max-width:100%;height:auto}figcaption{color:var(--muted);font-size:.9rem}
        table{border-collapse:collapse;margin:.8rem 0;font-variant-numeric:tabular-nums}
        th,td{border-bottom:1px solid var(--line);padding:.35rem .7rem;text-align:left}th{background:#f3f5f9}
        td.num{text-align:right}
        .refs li{font-size:.92rem}
        @media print{main{max-width:none;padding:0}h2{break-after:avoid}figure,table{break-inside:avoid}.notice{background:none}}
        """
}

/// Formats a number with a fixed count of decimals, independent of locale.
public func fixed(_ x: Double, _ decimals: Int = 1) -> String {
    guard x.isFinite else { return "–" }
    var scale = 1.0
    for _ in 0..<max(0, decimals) { scale *= 10 }
    let rounded = (abs(x) * scale).rounded() / scale
    let sign = x < 0 && rounded > 0 ? "-" : ""
    let whole = Int(rounded)
    guard decimals > 0 else { return sign + String(whole) }
    let frac = Int(((rounded - Double(whole)) * scale).rounded())
    let fracText = String(frac)
    return sign + String(whole) + "." + String(repeating: "0", count: max(0, decimals - fracText.count)) + fracText
}
