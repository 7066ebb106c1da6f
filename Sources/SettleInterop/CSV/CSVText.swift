import Foundation

/// RFC 4180 CSV: comma-separated fields, double quotes around fields holding commas, quotes or
/// line breaks (a quote inside is doubled), CRLF or LF line ends.
public enum CSVText {
    /// One record with the physical line it starts on (1-based).
    public struct Record: Sendable, Equatable {
        public var line: Int
        public var fields: [String]
    }

    /// Splits `text` into records; a problem is reported for an unterminated quoted field.
    /// Blank lines are skipped.
    public static func parse(_ text: String) -> (records: [Record], problems: [CSVProblem]) {
        var records: [Record] = []
        var problems: [CSVProblem] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quotedStartLine = 1
        var characters = Array(text.unicodeScalars)
        if characters.first == "\u{FEFF}" { characters.removeFirst() }
        var index = 0
        func endRecord() {
            fields.append(field)
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
            fields = []
            field = ""
        }
        while index < characters.count {
            let c = characters[index]
            if inQuotes {
                if c == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" && field.isEmpty {
                inQuotes = true
                quotedStartLine = line
            } else if c == "," {
                fields.append(field)
                field = ""
            } else if c == "\r" {
                // CR of CRLF (or a lone CR) ends the record with the LF handling below.
                if index + 1 < characters.count, characters[index + 1] == "\n" {
                    index += 1
                }
                endRecord()
                line += 1
                recordLine = line
            } else if c == "\n" {
                endRecord()
                line += 1
                recordLine = line
            } else {
                field.unicodeScalars.append(c)
            }
            index += 1
        }
        if inQuotes {
            problems.append(
                CSVProblem(line: quotedStartLine, field: "", message: "a quoted field is never closed (missing \")"))
        } else if !field.isEmpty || !fields.isEmpty {
            endRecord()
        }
        return (records, problems)
    }

    /// One CSV line (without line end), quoting fields that need it.
    public static func row(_ fields: [String]) -> String {
        fields.map(quote).joined(separator: ",")
    }

    static func quote(_ field: String) -> String {
        guard
            field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) || field.hasPrefix(" ")
                || field.hasSuffix(" ")
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// One bad CSV line: its number in the file, the column and what to fix.
public struct CSVProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Line number in the file (1 = the header).
    public var line: Int
    /// Column name, or empty for the line as a whole.
    public var field: String
    /// What is wrong and what a valid value looks like.
    public var message: String

    public init(line: Int, field: String, message: String) {
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String { "line \(line)\(field.isEmpty ? "" : ", \(field)"): \(message)" }
}

/// The result of a CSV import: the good records and the problems of the bad lines.
public struct CSVImport<Record: Sendable & Equatable>: Sendable, Equatable {
    /// Records from good lines, in file order.
    public var records: [Record]
    /// Problems, by line (empty unless a partial import was asked for).
    public var problems: [CSVProblem]
    /// Data lines outside the date range, left out.
    public var outsideRange: Int
    /// Data lines read (excluding the header).
    public var lines: Int
}
