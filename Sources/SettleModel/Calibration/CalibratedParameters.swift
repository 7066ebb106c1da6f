// This file is rewritten by `settle calibrate`. Do not edit by hand.
//
// Fit record, newest first (one paragraph per fit):
//
// Sham's advantage over usual care (docs/MODEL.md, "What the two persistence figures imply"):
// expectationJump (X_jump) added to the fit. Robust Nelder–Mead (`settle calibrate --also-at
// 1000,2000`'s objective, release harness, seed 20240601): 110 evaluations (initial step 0.4) from
// the previous set with b_A = 0.5 and X_jump = 0.15, then 90 (step 0.15) from the best, over
// allocationReportShift, expectationJump, shamNeedlingShare, needlingGainReduction,
// expectationOcclusion, expectationRelief, safetyLearning, contactExpectationJump,
// gainReliefFromTraining and trainingJump (objective 32.87 for the previous set → 30.90). b_A 0.110
// → 0.317 points, X_jump 0.60 → 0.150, s_sham 0.231 → 0.291, w_Z 0.689 → 0.741; the others moved by
// less than 0.03. Loss 29.99 / 32.03 / 33.17 → 28.94 / 30.18 / 31.54 at 400 / 1,000 / 2,000; 23 of
// 25 verified targets pass at every size. Sham vs usual care keeps 0.47 of its end-of-course mean
// difference at 12 months (was 0.29).
//
// Allocation-aware reporting (docs/MODEL.md, "Allocation-aware reporting"): allocationReportShift
// (b_A) added to the fit. Nelder–Mead (`NelderMead`, release harness, `Calibration.evaluate` at
// 400, 1,000 and 2,000 people per design, seed 20240601), 90 evaluations from the previous set with
// b_A starting at 0.3, over allocationReportShift, expectationRelief, contactExpectationJump,
// expectationOcclusion, shamNeedlingShare, needlingGainReduction, needlingArousalReduction,
// trainingJump, gainReliefFromTraining and safetyLearning, of the mean over the three sizes of the
// calibration loss plus 20 + the target's loss for every verified target other than
// macpherson2017-persistence-vs-none and henschke2008-recovery that failed, plus 40 × how far each
// verified figure lies inside the last 4 % of its interval (objective 41.33 → 32.87; the same run
// without b_A reached 37.21). Loss 33.16 / 36.19 / 38.14 → 29.99 / 32.03 / 33.17 at 400 / 1,000 /
// 2,000; 23 of 25 verified targets pass at every size.
//
// Holding at larger cohorts (docs/MODEL.md, "Holding at larger cohorts"): the previous set was
// tuned to the Monte-Carlo noise of 400 people per design (at 1,000 per design 21 of 25 verified
// targets passed, at 2,000 22). Nelder–Mead (`NelderMead`, release harness, `Calibration.evaluate`
// at 400, 1,000 and 2,000 people per design, seed 20240601) of the mean over the three sizes of the
// calibration loss plus 20 + the target's loss for every verified target other than
// macpherson2017-persistence-vs-none and henschke2008-recovery that failed, plus 40 × how far each
// verified figure lies inside the last 4 % of its interval, plus the property-test margins (P5
// one-session gain drop at days 1 and 3, P7 window advantage in capacity and threat,
// SafetyMemoryTests' late advantage; 30 + 1000 × the shortfall below each test's threshold). Four
// runs, 303 evaluations: 81 over expectationRelief, contactExpectationJump, expectationOcclusion,
// shamNeedlingShare, needlingGainReduction, trainingJump and gainReliefFromTraining; 82 over
// expectationOcclusion, shamNeedlingShare, needlingArousalReduction, expectationRelief and
// needlingGainReduction (it found a set passing all 23 at every size whose SafetyMemoryTests late
// advantage, 0.098, fails the test's 0.12); 82 adding safetyLearning with the property penalties
// made hard (no improvement); and 60 over expectationOcclusion, needlingGainReduction,
// shamNeedlingShare, needlingArousalReduction and expectationRelief from χ 0.85 and g_A 0.48, whose
// best set is written here (the last two runs from the exercise parameters of the first); a fifth
// run of 67 evaluations from it over expectationOcclusion, expectationRelief,
// needlingGainReduction, needlingArousalReduction, shamNeedlingShare and needlingTime found nothing
// better (370 evaluations in all). Loss at 400 / 1,000 / 2,000 people per design 34.18 / 39.68 /
// 41.88 → 33.81 / 38.74 / 41.13; verified targets passing 23 / 21 / 22 → 23 / 22 / 22
// (macedo2010-graded-activity-pain now passes at every size; vickers2012-backneck-vs-none still
// fails at 1,000 and 2,000, 0.603 and 0.607 against ≤ 0.58).
//
// Exercise training (docs/MODEL.md, "Exercise training lowers the drive to sensitivity"):
// trainingJump, trainingTime, gainReliefFromTraining and disabilityFromPain set by grids of
// `Calibration.evaluate` (release harness, seed 20240601, 400 people per design; about 290
// evaluations over w_Z 0.15–0.8, τ_Z 14–70 days, e_Z 0.015–0.2 and k_D 0.015–0.0173, and over a
// gain-route variant measured first) choosing balanced margins on hayden2021-exercise-vs-none-pain
// (≥ 12), hayden2021-exercise-vs-none-function (≤ 8) and macedo2010-graded-activity-pain (≤ 9.4):
// trainingJump 0.03, trainingTime 56, gainReliefFromTraining 0.6 (the last two the defaults of
// `Parameters()`), disabilityFromPain 0.017333 → 0.0155; the other parameters were not refitted.
// Loss 35.19 → 34.18; 23 of 25 verified targets pass (was 22: hayden2021-exercise-vs-none-pain now
// passes).
//
// Sham needling share (docs/MODEL.md, "Sham needling carries part of the specific response"):
// Nelder–Mead (`Calibration`/`NelderMead` machinery, release harness, seed 20240601, 400 people per
// design) over shamNeedlingShare, expectationOcclusion, expectationRelief, needlingGainReduction,
// needlingTime and needlingArousalReduction from the previous set with shamNeedlingShare 0.17,
// expectationOcclusion 0.6 and needlingArousalReduction 0.5, 159 evaluations, of the calibration
// loss plus 20 + the target's loss for every verified target other than
// macpherson2017-persistence-vs-none, henschke2008-recovery and hayden2021-exercise-vs-none-pain
// that failed, plus 40 × how far each acupuncture target at an edge (back/neck vs sham and vs usual
// care, osteoarthritis vs sham, headache vs sham, Linde 2010) lies beyond 0.8 of its half-width
// from the centre, plus the property-test margins (P5 one-session gain drop, P7 window advantage,
// SafetyMemoryTests' course). Loss 36.85 → 35.19; 22 of 25 verified targets pass (was 21:
// linde2010-sham-vs-none now passes).
//
// Fitted with `Calibration.fit`'s machinery (Nelder–Mead over `Calibration.defaultBounds`, seed
// 20240601, 400 people per design; release harness) after expectation occlusion (χ) and the
// disability reading of pain (k_D) were added (docs/MODEL.md, "Sub-additive specific and
// non-specific effects"): 313 evaluations from the previous set with χ = 0.7, over
// expectationRelief, expectationTime, needlingGainReduction, needlingTime, gainReliefFromCapacity,
// educationThreatReduction, contactExpectationJump, safetyLearning, safetyMargin,
// expectationOcclusion and disabilityFromPain (the natural-course parameters held), of the
// calibration loss plus 20 + the target's loss for every verified target other than
// macpherson2017-persistence-vs-none, costa2012-acute-course and henschke2008-recovery that failed,
// plus penalties that keep the property tests' margins (P5 one-session gain drop, P7 window
// advantage, SafetyMemoryTests' course). On the previous model the fit gave loss 51.47 → 43.00 (20
// of 25); merged onto the report floor (reportFloor 1.5, not refitted): loss 45.04 → 36.85; 21 of
// 25 verified targets pass (was 20).
//
// Report floor and consultation entry (docs/MODEL.md, "The report floor"): reportFloor set to 1.5
// by a one-dimensional scan of the calibration loss (release harness, 400 people per design, seed
// 20240601; 1.40…1.55 give 44.2…45.1 with 20 of 25 verified targets passing; 1.5 keeps the most
// margin on Costa 2012 acute at 12 months) with the Henschke recovery read as a week rated 0 on
// most days (mean ≤ 0.5), the da Silva recurrence as 2.5 points above the entry week, and the acute
// cohorts enrolled on the first day rated 5 or more within 14 days of onset; the other parameters
// were not refitted. Loss 51.47 → 45.04; 20 of 25 verified targets pass (was 19).
//
// Fitted with `Calibration.fit`'s machinery (Nelder–Mead over `Calibration.defaultBounds`, seed
// 20240601, 400 people per design; release harness) after the slow onset of sensitisation was added
// (docs/MODEL.md, step 10): 400 evaluations from the previous set with sensitisationTime starting
// at 60 days and surpriseMargin held at 2.365095, of the calibration loss plus a penalty of 20 +
// the target's loss for every verified target outside `KnownMisses` that failed (so no passing
// target was traded away); then threatLearning raised from the fitted 0.1051 to 0.11 (a flare must
// still teach threat, PredictionErrorTests) and gainFromStress from the fitted 1.1219 to 1.16
// (eight weeks of stress 6/10 must still raise sensitivity, P11P12TextureTests). Loss 63.44 →
// 51.47; 19 of 25 verified targets pass (was 18).
//
// after the safety memory, loss 72.21 → 63.44 (18 of 25).

extension Parameters {
    /// The population-average parameter set the product uses (fitted by `settle calibrate`
    /// to the published targets; see docs/CALIBRATION.md).
    public static var calibrated: Parameters {
        var p = Parameters()
        p.gainBaseline = -0.481524
        p.expectationRelief = 0.585907
        p.expectationTime = 13.989279
        p.needlingGainReduction = 0.509766
        p.needlingTime = 3.162393
        p.gainReliefFromCapacity = 0.307989
        p.threatExtinction = 0.004979
        p.educationThreatReduction = 0.143462
        p.flareRate = 0.005765
        p.flareSize = 0.055465
        p.healingTime = 29.577677
        p.threatLearning = 0.110000
        p.surpriseMargin = 2.365095
        p.contactExpectationJump = 0.988458
        p.gainFromStress = 1.160000
        p.gainFromPoorSleep = 1.738402
        p.gainFromThreat = 0.999802
        p.gainSelfExcitation = 1.106964
        p.noiseAutocorrelation = 0.534757
        p.safetyInhibition = 0.999319
        p.safetyLearning = 0.270533
        p.safetyMargin = 1.408008
        p.safetyMemoryTime = 3646.698504
        p.sensitisationTime = 60.308978
        p.reportFloor = 1.500000
        p.expectationOcclusion = 0.725022
        p.disabilityFromPain = 0.015500
        p.shamNeedlingShare = 0.291072
        p.needlingArousalReduction = 0.577230
        p.trainingJump = 0.047056
        p.gainReliefFromTraining = 0.740782
        p.allocationReportShift = 0.316932
        p.expectationJump = 0.150447
        return p
    }
}
