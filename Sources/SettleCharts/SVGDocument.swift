/// A minimal, deterministic SVG writer shared by the chart types.
///
/// Every attribute value and text node goes through `SVGText.escaped`; every number goes
/// through `ChartNumberFormat`, so output is byte-identical on every machine.
struct SVGDocument {
    private(set) var lines: [String] = []

    /// A coordinate or length with up to 2 decimals.
    static func num(_ value: Double) -> String { ChartNumberFormat.compact(value, decimals: 2) }

    /// `name="value"` pairs, escaped, in the given order.
    static func attributes(_ pairs: [(String, String?)]) -> String {
        pairs.compactMap { name, value in value.map { " \(name)=\"\(SVGText.escaped($0))\"" } }.joined()
    }

    mutating func raw(_ line: String) { lines.append(line) }

    /// An empty element such as `<rect …/>`.
    mutating func element(_ name: String, _ pairs: [(String, String?)]) {
        lines.append("<\(name)\(SVGDocument.attributes(pairs))/>")
    }

    /// An element with escaped text content, e.g. `<text …>label</text>`.
    mutating func element(_ name: String, _ pairs: [(String, String?)], text: String) {
        lines.append("<\(name)\(SVGDocument.attributes(pairs))>\(SVGText.escaped(text))</\(name)>")
    }

    mutating func open(_ name: String, _ pairs: [(String, String?)] = []) {
        lines.append("<\(name)\(SVGDocument.attributes(pairs))>")
    }

    mutating func close(_ name: String) { lines.append("</\(name)>") }

    /// A `<text>` element.
    mutating func text(
        _ content: String, x: Double, y: Double, size: Double = 12, anchor: String? = nil, weight: String? = nil,
        fill: String = "#333333", transform: String? = nil
    ) {
        element(
            "text",
            [
                ("x", SVGDocument.num(x)), ("y", SVGDocument.num(y)), ("font-size", SVGDocument.num(size)),
                ("text-anchor", anchor), ("font-weight", weight), ("fill", fill), ("transform", transform),
            ], text: content)
    }

    /// A straight line.
    mutating func line(
        x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, width: Double = 1, dash: String? = nil,
        opacity: Double? = nil
    ) {
        element(
            "line",
            [
                ("x1", SVGDocument.num(x1)), ("y1", SVGDocument.num(y1)), ("x2", SVGDocument.num(x2)),
                ("y2", SVGDocument.num(y2)), ("stroke", stroke), ("stroke-width", SVGDocument.num(width)),
                ("stroke-dasharray", dash), ("stroke-opacity", opacity.map(SVGDocument.num)),
            ])
    }

    /// A rectangle.
    mutating func rect(
        x: Double, y: Double, width: Double, height: Double, fill: String, opacity: Double? = nil,
        stroke: String? = nil
    ) {
        element(
            "rect",
            [
                ("x", SVGDocument.num(x)), ("y", SVGDocument.num(y)), ("width", SVGDocument.num(max(0, width))),
                ("height", SVGDocument.num(max(0, height))), ("fill", fill),
                ("fill-opacity", opacity.map(SVGDocument.num)), ("stroke", stroke),
            ])
    }

    /// The finished document: root `<svg>` with `role="img"`, `<title>` and `<desc>` linked by
    /// `aria-labelledby`, an optional white background, then the body.
    func rendered(id: String, size: ChartSize, title: String, description: String, background: Bool) -> String {
        let w = SVGDocument.num(size.width)
        let h = SVGDocument.num(size.height)
        var out = "<svg"
        out += SVGDocument.attributes([
            ("xmlns", "http://www.w3.org/2000/svg"), ("id", id), ("width", w), ("height", h),
            ("viewBox", "0 0 \(w) \(h)"), ("role", "img"), ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("font-family", "system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', Arial, sans-serif"),
        ])
        out += ">\n"
        out += "<title id=\"\(id)-title\">\(SVGText.escaped(title))</title>\n"
        out += "<desc id=\"\(id)-desc\">\(SVGText.escaped(description))</desc>\n"
        if background {
            out += "<rect width=\"\(w)\" height=\"\(h)\" fill=\"#ffffff\"/>\n"
        }
        for line in lines {
            out += line
            out += "\n"
        }
        out += "</svg>\n"
        return out
    }
}

/// Stable element ids: a caller-given id (sanitised) or one derived from the chart's text.
enum ChartID {
    /// `given` reduced to `[A-Za-z0-9_-]` and starting with a letter; when empty, `"chart-"`
    /// plus an FNV-1a hash of `seed` (so the same chart always gets the same id).
    static func make(given: String?, seed: String) -> String {
        let allowed = (given ?? "").unicodeScalars.filter {
            ($0 >= "a" && $0 <= "z") || ($0 >= "A" && $0 <= "Z") || ($0 >= "0" && $0 <= "9") || $0 == "-" || $0 == "_"
        }
        var id = String(String.UnicodeScalarView(allowed))
        if id.isEmpty { return "chart-" + fnv1a(seed) }
        if let first = id.unicodeScalars.first, !(first >= "a" && first <= "z") && !(first >= "A" && first <= "Z") {
            id = "c-" + id
        }
        return String(id.prefix(64))
    }

    /// 32-bit FNV-1a of the UTF-8 bytes, as 8 lowercase hex digits.
    static func fnv1a(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}

/// Builds SVG path data (`M x y L x y …`) from pixel points, one subpath per unbroken run.
struct PathData {
    private(set) var text = ""

    mutating func move(_ x: Double, _ y: Double) {
        text += (text.isEmpty ? "" : " ") + "M" + SVGDocument.num(x) + " " + SVGDocument.num(y)
    }

    mutating func lineTo(_ x: Double, _ y: Double) {
        text += " L" + SVGDocument.num(x) + " " + SVGDocument.num(y)
    }

    mutating func closePath() { text += " Z" }

    /// Splits `items` into runs of consecutive elements that pass `isValid`.
    static func runs<T>(_ items: [T], isValid: (T) -> Bool) -> [[T]] {
        var result: [[T]] = []
        var current: [T] = []
        for item in items {
            if isValid(item) {
                current.append(item)
            } else if !current.isEmpty {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }
}
