import ArgumentParser
import Foundation
import SettleMeasures

/// `settle score`: score a validated outcome measure from answers on the command line or a JSON file.
struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Score a validated outcome measure (PHQ-9, ODI, STarT Back, …).",
        discussion: """
            Answers are numeric values in item order, e.g. `settle score phq9 --answers 1,2,0,1,3,0,1,2,0`. \
            Leave a value empty or write '-' for a missing item: the score is given only when the \
            instrument's manual allows it; otherwise the output names the missing items.

            A JSON answers file is either an object keyed by item id ({"1": 2, "2": null}) or an array \
            in item order ([2, null, 1]).

            Use `settle score --list` to see the instruments and their licence status.
            """
    )

    /// Output format.
    enum Format: String, ExpressibleByArgument, CaseIterable, Sendable {
        case text, json
    }

    @Argument(help: "Instrument id, e.g. phq9, gad7, odi, startback (see --list).")
    var instrument: String?

    @Option(help: "Answers in item order, comma-separated; empty or '-' marks a missing item.")
    var answers: String?

    @Option(name: .customLong("json"), help: ArgumentHelp("JSON file with the answers.", valueName: "file"))
    var jsonFile: String?

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    @Flag(help: "List the instruments with their licence status.")
    var list = false

    func validate() throws {
        if list {
            guard instrument == nil, answers == nil, jsonFile == nil else {
                throw ValidationError("--list takes no instrument and no answers")
            }
            return
        }
        guard instrument != nil else { throw ValidationError("name an instrument (see `settle score --list`)") }
        guard (answers == nil) != (jsonFile == nil) else {
            throw ValidationError("give the answers with exactly one of --answers or --json")
        }
    }

    func run() throws {
        print(try output())
    }

    /// The text the command prints; throws ``ScoreCommandError`` for bad input.
    func output() throws -> String {
        if list { return format == .json ? try ScoreOutput.listJSON() : ScoreOutput.listText() }
        guard let name = instrument else { throw ScoreCommandError("name an instrument (see `settle score --list`)") }
        guard let measure = InstrumentCatalog.instrument(id: name) else {
            let known = InstrumentCatalog.all.map(\.id).joined(separator: ", ")
            throw ScoreCommandError("unknown instrument '\(name)'; instruments are \(known)")
        }
        let result: ScoreResult
        do {
            if let answers {
                result = try measure.score(ordered: try AnswerParsing.ordered(answers))
            } else if let jsonFile {
                result = try AnswerParsing.score(measure, json: try AnswerParsing.read(jsonFile), file: jsonFile)
            } else {
                throw ScoreCommandError("give the answers with --answers or --json")
            }
        } catch let error as ScoringError {
            throw ScoreCommandError(error.description)
        }
        return format == .json ? try ScoreOutput.json(result) : ScoreOutput.text(result, instrument: measure)
    }
}

/// A command-line error whose message says what to fix.
struct ScoreCommandError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Turns command-line and file input into answers.
enum AnswerParsing {
    /// Parses "1,2,,-,3" into ordered answers; empty or "-" is missing.
    static func ordered(_ text: String) throws -> [Int?] {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        return try parts.enumerated().map { index, part in
            let value = part.trimmingCharacters(in: .whitespaces)
            if value.isEmpty || value == "-" { return nil }
            guard let number = Int(value) else {
                throw ScoreCommandError(
                    "answer \(index + 1) ('\(value)') is not a whole number; use digits, or leave it empty or '-' for a missing item"
                )
            }
            return number
        }
    }

    /// Reads an answers file.
    static func read(_ path: String) throws -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ScoreCommandError("cannot read answers file \(path): \(error.localizedDescription)")
        }
    }

    /// Scores JSON answers: an object keyed by item id or an array in item order.
    static func score(_ instrument: Instrument, json: Data, file: String) throws -> ScoreResult {
        let decoder = JSONDecoder()
        if let keyed = try? decoder.decode([String: Int?].self, from: json) {
            return try instrument.score(keyed.compactMapValues { $0 })
        }
        if let ordered = try? decoder.decode([Int?].self, from: json) {
            return try instrument.score(ordered: ordered)
        }
        throw ScoreCommandError(
            "\(file): expected a JSON object of item id → whole number or null ({\"1\": 2}) or an array in item order ([2, null, 1])"
        )
    }
}

/// Renders score results and the instrument list.
enum ScoreOutput {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func text(_ result: ScoreResult, instrument: Instrument) -> String {
        var lines = ["\(instrument.name) — \(instrument.id), version \(result.instrumentVersion)"]
        if let variant = result.variant { lines.append("Variant: \(variant)") }
        for (index, scale) in result.scales.enumerated() {
            let label = index == 0 ? "\(scale.name)" : "  \(scale.name)"
            let range = "range \(ScoreFormat.number(scale.range.lower))–\(ScoreFormat.number(scale.range.upper))"
            if let value = scale.value {
                var line = "\(label): \(ScoreFormat.number(value)) \(scale.unit) (\(range))"
                if let band = scale.band { line += " — \(band)" }
                if scale.usedMissingItemRule {
                    line += " [missing \(scale.missingItems.joined(separator: ", ")) handled by the manual's rule]"
                }
                lines.append(line)
            } else {
                lines.append("\(label): \(scale.notScoredReason ?? "not scored")")
            }
        }
        if !result.flags.isEmpty {
            lines.append("Flags:")
            lines += result.flags.map { "  • \($0.label) [\($0.source.reference)]" }
        }
        if !result.missingItems.isEmpty {
            lines.append("Missing items: \(result.missingItems.joined(separator: ", "))")
        }
        if let criterion = instrument.primaryScale?.importantChange {
            lines.append("Important change: \(criterion.ruleDescription) [\(criterion.source.reference)]")
        }
        lines.append("Licence: \(instrument.licence.status.rawValue) — \(instrument.licence.holder)")
        if !instrument.isFullyVerified {
            lines.append("Unverified: \(instrument.unverifiedPoints.joined(separator: "; "))")
        }
        return lines.joined(separator: "\n")
    }

    /// One row of `--list --format json`.
    struct ListEntry: Codable {
        let id: String
        let name: String
        let version: String
        let licence: String
        let holder: String
        let wordingShipped: Bool
        let fullyVerified: Bool
    }

    static func entries() -> [ListEntry] {
        InstrumentCatalog.all.map {
            ListEntry(
                id: $0.id, name: $0.name, version: $0.version, licence: $0.licence.status.rawValue,
                holder: $0.licence.holder, wordingShipped: $0.licence.wordingShipped,
                fullyVerified: $0.isFullyVerified)
        }
    }

    static func listJSON() throws -> String { try json(entries()) }

    static func listText() -> String {
        let rows = entries()
        let idWidth = rows.map(\.id.count).max() ?? 2
        let licenceWidth = rows.map(\.licence.count).max() ?? 7
        func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
        var lines = ["\(pad("id", idWidth))  \(pad("licence", licenceWidth))  wording  name"]
        for row in rows {
            let wording = row.wordingShipped ? "shipped" : "none   "
            let mark = row.fullyVerified ? "" : " (some facts unverified)"
            lines.append("\(pad(row.id, idWidth))  \(pad(row.licence, licenceWidth))  \(wording)  \(row.name)\(mark)")
        }
        return lines.joined(separator: "\n")
    }
}
