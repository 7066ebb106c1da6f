/// Every parameter of the daily protective-response model.
///
/// Units: time constants in days; pain on the 0–10 scale; load in *load units*, where 1.0 is the
/// habitual daily activity of a person without pain (≈ 60 minutes of moderate activity);
/// nociceptive drive, gain drive and traces are dimensionless.
/// `ParameterCatalog.entries` documents the meaning, range and source of each one.
public struct Parameters: Sendable, Codable, Equatable, Hashable {
    // MARK: Periphery
    /// Resting nociceptive drive (a.u., 0–0.2).
    public var nociceptiveFloor: Double = 0.04
    /// Healing time constant of injury nociception (days, 5–60).
    public var healingTime: Double = 14
    /// Nociception added per day per unit of load above tolerance (a.u., 0–1).
    public var overloadNociception: Double = 0.15
    /// Nociceptive drive from ordinary loading at load/tolerance = 1 (a.u., 0–0.3).
    public var loadNociception: Double = 0.05
    /// Nociceptive drive from full muscle guarding (a.u., 0–0.3).
    public var guardingNociception: Double = 0.2

    // MARK: Central gain (sensitivity)
    /// Extra amplification at full sensitisation: effective gain = 1 + gainMax × G (×, 1–10).
    public var gainMax: Double = 6
    /// Relaxation time constant of sensitivity G (days, 5–90); while G rises, `sensitisationTime`
    /// slows it when that is set.
    public var gainTime: Double = 21
    /// Time constant of sensitivity rising from the recovered side (days, 0–180): central
    /// sensitisation consolidates over weeks to months, while its expression relaxes with
    /// `gainTime`. Rising, the daily rate is interpolated in G between this rate (at G = 0) and
    /// the `gainTime` rate (at G = 1), so an established sensitised state that dips comes back
    /// at the usual rate. 0 (the default) uses `gainTime` in both directions — the model with
    /// symmetric sensitivity dynamics.
    public var sensitisationTime: Double = 0
    /// Steepness of the S-shaped gain drive (1/a.u., 4–16). With self-excitation it sets bistability.
    public var gainSteepness: Double = 8
    /// Self-excitation of sensitivity (a.u., 0–1.5): the loop that lets sensitivity maintain itself.
    public var gainSelfExcitation: Double = 1
    /// Threshold of the gain drive (a.u., 0.3–0.7).
    public var gainThreshold: Double = 0.5
    /// Personal baseline of the gain drive (a.u., −0.5–0.3): constitutional vulnerability.
    public var gainBaseline: Double = -0.35
    /// Gain drive per unit of nociceptive drive (a.u., 0–1).
    public var gainFromNociception: Double = 0.7
    /// Gain drive per unit of threat (a.u., 0–1).
    public var gainFromThreat: Double = 0.8
    /// Gain drive per 10 points of stress above 3/10 (a.u., 0–1).
    public var gainFromStress: Double = 0.9
    /// Gain drive per 10 points of sleep quality below 7/10 (a.u., 0–1).
    public var gainFromPoorSleep: Double = 1.2
    /// Reduction of gain drive per load unit of capacity above 1 (exercise-induced
    /// hypoalgesia; deconditioning raises the drive) (a.u., 0–1).
    public var gainReliefFromCapacity: Double = 0.3
    /// Rise of the exercise-training trace Z per load unit done at one structured exercise
    /// session (1/load unit, 0–1): Z ← Z + min(1, e_Z × L) × (1 − Z) on each supervised session
    /// of a planned, time-contingent programme (`DayInput.isExerciseSession`).
    /// Regular exercise training strengthens endogenous (descending) pain inhibition and lowers
    /// pain sensitivity over weeks, beyond the hypoalgesia of a single bout, without being the
    /// day's activity. 0 (the default) builds no training trace — the model without it.
    public var trainingJump: Double = 0
    /// Decay time constant of the exercise-training trace Z (days, 7–180): the training effect
    /// outlasts each session by weeks and fades over weeks once sessions stop.
    public var trainingTime: Double = 56
    /// Reduction of the gain drive at a full exercise-training trace Z = 1 (a.u., 0–1):
    /// trained endogenous inhibition lowers what keeps sensitivity up, so sensitivity relaxes
    /// (with `gainTime`) while the training lasts.
    public var gainReliefFromTraining: Double = 0.6

    // MARK: Threat (harm expectancy) and understanding
    /// The threat level a person returns to with full safe exposure (0–1).
    public var threatFloor: Double = 0.1
    /// Threat learning rate from surprising pain (per unit surprise, 0–2).
    public var threatLearning: Double = 0.35
    /// How far above usual pain a rating must be to count as surprising (points, 0.5–3).
    public var surpriseMargin: Double = 1.5
    /// Threat extinction per day per load unit of safe exposure (1/day, 0–0.05).
    public var threatExtinction: Double = 0.006
    /// Extra threat extinction per point that pain during exposure falls below usual pain
    /// (negative prediction error; per point, 0–2).
    public var reliefLearning: Double = 0.5
    /// Share of exposure value that unstructured daily activity carries compared with planned,
    /// time-contingent exposure (0–1).
    public var unstructuredExposureValue: Double = 0.4
    /// Time constant of the "usual pain" a person expects (days, 3–60).
    public var usualPainTime: Double = 14
    /// Fraction of the distance to the threat floor removed by one education session (0–0.5).
    public var educationThreatReduction: Double = 0.15
    /// Understanding gained per education session (fraction of what remains, 0–0.6).
    public var educationUnderstanding: Double = 0.25
    /// Threat added per day of threatening explanations or advice to rest (fraction of what remains, 0–0.3).
    public var threatAdviceEffect: Double = 0.1
    /// Inhibition of threat's expression at full safety memory S = 1: expressed threat is
    /// T × (1 − ι × S) (0–1). 0 switches the safety memory off (the model without it).
    public var safetyInhibition: Double = 0
    /// Safety memory gained per day per load unit of exposure and per point that pain falls
    /// below usual pain by more than the safety margin (fraction of what remains, 0–1).
    public var safetyLearning: Double = 0.02
    /// Decay time constant of the safety memory (days, 90–3650).
    public var safetyMemoryTime: Double = 730
    /// How far below usual pain a day's pain must fall before it counts as disconfirming
    /// expected harm and builds safety memory (points, 0–5).
    public var safetyMargin: Double = 1.5
    /// Learned relief gained at a care contact per 10 points that the day's pain falls below
    /// usual pain (fraction of what remains, 0–2): relief experienced during care conditions an
    /// expectation of less pain that outlasts the contacts (learned placebo analgesia).
    /// 0 (the default) switches learned relief off — the model without it.
    public var reliefConditioning: Double = 0
    /// Decay time constant of learned relief (days, 30–3650).
    public var learnedReliefTime: Double = 365
    /// Pain relief at full learned relief Y = 1 (points, 0–3).
    public var learnedReliefSize: Double = 1
    /// Reduction of the gain drive at full learned relief Y = 1 (a.u., 0–1): the expected relief
    /// engages descending inhibition, so it also lowers the drive to sensitivity. 0 (the default)
    /// leaves the gain drive untouched.
    public var learnedReliefGainDrive: Double = 0
    /// Share of the learned-relief gain (`reliefConditioning`) that a supervised contact without
    /// needles (an exercise or education session) carries, relative to a verum or sham session (0–1).
    public var contactReliefConditioning: Double = 1

    // MARK: Guarding
    /// Guarding time constant (days, 1–14).
    public var guardingTime: Double = 3
    /// Guarding per unit threat (0–1).
    public var guardingFromThreat: Double = 0.6
    /// Guarding per point of usual pain (0–0.1).
    public var guardingFromPain: Double = 0.04

    // MARK: Capacity and fatigue (Banister impulse–response)
    /// Load tolerance of a fully deconditioned person (load units, 0.2–1).
    public var baseTolerance: Double = 0.6
    /// Capacity (fitness) time constant (days, 20–60; Banister ≈ 40).
    public var capacityTime: Double = 40
    /// Fatigue time constant (days, 5–20; Banister ≈ 7–19).
    public var fatigueTime: Double = 10
    /// Steady-state fatigue per load unit (load units, 0–0.6).
    public var fatigueGain: Double = 0.3

    // MARK: Activity actually done
    /// Avoidance per unit threat (fraction of plan, 0–1).
    public var avoidanceFromThreat: Double = 0.4
    /// Avoidance per point of anticipated pain (fraction of plan, 0–0.1).
    public var avoidanceFromPain: Double = 0.03
    /// Avoidance per unit guarding (fraction of plan, 0–0.5).
    public var avoidanceFromGuarding: Double = 0.1
    /// Extra willingness at full understanding (fraction of plan, 0–0.4).
    public var willingnessFromUnderstanding: Double = 0.2
    /// How much a time-contingent quota damps pain- and threat-driven avoidance (0–1).
    public var quotaCommitment: Double = 0.5
    /// Smallest fraction of the plan a person still does (0–0.5).
    public var minimumActivity: Double = 0.15

    // MARK: Pain reading
    /// Weight of the top-down expectation (threat) at full threat, no understanding (0–0.8).
    public var expectationWeight: Double = 0.5
    /// Direct next-day pain per point of sleep quality below 7/10 (points, 0–0.4).
    public var sleepPain: Double = 0.15
    /// Direct pain per point of stress above 3/10 (points, 0–0.3).
    public var stressPain: Double = 0.1
    /// Disability (fraction of the RMDQ-like 0–24 scale) per point of the day's pain
    /// (1/point, 0.01–0.08); 0.05 (the default) is the model's original reading.
    public var disabilityFromPain: Double = 0.05
    /// Pain relief of a full non-specific expectation trace X = 1 (points, 0–2.5).
    public var expectationRelief: Double = 1.0
    /// Occlusion of a verum session's specific response by the relief the person already
    /// expects (0–1): the needling jump is scaled by 1 − χ × X, with X the expectation trace
    /// carried into the session from earlier sessions or contacts, so specific and non-specific
    /// effects are sub-additive over a course. A first session (X = 0) is unaffected.
    /// 0 (the default) adds them — the model without occlusion.
    public var expectationOcclusion: Double = 0

    // MARK: Acupuncture
    /// Largest jump of the specific needling trace at one session (0–1).
    public var needlingJumpMax: Double = 0.85
    /// Needle count giving 63 % of the largest jump (needles, 1–30).
    public var needlingDoseScale: Double = 8
    /// Decay time constant of the specific needling trace (days, 1–14).
    public var needlingTime: Double = 4
    /// Fractional reduction of the *amplification* (gain above 1) at trace A = 1 (0–0.9).
    public var needlingGainReduction: Double = 0.4
    /// Fractional reduction of guarding at trace A = 1 (0–0.9).
    public var needlingGuardingReduction: Double = 0.5
    /// Fractional reduction of arousal (effective stress) at trace A = 1 (0–0.9).
    public var needlingArousalReduction: Double = 0.3
    /// Share of the largest specific jump (`needlingJumpMax`) that a sham session gives the
    /// needling trace A (0–1): sham needling that pierces or presses the skin away from the
    /// points is not physiologically inert, so sham arms carry part of the specific response.
    /// The jump is occluded by the expectation carried into the session like a verum one.
    /// 0 (the default) makes sham purely non-specific — the model without it.
    public var shamNeedlingShare: Double = 0
    /// Jump of the non-specific expectation trace X at a verum or sham session (0–1).
    public var expectationJump: Double = 0.6
    /// Jump of the expectation trace at a supervised contact without needles (exercise or
    /// education session) (0–1).
    public var contactExpectationJump: Double = 0.4
    /// Decay time constant of the expectation trace (days, 1–21).
    public var expectationTime: Double = 6

    // MARK: Day-to-day texture (stochastic simulation only)
    /// SD of the autocorrelated day-to-day pain noise (points, 0–2.5).
    public var noiseSD: Double = 0.9
    /// Lag-1 autocorrelation of that noise (0–0.95).
    public var noiseAutocorrelation: Double = 0.45
    /// Baseline probability of a spontaneous flare per day (0–0.2).
    public var flareRate: Double = 0.02
    /// Added flare probability the day after a flare (self-excitation, 0–0.5).
    public var flareClustering: Double = 0.15
    /// Decay time constant of flare self-excitation (days, 1–14).
    public var flareClusterTime: Double = 4
    /// Mean nociceptive size of a spontaneous flare (a.u., 0–1).
    public var flareSize: Double = 0.15
    /// Day-to-day SD of sleep quality around its set value (points, 0–3).
    public var sleepVariability: Double = 1.2
    /// Day-to-day SD of stress around its set value (points, 0–3).
    public var stressVariability: Double = 1.0

    // MARK: Report
    /// Report floor r₀ of the 0–10 rating (points, 0–2): felt pain at or below it is reported
    /// as no pain (0), the band r₀…2r₀ is stretched onto 0…2r₀, and from 2r₀ up the report is
    /// the felt pain. It changes only the rating (`DayOutcome.painRating`), never the dynamics.
    /// 0 (the default) reports the felt pain — the model without a report floor.
    public var reportFloor: Double = 0
    /// Allocation-aware reporting b_A (points, 0–2): in a trial, people who know they are having
    /// a course of acupuncture (verum or sham — a sham patient cannot tell) rate their pain this
    /// much lower than they feel it, from their first session on (clipped at 0); people allocated
    /// to no acupuncture report as they feel. Read by the trial runner only: felt pain, every
    /// state and the model's own rating (`DayOutcome.painRating`) never see it. 0 (the default)
    /// is the model without it. Source: unblinded patients exaggerate effects on patient-reported
    /// outcomes (Hróbjartsson et al. 2014 Int J Epidemiol 43:1272).
    public var allocationReportShift: Double = 0

    /// The default (uncalibrated starting) parameter set.
    public init() {}
}
