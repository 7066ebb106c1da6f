/// The published targets (from `spec/calibration-targets.json`, by id) and how each is
/// reproduced. Intervals are the papers' 95 % intervals; where a paper gives none, the
/// tolerance and its reason are stated in the figure.
extension CalibrationTarget {
    static let endOfCourse = "pain, end of course (10 weekly sessions, day 70)"

    /// Every target, in the order of calibration-targets.json.
    public static let all: [CalibrationTarget] = [
        .init(
            id: "vickers2012-backneck-vs-sham", source: "Vickers et al. 2012, Arch Intern Med 172:1444", status: .verified,
            metric: .smd(design: "vickers-back-neck", arm: "verum", comparator: "sham", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs sham", value: 0.23, interval: 0.13...0.33, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2012-backneck-vs-none", source: "Vickers et al. 2012", status: .verified,
            metric: .smd(design: "vickers-back-neck", arm: "verum", comparator: "usual-care", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs usual care", value: 0.55, interval: 0.51...0.58, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2012-oa-vs-sham", source: "Vickers et al. 2012", status: .verified,
            metric: .smd(design: "vickers-osteoarthritis", arm: "verum", comparator: "sham", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs sham", value: 0.16, interval: 0.07...0.25, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2012-oa-vs-none", source: "Vickers et al. 2012", status: .verified,
            metric: .smd(design: "vickers-osteoarthritis", arm: "verum", comparator: "usual-care", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs usual care", value: 0.57, interval: 0.50...0.64, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2012-headache-vs-sham", source: "Vickers et al. 2012", status: .verified,
            metric: .smd(design: "vickers-headache", arm: "verum", comparator: "sham", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs sham", value: 0.15, interval: 0.07...0.24, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2012-headache-vs-none", source: "Vickers et al. 2012", status: .verified,
            metric: .smd(design: "vickers-headache", arm: "verum", comparator: "usual-care", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD verum vs usual care", value: 0.42, interval: 0.37...0.46, from: "paper 95% CI")],
            note: endOfCourse),
        .init(
            id: "vickers2018-vs-none", source: "Vickers et al. 2018, J Pain 19:455", status: .approximate,
            metric: .smd(design: "vickers-back-neck", arm: "verum", comparator: "usual-care", day: 70, outcome: .pain),
            figures: [
                .tolerance("SMD verum vs usual care (pooled)", value: 0.5, plusMinus: 0.1, why: "abstract gives a rounded figure")
            ],
            note: "pooled chronic pain, read on the back/neck cohort", weight: 0.3),
        .init(
            id: "vickers2018-vs-sham", source: "Vickers et al. 2018", status: .approximate,
            metric: .smd(design: "vickers-back-neck", arm: "verum", comparator: "sham", day: 70, outcome: .pain),
            figures: [
                .tolerance("SMD verum vs sham (pooled)", value: 0.2, plusMinus: 0.1, why: "abstract gives a rounded figure")
            ],
            note: "pooled chronic pain, read on the back/neck cohort", weight: 0.3),
        .init(
            id: "vickers2018-persistence", source: "Vickers et al. 2018", status: .approximate,
            metric: .persistence(design: "macpherson-persistence", arm: "verum", comparator: "usual-care", early: 84, late: 365),
            figures: [
                .tolerance(
                    "SMD at 12 months / SMD at end of course", value: 0.85, plusMinus: 0.15, why: "abstract gives ≈ 15 % decline")
            ],
            note: "control read as usual care", weight: 0.3),
        .init(
            id: "macpherson2017-persistence-vs-none", source: "MacPherson et al. 2017, Pain 158:784", status: .verified,
            metric: .persistence(design: "macpherson-persistence", arm: "verum", comparator: "usual-care", early: 84, late: 365),
            figures: [
                TargetFigure(
                    "SMD at 12 months / SMD at end of course", value: 0.9, interval: 0.78...1.08,
                    from: "paper's decline per 3 months (−0.014 to 0.037 SD) over 9 months against an end-of-course SMD of ≈ 0.5")
            ],
            note: "12 sessions over 12 weeks; end of course = day 84, 12 months = day 365"),
        .init(
            id: "macpherson2017-persistence-vs-sham", source: "MacPherson et al. 2017", status: .verified,
            metric: .persistence(design: "macpherson-persistence", arm: "verum", comparator: "sham", early: 84, late: 365),
            figures: [
                TargetFigure(
                    "SMD at 12 months / SMD at end of course", value: 0.5, interval: 0.25...1.0,
                    from: "paper's decline per 3 months (0.000 to 0.050 SD) over 9 months against an end-of-course SMD of ≈ 0.2")
            ],
            note: "12 sessions over 12 weeks"),
        .init(
            id: "linde2010-sham-vs-none", source: "Linde et al. 2010, BMC Med 8:75", status: .verified,
            metric: .smd(design: "linde-sham", arm: "sham", comparator: "usual-care", day: 70, outcome: .pain),
            figures: [TargetFigure("SMD sham vs usual care", value: 0.45, interval: 0.34...0.57, from: "paper 95% CI")],
            note: "pain at the end of a 10-session course"),
        .init(
            id: "macpherson2013-dose", source: "MacPherson et al. 2013, PLoS ONE 8:e77438", status: .verified,
            metric: .dose(design: "macpherson-dose"),
            figures: [
                TargetFigure(
                    "SMD gain, 12 vs 6 sessions", value: 0.1, interval: 0.005...1,
                    from: "claim: more sessions give larger effects (p<0.001); any positive gain passes"),
                TargetFigure(
                    "SMD gain, 14 vs 4 needles", value: 0.1, interval: 0.005...1,
                    from: "claim: more needles give larger effects (p=0.010); any positive gain passes"),
            ],
            note: "verum against usual care at day 84", weight: 0.5),
        .init(
            id: "hayden2021-exercise-vs-none-pain", source: "Hayden et al. 2021, Cochrane", status: .verified,
            metric: .meanDifference100(
                design: "hayden-exercise", arm: "exercise", comparator: "usual-care", day: 91, outcome: .pain),
            figures: [TargetFigure("pain MD 0–100", value: 15, interval: 12...18, from: "paper 95% CI")],
            note: "12-week time-contingent programme; ~3 months = day 91"),
        .init(
            id: "hayden2021-exercise-vs-none-function", source: "Hayden et al. 2021", status: .verified,
            metric: .meanDifference100(
                design: "hayden-exercise", arm: "exercise", comparator: "usual-care", day: 91, outcome: .disability),
            figures: [TargetFigure("function MD 0–100 (RMDQ/24×100)", value: 7, interval: 5...8, from: "paper 95% CI")],
            note: "disability on 0–100 = RMDQ / 24 × 100"),
        .init(
            id: "hayden2021-exercise-vs-other-pain", source: "Hayden et al. 2021", status: .verified,
            metric: .meanDifference100(
                design: "hayden-exercise", arm: "exercise", comparator: "other-conservative", day: 91, outcome: .pain),
            figures: [TargetFigure("pain MD 0–100", value: 9, interval: 6...13, from: "paper 95% CI")],
            note: "other conservative care = 8 weekly therapist contacts carrying expectation only"),
        .init(
            id: "macedo2010-graded-activity-pain", source: "Macedo et al. 2010, Phys Ther", status: .verified,
            metric: .meanDifference100(
                design: "macedo-graded-activity", arm: "graded-activity", comparator: "minimal-intervention", day: 91,
                outcome: .pain),
            figures: [TargetFigure("pain MD 0–100", value: 6.2, interval: 3.0...9.4, from: "paper 95% CI")],
            note: "short term = day 91; minimal intervention = no study treatment"),
        .init(
            id: "macedo2010-graded-activity-disability", source: "Macedo et al. 2010", status: .verified,
            metric: .meanDifference100(
                design: "macedo-graded-activity", arm: "graded-activity", comparator: "minimal-intervention", day: 91,
                outcome: .disability),
            figures: [
                .tolerance("disability MD 0–100", value: 6.5, plusMinus: 3.2, why: "no CI given; the pain figure's half-width")
            ],
            note: "disability 0–100 = RMDQ / 24 × 100"),
        .init(
            id: "watson2019-education-fear", source: "Watson et al. 2019, J Pain 20:1140", status: .verified,
            metric: .meanDifference100(
                design: "watson-education", arm: "education", comparator: "control", day: 42, outcome: .fearOfMovement),
            figures: [TargetFigure("fear of movement MD 0–100", value: 13.55, interval: 1.21...25.89, from: "paper 95% CI")],
            note: "4 weekly sessions; short term = day 42; fear 0–100 = (TSK − 17) / 51 × 100"),
        .init(
            id: "watson2019-education-pain", source: "Watson et al. 2019", status: .verified,
            metric: .meanDifference100(
                design: "watson-education", arm: "education", comparator: "control", day: 42, outcome: .pain),
            figures: [TargetFigure("pain MD 0–100", value: 3.2, interval: -0.27...6.66, from: "paper 95% CI")],
            note: "short term = day 42"),
        .init(
            id: "restore-3y-disability", source: "Kent et al. 2023 Lancet 401:1866; Hancock et al. 2025", status: .verified,
            metric: .meanDifferenceRaw(
                design: "restore-cft", arm: "cft", comparator: "usual-care", day: 1095, outcome: .disability),
            figures: [TargetFigure("RMDQ MD at 3 years", value: 3.5, interval: 2.0...4.9, from: "paper 95% CI")],
            note: "CFT = 7 education sessions over 12 weeks + booster at 26 weeks, graded exposure for 26 weeks"),
        .init(
            id: "restore-3y-pain", source: "Hancock et al. 2025", status: .verified,
            metric: .meanDifferenceRaw(design: "restore-cft", arm: "cft", comparator: "usual-care", day: 1095, outcome: .pain),
            figures: [
                .tolerance(
                    "pain 0–10 MD at 3 years", value: 1.0, plusMinus: 0.5,
                    why: "no CI given; similar relative precision to the disability figure")
            ],
            note: "pain 0–10"),
        .init(
            id: "costa2012-persistent-course", source: "Costa et al. 2012, CMAJ 184:E613", status: .verified,
            metric: .painSeries(design: "costa-persistent", arm: "usual-care", days: [0, 42, 182, 364]),
            figures: [
                .tolerance("mean pain 0–100, day 0", value: 51, plusMinus: 7, why: "no CI given; spread between pooled cohorts"),
                .tolerance("mean pain 0–100, day 42", value: 33, plusMinus: 7, why: "no CI given"),
                .tolerance("mean pain 0–100, day 182", value: 26, plusMinus: 7, why: "no CI given"),
                .tolerance("mean pain 0–100, day 364", value: 23, plusMinus: 7, why: "no CI given"),
            ],
            note: "injury 60 days before entry in people who were recovered; entry pain ≥ 3"),
        .init(
            id: "costa2012-acute-course", source: "Costa et al. 2012", status: .verified,
            metric: .painSeries(design: "costa-acute", arm: "usual-care", days: [0, 42, 182, 364]),
            figures: [
                .tolerance("mean pain 0–100, day 0", value: 52, plusMinus: 7, why: "no CI given"),
                .tolerance("mean pain 0–100, day 42", value: 23, plusMinus: 7, why: "no CI given"),
                .tolerance("mean pain 0–100, day 182", value: 12, plusMinus: 7, why: "no CI given"),
                .tolerance("mean pain 0–100, day 364", value: 6, plusMinus: 7, why: "no CI given"),
            ],
            note: "enrolled on the first day rated ≥ 5 within 14 days of the injury; that day is the baseline"),
        .init(
            id: "henschke2008-recovery", source: "Henschke et al. 2008, BMJ", status: .verified,
            metric: .recovery(design: "henschke-recovery", arm: "usual-care"),
            figures: [
                .tolerance("median days to recovery", value: 58, plusMinus: 20, why: "no CI in the target file"),
                .tolerance("share recovered at 12 months", value: 0.72, plusMinus: 0.08, why: "no CI in the target file"),
            ],
            note: "recovered = first day of a 7-day run rated 0 on most days (mean rating ≤ 0.5)"),
        .init(
            id: "dasilva2019-recurrence", source: "da Silva et al. 2019, J Physiother 65:159", status: .verified,
            metric: .recurrence(design: "dasilva-recurrence", arm: "usual-care"),
            figures: [
                TargetFigure(
                    "share with a recurrence within 12 months", value: 0.69, interval: 0.62...0.74, from: "paper 95% CI"),
                .tolerance("median days to recurrence", value: 139, plusMinus: 40, why: "no CI in the target file"),
            ],
            note: "recurrence = 2 consecutive days rated ≥ 2.5 points above the person's entry-week mean"),
        .init(
            id: "page2022-variability", source: "Page et al. 2022, J Pain 23:1151", status: .verified,
            metric: .withinPersonSD(design: "vickers-back-neck", arm: "usual-care"),
            figures: [
                .tolerance(
                    "mean within-person SD of daily ratings", value: 1.2, plusMinus: 0.3,
                    why: "individuals range 0.3–2.9; the mean is held to ±0.3")
            ],
            note: "first 84 diary days of the usual-care arm"),
        .init(
            id: "sleep-next-day-pain", source: "VA diary study, n=111 (see Edwards 2008; Gerhart 2017)", status: .verified,
            metric: .sleepSlope(design: "vickers-back-neck", arm: "usual-care"),
            figures: [
                .tolerance("pain change per 1 point better sleep", value: -0.17, plusMinus: 0.06, why: "no CI in the target file")
            ],
            note: "pooled within-person slope of the day's rating on the night's sleep quality, 84 diary days"),
    ]
}
