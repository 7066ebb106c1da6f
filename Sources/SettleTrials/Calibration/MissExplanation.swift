/// What is known about why a target misses: the model structure behind it, for the report.
enum MissExplanation {
    static let text: [String: String] = [
        "macpherson2017-persistence-vs-none":
            "about two thirds of the end-of-course effect against usual care is the needling and expectation traces, which P5 and P8 require to fade, and the spread of pain between people is about 30 % larger at 12 months than at the end of the course, so the SMD ratio reaches about 0.3–0.4. Allocation-aware reporting (people having verum or sham rate pain b_A lower, docs/MODEL.md) is fitted at only 0.11 points: a shift large enough to carry sham vs usual care through the year lifts the end-of-course comparisons against usual care out of their intervals as much as it lifts the 12-month one. Learned relief (docs/MODEL.md, \"Learned relief\"; off in the calibrated set) passes it in a refit (0.81, 23 of 25 targets, loss 16.8) by carrying most of a course's relief in a slowly fading conditioned expectation, but that leaves the single-session window (P7), the held-behaviour relief (P8) and the safety memory's course (SafetyMemoryTests) below their tests' margins, so it was not adopted.",
        "macpherson2017-persistence-vs-sham":
            "the specific effect fades with the needling trace after the course; the safety memory it builds keeps part of it.",
        "hayden2021-exercise-vs-none-pain":
            "the programme's 24 supervised sessions build the exercise-training trace Z (docs/MODEL.md, \"Exercise training lowers the drive to sensitivity\"), which lowers the gain drive for weeks, so sensitivity relaxes while the programme lasts; with it the pain benefit at 3 months is about 12.5/100 (10.3 without: then it was almost all the expectation trace of the contacts). It sits in the lower part of the interval because graded activity's weekly sessions share the route and Macedo 2010's pain benefit (≤ 9.4) and Hayden's function benefit (≤ 8) bound it.",
        "hayden2021-exercise-vs-none-function":
            "the disability benefit of exercise follows its pain benefit through guarding and avoidance as well as the day's pain (k_D); the training trace raises the pain benefit about 2.7 times as fast as the function benefit (at a fixed k_D), so both fit, function in the upper part of its interval.",
        "hayden2021-exercise-vs-other-pain":
            "the training trace is built by the exercise programme's sessions, not by the other care's contacts, which carry expectation only.",
        "macedo2010-graded-activity-pain":
            "graded activity is a structured programme too and shares the training route, but with weekly sessions at a lower load it builds about half of exercise's trace (its pain benefit rises about 0.38 points for each point exercise gains); at about 9/100 it is in the upper part of the interval and bounds the exercise benefit.",
        "costa2012-persistent-course":
            "sensitisation now consolidates slowly (τ_G↑, docs/MODEL.md step 10), so fewer people who still have an injury cross into the sensitised regime before it heals and the course falls from 50 to 30/100; at 12 months the simulated mean (about 30) sits at the top of the interval, because those who did sensitise stay near 6/10.",
        "costa2012-acute-course":
            "people enrol on the day they seek care, the first day their pain is rated 5 or more, so the entry mean is that bad day (about 53) and pain regresses from it; with the slow onset of sensitisation and the report floor the 6- and 12-month means fall to about 12/100, at the upper part of the interval, because those who sensitise stay near 6/10.",
        "dasilva2019-recurrence":
            "recurrence comes from spontaneous flares, rating noise and the few recovered people who sensitise again; flares are rarer and smaller, which brings the median time close to da Silva's; the share within a year depends on how often noise alone gives two days rated 3 or more.",
        "vickers2012-backneck-vs-sham":
            "the between-person SD of pain at follow-up is smaller in the simulated cohorts than in trials, so mean differences of the right size in points come out too large as SMDs.",
        "vickers2012-oa-vs-sham":
            "as for back and neck pain, the simulated between-person SD is small, inflating SMDs; the safety memory adds a little to the verum arm's relief at the end of the course.",
        "vickers2012-backneck-vs-none":
            "the design enrols as the trials behind the comparison did (Witt et al. 2006's ARC trials: pain for more than 6 months, no threshold on baseline intensity); with the generic entry (3 months, baseline ≥ 4/10) it read 0.60–0.61 at 1,000 and 2,000 people, because a higher entry bar selects people with more to gain from the course (Witt et al. 2019 found baseline severity the one moderator of the acupuncture effect).",
        "vickers2012-headache-vs-none": "as above: SMD inflated by a small simulated between-person SD.",
        "linde2010-sham-vs-none":
            "sham sessions carry a share of the specific needling response (s_sham 0.22, docs/MODEL.md), so sham gains on usual care while verum's lead over sham narrows; with back/neck verum vs usual care at most 0.58, Linde needs verum vs sham at most about 0.24, and headache vs sham (about a third of it) then sits just above 0.07, so a change that lowers the headache specific effect loses one of the two.",
        "henschke2008-recovery":
            "too many recover by 12 months (about 94 %): the people who do not sensitise settle at a level that, with the day-to-day noise, sooner or later gives a week rated 0 on most days. Under any reading of recovery (a week or a month, mean 0 to 1.5, with or without the report floor) the simulated cohort that reaches 72 % at a year has a median time to recovery of 110 days or more, not 58: recovery times are spread over the year instead of most people recovering within weeks and a mild group (weekly means of 2–3/10) not recovering — that group is the missing structure. A residual peripheral drive after the injury in a share of the acute cohort was tried (2026-12-03; Downie 2016's 14 % incomplete recovery): share 0.15 with drive 0.25 gives 0.77 recovered and a median of 69 days but raises Costa 2012's acute mean at 12 months to 17/100 (bound 13), because staying unrecovered all year under the model's day-to-day noise takes a felt level of about 3; quieter noise at low pain passes Costa but removes da Silva's recurrences, which come from that noise. Not merged. Fluctuation that shrinks near no pain plus brief flare episodes (3-day decay, not sensitising) keep da Silva on a quiet floor but leave the share at 0.93; adding the lasting drive passes Henschke (0.80) only with a healing time that breaks P2's flare route (docs/MODEL.md, \"The report floor\"). Not merged.",
        "restore-3y-pain":
            "CFT changes threat and capacity durably, but the pain benefit at 3 years is damped by the sensitised attractor.",
    ]
}
