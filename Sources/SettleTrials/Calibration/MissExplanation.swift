/// What is known about why a target misses: the model structure behind it, for the report.
enum MissExplanation {
    static let text: [String: String] = [
        "macpherson2017-persistence-vs-none":
            "in the model the needling trace and the expectation trace fade within days of the last session, and the sensitised regime is an attractor: relief during the course rarely moves threat, activity and capacity far enough to cross into the recovered regime, so the effect against usual care fades within a month instead of persisting (the model's P8 says the lasting part must travel through behaviour; in the current structure that route is too weak).",
        "macpherson2017-persistence-vs-sham":
            "same mechanism as the usual-care comparison: the specific effect fades with the needling trace after the course.",
        "hayden2021-exercise-vs-none-pain":
            "exercise acts on pain only slowly, through capacity (gain relief from capacity) and threat extinction; at 3 months the simulated pain benefit is a fraction of Hayden's 15/100 while the disability benefit is close.",
        "hayden2021-exercise-vs-other-pain":
            "as for exercise against usual care: the pain route of exercise is slow in the model.",
        "macedo2010-graded-activity-pain": "as for exercise: graded activity lowers pain slowly through capacity and threat.",
        "costa2012-persistent-course":
            "almost the whole persistent cohort (recovered people injured 60 days before entry) has entered the sensitised regime, whose pain (≈ 7/10) is above Costa's baseline of 51/100, and stays at that attractor under usual care instead of improving.",
        "costa2012-acute-course":
            "about half of the acute patients slide into the sensitised regime and stay there, so mean pain rises to ≈ 50/100 instead of falling to 6/100: the recovered attractor is fragile under the cohort's day-to-day noise and between-person spread, and the fit ranges that keep property P2 (routes into sensitisation) stop the fit from making it more robust.",
        "dasilva2019-recurrence":
            "recurrence depends on the spontaneous flare process (rate and size), which is shared with the day-to-day texture targets (P12); the fit ranges keep flares frequent enough for P12.",
        "vickers2012-backneck-vs-sham":
            "the between-person SD of pain at follow-up is smaller in the simulated cohorts than in trials, so mean differences of the right size in points come out too large as SMDs.",
        "vickers2012-oa-vs-sham": "as for back and neck pain: simulated between-person SD is small, inflating SMDs.",
        "vickers2012-backneck-vs-none": "as above: SMD inflated by a small simulated between-person SD.",
        "vickers2012-headache-vs-none": "as above: SMD inflated by a small simulated between-person SD.",
        "linde2010-sham-vs-none":
            "the sham (expectation) effect is bounded by the verum-vs-sham and verum-vs-none targets, which pull it below Linde's 0.45.",
        "henschke2008-recovery":
            "as for Costa's acute course: too many acute patients enter the sensitised regime, so fewer than half recover within a year and no median can be given.",
        "restore-3y-pain":
            "CFT changes threat and capacity durably, but the pain benefit at 3 years is damped by the sensitised attractor.",
    ]
}
