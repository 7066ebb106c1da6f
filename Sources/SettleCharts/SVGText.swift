/// Text helpers for SVG output: XML escaping, width estimates and truncation.
public enum SVGText {
    /// Escapes `&`, `<`, `>`, `"` and `'` for use in XML text and attribute values, and replaces
    /// control characters that XML 1.0 forbids (everything below U+0020 except tab, LF, CR) with a space.
    public static func escaped(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    out += " "
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }

    /// Estimated rendered width in pixels of `text` at `fontSize` px in a proportional sans-serif font.
    ///
    /// A deliberate over-estimate (0.6 em per character) so labels laid out with it do not overlap.
    public static func estimatedWidth(_ text: String, fontSize: Double) -> Double {
        Double(text.count) * fontSize * 0.6
    }

    /// Shortens `text` with a trailing `…` so its estimated width fits `maxWidth` px; returns it unchanged if it fits.
    public static func truncated(_ text: String, toWidth maxWidth: Double, fontSize: Double) -> String {
        guard estimatedWidth(text, fontSize: fontSize) > maxWidth else { return text }
        let perChar = fontSize * 0.6
        let fitting = Int((maxWidth / perChar).rounded(.down)) - 1
        guard fitting > 0 else { return "…" }
        var cut = String(text.prefix(fitting))
        while cut.last == " " { cut.removeLast() }
        return cut + "…"
    }

    /// Breaks `text` at spaces into at most `maxLines` lines of estimated width ≤ `maxWidth` px;
    /// a word longer than a line, or text left over after the last line, is truncated with `…`.
    public static func wrapped(_ text: String, toWidth maxWidth: Double, fontSize: Double, maxLines: Int) -> [String] {
        let words = singleLine(text).split(separator: " ").map(String.init)
        guard !words.isEmpty, maxLines > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let candidate = current.isEmpty ? word : current + " " + word
            if estimatedWidth(candidate, fontSize: fontSize) <= maxWidth {
                current = candidate
                index += 1
                continue
            }
            if lines.count + 1 == maxLines {
                // Last allowed line: everything left goes on it, cut with an ellipsis.
                let rest = (current.isEmpty ? [] : [current]) + words[index...]
                lines.append(truncated(rest.joined(separator: " "), toWidth: maxWidth, fontSize: fontSize))
                return lines
            }
            if current.isEmpty {
                lines.append(truncated(word, toWidth: maxWidth, fontSize: fontSize))
                index += 1
            } else {
                lines.append(current)
                current = ""
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    /// Collapses runs of whitespace and newlines into single spaces and trims the ends.
    static func singleLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
    }
}
