/// A care plan to forecast forward from today: activity quota and its progression, acupuncture,
/// education, sleep. Day 0 is the day after the assessment day.
public struct ForecastPolicy: Codable, Sendable, Equatable {
    /// Daily activity quota in week 1 (minutes), done by the clock; nil = habitual activity
    /// done as pain allows.
    public var startQuotaMinutes: Double?
    /// Weekly growth of the quota from week 2 on (fraction; 0.1 = +10 % a week; may be negative).
    public var weeklyGrowth: Double
    /// Highest daily quota (minutes).
    public var ceilingMinutes: Double
    /// Whether two flare days in a row step the quota back 10 % and hold it for a week.
    public var flareRule: Bool
    /// Extra quota on window days after a verum session (fraction, 0–0.5).
    public var windowBoost: Double
    /// How many days after a verum session count as window days (0–14).
    public var windowDays: Int
    /// Days between verum sessions; nil for no acupuncture.
    public var acupunctureEvery: Int?
    /// First verum session (day index).
    public var acupunctureStart: Int
    /// Number of verum sessions.
    public var acupunctureSessions: Int
    /// Needles per session.
    public var needles: Double
    /// Weekly education sessions from day 0.
    public var educationSessions: Int
    /// Change of sleep quality (points, −5–5) from the patient's usual.
    public var sleepShift: Double

    /// Creates a policy; the defaults mean "habitual activity, no care".
    public init(
        startQuotaMinutes: Double? = nil, weeklyGrowth: Double = 0, ceilingMinutes: Double = 180,
        flareRule: Bool = true, windowBoost: Double = 0, windowDays: Int = 0, acupunctureEvery: Int? = nil,
        acupunctureStart: Int = 0, acupunctureSessions: Int = 0, needles: Double = 10, educationSessions: Int = 0,
        sleepShift: Double = 0
    ) {
        self.startQuotaMinutes = startQuotaMinutes
        self.weeklyGrowth = weeklyGrowth
        self.ceilingMinutes = ceilingMinutes
        self.flareRule = flareRule
        self.windowBoost = windowBoost
        self.windowDays = windowDays
        self.acupunctureEvery = acupunctureEvery
        self.acupunctureStart = acupunctureStart
        self.acupunctureSessions = acupunctureSessions
        self.needles = needles
        self.educationSessions = educationSessions
        self.sleepShift = sleepShift
    }

    /// Whether day `d` has a verum session.
    func isSessionDay(_ d: Int) -> Bool {
        guard let every = acupunctureEvery, every > 0, d >= acupunctureStart else { return false }
        let k = d - acupunctureStart
        return k % every == 0 && k / every < acupunctureSessions
    }
}
