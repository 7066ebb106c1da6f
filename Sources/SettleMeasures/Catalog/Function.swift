extension InstrumentCatalog {
    /// Brief Pain Inventory, short form: severity (mean of items 3–6) and interference (mean of 9A–9G).
    static let bpiSF = Instrument(
        id: "bpi-sf",
        name: "Brief Pain Inventory, short form",
        version: "BPI-SF",
        items: ["3", "4", "5", "6"].map { ItemSpec($0, answers: 0...10) }
            + ["9A", "9B", "9C", "9D", "9E", "9F", "9G"].map { ItemSpec($0, answers: 0...10) },
        scales: [
            InstrumentScale(
                id: "severity", name: "Pain severity (mean of worst, least, average, now)",
                items: ["3", "4", "5", "6"], aggregation: .mean, range: ScoreRange(0, 10),
                bands: [
                    ScoreBand("mild", from: 0, through: 4),
                    ScoreBand("moderate", from: 5, through: 6),
                    ScoreBand("severe", from: 7, through: 10),
                ],
                bandSource: Citation("Serlin RC et al. 1995, Pain 61:277–284")
            ),
            InstrumentScale(
                id: "interference", name: "Pain interference (mean of 7 items)",
                items: ["9A", "9B", "9C", "9D", "9E", "9F", "9G"], aggregation: .mean,
                missing: MissingItemRule(
                    maximumMissing: 3,
                    source: Citation("Cleeland CS, BPI User Guide: scored when at least 4 of 7 items are answered")),
                range: ScoreRange(0, 10),
                importantChange: ChangeCriterion(points: 1, source: Citation("Dworkin RH et al. 2008 (IMMPACT), J Pain 9:105"))
            ),
        ],
        loinc: [LOINCCode("77565-0", "BPI pain interference score")],
        licence: Licence(
            .licensed, holder: "Cleeland CS / MD Anderson Cancer Center", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "copyright; licence required; no wording shipped")),
        scoringSource: Citation("Cleeland CS, Ryan KM 1994, Ann Acad Med Singapore 23:129–138; BPI User Guide"),
        notes: [
            "Item ids follow the BPI-SF form: 3 worst, 4 least, 5 average, 6 now; 9A–9G general activity, mood, walking, work, relations, sleep, enjoyment of life.",
            "Items 1, 2, 7 and 8 (pain today, body map, treatments, relief %) are not scored here.",
            "The primary score is severity; there is no BPI total.",
            "Severity: no missing-item rule was confirmed, so all four items are required (conservative choice).",
            "Bands (Serlin 1995) apply to severity; a mean between bands (e.g. 4.75) falls in the lower band.",
        ]
    )

    /// Patient-Specific Functional Scale: 3–5 patient-chosen activities, 0–10; higher is better.
    static let psfs = Instrument(
        id: "psfs",
        name: "Patient-Specific Functional Scale",
        version: "Stratford 1995",
        items: ItemSpec.numbered(
            1...5, answers: 0...10,
            answerCoding: "0 = unable to perform the activity … 10 = able to perform it at the level before the problem"),
        scales: [
            InstrumentScale(
                id: "total", name: "PSFS mean of rated activities", items: itemIDs(1...5), aggregation: .mean,
                missing: MissingItemRule(
                    maximumMissing: 2,
                    source: Citation(
                        "Stratford P et al. 1995, Physiother Can 47:258–263: the patient rates 3–5 chosen activities",
                        verified: false, note: "spec's '3–5 activities'; unrated activity slots are not chosen, not missing")),
                range: ScoreRange(0, 10), direction: .higherIsBetter,
                importantChange: ChangeCriterion(
                    kind: "MDC90", points: 2,
                    source: Citation(
                        "Stratford P et al. 1995, Physiother Can 47:258–263", verified: false,
                        note: "MDC90 2 points for the average score, 3 points for a single activity (spec); source not re-read"))
            )
        ],
        licence: Licence(.generic, holder: "free to use", wordingShipped: true, source: Citation(CommonSources.spec)),
        scoringSource: Citation("Stratford P et al. 1995, Physiother Can 47:258–263"),
        orderedAnswerCounts: 3...5,
        notes: [
            "Activities are chosen by the patient at baseline; the same activities must be rated at follow-up.",
            "Higher is better. MDC90 for a single activity is 3 points (compare item by item).",
        ]
    )

    /// Oswestry Disability Index 2.1a: 10 sections 0–5, percent of the maximum for sections answered.
    static let odi = Instrument(
        id: "odi",
        name: "Oswestry Disability Index",
        version: "2.1a",
        items: ItemSpec.numbered(
            1...10, answers: 0...5,
            answerCoding: "0–5 = the statement ticked, first to last; if two are ticked, enter the higher"),
        scales: [
            InstrumentScale(
                id: "total", name: "ODI (% disability)", items: itemIDs(1...10),
                aggregation: .percentOfMaximum(perItemMaximum: 5),
                missing: MissingItemRule(
                    maximumMissing: 1,
                    source: Citation(
                        "Fairbank JCT, Pynsent PB 2000, Spine 25:2940–2953 (score ÷ (5 × sections answered) × 100)",
                        verified: false, note: "documented choice: at most 1 section missing")),
                range: ScoreRange(0, 100), unit: "%",
                bands: [
                    ScoreBand("minimal disability", from: 0, through: 20),
                    ScoreBand("moderate disability", from: 21, through: 40),
                    ScoreBand("severe disability", from: 41, through: 60),
                    ScoreBand("crippled", from: 61, through: 80),
                    ScoreBand("bed-bound", from: 81, through: 100),
                ],
                bandSource: Citation("Fairbank JCT, Pynsent PB 2000, Spine 25:2940–2953"),
                importantChange: ChangeCriterion(points: 10, percent: 30, source: CommonSources.ostelo2008)
            )
        ],
        licence: Licence(
            .licensed, holder: "Fairbank JCT / Mapi Research Trust", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "copyright; licence required; no wording shipped")),
        scoringSource: Citation("Fairbank JCT, Pynsent PB 2000, Spine 25:2940–2953"),
        notes: [
            "Worked examples: 16 of 50 → 32 %; 16 of 45 (one section missing) → 35.6 % (the manual prints 35.5 %, truncating).",
            "Choice: at most one section may be missing; with two or more missing the ODI is not scored.",
            "Band edges are the published whole percents; with one section missing scores are multiples of 2.2 %, none between 20 and 21.",
        ]
    )

    /// Roland-Morris Disability Questionnaire, 24 statements ticked = 1.
    static let rmdq = Instrument(
        id: "rmdq",
        name: "Roland-Morris Disability Questionnaire",
        version: "RMDQ-24",
        items: ItemSpec.numbered(1...24, answers: 0...1, answerCoding: "1 = statement ticked, 0 = not ticked"),
        scales: [
            InstrumentScale(
                id: "total", name: "RMDQ total", items: itemIDs(1...24), range: ScoreRange(0, 24),
                importantChange: ChangeCriterion(points: 5, percent: 30, source: CommonSources.ostelo2008))
        ],
        flags: [
            FlagRule(
                id: "rmdq.recovered", label: "RMDQ ≤ 2: approximately recovered",
                when: [.scale("total", .atMost, 2)],
                source: Citation(CommonSources.spec, verified: false, note: "the spec names no source for this threshold"))
        ],
        licence: Licence(
            .freeToUse, holder: "Roland M, Morris R", wordingShipped: false,
            source: Citation(CommonSources.spec, verified: false, note: "licence not confirmed; no wording shipped")),
        scoringSource: Citation("Roland M, Morris R 1983, Spine 8:141–144"),
        notes: [
            "On paper an unticked statement counts 0; software must record 0 explicitly, because a missing answer means no score."
        ]
    )

    /// Neck Disability Index: 10 sections 0–5; raw 0–50 and percent.
    static let ndi = Instrument(
        id: "ndi",
        name: "Neck Disability Index",
        version: "Vernon & Mior 1991",
        items: ItemSpec.numbered(1...10, answers: 0...5),
        scales: [
            InstrumentScale(
                id: "total", name: "NDI raw score", items: itemIDs(1...10),
                missing: MissingItemRule(
                    maximumMissing: 1,
                    source: Citation("Vernon H: one missing section is replaced by the mean of the others")),
                range: ScoreRange(0, 50),
                bands: [
                    ScoreBand("no disability", from: 0, through: 4),
                    ScoreBand("mild", from: 5, through: 14),
                    ScoreBand("moderate", from: 15, through: 24),
                    ScoreBand("severe", from: 25, through: 34),
                    ScoreBand("complete", from: 35, through: 50),
                ],
                bandSource: Citation("Vernon H 2008, J Manipulative Physiol Ther 31:491–502"),
                importantChange: ChangeCriterion(
                    points: 5,
                    source: Citation(
                        CommonSources.spec, verified: false,
                        note: "MCID of 5 raw points; source not named in the spec"))
            ),
            InstrumentScale(
                id: "percent", name: "NDI percent (raw × 2)", items: itemIDs(1...10), aggregation: .scaledSum(factor: 2),
                missing: MissingItemRule(
                    maximumMissing: 1,
                    source: Citation("Vernon H: one missing section is replaced by the mean of the others")),
                range: ScoreRange(0, 100), unit: "%"
            ),
        ],
        licence: Licence(
            .freeToUse, holder: "Vernon H", wordingShipped: false,
            source: Citation(
                "Vernon H 1996 (duplication encouraged)", verified: false,
                note: "current Mapi distribution terms not checked; no wording shipped")),
        scoringSource: Citation("Vernon H, Mior S 1991, J Manipulative Physiol Ther 14:409–415"),
        notes: [
            "With one section missing the raw score is prorated (sum × 10 ÷ 9) and can be fractional; bands then apply by lower edge."
        ]
    )
}
