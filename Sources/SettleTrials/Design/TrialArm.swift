/// An acupuncture course within an arm: `sessions` sessions spread evenly over `weeks` weeks.
public struct ArmAcupuncture: Sendable, Equatable, Hashable, Codable {
    /// Verum (genuine needling) or sham (non-penetrating / off-point: shares only the
    /// non-specific expectation trace).
    public enum Kind: String, Sendable, Codable, CaseIterable { case verum, sham }
    public var kind: Kind
    /// Number of sessions (1–60).
    public var sessions: Int
    /// Length of the course (weeks, 1–52); session i falls on day ⌊i × 7 × weeks / sessions⌋.
    public var weeks: Int
    /// Needles per verum session (1–40).
    public var needles: Double

    public init(kind: Kind, sessions: Int = 10, weeks: Int = 10, needles: Double = 10) {
        self.kind = kind
        self.sessions = sessions
        self.weeks = weeks
        self.needles = needles
    }

    /// Session days after randomisation.
    public var days: [Int] {
        guard sessions > 0 else { return [] }
        return (0..<sessions).map { $0 * 7 * weeks / sessions }
    }
}

/// A pain-education course within an arm.
public struct ArmEducation: Sendable, Equatable, Hashable, Codable {
    /// Number of sessions (1–30), spread evenly over `weeks` weeks.
    public var sessions: Int
    /// Length of the course (weeks, 1–52).
    public var weeks: Int
    /// Extra single booster sessions (days after randomisation).
    public var boosterDays: [Int]

    public init(sessions: Int = 4, weeks: Int = 4, boosterDays: [Int] = []) {
        self.sessions = sessions
        self.weeks = weeks
        self.boosterDays = boosterDays
    }

    enum CodingKeys: String, CodingKey { case sessions, weeks, boosterDays }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        sessions = try c.decode(Int.self, forKey: .sessions)
        weeks = try c.decode(Int.self, forKey: .weeks)
        boosterDays = try c.decodeIfPresent([Int].self, forKey: .boosterDays) ?? []
    }

    /// Session days after randomisation (course then boosters).
    public var days: [Int] {
        guard sessions > 0 else { return boosterDays }
        return (0..<sessions).map { $0 * 7 * weeks / sessions } + boosterDays
    }
}

/// The activity prescription of an arm.
public struct ArmActivity: Sendable, Equatable, Hashable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// Habitual activity done as pain allows (usual care).
        case usual
        /// Advice to rest: a low level done as pain allows.
        case rest
        /// Time-contingent quota starting from the person's own baseline and rising weekly
        /// (structured exercise, graded activity, graded exposure).
        case graded
    }

    public var kind: Kind
    /// Length of the programme (weeks, 1–156); afterwards the person returns to habitual activity.
    public var weeks: Int
    /// Starting quota as a fraction of the baseline-window activity (0.3–1.5).
    public var startFraction: Double
    /// Weekly increase of the quota (0–0.3).
    public var weeklyIncrease: Double
    /// Highest quota (load units, 0.2–3).
    public var ceiling: Double
    /// Extra quota inside the window after a verum session (0–0.5).
    public var windowBoost: Double
    /// Days after a verum session that count as the window (0–14).
    public var windowDays: Int
    /// Level for `rest` (load units, 0–1).
    public var restLevel: Double

    public init(
        kind: Kind, weeks: Int = 12, startFraction: Double = 0.9, weeklyIncrease: Double = 0.08, ceiling: Double = 1.5,
        windowBoost: Double = 0, windowDays: Int = 3, restLevel: Double = 0.4
    ) {
        self.kind = kind
        self.weeks = weeks
        self.startFraction = startFraction
        self.weeklyIncrease = weeklyIncrease
        self.ceiling = ceiling
        self.windowBoost = windowBoost
        self.windowDays = windowDays
        self.restLevel = restLevel
    }

    enum CodingKeys: String, CodingKey {
        case kind, weeks, startFraction, weeklyIncrease, ceiling, windowBoost, windowDays, restLevel
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ArmActivity(kind: .graded)
        kind = try c.decode(Kind.self, forKey: .kind)
        weeks = try c.decodeIfPresent(Int.self, forKey: .weeks) ?? d.weeks
        startFraction = try c.decodeIfPresent(Double.self, forKey: .startFraction) ?? d.startFraction
        weeklyIncrease = try c.decodeIfPresent(Double.self, forKey: .weeklyIncrease) ?? d.weeklyIncrease
        ceiling = try c.decodeIfPresent(Double.self, forKey: .ceiling) ?? d.ceiling
        windowBoost = try c.decodeIfPresent(Double.self, forKey: .windowBoost) ?? d.windowBoost
        windowDays = try c.decodeIfPresent(Int.self, forKey: .windowDays) ?? d.windowDays
        restLevel = try c.decodeIfPresent(Double.self, forKey: .restLevel) ?? d.restLevel
    }
}

/// Supervised care contacts without needles (exercise classes, physiotherapy or other
/// conservative care visits): they carry non-specific effects (expectation, attention).
public struct ArmContacts: Sendable, Equatable, Hashable, Codable {
    /// Number of contacts (1–100), spread evenly over `weeks` weeks.
    public var sessions: Int
    /// Length of the series (weeks, 1–52).
    public var weeks: Int

    public init(sessions: Int, weeks: Int) {
        self.sessions = sessions
        self.weeks = weeks
    }

    /// Contact days after randomisation.
    public var days: [Int] {
        guard sessions > 0 else { return [] }
        return (0..<sessions).map { $0 * 7 * weeks / sessions }
    }
}

/// One arm of a trial: a name and the care its people receive from randomisation (day 0).
public struct TrialArm: Sendable, Equatable, Hashable, Codable {
    /// Arm name, unique within the design (e.g. `usual-care`, `verum`).
    public var name: String
    public var acupuncture: ArmAcupuncture?
    public var education: ArmEducation?
    /// Activity prescription; nil = habitual activity as pain allows.
    public var activity: ArmActivity?
    /// Supervised contacts without needles (education sessions count as contacts on their own).
    public var contacts: ArmContacts?
    /// Threatening explanation or rest advice on day 0 (0–1).
    public var threatAdvice: Double?

    public init(
        name: String, acupuncture: ArmAcupuncture? = nil, education: ArmEducation? = nil, activity: ArmActivity? = nil,
        contacts: ArmContacts? = nil, threatAdvice: Double? = nil
    ) {
        self.name = name
        self.acupuncture = acupuncture
        self.education = education
        self.activity = activity
        self.contacts = contacts
        self.threatAdvice = threatAdvice
    }
}
