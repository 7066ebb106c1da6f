/// Everything that happens to a person on one day: the model's daily input.
public struct DayInput: Sendable, Equatable, Hashable, Codable {
    /// Needles used in a verum acupuncture session today; 0 for no session (0–40).
    public var verumNeedles: Double = 0
    /// Whether a sham (non-penetrating or off-point) session happened today.
    public var sham: Bool = false
    /// Education delivered today, in sessions (0–2).
    public var education: Double = 0
    /// Prescribed or habitual activity for today (load units; 1 = habitual pain-free activity).
    public var plannedLoad: Double = 1
    /// Whether the activity is a time-contingent quota (graded exposure, pacing) rather than
    /// done "as pain allows".
    public var timeContingent: Bool = false
    /// Sleep quality last night (0 worst – 10 best).
    public var sleep: Double = 7
    /// Stress today (0 none – 10 extreme).
    public var stress: Double = 3
    /// New tissue injury today (nociceptive a.u.; 0.3 moderate, 1 severe).
    public var injury: Double = 0
    /// Forced flare today (nociceptive a.u.), e.g. from a flare-up event in a scenario.
    public var flare: Double = 0
    /// Threatening explanation or advice to rest today (0–1).
    public var threatAdvice: Double = 0
    /// A supervised care contact without needles today (an exercise or education session with a
    /// clinician), which carries non-specific effects (expectation, attention, alliance).
    public var careContact: Bool = false

    /// A neutral day: habitual activity, good-enough sleep, ordinary stress, no care.
    public init() {}

    /// Whether today is a session of a structured exercise programme: a supervised contact (an
    /// exercise class, or a session of a programme that also educates) on a day of a planned,
    /// time-contingent quota. Ordinary activity and contacts without a programme are not.
    public var isExerciseSession: Bool { careContact && timeContingent }

    /// Whether any acupuncture (verum or sham) happened today.
    public var hasNeedlingSession: Bool { verumNeedles > 0 || sham }
}
