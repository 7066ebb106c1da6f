/// Whether acupuncture is ongoing and at what rhythm, read from the session log.
struct AcupunctureCadence: Sendable, Equatable {
    /// Days between recent verum sessions (median of the last gaps; 7 when unknown).
    var interval: Int
    /// Whether a verum session happened in the last 14 days.
    var ongoing: Bool
    /// Days from the last session to today (nil without sessions).
    var daysSinceLast: Int?
    /// Median needles of the logged sessions (10 when none).
    var needles: Double

    /// Sessions assumed still to come when acupuncture is ongoing (the log holds no course length).
    static let assumedRemainingSessions = 4

    init(timeline: CareTimeline) {
        let days = timeline.days
        let sessionIndices = days.indices.filter { days[$0].verumNeedles > 0 }
        let gaps = zip(sessionIndices.dropFirst(), sessionIndices).map { $0 - $1 }.suffix(4).sorted()
        interval = gaps.isEmpty ? 7 : min(28, max(1, gaps[gaps.count / 2]))
        if let last = sessionIndices.last {
            daysSinceLast = days.count - 1 - last
        } else {
            daysSinceLast = nil
        }
        ongoing = (daysSinceLast ?? Int.max) <= 14
        let needleList = sessionIndices.map { days[$0].verumNeedles }.sorted()
        needles = needleList.isEmpty ? 10 : needleList[needleList.count / 2]
    }

    /// The next sessions as now: continuing at the same rhythm, or none.
    func continuing(into policy: inout ForecastPolicy) {
        guard ongoing, let since = daysSinceLast else { return }
        policy.acupunctureEvery = interval
        policy.acupunctureStart = max(0, interval - since - 1)
        policy.acupunctureSessions = Self.assumedRemainingSessions
        policy.needles = needles
    }
}
