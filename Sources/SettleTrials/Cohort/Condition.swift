import SettleModel

/// Where people in a cohort start before the run-in: in the sensitised (persistent-pain)
/// regime, or recovered.
public enum StartingRegime: String, Sendable, Codable, CaseIterable {
    case sensitised
    case recovered
}

/// A person-level daily input level (sleep quality or stress, 0–10) that varies between people.
public struct LevelVariation: Sendable, Equatable, Hashable, Codable {
    /// Cohort median level (0–10).
    public var median: Double
    /// SD on the logit scale of 0–10 (0–3).
    public var spread: Double
    /// Loading on the vulnerability factor (−1…1): negative for sleep (vulnerable people sleep worse).
    public var loading: Double

    public init(median: Double, spread: Double, loading: Double) {
        self.median = median
        self.spread = spread
        self.loading = loading
    }
}

/// A clinical population: how its people differ from the population-average parameters,
/// how much they vary, and where they start.
///
/// `centre` holds parameter overrides (by catalog name) applied to the population parameters
/// before individual variation, e.g. a higher resting nociceptive floor in osteoarthritis.
public struct Condition: Sendable, Equatable, Hashable, Codable {
    /// Short id, e.g. `chronic-low-back-neck`.
    public var id: String
    /// Display name.
    public var title: String
    /// Overrides of the population parameters for this condition (catalog names; range-checked).
    public var centre: [String: Double]
    /// Between-person variation of parameters.
    public var variations: [ParameterVariation]
    /// Starting regime before the burn-in.
    public var regime: StartingRegime
    /// Median starting threat for a sensitised start (0–1) and its logit-scale spread.
    public var startThreat: Double
    /// Logit-scale spread of the starting threat (0–3).
    public var startThreatSpread: Double
    /// Person-level sleep quality.
    public var sleep: LevelVariation
    /// Person-level stress.
    public var stress: LevelVariation
    /// Median size of an injury on the first run-in day (nociceptive a.u.; 0 = none).
    public var onsetInjury: Double
    /// Log-scale spread of the onset injury (0–2).
    public var onsetInjurySpread: Double
    /// Deterministic burn-in days before the run-in (0–1000): settles each person on their attractor.
    public var burnInDays: Int

    public init(
        id: String, title: String, centre: [String: Double] = [:], variations: [ParameterVariation],
        regime: StartingRegime, startThreat: Double = 0.6, startThreatSpread: Double = 0.8,
        sleep: LevelVariation = LevelVariation(median: 6.5, spread: 0.8, loading: -0.4),
        stress: LevelVariation = LevelVariation(median: 3.5, spread: 0.8, loading: 0.4),
        onsetInjury: Double = 0, onsetInjurySpread: Double = 0.5, burnInDays: Int = 100
    ) {
        self.id = id
        self.title = title
        self.centre = centre
        self.variations = variations
        self.regime = regime
        self.startThreat = startThreat
        self.startThreatSpread = startThreatSpread
        self.sleep = sleep
        self.stress = stress
        self.onsetInjury = onsetInjury
        self.onsetInjurySpread = onsetInjurySpread
        self.burnInDays = burnInDays
    }
}
