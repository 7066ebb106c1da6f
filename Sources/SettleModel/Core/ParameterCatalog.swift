/// Where a parameter's default comes from.
public enum ParameterSource: Sendable, Equatable, Hashable {
    /// Taken from the literature (citation).
    case literature(String)
    /// Chosen to produce a required model property (the property id, e.g. "P1").
    case property(String)
    /// Fitted by `settle calibrate` to the published targets.
    case calibrated

    /// Short human-readable text.
    public var text: String {
        switch self {
        case .literature(let cite): return cite
        case .property(let id): return "chosen for \(id)"
        case .calibrated: return "calibrated"
        }
    }
}

/// Documentation of one model parameter: name, meaning, unit, plausible range and source.
public struct ParameterInfo {
    /// The JSON and CLI name (the Swift property name).
    public let name: String
    /// The model symbol used in docs/MODEL.md.
    public let symbol: String
    /// What the parameter means.
    public let meaning: String
    /// Unit.
    public let unit: String
    /// Plausible range; overrides outside it are rejected.
    public let range: ClosedRange<Double>
    /// Where the default comes from.
    public let source: ParameterSource
    /// Key path into `Parameters`.
    public let keyPath: WritableKeyPath<Parameters, Double>
}

/// The table of every parameter, in the order of docs/MODEL.md.
public enum ParameterCatalog {
    /// Every parameter, each exactly once.
    public static var entries: [ParameterInfo] {
        [
            .init(
                name: "nociceptiveFloor", symbol: "n₀", meaning: "resting nociceptive drive", unit: "a.u.", range: 0...0.2,
                source: .property("P1"), keyPath: \.nociceptiveFloor),
            .init(
                name: "healingTime", symbol: "τ_N", meaning: "healing time constant of injury nociception", unit: "days",
                range: 3...90, source: .literature("tissue healing, weeks (Henschke 2008 recovery median 58 d)"),
                keyPath: \.healingTime),
            .init(
                name: "overloadNociception", symbol: "k_over", meaning: "nociception per unit of load above tolerance",
                unit: "a.u./day", range: 0...1, source: .property("P3"), keyPath: \.overloadNociception),
            .init(
                name: "loadNociception", symbol: "k_L", meaning: "drive from ordinary loading at load = tolerance", unit: "a.u.",
                range: 0...0.3, source: .property("P3"), keyPath: \.loadNociception),
            .init(
                name: "guardingNociception", symbol: "k_U", meaning: "drive from full muscle guarding", unit: "a.u.",
                range: 0...0.3, source: .property("P3"), keyPath: \.guardingNociception),
            .init(
                name: "gainMax", symbol: "g_max", meaning: "extra amplification at full sensitisation", unit: "×", range: 0...10,
                source: .calibrated, keyPath: \.gainMax),
            .init(
                name: "gainTime", symbol: "τ_G", meaning: "relaxation time of sensitivity", unit: "days", range: 5...90,
                source: .property("P1"), keyPath: \.gainTime),
            .init(
                name: "sensitisationTime", symbol: "τ_G↑",
                meaning: "time constant of sensitivity rising from the recovered side (0 = τ_G both ways)", unit: "days",
                range: 0...180,
                source: .literature(
                    "persistence consolidates over months after onset (Baliki 2012 Nat Neurosci 15:1117; "
                        + "Hashmi 2013 Brain 136:2751); calibrated to Costa 2012 CMAJ 184:E613"),
                keyPath: \.sensitisationTime),
            .init(
                name: "gainSteepness", symbol: "κ", meaning: "steepness of the S-shaped gain drive", unit: "1/a.u.",
                range: 1...16, source: .property("P1"), keyPath: \.gainSteepness),
            .init(
                name: "gainSelfExcitation", symbol: "w_G", meaning: "self-excitation of sensitivity (self-maintenance)",
                unit: "a.u.", range: 0...1.5, source: .property("P1; fitted within 1.0–1.3"), keyPath: \.gainSelfExcitation),
            .init(
                name: "gainThreshold", symbol: "θ", meaning: "threshold of the gain drive", unit: "a.u.", range: 0.3...0.7,
                source: .property("P1"), keyPath: \.gainThreshold),
            .init(
                name: "gainBaseline", symbol: "u₀", meaning: "personal baseline of the gain drive (vulnerability)", unit: "a.u.",
                range: -0.5...0.3, source: .calibrated, keyPath: \.gainBaseline),
            .init(
                name: "gainFromNociception", symbol: "w_N", meaning: "gain drive per unit nociceptive drive", unit: "a.u.",
                range: 0...1.5, source: .property("P1"), keyPath: \.gainFromNociception),
            .init(
                name: "gainFromThreat", symbol: "w_T", meaning: "gain drive per unit threat", unit: "a.u.", range: 0...1,
                source: .property("P2; fitted within 0.8–1"), keyPath: \.gainFromThreat),
            .init(
                name: "gainFromStress", symbol: "w_S", meaning: "gain drive per 10 points of stress above 3", unit: "a.u.",
                range: 0...2, source: .property("P2, P11; fitted within 0.9–1.5"), keyPath: \.gainFromStress),
            .init(
                name: "gainFromPoorSleep", symbol: "w_Q", meaning: "gain drive per 10 points of sleep quality below 7",
                unit: "a.u.", range: 0...2, source: .property("P2, P11; fitted within 1.2–2"),
                keyPath: \.gainFromPoorSleep),
            .init(
                name: "gainReliefFromCapacity", symbol: "w_C",
                meaning: "reduction of gain drive per load unit of capacity above 1 (exercise-induced hypoalgesia)", unit: "a.u.",
                range: 0...1, source: .literature("Hayden 2021: exercise −15/100 pain at ~3 months"),
                keyPath: \.gainReliefFromCapacity),
            .init(
                name: "trainingJump", symbol: "e_Z",
                meaning:
                    "rise of the exercise-training trace per load unit at a structured exercise session (0 = no training effect)",
                unit: "1/load unit", range: 0...1,
                source: .literature(
                    "regular exercise strengthens endogenous inhibition beyond single-bout hypoalgesia (Sluka 2018 Pain 159 Suppl 1:S91; Lesnak & Sluka 2020 Pain Rep 5:e850); calibrated to Hayden 2021 Cochrane CD009790"
                ),
                keyPath: \.trainingJump),
            .init(
                name: "trainingTime", symbol: "τ_Z", meaning: "decay of the exercise-training trace", unit: "days",
                range: 7...180,
                source: .literature(
                    "pain modulation adapts over weeks of regular exercise (Lima 2017 J Physiol 595:4141; Vaegter & Jones 2020 Pain Rep 5:e823); decay calibrated"
                ),
                keyPath: \.trainingTime),
            .init(
                name: "gainReliefFromTraining", symbol: "w_Z",
                meaning: "reduction of gain drive at a full exercise-training trace Z = 1",
                unit: "a.u.", range: 0...1, source: .calibrated, keyPath: \.gainReliefFromTraining),
            .init(
                name: "threatFloor", symbol: "T₀", meaning: "threat with full safe exposure", unit: "0–1", range: 0...0.6,
                source: .calibrated, keyPath: \.threatFloor),
            .init(
                name: "threatLearning", symbol: "α↑", meaning: "threat learning from surprising pain", unit: "per unit surprise",
                range: 0...2, source: .calibrated, keyPath: \.threatLearning),
            .init(
                name: "surpriseMargin", symbol: "δ", meaning: "pain above usual that counts as surprising", unit: "points",
                range: 0.5...3, source: .calibrated, keyPath: \.surpriseMargin),
            .init(
                name: "threatExtinction", symbol: "α↓", meaning: "threat extinction per load unit of safe exposure",
                unit: "1/day", range: 0...0.05, source: .calibrated, keyPath: \.threatExtinction),
            .init(
                name: "reliefLearning", symbol: "r",
                meaning: "extra extinction per point of pain below usual during exposure (negative prediction error)",
                unit: "1/point", range: 0...2, source: .property("P7"), keyPath: \.reliefLearning),
            .init(
                name: "unstructuredExposureValue", symbol: "ε",
                meaning: "exposure value of unplanned activity relative to planned exposure", unit: "0–1", range: 0...1,
                source: .property("P7"), keyPath: \.unstructuredExposureValue),
            .init(
                name: "usualPainTime", symbol: "τ_E", meaning: "time constant of the usual pain a person expects", unit: "days",
                range: 3...60, source: .property("P2"), keyPath: \.usualPainTime),
            .init(
                name: "educationThreatReduction", symbol: "e_T", meaning: "share of excess threat removed per education session",
                unit: "0–1", range: 0...0.5, source: .literature("Watson 2019 J Pain 20:1140 (fear −13.6/100)"),
                keyPath: \.educationThreatReduction),
            .init(
                name: "educationUnderstanding", symbol: "e_K", meaning: "understanding gained per education session", unit: "0–1",
                range: 0...0.6, source: .property("P10"), keyPath: \.educationUnderstanding),
            .init(
                name: "threatAdviceEffect", symbol: "a_adv",
                meaning: "threat added per day of threatening explanation or rest advice", unit: "0–1", range: 0...0.3,
                source: .property("P4"), keyPath: \.threatAdviceEffect),
            .init(
                name: "safetyInhibition", symbol: "ι",
                meaning: "inhibition of threat's expression at full safety memory (0 = no safety memory)", unit: "0–1",
                range: 0...1, source: .calibrated, keyPath: \.safetyInhibition),
            .init(
                name: "safetyLearning", symbol: "η_S",
                meaning: "safety memory gained per load unit of exposure per point of pain below usual beyond δ_S",
                unit: "1/(load unit·point)",
                range: 0...1,
                source: .literature("expectancy violation, inhibitory learning (Craske 2014 Behav Res Ther 58:10); calibrated"),
                keyPath: \.safetyLearning),
            .init(
                name: "safetyMemoryTime", symbol: "τ_S", meaning: "decay of the safety memory", unit: "days", range: 90...3650,
                source: .literature("MacPherson 2017 Pain 158:784: effect kept over 12 months; calibrated"),
                keyPath: \.safetyMemoryTime),
            .init(
                name: "safetyMargin", symbol: "δ_S", meaning: "pain below usual that counts as disconfirming expected harm",
                unit: "points", range: 0...5, source: .calibrated, keyPath: \.safetyMargin),
            .init(
                name: "reliefConditioning", symbol: "η_Y",
                meaning: "learned relief gained at a care contact per 10 points of pain below usual (0 = no learned relief)",
                unit: "1/(10 points)", range: 0...2,
                source: .literature(
                    "learned placebo analgesia (Colloca 2009 Pain 139:306; Schafer 2015 J Pain 16:412; Tracey 2010 Nat Med 16:1277)"
                ),
                keyPath: \.reliefConditioning),
            .init(
                name: "learnedReliefTime", symbol: "τ_Y", meaning: "decay of learned relief", unit: "days", range: 30...3650,
                source: .literature("MacPherson 2017 Pain 158:784: effects against usual care kept over 12 months"),
                keyPath: \.learnedReliefTime),
            .init(
                name: "learnedReliefSize", symbol: "x_Y", meaning: "pain relief at full learned relief", unit: "points",
                range: 0...3, source: .literature("chosen: measured in docs/MODEL.md, \"Learned relief\""),
                keyPath: \.learnedReliefSize),
            .init(
                name: "learnedReliefGainDrive", symbol: "w_Y", meaning: "reduction of the gain drive at full learned relief",
                unit: "a.u.", range: 0...1,
                source: .literature(
                    "expectation engages descending inhibition (Eippert 2009 Science 326:404; Bingel 2011 Sci Transl Med 3:70ra14)"
                ),
                keyPath: \.learnedReliefGainDrive),
            .init(
                name: "contactReliefConditioning", symbol: "c_Y",
                meaning: "share of η_Y that a supervised exercise or education contact carries", unit: "0–1", range: 0...1,
                source: .literature("chosen: measured in docs/MODEL.md, \"Learned relief\""), keyPath: \.contactReliefConditioning
            ),
            .init(
                name: "guardingTime", symbol: "τ_U", meaning: "guarding time constant", unit: "days", range: 1...14,
                source: .property("P3"), keyPath: \.guardingTime),
            .init(
                name: "guardingFromThreat", symbol: "u_T", meaning: "guarding per unit threat", unit: "0–1", range: 0...1,
                source: .property("P3"), keyPath: \.guardingFromThreat),
            .init(
                name: "guardingFromPain", symbol: "u_P", meaning: "guarding per point of usual pain", unit: "1/point",
                range: 0...0.1, source: .property("P3"), keyPath: \.guardingFromPain),
            .init(
                name: "baseTolerance", symbol: "B", meaning: "load tolerance when fully deconditioned", unit: "load units",
                range: 0.2...1, source: .property("P4"), keyPath: \.baseTolerance),
            .init(
                name: "capacityTime", symbol: "τ_C", meaning: "capacity (fitness) time constant", unit: "days", range: 20...60,
                source: .literature("Banister impulse–response, ≈ 40 d"), keyPath: \.capacityTime),
            .init(
                name: "fatigueTime", symbol: "τ_F", meaning: "fatigue time constant", unit: "days", range: 5...20,
                source: .literature("Banister impulse–response, ≈ 7–19 d"), keyPath: \.fatigueTime),
            .init(
                name: "fatigueGain", symbol: "k_F", meaning: "steady-state fatigue per load unit", unit: "load units",
                range: 0...0.6, source: .property("P3"), keyPath: \.fatigueGain),
            .init(
                name: "avoidanceFromThreat", symbol: "a_T", meaning: "avoidance per unit threat", unit: "fraction of plan",
                range: 0...1, source: .property("P4"), keyPath: \.avoidanceFromThreat),
            .init(
                name: "avoidanceFromPain", symbol: "a_P", meaning: "avoidance per point of anticipated pain",
                unit: "fraction/point", range: 0...0.1, source: .property("P3"), keyPath: \.avoidanceFromPain),
            .init(
                name: "avoidanceFromGuarding", symbol: "a_U", meaning: "avoidance per unit guarding", unit: "fraction of plan",
                range: 0...0.5, source: .property("P3"), keyPath: \.avoidanceFromGuarding),
            .init(
                name: "willingnessFromUnderstanding", symbol: "a_K", meaning: "extra willingness at full understanding",
                unit: "fraction of plan", range: 0...0.4, source: .property("P10"), keyPath: \.willingnessFromUnderstanding),
            .init(
                name: "quotaCommitment", symbol: "c_Q", meaning: "damping of avoidance by a time-contingent quota", unit: "0–1",
                range: 0...1, source: .property("P7"), keyPath: \.quotaCommitment),
            .init(
                name: "minimumActivity", symbol: "L_min", meaning: "smallest fraction of the plan still done", unit: "0–1",
                range: 0...0.5, source: .property("P4"), keyPath: \.minimumActivity),
            .init(
                name: "expectationWeight", symbol: "ρ", meaning: "weight of top-down expectation at full threat", unit: "0–1",
                range: 0...0.8, source: .property("P10"), keyPath: \.expectationWeight),
            .init(
                name: "sleepPain", symbol: "k_Q", meaning: "direct next-day pain per point of sleep quality below 7",
                unit: "points/point", range: 0...0.4, source: .literature("VA diary study: −0.17 per point better sleep"),
                keyPath: \.sleepPain),
            .init(
                name: "stressPain", symbol: "k_S", meaning: "direct pain per point of stress above 3", unit: "points/point",
                range: 0...0.3, source: .property("P11"), keyPath: \.stressPain),
            .init(
                name: "disabilityFromPain", symbol: "k_D", meaning: "disability per point of the day's pain",
                unit: "1/point", range: 0.01...0.08,
                source: .literature(
                    "Hayden 2021 Cochrane CD009790: exercise improves function (7/100) about half as much as pain (15/100); calibrated"
                ),
                keyPath: \.disabilityFromPain),
            .init(
                name: "expectationRelief", symbol: "x_P", meaning: "relief of a full non-specific expectation trace",
                unit: "points", range: 0...2.5, source: .literature("Linde 2010 sham vs none ≈ 0.45 SD"),
                keyPath: \.expectationRelief),
            .init(
                name: "expectationOcclusion", symbol: "χ",
                meaning: "share of a verum session's specific response occluded by the relief already expected (0 = additive)",
                unit: "0–1", range: 0...1,
                source: .literature(
                    "Linde 2010 BMC Med 8:75: larger sham effects, smaller verum-over-sham effects; placebo and specific effects sub-additive (Lund 2014 PLoS ONE 9:e84104; Boussageon 2022 Br J Clin Pharmacol 88:3638); calibrated"
                ),
                keyPath: \.expectationOcclusion),
            .init(
                name: "shamNeedlingShare", symbol: "s_sham",
                meaning: "share of the largest specific needling jump that a sham session gives (0 = inert sham)",
                unit: "0–1", range: 0...1,
                source: .literature(
                    "penetrating sham needling is not inert: acupuncture beats penetrating sham by less than non-penetrating or non-needle sham (Vickers 2018 J Pain 19:455, Table 7: 0.17 vs 0.48 SD; MacPherson 2014 PLoS ONE 9:e93739; Lund 2009 Chin Med 4:1); calibrated to Linde 2010 BMC Med 8:75"
                ),
                keyPath: \.shamNeedlingShare),
            .init(
                name: "needlingJumpMax", symbol: "A_max", meaning: "largest jump of the specific needling trace", unit: "0–1",
                range: 0...1, source: .calibrated, keyPath: \.needlingJumpMax),
            .init(
                name: "needlingDoseScale", symbol: "n_A", meaning: "needles giving 63 % of the largest jump", unit: "needles",
                range: 1...30, source: .literature("MacPherson 2013: more needles, larger effect"), keyPath: \.needlingDoseScale),
            .init(
                name: "needlingTime", symbol: "τ_A", meaning: "decay of the specific needling trace", unit: "days", range: 1...14,
                source: .property("P5, P7"), keyPath: \.needlingTime),
            .init(
                name: "needlingGainReduction", symbol: "g_A", meaning: "reduction of amplification at A = 1", unit: "0–1",
                range: 0...0.9, source: .calibrated, keyPath: \.needlingGainReduction),
            .init(
                name: "needlingGuardingReduction", symbol: "u_A", meaning: "reduction of guarding at A = 1", unit: "0–1",
                range: 0...0.9, source: .property("P5"), keyPath: \.needlingGuardingReduction),
            .init(
                name: "needlingArousalReduction", symbol: "s_A", meaning: "reduction of arousal (effective stress) at A = 1",
                unit: "0–1", range: 0...0.9, source: .property("P5; fitted within 0.3–0.6"), keyPath: \.needlingArousalReduction),
            .init(
                name: "expectationJump", symbol: "X_jump", meaning: "jump of the non-specific expectation trace at any session",
                unit: "0–1", range: 0...1, source: .calibrated, keyPath: \.expectationJump),
            .init(
                name: "contactExpectationJump", symbol: "X_contact",
                meaning: "jump of the expectation trace at a supervised exercise or education session", unit: "0–1",
                range: 0...1, source: .calibrated, keyPath: \.contactExpectationJump),
            .init(
                name: "expectationTime", symbol: "τ_X", meaning: "decay of the expectation trace", unit: "days", range: 1...21,
                source: .calibrated, keyPath: \.expectationTime),
            .init(
                name: "noiseSD", symbol: "σ", meaning: "SD of day-to-day pain noise", unit: "points", range: 0...2.5,
                source: .literature("Page 2022 J Pain 23:1151: within-person SD ≈ 1.2"), keyPath: \.noiseSD),
            .init(
                name: "noiseAutocorrelation", symbol: "φ", meaning: "lag-1 autocorrelation of pain noise", unit: "0–1",
                range: 0...0.95, source: .property("P12; fitted within 0.45–0.65"), keyPath: \.noiseAutocorrelation),
            .init(
                name: "flareRate", symbol: "λ₀", meaning: "baseline daily probability of a spontaneous flare", unit: "1/day",
                range: 0...0.2, source: .property("P12"), keyPath: \.flareRate),
            .init(
                name: "flareClustering", symbol: "β", meaning: "added flare probability the day after a flare", unit: "1/day",
                range: 0...0.5, source: .property("P12"), keyPath: \.flareClustering),
            .init(
                name: "flareClusterTime", symbol: "τ_β", meaning: "decay of flare self-excitation", unit: "days", range: 1...14,
                source: .property("P12"), keyPath: \.flareClusterTime),
            .init(
                name: "flareSize", symbol: "m_f", meaning: "mean nociceptive size of a spontaneous flare", unit: "a.u.",
                range: 0...1, source: .property("P12"), keyPath: \.flareSize),
            .init(
                name: "sleepVariability", symbol: "σ_Q", meaning: "day-to-day SD of sleep quality", unit: "points", range: 0...3,
                source: .property("P12"), keyPath: \.sleepVariability),
            .init(
                name: "stressVariability", symbol: "σ_S", meaning: "day-to-day SD of stress", unit: "points", range: 0...3,
                source: .property("P12"), keyPath: \.stressVariability),
            .init(
                name: "reportFloor", symbol: "r₀",
                meaning: "felt pain reported as no pain (0 = the rating is the felt pain)", unit: "points", range: 0...2,
                source: .literature(
                    "NRS 0 marks recovery (Kamper 2010 Eur Spine J 19:1495); "
                        + "calibrated to Costa 2012 CMAJ 184:E613 (acute course 12/100 at 6, 6/100 at 12 months)"),
                keyPath: \.reportFloor),
            .init(
                name: "allocationReportShift", symbol: "b_A",
                meaning: "how much lower people who know they are having acupuncture (verum or sham) rate pain in a trial",
                unit: "points", range: 0...2,
                source: .literature(
                    "non-blinded patients exaggerate effects on patient-reported outcomes by 0.56 SD, 0.63 SD "
                        + "in acupuncture trials (Hróbjartsson 2014 Int J Epidemiol 43:1272); calibrated"),
                keyPath: \.allocationReportShift),
        ]
    }

    /// Looks a parameter up by its name.
    public static func info(named name: String) -> ParameterInfo? {
        entries.first { $0.name == name }
    }
}
