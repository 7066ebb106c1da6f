import Foundation
import SettleCare

/// The descriptive caseload signals for one patient, read straight from the record: last check-in,
/// pain trend, recent flare, questionnaire due, last verum session. The model estimates
/// (sensitivity, window) come from the care engine (``CareOutcome``), not from here.
struct CareSummary: Sendable, Equatable {
    /// Day of the latest diary entry.
    var lastCheckIn: Day?
    /// Mean pain (0–10) over the last 7 days with entries; nil without entries.
    var recentPain: Double?
    /// Mean pain over days 8–28 before today, to compare with `recentPain`.
    var earlierPain: Double?
    /// Change in mean pain, recent minus earlier (points; negative = improving).
    var painTrend: Double? {
        guard let recentPain, let earlierPain else { return nil }
        return recentPain - earlierPain
    }
    /// Day of the last verum session.
    var lastNeedling: Day?
    /// A flare reported in the last 3 days.
    var flare: Bool
    /// No questionnaire in the last 28 days.
    var questionnaireDue: Bool

    /// Questionnaires are due every 28 days.
    static let questionnaireInterval = 28

    init(record: PatientRecord, today: Day) {
        let diary = record.diary.filter { $0.day <= today }
        lastCheckIn = diary.map(\.day).max()
        let recent = diary.filter { $0.day > today.adding(days: -8) }
        let earlier = diary.filter { $0.day <= today.adding(days: -8) && $0.day > today.adding(days: -29) }
        recentPain = Self.mean(recent.map { Double($0.pain) })
        earlierPain = Self.mean(earlier.map { Double($0.pain) })
        flare = diary.contains { $0.flare && $0.day > today.adding(days: -3) }
        lastNeedling = record.sessions.compactMap { session -> Day? in
            if case .acupuncture(let details) = session.treatment, details.arm == .verum, session.day <= today {
                return session.day
            }
            return nil
        }.max()
        let lastQuestionnaire = record.questionnaires.map(\.day).max()
        questionnaireDue = lastQuestionnaire.map { $0.days(to: today) >= Self.questionnaireInterval } ?? true
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}

extension Double {
    /// One decimal place, e.g. `4.3`.
    var oneDecimal: String { String(format: "%.1f", self) }
    /// Signed with one decimal place, e.g. `+0.8` or `−1.2`.
    var signedOneDecimal: String { (self >= 0 ? "+" : "−") + String(format: "%.1f", abs(self)) }
    /// A 0–1 quantity on the 0–100 scale shown to people, e.g. `0.624` → `"62"`.
    var percentText: String { isFinite ? String(Int((self * 100).rounded())) : "–" }
}

extension Estimate {
    /// "62 (80 % interval 48–75)" for a 0–1 quantity shown on the 0–100 scale.
    var percentWithInterval: String {
        "\(mean.percentText) (80 % interval \(lower80.percentText)–\(upper80.percentText))"
    }

    /// "4.1 (80 % 3.2–5.0; 95 % 2.6–5.7)" with one decimal.
    var oneDecimalWithIntervals: String {
        "\(mean.oneDecimal) (80 % \(lower80.oneDecimal)–\(upper80.oneDecimal); 95 % \(lower95.oneDecimal)–\(upper95.oneDecimal))"
    }
}
