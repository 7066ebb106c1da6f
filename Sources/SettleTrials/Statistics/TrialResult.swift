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
        /// Allocation-aware reporting b_A of the population (points, 0–2): how much lower people
        /// having verum or sham needling rated their pain from their first session on
        /// (`Parameters.allocationReportShift`); 0 when the ratings are the felt pain.
        public var allocationReportShift: Double
    }

    /// How this run's pain ratings were read, in one sentence, when people having verum or sham
    /// needling rated pain lower than they felt it (`RunSummary.allocationReportShift` above 0 and
    /// an arm with acupuncture); nil when every rating is the felt pain. Shown by the terminal
    /// summary and the HTML report.
    public var reportingNote: String? {
        let needled = design.arms.filter { $0.acupuncture != nil }.map(\.name)
        guard options.allocationReportShift > 0, !needled.isEmpty, design.outcomes.contains(.pain) else { return nil }
        return "Pain is read as reported: people in \(needled.joined(separator: ", ")) rate it "
            + "\(FixedFormat.string(options.allocationReportShift, 2)) points lower than they feel it from their "
            + "first session (allocation-aware reporting: unblinded patients exaggerate effects on patient-reported "
            + "outcomes, Hróbjartsson et al. 2014); arms without needling report pain as they feel it."
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
