import Foundation

/// The diary file formats (CSV and JSON); see docs/CARE.md for the full description.
///
/// CSV: a header line, then one line per check-in:
///
///     day,time,pain,activity_minutes,steps,sleep,stress,flare,note
///     2025-03-01,08:30,5,30,,6,4,no,"stiff after sitting, eased by walking"
///
/// JSON: `[{"day": "2025-03-01", "time": "08:30", "pain": 5, "activityMinutes": 30, …}, …]`
/// or `{"entries": [...]}`. Required: `day` (YYYY-MM-DD) and `pain` (0–10). Optional:
/// `time` (HH:MM, UTC; default 12:00), `activity_minutes` (0–1440), `steps` (0–200000),
/// `sleep` (0–10), `stress` (0–10), `flare` (yes/no), `note` (≤ 2000 characters).
/// Several lines may share a day. A bad required field skips the line; a bad optional
/// field is dropped. Every problem names its line and field.
public enum DiaryFormat {
    /// Column names (normalised).
    static let known: Set<String> = [
        "day", "date", "time", "pain", "activityminutes", "steps", "sleep", "sleepquality", "stress", "flare", "note",
    ]

    /// Parses CSV diary text for `patientID`.
    public static func parseCSV(_ text: String, patientID: UUID) throws(ImportError) -> Imported<DiaryEntry> {
        let (rows, problems) = try FileRows.csv(text, known: known, required: ["day", "pain"])
        return entries(rows, problems, patientID: patientID)
    }

    /// Parses JSON diary text for `patientID`.
    public static func parseJSON(_ text: String, patientID: UUID) throws(ImportError) -> Imported<DiaryEntry> {
        let (rows, problems) = try FileRows.json(text, container: "entries", known: known)
        return entries(rows, problems, patientID: patientID)
    }

    /// Parses `text` as JSON when it starts with `[` or `{`, else as CSV.
    public static func parse(_ text: String, patientID: UUID) throws(ImportError) -> Imported<DiaryEntry> {
        FileRows.looksLikeJSON(text) ? try parseJSON(text, patientID: patientID) : try parseCSV(text, patientID: patientID)
    }

    static func entries(_ rows: [FileRow], _ initial: [ImportProblem], patientID: UUID) -> Imported<DiaryEntry> {
        var problems = initial
        var out: [DiaryEntry] = []
        for row in rows {
            func problem(_ field: String, _ message: String) {
                problems.append(ImportProblem(line: row.line, field: field, message: message))
            }
            guard let dayText = row.value("day") ?? row.value("date") else {
                problem("day", "missing; write the date as YYYY-MM-DD; line skipped")
                continue
            }
            let day: Day
            switch FieldParse.day(dayText) {
            case .success(let d): day = d
            case .failure(let m):
                problem("day", m.text + "; line skipped")
                continue
            }
            guard let painText = row.value("pain") else {
                problem("pain", "missing; give pain 0–10; line skipped")
                continue
            }
            let pain: Int
            switch FieldParse.int(painText, 0...10, unit: "") {
            case .success(let v): pain = v
            case .failure(let m):
                problem("pain", m.text + "; line skipped")
                continue
            }
            var seconds = 12 * 3600
            if let t = row.value("time") {
                switch FieldParse.time(t) {
                case .success(let s): seconds = s
                case .failure(let m): problem("time", m.text + "; 12:00 used")
                }
            }
            func optionalInt(_ name: String, _ range: ClosedRange<Int>, _ unit: String, alias: String? = nil) -> Int? {
                guard let text = row.value(name) ?? alias.flatMap(row.value) else { return nil }
                switch FieldParse.int(text, range, unit: unit) {
                case .success(let v): return v
                case .failure(let m):
                    problem(name, m.text + "; value dropped")
                    return nil
                }
            }
            let minutes = optionalInt("activityminutes", 0...1440, "minutes")
            let steps = optionalInt("steps", 0...200_000, "steps")
            let sleep = optionalInt("sleep", 0...10, "", alias: "sleepquality")
            let stress = optionalInt("stress", 0...10, "")
            var flare = false
            if let f = row.value("flare") {
                switch FieldParse.bool(f) {
                case .success(let b): flare = b
                case .failure(let m): problem("flare", m.text + "; taken as no")
                }
            }
            var note = row.value("note") ?? ""
            if note.count > 2000 {
                problem("note", "longer than 2000 characters; cut to 2000")
                note = String(note.prefix(2000))
            }
            out.append(
                DiaryEntry(
                    patientID: patientID, day: day, recordedAt: day.startDate.addingTimeInterval(Double(seconds)), pain: pain,
                    activityMinutes: minutes, steps: steps, sleepQuality: sleep, stress: stress, flare: flare, note: note))
        }
        out.sort { ($0.day, $0.recordedAt) < ($1.day, $1.recordedAt) }
        return Imported(items: out, problems: problems)
    }
}
