import SettleModel

extension Condition {
    /// Variation shared by every condition: vulnerability (gain baseline, threat learning,
    /// avoidance) is correlated through the shared factor; responsiveness to needling and to
    /// expectation, day-to-day noise and time constants vary independently.
    static let commonVariations: [ParameterVariation] = [
        .init("gainBaseline", .logitNormal, spread: 0.5, loading: 0.7),
        .init("gainMax", .logNormal, spread: 1.0),
        .init("nociceptiveFloor", .logNormal, spread: 1.2),
        .init("expectationWeight", .logitNormal, spread: 0.6),
        .init("threatLearning", .logNormal, spread: 0.3, loading: 0.5),
        .init("avoidanceFromThreat", .logitNormal, spread: 0.4, loading: 0.4),
        .init("threatExtinction", .logNormal, spread: 0.35, loading: -0.3),
        .init("baseTolerance", .logitNormal, spread: 0.4),
        .init("healingTime", .logNormal, spread: 0.35),
        .init("expectationRelief", .logNormal, spread: 0.35),
        .init("needlingGainReduction", .logitNormal, spread: 0.5),
        .init("noiseSD", .logNormal, spread: 0.3),
        .init("flareRate", .logNormal, spread: 0.5, loading: 0.3),
    ]

    /// Sleep and stress of people without persistent pain: the model's neutral levels (7 and 3).
    static let neutralSleep = LevelVariation(median: 7, spread: 0.4, loading: -0.3)
    static let neutralStress = LevelVariation(median: 3, spread: 0.4, loading: 0.3)

    /// Chronic low back or neck pain (≥ 3 months): sensitised start, mechanical loading matters.
    /// No condition-level peripheral drive: giving it osteoarthritis's resting drive (0.05–0.08)
    /// lowers Vickers 2012's verum vs usual care but costs Hayden 2021's exercise benefit (below 12),
    /// since every back-pain design shares this preset. The Vickers back/neck design instead differs
    /// in its entry (`TrialDesign.vickersBackNeck`).
    public static let chronicLowBackNeck = Condition(
        id: "chronic-low-back-neck", title: "Chronic low back or neck pain",
        variations: commonVariations, regime: .sensitised)

    /// Knee or hip osteoarthritis: an ongoing peripheral drive (higher resting nociception, more
    /// pain from loading) on top of a moderately sensitised system.
    public static let osteoarthritis = Condition(
        id: "osteoarthritis", title: "Osteoarthritis (knee or hip)",
        centre: ["nociceptiveFloor": 0.08, "loadNociception": 0.09],
        variations: commonVariations, regime: .sensitised, startThreat: 0.5)

    /// Chronic headache (tension-type or migraine): episodic attacks (more frequent, larger
    /// flares), stress- and sleep-sensitive, little mechanical loading component.
    public static let chronicHeadache = Condition(
        id: "chronic-headache", title: "Chronic headache",
        centre: ["flareRate": 0.05, "flareSize": 0.25, "loadNociception": 0.02, "gainFromStress": 1.2],
        variations: commonVariations, regime: .sensitised, startThreat: 0.45,
        stress: LevelVariation(median: 4.5, spread: 0.5, loading: 0.4))

    /// Acute low back pain: people who were recovered, with a new injury on the first run-in day.
    public static let acuteLowBack = Condition(
        id: "acute-low-back", title: "Acute low back pain (new episode)",
        variations: commonVariations, regime: .recovered, sleep: neutralSleep, stress: neutralStress,
        onsetInjury: 0.35, onsetInjurySpread: 0.5)

    /// Persistent low back pain: an injury some weeks before entry in people who were recovered;
    /// some are still healing, some have sensitised.
    public static let persistentLowBack = Condition(
        id: "persistent-low-back", title: "Persistent low back pain (weeks to months)",
        variations: commonVariations, regime: .recovered, sleep: neutralSleep, stress: neutralStress,
        onsetInjury: 0.5, onsetInjurySpread: 0.5)

    /// People recently recovered from an episode of low back pain.
    public static let recentlyRecovered = Condition(
        id: "recently-recovered", title: "Recently recovered from low back pain",
        variations: commonVariations, regime: .recovered, sleep: neutralSleep, stress: neutralStress)

    /// Every built-in condition.
    public static let presets: [Condition] = [
        chronicLowBackNeck, osteoarthritis, chronicHeadache, acuteLowBack, persistentLowBack, recentlyRecovered,
    ]

    /// The built-in condition with this id.
    public static func preset(id: String) -> Condition? { presets.first { $0.id == id } }
}
