import Foundation
import SettleCare

/// Diary entries as CSV: one line per entry.
///
/// Columns: `patient_id, entry_id, day, recorded_at, pain, activity_minutes, steps, sleep_quality,
/// stress, flare, note`. `day` (YYYY-MM-DD) and `pain` (0–10) are required; empty optional cells
/// mean "not reported"; `flare` is true/false (also 1/0, yes/no); `recorded_at` is an instant
/// (`2025-01-06T20:00:00.000Z`), midnight UTC of `day` when empty; an empty `entry_id` gets a new id.
public enum DiaryCSV {
    /// The columns, in export order.
    public static let columns = [
        "patient_id", "entry_id", "day", "recorded_at", "pain", "activity_minutes", "steps", "sleep_quality", "stress",
        "flare", "note",
    ]

    static let recordFields = [
        "pain": "pain", "activityMinutes": "activity_minutes", "steps": "steps", "sleepQuality": "sleep_quality",
        "stress": "stress", "note": "note",
    ]

    /// The entries whose day lies in `range`, as CSV text (header first, LF line ends).
    public static func export(_ entries: [DiaryEntry], range: DayRange = .all) -> String {
        var lines = [CSVText.row(columns)]
        for entry in entries where range.contains(entry.day) {
            lines.append(
                CSVText.row([
                    FHIRExporter.id(entry.patientID), FHIRExporter.id(entry.id), entry.day.iso,
                    FHIRTime.instant(entry.recordedAt),
                    String(entry.pain), optional(entry.activityMinutes), optional(entry.steps), optional(entry.sleepQuality),
                    optional(entry.stress), entry.flare ? "true" : "false", entry.note,
                ]))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads diary CSV. Every bad line is reported by number and column; unless `allowPartial`,
    /// any problem throws ``InteropError/csvRejected(_:)`` and nothing is returned.
    /// - Parameters:
    ///   - patient: the patient imported into; lines naming another patient are problems.
    ///   - range: lines whose day is outside are left out (counted in ``CSVImport/outsideRange``).
    public static func read(
        _ text: String, patient: UUID? = nil, range: DayRange = .all, allowPartial: Bool = false,
        makeID: () -> UUID = { UUID() }
    ) throws(InteropError) -> CSVImport<DiaryEntry> {
        let rows = try CSVRows(text, known: columns, required: ["day", "pain"])
        var problems = rows.problems
        var entries: [DiaryEntry] = []
        var outside = 0
        var seen: [UUID: Int] = [:]
        for record in rows.records where rows.isWellFormed(record) {
            var line = CSVLine(rows, record)
            let patientID = line.patient(expected: patient)
            let id = line.uuid("entry_id")
            let day = line.day("day")
            let recordedAt = line.instant("recorded_at")
            let pain = line.int("pain", required: true)
            let minutes = line.int("activity_minutes")
            let steps = line.int("steps")
            let sleep = line.int("sleep_quality")
            let stress = line.int("stress")
            let flare = line.flag("flare")
            if let day, !range.contains(day), line.problems.isEmpty {
                outside += 1
                continue
            }
            if let id, let first = seen[id] {
                line.fail("entry_id", "the same id as line \(first)")
            }
            if let day, let pain {
                // Validated even when other columns failed, so every problem of the line is reported.
                let entry = DiaryEntry(
                    id: id ?? makeID(), patientID: patientID ?? UUID(uuid: UUID.nullBytes), day: day,
                    recordedAt: recordedAt ?? day.startDate, pain: pain, activityMinutes: minutes, steps: steps,
                    sleepQuality: sleep, stress: stress, flare: flare, note: rows.raw(record, "note"))
                line.add(entry.validate(), columns: recordFields)
                if patientID != nil, line.problems.isEmpty {
                    entries.append(entry)
                    seen[entry.id] = record.line
                }
            }
            problems += line.problems
        }
        problems.sort { ($0.line, $0.field) < ($1.line, $1.field) }
        if !problems.isEmpty, !allowPartial { throw .csvRejected(problems) }
        return CSVImport(records: entries, problems: problems, outsideRange: outside, lines: rows.records.count)
    }

    static func optional(_ value: Int?) -> String { value.map(String.init) ?? "" }
}

extension UUID {
    /// The all-zero UUID bytes (a placeholder while a line is validated).
    static let nullBytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
}
