import Foundation
import SettleCare

/// A CSV file read against a known set of columns, with per-line helpers that collect problems.
struct CSVRows {
    let columns: [String: Int]
    let records: [CSVText.Record]
    var problems: [CSVProblem]

    /// Reads `text`; throws when the header lacks `required` columns or names unknown ones.
    init(_ text: String, known: [String], required: [String]) throws(InteropError) {
        let parsed = CSVText.parse(text)
        guard let header = parsed.records.first else {
            throw .csvHeader(detail: "the file is empty; the first line must name the columns")
        }
        var columns: [String: Int] = [:]
        for (index, name) in header.fields.enumerated() {
            let key = name.trimmingCharacters(in: .whitespaces).lowercased()
            guard known.contains(key) else {
                throw .csvHeader(
                    detail: "unknown column '\(name)' (column \(index + 1)); columns are \(known.joined(separator: ", "))")
            }
            guard columns[key] == nil else { throw .csvHeader(detail: "column '\(key)' appears twice") }
            columns[key] = index
        }
        let missing = required.filter { columns[$0] == nil }
        guard missing.isEmpty else {
            throw .csvHeader(detail: "missing required column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))")
        }
        self.columns = columns
        self.records = Array(parsed.records.dropFirst())
        self.problems = parsed.problems
        for record in records where record.fields.count != header.fields.count {
            problems.append(
                CSVProblem(
                    line: record.line, field: "",
                    message: "has \(record.fields.count) fields, the header has \(header.fields.count)"))
        }
    }

    /// The trimmed text of `column` on `record` ("" when the column is absent).
    func text(_ record: CSVText.Record, _ column: String) -> String {
        guard let index = columns[column], index < record.fields.count else { return "" }
        return record.fields[index].trimmingCharacters(in: .whitespaces)
    }

    /// The raw (untrimmed) text, for free-text columns.
    func raw(_ record: CSVText.Record, _ column: String) -> String {
        guard let index = columns[column], index < record.fields.count else { return "" }
        return record.fields[index]
    }

    /// True when the line has the header's field count.
    func isWellFormed(_ record: CSVText.Record) -> Bool {
        !problems.contains { $0.line == record.line && $0.field.isEmpty }
    }
}

/// Per-line parsing that records each bad field as a problem.
struct CSVLine {
    let rows: CSVRows
    let record: CSVText.Record
    var problems: [CSVProblem] = []

    init(_ rows: CSVRows, _ record: CSVText.Record) {
        self.rows = rows
        self.record = record
    }

    mutating func fail(_ column: String, _ message: String) {
        problems.append(CSVProblem(line: record.line, field: column, message: message))
    }

    mutating func day(_ column: String) -> Day? {
        let text = rows.text(record, column)
        guard !text.isEmpty else {
            fail(column, "required: a date YYYY-MM-DD")
            return nil
        }
        guard let day = try? Day(iso: text) else {
            fail(column, "'\(text)' is not a date YYYY-MM-DD")
            return nil
        }
        return day
    }

    /// A whole number, nil when empty (and a problem when `required`).
    mutating func int(_ column: String, required: Bool = false) -> Int? {
        let text = rows.text(record, column)
        guard !text.isEmpty else {
            if required { fail(column, "required: a whole number") }
            return nil
        }
        guard let value = Int(text) else {
            fail(column, "'\(text)' is not a whole number")
            return nil
        }
        return value
    }

    /// A UUID, nil when empty.
    mutating func uuid(_ column: String) -> UUID? {
        let text = rows.text(record, column)
        guard !text.isEmpty else { return nil }
        guard let value = UUID(uuidString: text) else {
            fail(column, "'\(text)' is not an id like 3f2b8c1e-0000-4000-8000-000000000000")
            return nil
        }
        return value
    }

    /// An instant (`2025-01-06T20:00:00Z`, with optional fraction and offset), nil when empty.
    mutating func instant(_ column: String) -> Date? {
        let text = rows.text(record, column)
        guard !text.isEmpty else { return nil }
        guard text.count > 10, let date = FHIRTime.date(text) else {
            fail(column, "'\(text)' is not a time like 2025-01-06T20:00:00Z")
            return nil
        }
        return date
    }

    /// true/false, 1/0, yes/no; empty is false.
    mutating func flag(_ column: String) -> Bool {
        switch rows.text(record, column).lowercased() {
        case "", "0", "false", "no", "n": return false
        case "1", "true", "yes", "y": return true
        case let other:
            fail(column, "'\(other)' is not true/false, 1/0 or yes/no")
            return false
        }
    }

    /// The patient id of the line: the `patient_id` column, which must match `expected` when both are given.
    mutating func patient(expected: UUID?) -> UUID? {
        let given = uuid("patient_id")
        switch (given, expected) {
        case (let given?, let expected?) where given != expected:
            fail(
                "patient_id",
                "\(given.uuidString.lowercased()) is not the patient imported into (\(expected.uuidString.lowercased()))")
            return nil
        case (let given?, _): return given
        case (nil, let expected?): return expected
        case (nil, nil):
            if !problems.contains(where: { $0.field == "patient_id" }) {
                fail("patient_id", "required: the patient's id (or name the patient with --patient)")
            }
            return nil
        }
    }

    /// Record validation problems, mapped to column names.
    mutating func add(_ recordProblems: [RecordProblem], columns: [String: String]) {
        for problem in recordProblems {
            let root = problem.field.split(separator: ".").first.map(String.init) ?? problem.field
            fail(columns[root] ?? problem.field, problem.message)
        }
    }
}
