import Foundation

extension DiaryFormat {
    /// The CSV header written by `csv(_:)`.
    public static let csvHeader = "day,time,pain,activity_minutes,steps,sleep,stress,flare,note"

    /// Writes entries as diary CSV (the format `parseCSV` reads back).
    public static func csv(_ entries: [DiaryEntry]) -> String {
        var lines = [csvHeader]
        for e in entries {
            let seconds = Int(e.recordedAt.timeIntervalSince(e.day.startDate))
            let time = (0..<86_400).contains(seconds) ? String(format: "%02d:%02d", seconds / 3600, seconds % 3600 / 60) : ""
            let fields: [String] = [
                e.day.iso, time, String(e.pain), e.activityMinutes.map(String.init) ?? "", e.steps.map(String.init) ?? "",
                e.sleepQuality.map(String.init) ?? "", e.stress.map(String.init) ?? "", e.flare ? "yes" : "no",
                CSVQuote.field(e.note),
            ]
            lines.append(fields.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension SessionFormat {
    /// The CSV header written by `csv(_:)`.
    public static let csvHeader =
        "day,kind,arm,needles,retention_minutes,electro,points,exercise_kind,minutes,prescription,topics,note"

    /// Writes sessions as session-log CSV (the format `parseCSV` reads back).
    public static func csv(_ sessions: [TreatmentSession]) -> String {
        var lines = [csvHeader]
        for s in sessions {
            var f = [String](repeating: "", count: 12)
            f[0] = s.day.iso
            f[1] = s.treatment.kind
            switch s.treatment {
            case .acupuncture(let a):
                f[2] = a.arm.rawValue
                f[3] = String(a.needleCount)
                f[4] = String(a.retentionMinutes)
                f[5] = a.electro ? "yes" : "no"
                f[6] = CSVQuote.field(a.points.joined(separator: ";"))
            case .exercise(let e):
                f[7] = e.kind == .gradedExposure ? "graded_exposure" : "exercise"
                f[8] = e.minutes.map(String.init) ?? ""
                f[9] = CSVQuote.field(e.prescription)
            case .education(let e):
                f[8] = e.minutes.map(String.init) ?? ""
                f[10] = CSVQuote.field(e.topics.joined(separator: ";"))
            }
            f[11] = CSVQuote.field(s.note)
            lines.append(f.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// CSV quoting: a field with a comma, quote or line break is wrapped in quotes, quotes doubled.
enum CSVQuote {
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
