import Foundation
import SettleCare

/// The caseload row and dashboard headline for one patient, computed from their record.
///
/// SEAM: until `SettleCare`'s care engine (particle-filter estimate, window detection, planner)
/// is available, these are descriptive summaries of the diary and session log, labelled as such
/// in the views. Replace `estimatedSensitivity` and `windowOpen` with the engine's output.
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
    /// A descriptive sensitivity index 0–1 from pain level, flare frequency and pain at low activity (not the model estimate).
    var estimatedSensitivity: Double?
    /// A verum acupuncture session in the last 4 days (the needling effect lasts days).
    var windowOpen: Bool
    /// Day of the last verum session.
    var lastNeedling: Day?
    /// A flare reported in the last 3 days.
    var flare: Bool
    /// No questionnaire in the last 28 days.
    var questionnaireDue: Bool

    /// How many days the needling window is considered open after a verum session.
    static let windowDays = 4
    /// Questionnaires are due every 28 days.
    static let questionnaireInterval = 28

    init(record: PatientRecord, today: Day) {
        let diary = record.diary
        lastCheckIn = diary.map(\.day).max()
        let recent = diary.filter { $0.day > today.adding(days: -8) }
        let earlier = diary.filter { $0.day <= today.adding(days: -8) && $0.day > today.adding(days: -29) }
        recentPain = Self.mean(recent.map { Double($0.pain) })
        earlierPain = Self.mean(earlier.map { Double($0.pain) })
        flare = diary.contains { $0.flare && $0.day > today.adding(days: -3) }
        lastNeedling = record.sessions.compactMap { session -> Day? in
            if case .acupuncture(let details) = session.treatment, details.arm == .verum { return session.day }
            return nil
        }.max()
        if let lastNeedling {
            windowOpen = lastNeedling.days(to: today) <= Self.windowDays && lastNeedling <= today
        } else {
            windowOpen = false
        }
        let lastQuestionnaire = record.questionnaires.map(\.day).max()
        questionnaireDue = lastQuestionnaire.map { $0.days(to: today) >= Self.questionnaireInterval } ?? true
        let month = diary.filter { $0.day > today.adding(days: -29) }
        estimatedSensitivity = SensitivityIndex.point(month)
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
}
