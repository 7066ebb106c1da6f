/// The effect of one comparison on one outcome at one follow-up.
public struct ComparisonResult: Sendable, Equatable, Codable {
    public var comparison: Comparison
    public var followUpDay: Int
    public var outcome: OutcomeMeasure
    public var effect: EffectEstimate
}

/// Everything a simulated trial reports: arm means with intervals at each follow-up,
/// effects (mean differences and SMDs with intervals), and the diary-derived course.
public struct TrialResult: Sendable, Equatable, Codable {
    public var design: TrialDesign
    public var options: RunSummary
    /// People enrolled per arm.
    public var enrolled: [Int]
    /// People enrolled in all arms.
    public var enrolledTotal: Int { enrolled.reduce(0, +) }
    /// Candidates screened in all (enrolled + screen failures).
    public var screened: Int
    /// Enrolment slots left empty because no candidate met the criteria.
    public var emptySlots: Int
    /// `summaries[arm][followUp][outcome]`, outcomes in `OutcomeMeasure.allCases` order.
    public var summaries: [[[ArmOutcomeSummary]]]
    /// Effects of the design's comparisons at each follow-up, for each of its outcomes.
    public var effects: [ComparisonResult]
    /// Per-arm course statistics.
    public var courses: [ArmCourse]

    /// What the run used.
    public struct RunSummary: Sendable, Equatable, Codable {
        public var patients: Int
        public var seed: UInt64
        public var allocation: Allocation
    }

    /// Index of the arm named `name`.
    public func armIndex(_ name: String) -> Int? { design.arms.firstIndex { $0.name == name } }

    /// Summary of an outcome in an arm at a follow-up day (which must be one of the design's).
    public func summary(arm: String, day: Int, outcome: OutcomeMeasure) -> ArmOutcomeSummary? {
        guard let a = armIndex(arm), let f = design.followUpDays.firstIndex(of: day),
            let o = OutcomeMeasure.allCases.firstIndex(of: outcome)
        else { return nil }
        return summaries[a][f][o]
    }

    /// The effect of `arm` against `comparator` (any two arms) at a follow-up day.
    public func effect(arm: String, comparator: String, day: Int, outcome: OutcomeMeasure) -> EffectEstimate? {
        guard let x = summary(arm: arm, day: day, outcome: outcome),
            let c = summary(arm: comparator, day: day, outcome: outcome)
        else { return nil }
        return EffectEstimate(arm: x, comparator: c)
    }

    /// The course statistics of an arm.
    public func course(arm: String) -> ArmCourse? { armIndex(arm).map { courses[$0] } }
}
