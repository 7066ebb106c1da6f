/// Who enters the trial. Each candidate lives through a stochastic run-in of `historyDays`
/// (habitual activity, no care) before randomisation; the criteria are checked on the pain
/// the candidate reported. Because the baseline is the same noisy measurement that selected
/// them, regression to the mean appears in every arm without any correction term.
public struct EntryCriteria: Sendable, Equatable, Hashable, Codable {
    /// Length of the run-in before randomisation (days, 7–730), e.g. 90 for "pain for ≥ 3 months".
    public var historyDays: Int
    /// Lowest mean pain (0–10) over the baseline window (the `measureDays` before randomisation).
    public var minimumBaselinePain: Double?
    /// Highest mean pain (0–10) over the baseline window (for recovered cohorts).
    public var maximumBaselinePain: Double?
    /// Lowest mean pain (0–10) over the whole run-in ("pain on most days for the period").
    public var minimumHistoryPain: Double?
    /// Highest pain (0–10) before the run-in, on a neutral day after the burn-in: for cohorts of a
    /// *new* episode, people already in persistent pain before the onset are not eligible
    /// (e.g. "preceded by a pain-free month").
    public var maximumPriorPain: Double?
    /// Care-seeking (0–10): the candidate consults, and the run-in ends, on the first run-in day
    /// rated at least this; a candidate who never reaches it within `historyDays` is screened
    /// out. The baseline is the consultation day's report alone (people enrol when their pain is
    /// bad, so regression to the mean follows from the rule). nil: the run-in lasts `historyDays`
    /// and the baseline is its last `measureDays` days.
    public var consultationPain: Double?
    /// Candidates screened per enrolment slot before the slot is left empty (1–500).
    public var maximumScreened: Int

    public init(
        historyDays: Int = 90, minimumBaselinePain: Double? = 4, maximumBaselinePain: Double? = nil,
        minimumHistoryPain: Double? = 3, maximumPriorPain: Double? = nil, consultationPain: Double? = nil,
        maximumScreened: Int = 60
    ) {
        self.historyDays = historyDays
        self.minimumBaselinePain = minimumBaselinePain
        self.maximumBaselinePain = maximumBaselinePain
        self.minimumHistoryPain = minimumHistoryPain
        self.maximumPriorPain = maximumPriorPain
        self.consultationPain = consultationPain
        self.maximumScreened = maximumScreened
    }

    enum CodingKeys: String, CodingKey {
        case historyDays, minimumBaselinePain, maximumBaselinePain, minimumHistoryPain, maximumPriorPain, consultationPain
        case maximumScreened
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        historyDays = try c.decodeIfPresent(Int.self, forKey: .historyDays) ?? 90
        minimumBaselinePain = try c.decodeIfPresent(Double.self, forKey: .minimumBaselinePain)
        maximumBaselinePain = try c.decodeIfPresent(Double.self, forKey: .maximumBaselinePain)
        minimumHistoryPain = try c.decodeIfPresent(Double.self, forKey: .minimumHistoryPain)
        maximumPriorPain = try c.decodeIfPresent(Double.self, forKey: .maximumPriorPain)
        consultationPain = try c.decodeIfPresent(Double.self, forKey: .consultationPain)
        maximumScreened = try c.decodeIfPresent(Int.self, forKey: .maximumScreened) ?? 60
    }
}
