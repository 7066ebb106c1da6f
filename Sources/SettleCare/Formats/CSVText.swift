/// Splits CSV text into records of fields (RFC 4180 quoting: fields in double quotes may
/// hold commas, and `""` inside quotes is one quote). Records end at a line break outside
/// quotes; each record keeps the 1-based line number it starts on.
enum CSVText {
    static func records(_ text: String) -> [(line: Int, fields: [String])] {
        var out: [(Int, [String])] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var startLine = 1
        var atFieldStart = true
        var chars = text.makeIterator()
        var pending: Character? = nil
        func next() -> Character? {
            if let p = pending {
                pending = nil
                return p
            }
            return chars.next()
        }
        while let c = next() {
            if inQuotes {
                if c == "\"" {
                    if let n = chars.next() {
                        if n == "\"" {
                            field.append("\"")
                        } else {
                            inQuotes = false
                            pending = n
                        }
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" || c == "\r\n" { line += 1 }
                    field.append(c)
                }
                continue
            }
            switch c {
            case "\"" where atFieldStart:
                inQuotes = true
                atFieldStart = false
            case ",":
                fields.append(field)
                field = ""
                atFieldStart = true
            case "\n", "\r\n", "\r":
                fields.append(field)
                out.append((startLine, fields))
                fields = []
                field = ""
                atFieldStart = true
                line += 1
                startLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
        }
        if !field.isEmpty || !fields.isEmpty {
            fields.append(field)
            out.append((startLine, fields))
        }
        // Drop blank lines.
        return out.filter { !($0.1.count == 1 && $0.1[0].trimmed.isEmpty) }
    }
}

extension String {
    /// The string without leading and trailing whitespace.
    var trimmed: String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

/// Field parsers shared by the CSV and JSON importers; each returns a value or a message.
enum FieldParse {
    static func day(_ text: String) -> Result<Day, ImportProblemMessage> {
        do { return .success(try Day(iso: text.trimmed)) } catch { return .failure(.init(error.description)) }
    }

    static func int(_ text: String, _ range: ClosedRange<Int>, unit: String) -> Result<Int, ImportProblemMessage> {
        let t = text.trimmed
        if let v = Int(t), range.contains(v) { return .success(v) }
        if let d = Double(t), d.isFinite, d == d.rounded(), range.contains(Int(d)) { return .success(Int(d)) }
        return .failure(
            .init("'\(t)' is not a whole number \(range.lowerBound)–\(range.upperBound)\(unit.isEmpty ? "" : " " + unit)"))
    }

    static func bool(_ text: String) -> Result<Bool, ImportProblemMessage> {
        switch text.trimmed.lowercased() {
        case "", "no", "n", "false", "0": return .success(false)
        case "yes", "y", "true", "1": return .success(true)
        default: return .failure(.init("'\(text.trimmed)' is not yes/no (use yes, no, true, false, 1 or 0)"))
        }
    }

    /// "HH:MM" → seconds after midnight.
    static func time(_ text: String) -> Result<Int, ImportProblemMessage> {
        let parts = text.trimmed.split(separator: ":")
        guard parts.count == 2 || parts.count == 3, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h),
            (0...59).contains(m)
        else { return .failure(.init("'\(text.trimmed)' is not a time; write HH:MM, e.g. 08:30")) }
        return .success(h * 3600 + m * 60)
    }
}

/// A field's problem message (before the line and field are attached).
struct ImportProblemMessage: Error {
    let text: String
    init(_ text: String) { self.text = text }
}
