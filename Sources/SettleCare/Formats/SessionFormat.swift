import Foundation

/// The session-log file formats (CSV and JSON); see docs/CARE.md.
///
/// CSV: a header line, then one line per session:
///
///     day,kind,arm,needles,retention_minutes,electro,points,exercise_kind,minutes,prescription,topics,note
///     2025-03-03,acupuncture,verum,10,20,no,LI4;ST36,,,,,
///     2025-03-05,exercise,,,,,,graded_exposure,30,walk 15 min twice,,
///     2025-03-07,education,,,,,,,20,,pain as protection;sleep,
///
/// Required: `day` and `kind` (acupuncture, exercise, education). Acupuncture: `arm`
/// (verum/sham, default verum), `needles` (0–100), `retention_minutes` (0–120), `electro`
/// (yes/no), `points` (separated by `;`). Exercise: `exercise_kind` (exercise or
/// graded_exposure), `minutes` (0–600), `prescription`. Education: `topics` (`;`-separated),
/// `minutes`. JSON uses the same names (`retentionMinutes`, `exerciseKind`, … also accepted)
/// in an array or under `{"sessions": [...]}`.
public enum SessionFormat {
    static let known: Set<String> = [
        "day", "date", "kind", "arm", "needles", "needlecount", "retentionminutes", "electro", "points", "exercisekind",
        "minutes", "prescription", "topics", "note",
    ]

    /// Parses CSV session text for `patientID`.
    public static func parseCSV(_ text: String, patientID: UUID) throws(ImportError) -> Imported<TreatmentSession> {
        let (rows, problems) = try FileRows.csv(text, known: known, required: ["day", "kind"])
        return sessions(rows, problems, patientID: patientID)
    }

    /// Parses JSON session text for `patientID`.
    public static func parseJSON(_ text: String, patientID: UUID) throws(ImportError) -> Imported<TreatmentSession> {
        let (rows, problems) = try FileRows.json(text, container: "sessions", known: known)
        return sessions(rows, problems, patientID: patientID)
    }

    /// Parses `text` as JSON when it starts with `[` or `{`, else as CSV.
    public static func parse(_ text: String, patientID: UUID) throws(ImportError) -> Imported<TreatmentSession> {
        FileRows.looksLikeJSON(text) ? try parseJSON(text, patientID: patientID) : try parseCSV(text, patientID: patientID)
    }

    static func list(_ text: String?) -> [String] {
        (text ?? "").split(separator: ";").map { String($0).trimmed }.filter { !$0.isEmpty }
    }

    static func sessions(_ rows: [FileRow], _ initial: [ImportProblem], patientID: UUID) -> Imported<TreatmentSession> {
        var problems = initial
        var out: [TreatmentSession] = []
        for row in rows {
            func problem(_ field: String, _ message: String) {
                problems.append(ImportProblem(line: row.line, field: field, message: message))
            }
            guard let dayText = row.value("day") ?? row.value("date") else {
                problem("day", "missing; write the date as YYYY-MM-DD; line skipped")
                continue
            }
            guard case .success(let day) = FieldParse.day(dayText) else {
                problem("day", "'\(dayText)' is not a calendar date; write it as YYYY-MM-DD; line skipped")
                continue
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
            let kind = FileRows.key(row.value("kind") ?? "")
            let treatment: Treatment
            switch kind {
            case "acupuncture":
                var arm = NeedlingArm.verum
                if let a = row.value("arm") {
                    guard let parsed = NeedlingArm(rawValue: a.lowercased()) else {
                        problem("arm", "'\(a)' is not verum or sham; line skipped")
                        continue
                    }
                    arm = parsed
                }
                var electro = false
                if let e = row.value("electro") {
                    switch FieldParse.bool(e) {
                    case .success(let b): electro = b
                    case .failure(let m): problem("electro", m.text + "; taken as no")
                    }
                }
                treatment = .acupuncture(
                    AcupunctureDetails(
                        arm: arm, points: Array(list(row.value("points")).prefix(60)),
                        needleCount: optionalInt("needles", 0...100, "needles", alias: "needlecount") ?? 0,
                        retentionMinutes: optionalInt("retentionminutes", 0...120, "minutes") ?? 0, electro: electro))
            case "exercise", "gradedexposure":
                var exerciseKind: ExerciseKind = kind == "gradedexposure" ? .gradedExposure : .exercise
                if let k = row.value("exercisekind") {
                    switch FileRows.key(k) {
                    case "exercise": exerciseKind = .exercise
                    case "gradedexposure": exerciseKind = .gradedExposure
                    default:
                        problem("exercise_kind", "'\(k)' is not exercise or graded_exposure; taken as \(exerciseKind.rawValue)")
                    }
                }
                let prescription =
                    row.value("prescription")
                    ?? (exerciseKind == .gradedExposure ? "graded exposure session" : "exercise session")
                treatment = .exercise(
                    ExerciseDetails(
                        kind: exerciseKind, prescription: String(prescription.prefix(2000)),
                        minutes: optionalInt("minutes", 0...600, "minutes")))
            case "education":
                var topics = list(row.value("topics"))
                if topics.isEmpty { topics = ["pain education"] }
                treatment = .education(EducationDetails(topics: topics, minutes: optionalInt("minutes", 0...600, "minutes")))
            case "":
                problem("kind", "missing; use acupuncture, exercise or education; line skipped")
                continue
            default:
                problem("kind", "'\(row.value("kind") ?? "")' is not acupuncture, exercise or education; line skipped")
                continue
            }
            out.append(
                TreatmentSession(
                    patientID: patientID, day: day, treatment: treatment, note: String((row.value("note") ?? "").prefix(4000))))
        }
        out.sort { $0.day < $1.day }
        return Imported(items: out, problems: problems)
    }
}
