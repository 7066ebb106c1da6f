// This file is rewritten by `settle calibrate`. Do not edit by hand.
// Report floor and consultation entry (docs/MODEL.md, "The report floor"): reportFloor set to 1.5 by a one-dimensional scan of the calibration loss (release harness, 400 people per design, seed 20240601; 1.40…1.55 give 44.2…45.1 with 20 of 25 verified targets passing; 1.5 keeps the most margin on Costa 2012 acute at 12 months) with the Henschke recovery read as a week rated 0 on most days (mean ≤ 0.5), the da Silva recurrence as 2.5 points above the entry week, and the acute cohorts enrolled on the first day rated 5 or more within 14 days of onset; the other parameters were not refitted. Loss 51.47 → 45.04; 20 of 25 verified targets pass (was 19). Before: Fitted with `Calibration.fit`'s machinery (Nelder–Mead over `Calibration.defaultBounds`, seed 20240601, 400 people per design; release harness) after the slow onset of sensitisation was added (docs/MODEL.md, step 10): 400 evaluations from the previous set with sensitisationTime starting at 60 days and surpriseMargin held at 2.365095, of the calibration loss plus a penalty of 20 + the target's loss for every verified target outside `KnownMisses` that failed (so no passing target was traded away); then threatLearning raised from the fitted 0.1051 to 0.11 (a flare must still teach threat, PredictionErrorTests) and gainFromStress from the fitted 1.1219 to 1.16 (eight weeks of stress 6/10 must still raise sensitivity, P11P12TextureTests). Loss 63.44 → 51.47; 19 of 25 verified targets pass (was 18). Before: after the safety memory, loss 72.21 → 63.44 (18 of 25).

extension Parameters {
    /// The population-average parameter set the product uses (fitted by `settle calibrate`
    /// to the published targets; see docs/CALIBRATION.md).
    public static var calibrated: Parameters {
        var p = Parameters()
        p.gainBaseline = -0.481524
        p.expectationRelief = 0.629844
        p.expectationTime = 13.988500
        p.needlingGainReduction = 0.420571
        p.needlingTime = 3.017141
        p.gainReliefFromCapacity = 0.304588
        p.threatExtinction = 0.004979
        p.educationThreatReduction = 0.152036
        p.flareRate = 0.005765
        p.flareSize = 0.055465
        p.healingTime = 29.577677
        p.threatLearning = 0.110000
        p.surpriseMargin = 2.365095
        p.contactExpectationJump = 0.990524
        p.gainFromStress = 1.160000
        p.gainFromPoorSleep = 1.738402
        p.gainFromThreat = 0.999802
        p.gainSelfExcitation = 1.106964
        p.noiseAutocorrelation = 0.534757
        p.safetyInhibition = 0.999319
        p.safetyLearning = 0.253612
        p.safetyMargin = 1.613489
        p.safetyMemoryTime = 3646.698504
        p.sensitisationTime = 60.308978
        p.reportFloor = 1.500000
        return p
    }
}
