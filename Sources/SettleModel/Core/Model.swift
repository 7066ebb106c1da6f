#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The daily protective-response model for one person: parameters plus precomputed decay factors.
///
/// `step` advances one day. It is pure: the same state, input and shocks always give the same
/// result. Equations are in docs/MODEL.md.
public struct Model: Sendable, Equatable {
    /// The person's parameters.
    public let parameters: Parameters
    /// Whether behaviour is held fixed: activity equals the plan and threat and understanding
    /// do not learn (used to isolate needling effects, P6 and P8).
    public let holdBehaviour: Bool

    @usableFromInline let decayN: Double
    @usableFromInline let rateG: Double
    @usableFromInline let rateGUp: Double
    /// Whether sensitivity rises at its own rate (`sensitisationTime` > 0).
    @usableFromInline let slowOnset: Bool
    @usableFromInline let rateE: Double
    @usableFromInline let rateEDown: Double
    @usableFromInline let rateU: Double
    @usableFromInline let decayC: Double
    @usableFromInline let decayF: Double
    @usableFromInline let gainC: Double
    @usableFromInline let gainF: Double
    @usableFromInline let decayA: Double
    @usableFromInline let decayX: Double
    @usableFromInline let decayFlare: Double
    @usableFromInline let decaySafety: Double
    @usableFromInline let decayTraining: Double
    @usableFromInline let decayLearnedRelief: Double
    @usableFromInline let innovationSD: Double

    /// Creates a model for one person.
    public init(parameters: Parameters = Parameters(), holdBehaviour: Bool = false) {
        self.parameters = parameters
        self.holdBehaviour = holdBehaviour
        let p = parameters
        decayN = exp(-1 / p.healingTime)
        rateG = 1 - exp(-1 / p.gainTime)
        rateGUp = p.sensitisationTime > 0 ? 1 - exp(-1 / p.sensitisationTime) : 1 - exp(-1 / p.gainTime)
        slowOnset = p.sensitisationTime > 0
        rateE = 1 - exp(-1 / p.usualPainTime)
        rateEDown = 1 - exp(-1 / (3 * p.usualPainTime))
        rateU = 1 - exp(-1 / p.guardingTime)
        decayC = exp(-1 / p.capacityTime)
        decayF = exp(-1 / p.fatigueTime)
        // Impulse gains so that a constant load L gives capacity L and fatigue fatigueGain × L.
        gainC = 1 - decayC
        gainF = p.fatigueGain * (1 - decayF)
        decayA = exp(-1 / p.needlingTime)
        decayX = exp(-1 / p.expectationTime)
        decayFlare = exp(-1 / p.flareClusterTime)
        decaySafety = exp(-1 / p.safetyMemoryTime)
        decayTraining = exp(-1 / p.trainingTime)
        decayLearnedRelief = exp(-1 / p.learnedReliefTime)
        innovationSD = p.noiseSD * (1 - p.noiseAutocorrelation * p.noiseAutocorrelation).squareRoot()
    }

    /// Load tolerance for a state (load units): base + capacity − fatigue, never below 0.1.
    @inlinable
    public func tolerance(_ s: ModelState) -> Double {
        max(0.1, parameters.baseTolerance + s.capacity - s.fatigue)
    }

    /// Effective central gain for a state (≥ 1): 1 + gainMax × G × (1 − g_A × A).
    @inlinable
    public func effectiveGain(_ s: ModelState) -> Double {
        1 + parameters.gainMax * s.sensitivity * (1 - parameters.needlingGainReduction * s.needling)
    }

    /// Threat as expressed in guarding, avoidance, the pain prior, the gain drive and fear of
    /// movement (0–1): T × (1 − ι × S), the threat memory inhibited by the safety memory.
    @inlinable
    public func expressedThreat(_ s: ModelState) -> Double {
        s.threat * (1 - parameters.safetyInhibition * s.safety)
    }

    /// The 0–10 level a person reports for felt pain `pain` (0–10), before rounding: felt pain
    /// at or below the report floor r₀ (`reportFloor`) is reported as no pain, the band r₀…2r₀
    /// is stretched onto 0…2r₀, and from 2r₀ up the report is the felt pain. With r₀ = 0 (the
    /// default) the report is the felt pain.
    @inlinable
    public func reportedPain(_ pain: Double) -> Double {
        let floor = parameters.reportFloor
        guard floor > 0 else { return pain }
        if pain <= floor { return 0 }
        return pain < 2 * floor ? 2 * (pain - floor) : pain
    }

    /// Advances `state` by one day under `input` and `shocks`, returning the day's outcome.
    @inlinable @inline(__always)
    public func step(_ state: inout ModelState, _ input: DayInput, shocks: DayShocks = .none) -> DayOutcome {
        let p = parameters
        var s = state

        // 1. Sessions: traces decay, then jump on a session day (before the day's pain). The
        //    relief a person already expects from earlier sessions occludes part of a verum
        //    session's specific response (χ; 0 = the two add).
        s.needling *= decayA
        s.expectation *= decayX
        //    A sham session gives a share of the largest jump (s_sham; 0 = inert sham).
        if input.verumNeedles > 0 {
            let dose = p.needlingJumpMax * (1 - ReproducibleMath.exp(-input.verumNeedles / p.needlingDoseScale))
            let jump = dose * (1 - p.expectationOcclusion * s.expectation)
            s.needling += jump * (1 - s.needling)
        } else if input.sham, p.shamNeedlingShare > 0 {
            let jump = p.shamNeedlingShare * p.needlingJumpMax * (1 - p.expectationOcclusion * s.expectation)
            s.needling += jump * (1 - s.needling)
        }
        if input.hasNeedlingSession {
            s.expectation += p.expectationJump * (1 - s.expectation)
        } else if input.careContact {
            s.expectation += p.contactExpectationJump * (1 - s.expectation)
        }
        //    The exercise-training trace fades over weeks (it grows in step 11 on a session day).
        s.training *= decayTraining

        // 2. Education and advice act on understanding and threat.
        if !holdBehaviour {
            if input.education > 0 {
                let dose = min(input.education, 2)
                s.understanding += (1 - s.understanding) * min(1, p.educationUnderstanding * dose)
                s.threat -= (s.threat - p.threatFloor) * min(1, p.educationThreatReduction * dose)
            }
            if input.threatAdvice > 0 {
                s.threat += (1 - s.threat) * p.threatAdviceEffect * min(input.threatAdvice, 1)
            }
        }

        // 3. Today's sleep and stress (with day-to-day variation in stochastic runs);
        //    needling lowers arousal.
        let sleep = min(10, max(0, input.sleep + p.sleepVariability * shocks.sleep))
        let rawStress = min(10, max(0, input.stress + p.stressVariability * shocks.stress))
        let stress = rawStress * (1 - p.needlingArousalReduction * s.needling)

        // 4. Peripheral drive: healing, new injury, forced and spontaneous flares.
        s.flareExcitation *= decayFlare
        var spontaneous = false
        var flareDrive = input.flare
        if shocks.flareDraw < p.flareRate + s.flareExcitation {
            spontaneous = true
            flareDrive += -log(shocks.flareSizeDraw) * p.flareSize
            s.flareExcitation += p.flareClustering
        }
        s.nociception = s.nociception * decayN + input.injury + flareDrive

        // 5. Guarding follows (expressed) threat and usual pain, lowered by needling.
        let threat = expressedThreat(s)
        let guardTarget =
            min(1, p.guardingFromThreat * threat + p.guardingFromPain * s.usualPain)
            * (1 - p.needlingGuardingReduction * s.needling)
        s.guarding += (guardTarget - s.guarding) * rateU

        // 6. Activity done: the plan scaled by willingness (threat, anticipated pain, guarding).
        let activity: Double
        if holdBehaviour {
            activity = max(0, input.plannedLoad)
        } else {
            let commitment = input.timeContingent ? (1 - p.quotaCommitment) : 1
            let avoidance =
                p.avoidanceFromThreat * threat + p.avoidanceFromPain * s.lastPain
                + p.avoidanceFromGuarding * s.guarding
            let willingness = 1 - commitment * avoidance + p.willingnessFromUnderstanding * s.understanding
            activity = max(0, input.plannedLoad) * min(1.1, max(p.minimumActivity, willingness))
        }

        // 7. Load against tolerance; overload adds nociception.
        let tol = tolerance(s)
        let ratio = activity / tol
        if ratio > 1 { s.nociception += p.overloadNociception * (ratio - 1) }

        // 8. Pain: bottom-up (gain × drive) weighed against top-down expectation (threat).
        let gain = effectiveGain(s)
        let drive =
            p.nociceptiveFloor + s.nociception + p.guardingNociception * s.guarding
            + p.loadNociception * ratio * ratio
        let sensory = 10 * (1 - ReproducibleMath.exp(-gain * drive))
        let priorWeight = p.expectationWeight * threat * (1 - 0.5 * s.understanding)
        var pain = (1 - priorWeight) * sensory + priorWeight * 10 * threat
        pain += p.sleepPain * (7 - sleep) + p.stressPain * (stress - 3) - p.expectationRelief * s.expectation
        if p.reliefConditioning > 0 { pain -= p.learnedReliefSize * s.learnedRelief }
        // The pain the modelled state explains, before the day-to-day fluctuation: threat learns
        // from it (step 9), so ordinary fluctuations of the size a person is used to teach nothing.
        let signal = min(10, max(0, pain))
        s.noise = p.noiseAutocorrelation * s.noise + innovationSD * shocks.painNoise
        pain = min(10, max(0, pain + s.noise))
        let rating = Int(reportedPain(pain) + 0.5)  // ≥ 0: truncation is rounding half up

        // 9. Threat learns from surprise and unlearns from safe exposure; exposure that hurts
        //    less than expected also builds the slowly fading safety memory.
        let surpriseThreshold = s.usualPain + p.surpriseMargin
        if !holdBehaviour {
            s.safety *= decaySafety
            if signal > surpriseThreshold {
                let surprise = (signal - surpriseThreshold) / 10 * (1 - 0.5 * s.understanding)
                s.threat += p.threatLearning * surprise * (1 - s.threat)
            } else {
                let exposureValue = input.timeContingent ? 1 : p.unstructuredExposureValue
                // Rescorla–Wagner: exposure that hurts less than expected disconfirms threat faster.
                let relief = max(0, s.usualPain - signal)
                let extinction = min(1, p.threatExtinction * activity * exposureValue * (1 + p.reliefLearning * relief))
                s.threat -= extinction * (s.threat - p.threatFloor)
                // Inhibitory learning: the violated harm expectation leaves a separate memory.
                let disconfirmation = max(0, relief - p.safetyMargin)
                s.safety += min(1, p.safetyLearning * activity * exposureValue * disconfirmation) * (1 - s.safety)
            }
            // Learned relief: relief felt at a care contact conditions an expectation of less
            // pain that outlasts the contacts (learned placebo analgesia; 0 = off).
            if p.reliefConditioning > 0 {
                s.learnedRelief *= decayLearnedRelief
                // Conditioning needs a ritual that carries expectation: a contact whose
                // expectation jump is 0 conditions nothing.
                let rate =
                    input.hasNeedlingSession
                    ? (p.expectationJump > 0 ? p.reliefConditioning : 0)
                    : input.careContact && p.contactExpectationJump > 0
                        ? p.reliefConditioning * p.contactReliefConditioning : 0
                if rate > 0 {
                    let felt = max(0, s.usualPain - signal) / 10
                    s.learnedRelief += min(1, rate * felt) * (1 - s.learnedRelief)
                }
            }
        }
        let isFlare = pain >= s.usualPain + 2
        // Usual pain rises at its own pace but falls three times slower: relief is not trusted
        // at once, so the fading of a treatment's relief is not read as a surprise.
        s.usualPain += (pain - s.usualPain) * (pain > s.usualPain ? rateE : rateEDown)
        s.lastPain = pain

        // 10. Sensitivity relaxes towards an S-shaped target (bistable through self-excitation).
        let gainDrive =
            p.gainBaseline + p.gainFromNociception * s.nociception + p.gainFromThreat * expressedThreat(s)
            + p.gainFromStress * (stress - 3) / 10 + p.gainFromPoorSleep * (7 - sleep) / 10
            - p.gainReliefFromCapacity * (s.capacity - 1) - p.gainReliefFromTraining * s.training
            - p.learnedReliefGainDrive * s.learnedRelief
        let x = p.gainSteepness * (p.gainSelfExcitation * s.sensitivity + gainDrive - p.gainThreshold)
        let target = 1 / (1 + ReproducibleMath.exp(-x))
        // Rising, sensitivity builds at r_G↑ from the recovered side and at r_G once established
        // (interpolated in G): a new sensitised state consolidates slowly, an established one
        // that dips is restored at the usual rate. With τ_G↑ = 0 the rate is r_G both ways.
        // A select, not a branch: whether G rises changes from day to day unpredictably.
        let risingRate = rateGUp * (1 - s.sensitivity) + rateG * s.sensitivity
        let rate = slowOnset && target > s.sensitivity ? risingRate : rateG
        s.sensitivity += (target - s.sensitivity) * rate

        // 11. Capacity and fatigue respond to the load done (Banister); exercise training.
        s.capacity = s.capacity * decayC + gainC * activity
        s.fatigue = s.fatigue * decayF + gainF * activity
        //     A structured exercise session trains in proportion to the load done (e_Z; 0 = no
        //     training): the trace lowers the drive of step 10 from tomorrow, never the activity.
        if input.isExerciseSession {
            s.training += min(1, p.trainingJump * activity) * (1 - s.training)
        }

        state = s
        let deficit = max(0, 1 - activity)
        let disability = 24 * min(1, max(0, p.disabilityFromPain * pain + 0.2 * s.guarding + 0.3 * deficit))
        return DayOutcome(
            pain: pain, painRating: min(10, max(0, rating)), activity: activity, tolerance: tol,
            effectiveGain: gain, disability: disability, fearOfMovement: 17 + 51 * expressedThreat(s),
            isFlare: isFlare, spontaneousFlare: spontaneous)
    }

    /// Runs neutral days (habitual activity, sleep 7, stress 3, no care) from `state` until it
    /// settles: the attractor the state belongs to (recovered or sensitised).
    public func settle(_ state: ModelState, days: Int = 1_000, input: DayInput = DayInput()) -> ModelState {
        var s = state
        for _ in 0..<days { _ = step(&s, input) }
        return s
    }
}
