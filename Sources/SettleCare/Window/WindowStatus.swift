import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The needling window of opportunity for one patient today: how likely it is open, how long
/// this patient's windows last, and what each session did — all estimates with intervals.
public struct WindowStatus: Codable, Sendable, Equatable {
    /// Posterior probability that a window is open today (0–1).
    public var openProbability: Double
    /// The last verum session on or before today, if any.
    public var lastSession: Day?
    /// Days since that session.
    public var daysSinceLastSession: Int?
    /// How long this patient's windows last (days the amplification stays ≥ 10 % lower after a
    /// typical session); nil when no verum session was logged.
    public var duration: Estimate?
    /// Estimated effect of each verum session.
    public var sessions: [SessionEffect]
    /// Plain-words summary, e.g. "Your windows have lasted about 3 days (80 % interval 2–5)".
    public var summary: String

    /// Whether the window is more likely open than not.
    public var isLikelyOpen: Bool { openProbability >= 0.5 }
}

extension WindowStatus {
    /// Builds the status from a filter result at the timeline's last day.
    init(result: FilterResult) {
        let cloud = result.cloud
        let n = cloud.weights.count
        var open = 0.0
        for i in 0..<n
        where cloud.windowDepth[cloud.modelIndex[i]] * cloud.states[i].needling
            >= CareWindow.openThreshold
        {
            open += cloud.weights[i]
        }
        openProbability = min(1, max(0, open))
        let sessionDays = result.timeline.days.filter { $0.verumNeedles > 0 }
        sessions = result.sessions
        lastSession = sessionDays.last?.day
        if let last = lastSession, let today = result.timeline.days.last?.day {
            daysSinceLastSession = last.days(to: today)
        } else {
            daysSinceLastSession = nil
        }
        guard !sessionDays.isEmpty else {
            duration = nil
            summary = "No verum acupuncture session is logged, so there is no window to estimate."
            return
        }
        let needles = sessionDays.map(\.verumNeedles).sorted()[sessionDays.count / 2]
        var lengths = [Double](repeating: 0, count: n)
        for i in 0..<n {
            lengths[i] = Self.windowLength(parameters: cloud.models[cloud.modelIndex[i]].parameters, needles: needles)
        }
        let d = Estimate(values: lengths, weights: cloud.weights)
        duration = d
        let count = sessionDays.count
        summary =
            "Your windows have lasted about \(Self.days(d.mean)) (80 % interval \(Self.number(d.lower80))–\(Self.number(d.upper80)) days), "
            + "estimated from \(count) session\(count == 1 ? "" : "s") and your diary. "
            + "Chance a window is open today: \(Int((openProbability * 100).rounded())) %."
    }

    /// Days the amplification stays at least `CareWindow.openThreshold` lower after one session
    /// of `needles` needles from a zero trace: τ · ln(g_A · jump / threshold), 0 when never open.
    public static func windowLength(parameters p: Parameters, needles: Double) -> Double {
        let jump = p.needlingJumpMax * (1 - exp(-needles / p.needlingDoseScale))
        let peak = p.needlingGainReduction * jump
        guard peak > CareWindow.openThreshold else { return 0 }
        return p.needlingTime * log(peak / CareWindow.openThreshold)
    }

    static func number(_ x: Double) -> String {
        guard x.isFinite else { return "–" }
        return x < 10 ? String((x * 10).rounded() / 10) : String(Int(x.rounded()))
    }

    static func days(_ x: Double) -> String {
        let s = number(x)
        return s == "1.0" ? "1 day" : "\(s) days"
    }
}
