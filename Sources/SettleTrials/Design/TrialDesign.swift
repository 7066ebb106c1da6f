/// Which cohort a trial enrols: a built-in condition by id, with optional extra parameter
/// overrides on its centre.
public struct CohortSpec: Sendable, Equatable, Hashable, Codable {
    /// Condition id (see `Condition.presets`).
    public var condition: String
    /// Extra centre overrides (catalog names), applied after the condition's own.
    public var centre: [String: Double]

    public init(condition: String, centre: [String: Double] = [:]) {
        self.condition = condition
        self.centre = centre
    }

    enum CodingKeys: String, CodingKey { case condition, centre }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        condition = try c.decode(String.self, forKey: .condition)
        centre = try c.decodeIfPresent([String: Double].self, forKey: .centre) ?? [:]
    }
}

/// A comparison reported by a trial: `arm` against `comparator`, positive = `arm` better.
public struct Comparison: Sendable, Equatable, Hashable, Codable {
    public var arm: String
    public var comparator: String
    public init(arm: String, comparator: String) {
        self.arm = arm
        self.comparator = comparator
    }

    /// "arm vs comparator", as reports and charts name the comparison.
    public var label: String { "\(arm) vs \(comparator)" }
}

/// A trial design as data: cohort, entry criteria, arms, follow-up times and outcomes.
public struct TrialDesign: Sendable, Equatable, Hashable, Codable {
    /// Short name, e.g. `vickers-back-neck`.
    public var name: String
    /// What the design re-runs (citation and how it was mapped).
    public var source: String
    public var cohort: CohortSpec
    public var entry: EntryCriteria
    /// Arms, at least two (or one for a cohort-course study).
    public var arms: [TrialArm]
    /// Follow-up times in days after randomisation (0 = baseline), ascending.
    public var followUpDays: [Int]
    /// Length of each measurement window (days, 1–28): an outcome at day f is the mean over
    /// days f − measureDays … f − 1 ("average pain over the past week").
    public var measureDays: Int
    public var outcomes: [OutcomeMeasure]
    /// Comparisons to report; empty = every arm against the first.
    public var comparisons: [Comparison]
    /// Days (from randomisation) of diary used for within-person statistics (0–365).
    public var diaryDays: Int
    public var course: CourseDefinitions
    /// Days simulated after randomisation; nil = the last follow-up.
    public var horizonDays: Int?

    public init(
        name: String, source: String = "", cohort: CohortSpec, entry: EntryCriteria = EntryCriteria(), arms: [TrialArm],
        followUpDays: [Int], measureDays: Int = 7, outcomes: [OutcomeMeasure] = OutcomeMeasure.allCases,
        comparisons: [Comparison] = [], diaryDays: Int = 84, course: CourseDefinitions = CourseDefinitions(),
        horizonDays: Int? = nil
    ) {
        self.name = name
        self.source = source
        self.cohort = cohort
        self.entry = entry
        self.arms = arms
        self.followUpDays = followUpDays
        self.measureDays = measureDays
        self.outcomes = outcomes
        self.comparisons = comparisons
        self.diaryDays = diaryDays
        self.course = course
        self.horizonDays = horizonDays
    }

    enum CodingKeys: String, CodingKey {
        case name, source, cohort, entry, arms, followUpDays, measureDays, outcomes, comparisons, diaryDays, course, horizonDays
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        source = try c.decodeIfPresent(String.self, forKey: .source) ?? ""
        cohort = try c.decode(CohortSpec.self, forKey: .cohort)
        entry = try c.decodeIfPresent(EntryCriteria.self, forKey: .entry) ?? EntryCriteria()
        arms = try c.decode([TrialArm].self, forKey: .arms)
        followUpDays = try c.decode([Int].self, forKey: .followUpDays)
        measureDays = try c.decodeIfPresent(Int.self, forKey: .measureDays) ?? 7
        outcomes = try c.decodeIfPresent([OutcomeMeasure].self, forKey: .outcomes) ?? OutcomeMeasure.allCases
        comparisons = try c.decodeIfPresent([Comparison].self, forKey: .comparisons) ?? []
        diaryDays = try c.decodeIfPresent(Int.self, forKey: .diaryDays) ?? 84
        course = try c.decodeIfPresent(CourseDefinitions.self, forKey: .course) ?? CourseDefinitions()
        horizonDays = try c.decodeIfPresent(Int.self, forKey: .horizonDays)
    }

    /// Days simulated after randomisation.
    public var horizon: Int { max(horizonDays ?? 0, followUpDays.max() ?? 0, diaryDays, 1) }

    /// The comparisons reported (explicit ones, or every arm against the first).
    public var reportedComparisons: [Comparison] {
        if !comparisons.isEmpty { return comparisons }
        guard let first = arms.first else { return [] }
        return arms.dropFirst().map { Comparison(arm: $0.name, comparator: first.name) }
    }
}
