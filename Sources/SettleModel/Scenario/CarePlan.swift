/// A course of acupuncture: `sessions` sessions every `intervalDays` days from `startDay`.
public struct AcupunctureCourse: Sendable, Equatable, Hashable, Codable {
    /// Verum (genuine) or sham.
    public enum Kind: String, Sendable, Codable, CaseIterable { case verum, sham }
    public var kind: Kind
    /// First session (day index, ≥ 0).
    public var startDay: Int
    /// Number of sessions (1–60).
    public var sessions: Int
    /// Days between sessions (1–60).
    public var intervalDays: Int
    /// Needles per session (1–40); trials typically use 6–15.
    public var needles: Double

    public init(kind: Kind = .verum, startDay: Int = 14, sessions: Int = 10, intervalDays: Int = 7, needles: Double = 10) {
        self.kind = kind
        self.startDay = startDay
        self.sessions = sessions
        self.intervalDays = intervalDays
        self.needles = needles
    }

    /// The session days.
    public var days: [Int] { (0..<max(0, sessions)).map { startDay + $0 * intervalDays } }
}

/// A course of pain education: `sessions` sessions every `intervalDays` days from `startDay`.
public struct EducationCourse: Sendable, Equatable, Hashable, Codable {
    public var startDay: Int
    public var sessions: Int
    public var intervalDays: Int
    public init(startDay: Int = 14, sessions: Int = 4, intervalDays: Int = 7) {
        self.startDay = startDay
        self.sessions = sessions
        self.intervalDays = intervalDays
    }
    /// The session days.
    public var days: [Int] { (0..<max(0, sessions)).map { startDay + $0 * intervalDays } }
}

/// How much activity is prescribed, and how it progresses.
public struct ActivityPlan: Sendable, Equatable, Hashable, Codable {
    /// The kind of plan.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Habitual activity, done as pain allows.
        case usual
        /// Advice to rest: a low level, done as pain allows.
        case rest
        /// Pacing: a fixed time-contingent quota at the baseline.
        case pacing
        /// Graded exposure / graded activity: a time-contingent quota that rises weekly.
        case graded
    }

    public var kind: Kind
    /// Day the plan starts; before it the person keeps habitual activity.
    public var startDay: Int
    /// Level for `usual` and `rest` (load units); for `pacing`/`graded` an explicit baseline,
    /// or nil to take the mean activity of the 14 days before `startDay`.
    public var level: Double?
    /// Starting quota as a fraction of baseline (graded; 0.5–1, default 0.8).
    public var startFraction: Double
    /// Weekly increase of the quota (graded; 0–0.3, e.g. 0.1 = 10 % a week).
    public var weeklyIncrease: Double
    /// Extra quota on days inside a window after verum acupuncture (0–0.5).
    public var windowBoost: Double
    /// How many days after a verum session count as the window (0–14).
    public var windowDays: Int
    /// Highest quota (load units).
    public var ceiling: Double
    /// Whether two flare days in a row step the quota back 10 % and hold it for a week.
    public var flareRule: Bool
    /// Days between supervised sessions of a pacing or graded plan (0 = unsupervised, 0–28).
    public var supervisedEveryDays: Int

    public init(
        kind: Kind = .usual, startDay: Int = 0, level: Double? = nil, startFraction: Double = 0.8,
        weeklyIncrease: Double = 0.1, windowBoost: Double = 0, windowDays: Int = 3, ceiling: Double = 1.1,
        flareRule: Bool = true, supervisedEveryDays: Int = 7
    ) {
        self.kind = kind
        self.startDay = startDay
        self.level = level
        self.startFraction = startFraction
        self.weeklyIncrease = weeklyIncrease
        self.windowBoost = windowBoost
        self.windowDays = windowDays
        self.ceiling = ceiling
        self.flareRule = flareRule
        self.supervisedEveryDays = supervisedEveryDays
    }

    /// Whether the plan is a time-contingent quota.
    public var isTimeContingent: Bool { kind == .pacing || kind == .graded }

    /// Whether `day` has a supervised session of this plan.
    public func isSupervised(day: Int) -> Bool {
        isTimeContingent && supervisedEveryDays > 0 && day >= startDay && (day - startDay) % supervisedEveryDays == 0
    }

    enum CodingKeys: String, CodingKey {
        case kind, startDay, level, startFraction, weeklyIncrease, windowBoost, windowDays, ceiling, flareRule
        case supervisedEveryDays
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ActivityPlan()
        kind = try c.decode(Kind.self, forKey: .kind)
        startDay = try c.decodeIfPresent(Int.self, forKey: .startDay) ?? d.startDay
        level = try c.decodeIfPresent(Double.self, forKey: .level)
        startFraction = try c.decodeIfPresent(Double.self, forKey: .startFraction) ?? d.startFraction
        weeklyIncrease = try c.decodeIfPresent(Double.self, forKey: .weeklyIncrease) ?? d.weeklyIncrease
        windowBoost = try c.decodeIfPresent(Double.self, forKey: .windowBoost) ?? d.windowBoost
        windowDays = try c.decodeIfPresent(Int.self, forKey: .windowDays) ?? d.windowDays
        ceiling = try c.decodeIfPresent(Double.self, forKey: .ceiling) ?? d.ceiling
        flareRule = try c.decodeIfPresent(Bool.self, forKey: .flareRule) ?? d.flareRule
        supervisedEveryDays = try c.decodeIfPresent(Int.self, forKey: .supervisedEveryDays) ?? d.supervisedEveryDays
    }
}

/// Everything the care team prescribes in a scenario.
public struct CarePlan: Sendable, Equatable, Hashable, Codable {
    public var acupuncture: AcupunctureCourse?
    public var education: EducationCourse?
    public var activity: ActivityPlan

    public init(acupuncture: AcupunctureCourse? = nil, education: EducationCourse? = nil, activity: ActivityPlan = ActivityPlan())
    {
        self.acupuncture = acupuncture
        self.education = education
        self.activity = activity
    }

    enum CodingKeys: String, CodingKey { case acupuncture, education, activity }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        acupuncture = try c.decodeIfPresent(AcupunctureCourse.self, forKey: .acupuncture)
        education = try c.decodeIfPresent(EducationCourse.self, forKey: .education)
        activity = try c.decodeIfPresent(ActivityPlan.self, forKey: .activity) ?? ActivityPlan()
    }
}
