import Foundation
import SettleCare

/// Whether the window of opportunity after acupuncture is likely open, in plain words.
///
/// SEAM: `SettleCare`'s window detection (from the estimated state, with its own probability)
/// replaces the day count once the server uses the care engine. Until then the outlook follows
/// the days since the last verum session: likely open for 0–2 days, possibly (fading) up to
/// ``CareSummary/windowDays``, then probably closed.
struct WindowOutlook: Sendable, Equatable {
    enum Likelihood: String, Sendable, Equatable {
        case likely, possibly, unlikely, noSessions
    }

    /// How likely the window is open today.
    var likelihood: Likelihood
    /// Days since the last verum acupuncture session (nil without one).
    var daysSinceSession: Int?

    init(lastNeedling: Day?, today: Day) {
        guard let lastNeedling, lastNeedling <= today else {
            likelihood = .noSessions
            daysSinceSession = nil
            return
        }
        let days = lastNeedling.days(to: today)
        daysSinceSession = days
        likelihood = days <= 2 ? .likely : days <= CareSummary.windowDays ? .possibly : .unlikely
    }

    /// A short headline, e.g. "Probably open".
    var headline: String {
        switch likelihood {
        case .likely: "Probably open"
        case .possibly: "Possibly open, fading"
        case .unlikely: "Probably closed"
        case .noSessions: "No acupuncture recorded"
        }
    }

    /// What it means today, in plain words, with the uncertainty.
    var explanation: String {
        let ago = daysSinceSession.map { $0 == 0 ? "today" : $0 == 1 ? "yesterday" : "\($0) days ago" } ?? ""
        switch likelihood {
        case .likely:
            return
                "Your last acupuncture session was \(ago). For a few days after a session your nervous system may be a little less "
                + "sensitive, so today is a good day to do your planned activity, and to try a little more if it feels manageable."
        case .possibly:
            return
                "Your last acupuncture session was \(ago). Any calming effect usually fades over a few days, so the window may "
                + "still be open or may have closed. Keep to your plan; no need to push harder."
        case .unlikely:
            return "Your last acupuncture session was \(ago), so any window has probably closed. That is fine: your plan works "
                + "without it, because lasting change comes from steady activity, not from the needling itself."
        case .noSessions:
            return "The window idea applies after an acupuncture session, and none is recorded. Your plan works without it."
        }
    }

    /// The uncertainty, stated plainly.
    static let uncertainty =
        "This is an estimate, not a measurement: how long the effect lasts differs from person to person and from session to "
        + "session. Go by how your body responds, not by the calendar alone."
}
