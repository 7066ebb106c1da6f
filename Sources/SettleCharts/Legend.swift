/// What a legend entry's key looks like.
enum LegendKey: Sendable {
    case line(color: ChartColor, dash: DashPattern, width: Double)
    case swatch(color: ChartColor, opacity: Double)
    case symbol(shape: MarkerShape, color: ChartColor)
}

/// One legend entry.
struct LegendEntry: Sendable {
    let key: LegendKey
    let label: String
}

/// Legend laid out in rows that wrap at the available width.
struct LegendLayout {
    static let fontSize = 12.0
    static let rowHeight = 20.0
    static let keyWidth = 24.0
    static let gap = 6.0
    static let spacing = 18.0

    struct Placed {
        let entry: LegendEntry
        let label: String
        let x: Double
        let row: Int
    }

    let placed: [Placed]
    let rows: Int

    /// Flows `entries` left to right from `x = left` within `width` px, truncating long labels.
    init(entries: [LegendEntry], left: Double, width: Double) {
        var placed: [Placed] = []
        var x = left
        var row = 0
        let maxLabel = max(24, min(width - LegendLayout.keyWidth - LegendLayout.gap, 320))
        for entry in entries {
            let label = SVGText.truncated(
                SVGText.singleLine(entry.label), toWidth: maxLabel, fontSize: LegendLayout.fontSize)
            let itemWidth =
                LegendLayout.keyWidth + LegendLayout.gap
                + SVGText.estimatedWidth(label, fontSize: LegendLayout.fontSize)
            if x > left, x + itemWidth > left + width {
                row += 1
                x = left
            }
            placed.append(Placed(entry: entry, label: label, x: x, row: row))
            x += itemWidth + LegendLayout.spacing
        }
        self.placed = placed
        self.rows = placed.isEmpty ? 0 : row + 1
    }

    var height: Double { Double(rows) * LegendLayout.rowHeight }

    /// Draws the legend with its first row's centre line at `top + rowHeight / 2`.
    func draw(into doc: inout SVGDocument, top: Double) {
        guard !placed.isEmpty else { return }
        doc.open("g", [("aria-hidden", "true")])
        for item in placed {
            let cy = top + Double(item.row) * LegendLayout.rowHeight + LegendLayout.rowHeight / 2
            let keyX = item.x
            switch item.entry.key {
            case .line(let color, let dash, let width):
                doc.line(
                    x1: keyX, y1: cy, x2: keyX + LegendLayout.keyWidth, y2: cy, stroke: color.hex,
                    width: min(max(width, 1), 4), dash: dash.dashArray)
            case .swatch(let color, let opacity):
                doc.rect(
                    x: keyX, y: cy - 6, width: LegendLayout.keyWidth, height: 12, fill: color.hex,
                    opacity: min(max(opacity * 1.6, 0.15), 1), stroke: color.hex)
            case .symbol(let shape, let color):
                MarkerSymbol.draw(shape, color: color, x: keyX + LegendLayout.keyWidth / 2, y: cy, into: &doc)
            }
            doc.text(
                item.label, x: keyX + LegendLayout.keyWidth + LegendLayout.gap, y: cy + 4,
                size: LegendLayout.fontSize)
        }
        doc.close("g")
    }
}

/// Draws event-marker symbols.
enum MarkerSymbol {
    /// Half-size of a symbol in px.
    static let radius = 5.0

    static func path(_ shape: MarkerShape, x: Double, y: Double) -> String? {
        let r = radius
        func p(_ dx: Double, _ dy: Double) -> String { SVGDocument.num(x + dx) + " " + SVGDocument.num(y + dy) }
        switch shape {
        case .triangleDown: return "M\(p(-r, -r * 0.8)) L\(p(r, -r * 0.8)) L\(p(0, r)) Z"
        case .triangleUp: return "M\(p(-r, r * 0.8)) L\(p(r, r * 0.8)) L\(p(0, -r)) Z"
        case .square:
            return
                "M\(p(-r * 0.85, -r * 0.85)) L\(p(r * 0.85, -r * 0.85)) L\(p(r * 0.85, r * 0.85)) L\(p(-r * 0.85, r * 0.85)) Z"
        case .diamond: return "M\(p(0, -r * 1.1)) L\(p(r * 1.1, 0)) L\(p(0, r * 1.1)) L\(p(-r * 1.1, 0)) Z"
        case .cross: return "M\(p(-r, -r)) L\(p(r, r)) M\(p(-r, r)) L\(p(r, -r))"
        case .circle: return nil
        }
    }

    static func draw(_ shape: MarkerShape, color: ChartColor, x: Double, y: Double, into doc: inout SVGDocument) {
        switch shape {
        case .circle:
            doc.element(
                "circle",
                [
                    ("cx", SVGDocument.num(x)), ("cy", SVGDocument.num(y)), ("r", SVGDocument.num(radius * 0.9)),
                    ("fill", color.hex),
                ])
        case .cross:
            doc.element(
                "path",
                [("d", path(shape, x: x, y: y)), ("stroke", color.hex), ("stroke-width", "2"), ("fill", "none")])
        default:
            doc.element("path", [("d", path(shape, x: x, y: y)), ("fill", color.hex)])
        }
    }
}
