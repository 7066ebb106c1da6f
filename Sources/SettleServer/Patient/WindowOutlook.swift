import Foundation
import SettleCare

/// The care engine's window of opportunity after acupuncture, in plain words for the patient.
///
/// The likelihood follows the engine's posterior probability that a window is open today:
/// at least 70 % "probably open", 30–70 % "possibly open", below 30 % "probably closed".
struct WindowOutlook: Sendable, Equatable {
    enum Likelihood: String, Sendable, Equatable {
        case likely, possibly, unlikely, noSessions, notEnoughData
    }

    /// How likely the window is open today.
    var likelihood: Likelihood
    /// The engine's probability that a window is open today (0–1); nil without an assessment.
    var probability: Double?
    /// Days since the last verum acupuncture session (nil without one).
    var daysSinceSession: Int?
    /// How long this patient's windows last (days), with its interval; nil without a verum session.
    var duration: Estimate?
    /// Why there is no estimate (e.g. "Not enough check-ins yet (2 of 3 needed) for an estimate.").
    var shortfall: String?

    /// From the engine's window status.
    init(_ window: WindowStatus) {
        probability = window.openProbability
        daysSinceSession = window.daysSinceLastSession
        duration = window.duration
        shortfall = nil
        if window.lastSession == nil {
            likelihood = .noSessions
        } else {
            likelihood =
                window.openProbability >= 0.7 ? .likely : window.openProbability >= 0.3 ? .possibly : .unlikely
        }
    }

    /// Without an assessment: whether a verum session exists decides between "not enough data" and "no sessions".
    init(outcome: CareOutcome, lastNeedling: Day?, today: Day) {
        if let assessment = outcome.assessment {
            self = WindowOutlook(assessment.window)
            return
        }
        probability = nil
        duration = nil
        daysSinceSession = lastNeedling.map { $0.days(to: today) }
        shortfall = outcome.shortfall
        likelihood = lastNeedling == nil ? .noSessions : .notEnoughData
    }

    /// A short headline, e.g. "Probably open".
    var headline: String {
        switch likelihood {
        case .likely: "Probably open"
        case .possibly: "Possibly open"
        case .unlikely: "Probably closed"
        case .noSessions: "No acupuncture recorded"
        case .notEnoughData: "Not enough check-ins yet"
        }
    }

    /// "The chance that your window is open today is about 63 %." ("below 1 %" / "above 99 %" at the
    /// extremes); empty without an assessment.
    var chance: String {
        guard let probability else { return "" }
        let percent = probability * 100
        if percent < 1 { return "The chance that your window is open today is below 1 %." }
        if percent > 99 { return "The chance that your window is open today is above 99 %." }
        return "The chance that your window is open today is about \(Int(percent.rounded())) %."
    }

    /// "Your windows have lasted about 3 days (range 2–5)."
    var durationText: String {
        guard let duration, duration.mean.isFinite else { return "" }
        let days = { (x: Double) in Int(x.rounded()) }
        let mean = days(duration.mean)
        return "Your windows have lasted about \(mean) \(mean == 1 ? "day" : "days") "
            + "(range \(days(duration.lower80))–\(days(duration.upper80)))."
    }

    /// What it means today, in plain words, with the engine's numbers.
    var explanation: String {
        let ago = daysSinceSession.map { $0 == 0 ? "today" : $0 == 1 ? "yesterday" : "\($0) days ago" } ?? ""
        let numbers = [chance, durationText].filter { !$0.isEmpty }.joined(separator: " ")
        switch likelihood {
        case .likely:
            return "Your last acupuncture session was \(ago). \(numbers) While the window is open your nervous system may be a "
                + "little less sensitive, so today is a good day to do your planned activity, and to try a little more if it feels manageable."
        case .possibly:
            return "Your last acupuncture session was \(ago). \(numbers) The window may still be open or may have closed. "
                + "Keep to your plan; no need to push harder."
        case .unlikely:
            return
                "Your last acupuncture session was \(ago). \(numbers) Any window has probably closed. That is fine: your plan works "
                + "without it, because lasting change comes from steady activity, not from the needling itself."
        case .noSessions:
            return "The window idea applies after an acupuncture session, and none is recorded. Your plan works without it."
        case .notEnoughData:
            return "Your last acupuncture session was \(ago). \(shortfall ?? "") Once you have checked in on a few more days, "
                + "this shows how likely your window is open and how long your windows last."
        }
    }

    /// The uncertainty, stated plainly.
    static let uncertainty =
        "This is an estimate from your diary, not a measurement: the numbers come with a range because the effect differs from "
        + "person to person and from session to session. Go by how your body responds, not by the calendar alone."
}
