import Foundation

/// One record of an input file, as named text fields, with the line it starts on.
struct FileRow {
    var line: Int
    var fields: [String: String]

    /// The trimmed value of `name`, nil when absent or empty.
    func value(_ name: String) -> String? {
        guard let v = fields[name]?.trimmed, !v.isEmpty else { return nil }
        return v
    }
}

/// Reads CSV or JSON text into `FileRow`s. Column / key names are matched case-insensitively,
/// with `_`, `-` and spaces ignored, so `activity_minutes`, `activityMinutes` and
/// `Activity Minutes` are the same column.
enum FileRows {
    /// Whether `text` is JSON (its first non-blank character is `[` or `{`); otherwise it is read as CSV.
    static func looksLikeJSON(_ text: String) -> Bool {
        let first = text.first { !$0.isWhitespace }
        return first == "[" || first == "{"
    }

    static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// CSV with a header line. Unknown columns are reported once (line 1) and ignored.
    static func csv(_ text: String, known: Set<String>, required: [String]) throws(ImportError) -> (
        rows: [FileRow], problems: [ImportProblem]
    ) {
        let records = CSVText.records(text)
        guard let header = records.first else {
            throw ImportError("the file is empty; the first line must be a header, e.g. \(required.joined(separator: ","))")
        }
        let names = header.fields.map { key($0.trimmed) }
        var problems: [ImportProblem] = []
        for r in required where !names.contains(key(r)) {
            throw ImportError(
                "line \(header.line): the header has no '\(r)' column; it needs at least \(required.joined(separator: ", "))")
        }
        for (i, n) in names.enumerated() where !known.contains(n) {
            problems.append(
                ImportProblem(
                    line: header.line, field: header.fields[i].trimmed,
                    message: "unknown column, ignored (known: \(known.sorted().joined(separator: ", ")))"))
        }
        var rows: [FileRow] = []
        for record in records.dropFirst() {
            if record.fields.count != names.count {
                problems.append(
                    ImportProblem(
                        line: record.line, field: "line",
                        message: "has \(record.fields.count) fields but the header has \(names.count); line skipped"))
                continue
            }
            var fields: [String: String] = [:]
            for (i, n) in names.enumerated() where known.contains(n) { fields[n] = record.fields[i] }
            rows.append(FileRow(line: record.line, fields: fields))
        }
        return (rows, problems)
    }

    /// JSON: an array of objects, or an object with the array under `container`.
    static func json(_ text: String, container: String, known: Set<String>) throws(ImportError) -> (
        rows: [FileRow], problems: [ImportProblem]
    ) {
        let data = Data(text.utf8)
        let parsed: Any
        do { parsed = try JSONSerialization.jsonObject(with: data) } catch {
            throw ImportError(
                "not valid JSON (\(error.localizedDescription)); expected an array of objects or {\"\(container)\": [...]}")
        }
        let items: [Any]
        if let array = parsed as? [Any] {
            items = array
        } else if let object = parsed as? [String: Any], let array = object[container] as? [Any] {
            items = array
        } else {
            throw ImportError("expected a JSON array of objects or an object {\"\(container)\": [...]}")
        }
        let lines = itemLines(text)
        var rows: [FileRow] = []
        var problems: [ImportProblem] = []
        var unknownReported: Set<String> = []
        for (index, item) in items.enumerated() {
            let line = index < lines.count ? lines[index] : 1
            guard let object = item as? [String: Any] else {
                problems.append(ImportProblem(line: line, field: "[\(index)]", message: "is not an object; item skipped"))
                continue
            }
            var fields: [String: String] = [:]
            for (name, value) in object {
                let k = key(name)
                guard known.contains(k) else {
                    if unknownReported.insert(name).inserted {
                        problems.append(
                            ImportProblem(
                                line: line, field: name,
                                message: "unknown key, ignored (known: \(known.sorted().joined(separator: ", ")))"))
                    }
                    continue
                }
                fields[k] = string(value)
            }
            rows.append(FileRow(line: line, fields: fields))
        }
        return (rows, problems)
    }

    static func string(_ value: Any) -> String {
        switch value {
        case let s as String: return s
        case let n as NSNumber: return n.stringValue
        case let a as [Any]: return a.map(string).joined(separator: ";")
        case is NSNull: return ""
        default: return "\(value)"
        }
    }

    /// The line on which each top-level array item starts (objects at depth 1 or 2 when the
    /// array sits inside a container object).
    static func itemLines(_ text: String) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var arrayDepth: Int? = nil
        var inString = false
        var escaped = false
        for c in text.unicodeScalars {
            if c == "\n" { line += 1 }
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false }
                continue
            }
            switch c {
            case "\"": inString = true
            case "[":
                if arrayDepth == nil { arrayDepth = depth + 1 }
                depth += 1
            case "{":
                if let a = arrayDepth, depth == a { lines.append(line) }
                depth += 1
            case "]", "}": depth -= 1
            default: break
            }
        }
        return lines
    }
}
