import Foundation
import SettleCare
import SettleMeasures

/// Questionnaire administrations and their scores as CSV: one line per administration.
///
/// Columns: `patient_id, administration_id, instrument, version, variant, day, administered_at,
/// answers, total, band, scales`. `answers` holds `item=value` pairs separated by `;`
/// (e.g. `1=2;2=0;3=1`). `total`, `band` and `scales` are written for readers; on import the
/// answers are re-scored, and a `total` that disagrees with them is a problem on that line.
public enum ScoresCSV {
    /// The columns, in export order.
    public static let columns = [
        "patient_id", "administration_id", "instrument", "version", "variant", "day", "administered_at", "answers",
        "total", "band", "scales",
    ]

    /// The administrations whose day lies in `range`, as CSV text (header first, LF line ends).
    public static func export(_ administrations: [QuestionnaireAdministration], range: DayRange = .all) -> String {
        var lines = [CSVText.row(columns)]
        for item in administrations where range.contains(item.day) {
            let instrument = InstrumentCatalog.instrument(id: item.instrumentID)
            let score = instrument.flatMap { FHIRExporter.score(item, instrument: $0)?.0 }
            let order = instrument?.items.map(\.id) ?? []
            let keys =
                order.filter { item.answers[$0] != nil }
                + item.answers.keys.filter { !order.contains($0) }.sorted(by: FHIRExporter.naturalOrder)
            let answers = keys.compactMap { key in item.answers[key].map { "\(key)=\(JSONValue.numberText($0))" } }
            let scales = (score?.subscales ?? []).compactMap { scale in
                scale.value.map { "\(scale.id)=\(JSONValue.numberText($0))" }
            }
            lines.append(
                CSVText.row([
                    FHIRExporter.id(item.patientID), FHIRExporter.id(item.id), item.instrumentID, item.version, item.variant,
                    item.day.iso, FHIRTime.instant(item.administeredAt), answers.joined(separator: ";"),
                    score?.total.map(JSONValue.numberText) ?? "", score?.band ?? "", scales.joined(separator: ";"),
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads scores CSV; answers are re-scored with the instrument catalog (`scoreJSON` as the
    /// clinic stores it). Problems are reported by line and column; unless `allowPartial`, any
    /// problem throws ``InteropError/csvRejected(_:)`` and nothing is returned.
    public static func read(
        _ text: String, patient: UUID? = nil, range: DayRange = .all, allowPartial: Bool = false,
        makeID: () -> UUID = { UUID() }
    ) throws(InteropError) -> CSVImport<QuestionnaireAdministration> {
        let rows = try CSVRows(text, known: columns, required: ["instrument", "day", "answers"])
        var problems = rows.problems
        var items: [QuestionnaireAdministration] = []
        var outside = 0
        var seen: [UUID: Int] = [:]
        for record in rows.records where rows.isWellFormed(record) {
            var line = CSVLine(rows, record)
            let patientID = line.patient(expected: patient)
            let id = line.uuid("administration_id")
            let day = line.day("day")
            let administeredAt = line.instant("administered_at")
            let name = rows.text(record, "instrument")
            let instrument = InstrumentCatalog.instrument(id: name)
            if instrument == nil {
                line.fail(
                    "instrument",
                    "'\(name)' is not a catalog instrument; use one of \(InstrumentCatalog.all.map(\.id).joined(separator: ", "))"
                )
            }
            let answers = parseAnswers(rows.text(record, "answers"), line: &line)
            if let day, !range.contains(day), line.problems.isEmpty {
                outside += 1
                continue
            }
            if let id, let first = seen[id] { line.fail("administration_id", "the same id as line \(first)") }
            guard let patientID, let day, let instrument, let answers, line.problems.isEmpty else {
                problems += line.problems
                continue
            }
            let result: ScoreResult
            do {
                result = try instrument.score(answers.mapValues { Int($0) })
            } catch {
                line.fail("answers", error.description)
                problems += line.problems
                continue
            }
            let totalText = rows.text(record, "total")
            if !totalText.isEmpty {
                let given = Double(totalText)
                if given == nil || result.total == nil || abs((given ?? 0) - (result.total ?? 0)) > 1e-6 {
                    let computed = result.total.map(JSONValue.numberText) ?? "no total (missing items)"
                    line.fail("total", "'\(totalText)' does not match the answers, which score \(computed)")
                }
            }
            var version = rows.text(record, "version")
            if version.isEmpty { version = instrument.version }
            let item = QuestionnaireAdministration(
                id: id ?? makeID(), patientID: patientID, instrumentID: instrument.id, version: version,
                variant: rows.text(record, "variant"), day: day, administeredAt: administeredAt ?? day.startDate,
                answers: answers, scoreJSON: try? ImportState.scoreJSON(result))
            line.add(item.validate(), columns: ["answers": "answers", "version": "version", "variant": "variant"])
            if line.problems.isEmpty {
                items.append(item)
                seen[item.id] = record.line
            }
            problems += line.problems
        }
        problems.sort { ($0.line, $0.field) < ($1.line, $1.field) }
        if !problems.isEmpty, !allowPartial { throw .csvRejected(problems) }
        return CSVImport(records: items, problems: problems, outsideRange: outside, lines: rows.records.count)
    }

    /// `1=2;2=0` → answers; whole numbers only.
    static func parseAnswers(_ text: String, line: inout CSVLine) -> [String: Double]? {
        guard !text.isEmpty else {
            line.fail("answers", "required: item=value pairs separated by ';', e.g. 1=2;2=0")
            return nil
        }
        var answers: [String: Double] = [:]
        for pair in text.split(separator: ";") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[0].isEmpty, let value = Int(parts[1]) else {
                line.fail("answers", "'\(pair)' is not item=whole number (e.g. 3=1)")
                return nil
            }
            guard answers[parts[0]] == nil else {
                line.fail("answers", "item \(parts[0]) is answered twice")
                return nil
            }
            answers[parts[0]] = Double(value)
        }
        return answers
    }
}
