/// The standard arms of the trials Settle re-runs. Each is plain data; designs may also spell
/// arms out field by field.
extension TrialArm {
    /// Usual care: habitual activity as pain allows, no study treatment.
    public static let usualCare = TrialArm(name: "usual-care")

    /// Verum acupuncture: `sessions` sessions over `weeks` weeks with `needles` needles.
    public static func verum(sessions: Int = 10, weeks: Int = 10, needles: Double = 10, name: String = "verum") -> TrialArm {
        TrialArm(name: name, acupuncture: ArmAcupuncture(kind: .verum, sessions: sessions, weeks: weeks, needles: needles))
    }

    /// Sham acupuncture on the same schedule as verum.
    public static func sham(sessions: Int = 10, weeks: Int = 10, name: String = "sham") -> TrialArm {
        TrialArm(name: name, acupuncture: ArmAcupuncture(kind: .sham, sessions: sessions, weeks: weeks, needles: 10))
    }

    /// Structured exercise: a time-contingent programme rising 8 % a week for 12 weeks, with
    /// two supervised sessions a week.
    public static let exercise = TrialArm(
        name: "exercise", activity: ArmActivity(kind: .graded, weeks: 12, startFraction: 1.0, weeklyIncrease: 0.08, ceiling: 1.6),
        contacts: ArmContacts(sessions: 24, weeks: 12))

    /// Graded activity: an operant, time-contingent quota from 80 % of baseline rising 10 % a week.
    public static let gradedActivity = TrialArm(
        name: "graded-activity",
        activity: ArmActivity(kind: .graded, weeks: 12, startFraction: 0.8, weeklyIncrease: 0.1, ceiling: 1.5),
        contacts: ArmContacts(sessions: 12, weeks: 12))

    /// Pain neuroscience education: `sessions` sessions over `weeks` weeks.
    public static func education(sessions: Int = 4, weeks: Int = 4) -> TrialArm {
        TrialArm(name: "education", education: ArmEducation(sessions: sessions, weeks: weeks))
    }

    /// Other conservative care / attention control: regular therapist contacts that carry
    /// non-specific effects but no needling, education or graded exposure.
    public static func attentionControl(sessions: Int = 8, weeks: Int = 8, name: String = "other-conservative") -> TrialArm {
        TrialArm(name: name, contacts: ArmContacts(sessions: sessions, weeks: weeks))
    }

    /// Cognitive functional therapy (RESTORE-like): 7 sessions over 12 weeks plus a booster at
    /// 26 weeks; pain understanding with graded, time-contingent exposure to feared activity.
    public static let cognitiveFunctionalTherapy = TrialArm(
        name: "cft", education: ArmEducation(sessions: 7, weeks: 12, boosterDays: [182]),
        activity: ArmActivity(kind: .graded, weeks: 26, startFraction: 0.9, weeklyIncrease: 0.06, ceiling: 1.5))

    /// Integrated care: education, graded exposure and verum acupuncture, with extra quota in
    /// the window after each session.
    public static let integrated = TrialArm(
        name: "integrated", acupuncture: ArmAcupuncture(kind: .verum, sessions: 10, weeks: 10, needles: 10),
        education: ArmEducation(sessions: 4, weeks: 4),
        activity: ArmActivity(
            kind: .graded, weeks: 12, startFraction: 0.9, weeklyIncrease: 0.08, ceiling: 1.5, windowBoost: 0.15, windowDays: 3))
}
