extension InstrumentCatalog {
    private static let phqCoding = "0 = not at all, 1 = several days, 2 = more than half the days, 3 = nearly every day"

    /// Insomnia Severity Index (7 items, 0–4).
    static let isi = Instrument(
        id: "isi",
        name: "Insomnia Severity Index",
        version: "ISI-7",
        items: ItemSpec.numbered(1...7, answers: 0...4),
        scales: [
            InstrumentScale(
                id: "total", name: "ISI total", items: itemIDs(1...7), range: ScoreRange(0, 28),
                bands: [
                    ScoreBand("no clinically significant insomnia", from: 0, through: 7),
                    ScoreBand("subthreshold insomnia", from: 8, through: 14),
                    ScoreBand("clinical insomnia, moderate", from: 15, through: 21),
                    ScoreBand("clinical insomnia, severe", from: 22, through: 28),
                ],
                bandSource: Citation("Bastien CH, Vallières A, Morin CM 2001, Sleep Med 2:297–307")
            )
        ],
        licence: Licence(
            .licensed, holder: "Morin CM / Mapi Research Trust", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "copyright; licence required; no wording shipped")),
        scoringSource: Citation("Bastien CH, Vallières A, Morin CM 2001, Sleep Med 2:297–307"),
        notes: ["No missing-item rule: all 7 items are required."]
    )

    /// PHQ-9 depression (9 items 0–3; item 10 recorded, not scored).
    static let phq9 = Instrument(
        id: "phq9",
        name: "Patient Health Questionnaire-9",
        version: "PHQ-9",
        items: ItemSpec.numbered(1...9, answers: 0...3, answerCoding: phqCoding)
            + [
                ItemSpec(
                    "10", answers: 0...3, isScored: false,
                    answerCoding: "0 = not difficult at all … 3 = extremely difficult (not scored)")
            ],
        scales: [
            InstrumentScale(
                id: "total", name: "PHQ-9 total", items: itemIDs(1...9), range: ScoreRange(0, 27),
                bands: [
                    ScoreBand("minimal", from: 0, through: 4),
                    ScoreBand("mild", from: 5, through: 9),
                    ScoreBand("moderate", from: 10, through: 14),
                    ScoreBand("moderately severe", from: 15, through: 19),
                    ScoreBand("severe", from: 20, through: 27),
                ],
                bandSource: Citation("Kroenke K, Spitzer RL, Williams JBW 2001, J Gen Intern Med 16:606–613")
            )
        ],
        flags: [
            FlagRule(
                id: "phq9.item9", label: "Item 9 (thoughts of death or self-harm) above 0: needs prompt clinical risk assessment",
                when: [.item("9", .atLeast, 1)],
                source: Citation("Kroenke K et al. 2001; PHQ instruction manual (Pfizer)"))
        ],
        loinc: [LOINCCode("44249-1", "PHQ-9 quick depression assessment panel"), LOINCCode("44261-6", "PHQ-9 total score")],
        licence: Licence(
            .publicDomain, holder: "Pfizer (no permission required)", wordingShipped: true,
            source: Citation(CommonSources.spec)),
        scoringSource: Citation("Kroenke K, Spitzer RL, Williams JBW 2001, J Gen Intern Med 16:606–613"),
        orderedAnswerCounts: 9...10,
        notes: ["Item 10 (difficulty) is recorded but not scored.", "No missing-item rule: items 1–9 are required."]
    )

    /// GAD-7 anxiety (7 items 0–3).
    static let gad7 = Instrument(
        id: "gad7",
        name: "Generalized Anxiety Disorder-7",
        version: "GAD-7",
        items: ItemSpec.numbered(1...7, answers: 0...3, answerCoding: phqCoding),
        scales: [
            InstrumentScale(
                id: "total", name: "GAD-7 total", items: itemIDs(1...7), range: ScoreRange(0, 21),
                bands: [
                    ScoreBand("minimal", from: 0, through: 4),
                    ScoreBand("mild", from: 5, through: 9),
                    ScoreBand("moderate", from: 10, through: 14),
                    ScoreBand("severe", from: 15, through: 21),
                ],
                bandSource: Citation("Spitzer RL et al. 2006, Arch Intern Med 166:1092–1097")
            )
        ],
        loinc: [LOINCCode("69737-5", "GAD-7 panel"), LOINCCode("70274-6", "GAD-7 total score")],
        licence: Licence(
            .publicDomain, holder: "Pfizer (no permission required)", wordingShipped: true,
            source: Citation(CommonSources.spec)),
        scoringSource: Citation("Spitzer RL et al. 2006, Arch Intern Med 166:1092–1097"),
        notes: ["No missing-item rule: all 7 items are required."]
    )

    /// PHQ-4: anxiety (items 1–2) and depression (items 3–4) screens.
    static let phq4 = Instrument(
        id: "phq4",
        name: "Patient Health Questionnaire-4",
        version: "PHQ-4",
        items: ItemSpec.numbered(1...4, answers: 0...3, answerCoding: phqCoding),
        scales: [
            InstrumentScale(
                id: "total", name: "PHQ-4 total", items: itemIDs(1...4), range: ScoreRange(0, 12),
                bands: [
                    ScoreBand("normal", from: 0, through: 2),
                    ScoreBand("mild", from: 3, through: 5),
                    ScoreBand("moderate", from: 6, through: 8),
                    ScoreBand("severe", from: 9, through: 12),
                ],
                bandSource: Citation(
                    "Kroenke K et al. 2009, Psychosomatics 50:613–621; Löwe B et al. 2010, J Affect Disord 122:86–95")
            ),
            InstrumentScale(id: "anxiety", name: "Anxiety (GAD-2, items 1–2)", items: ["1", "2"], range: ScoreRange(0, 6)),
            InstrumentScale(id: "depression", name: "Depression (PHQ-2, items 3–4)", items: ["3", "4"], range: ScoreRange(0, 6)),
        ],
        flags: [
            FlagRule(
                id: "phq4.anxiety-positive", label: "Anxiety subscale ≥ 3: positive screen",
                when: [.scale("anxiety", .atLeast, 3)], source: Citation("Kroenke K et al. 2009, Psychosomatics 50:613–621")),
            FlagRule(
                id: "phq4.depression-positive", label: "Depression subscale ≥ 3: positive screen",
                when: [.scale("depression", .atLeast, 3)], source: Citation("Kroenke K et al. 2009, Psychosomatics 50:613–621")),
        ],
        loinc: [LOINCCode("69724-3", "PHQ-4 panel")],
        licence: Licence(
            .publicDomain, holder: "Pfizer (no permission required)", wordingShipped: true,
            source: Citation(CommonSources.spec)),
        scoringSource: Citation("Kroenke K et al. 2009, Psychosomatics 50:613–621"),
        notes: ["Subscales are scored separately, so one can be scored while the other has a missing item."]
    )

    /// Patient Global Impression of Change, 7 categories (1 = very much improved … 7 = very much worse).
    static let pgic = Instrument(
        id: "pgic",
        name: "Patient Global Impression of Change",
        version: "7-point",
        variant: "CGI-I anchors as in Farrar 2001: 1 = very much improved, 4 = no change, 7 = very much worse",
        items: [
            ItemSpec(
                "1", answers: 1...7,
                answerCoding:
                    "1 very much improved, 2 much improved, 3 minimally improved, 4 no change, 5 minimally worse, 6 much worse, 7 very much worse"
            )
        ],
        scales: [
            InstrumentScale(
                id: "total", name: "PGIC category", items: ["1"], range: ScoreRange(1, 7), unit: "category",
                bands: [
                    ScoreBand("very much improved", from: 1, through: 1),
                    ScoreBand("much improved", from: 2, through: 2),
                    ScoreBand("minimally improved", from: 3, through: 3),
                    ScoreBand("no change", from: 4, through: 4),
                    ScoreBand("minimally worse", from: 5, through: 5),
                    ScoreBand("much worse", from: 6, through: 6),
                    ScoreBand("very much worse", from: 7, through: 7),
                ],
                bandSource: Citation("Guy W 1976, ECDEU Assessment Manual (CGI-I); Farrar JT et al. 2001"),
                direction: .notApplicable
            )
        ],
        flags: [
            FlagRule(
                id: "pgic.important-improvement", label: "Much or very much improved: clinically important",
                when: [.scale("total", .atMost, 2)], source: CommonSources.farrar2001)
        ],
        licence: Licence(.generic, holder: "none (generic scale)", wordingShipped: true, source: Citation(CommonSources.spec)),
        scoringSource: CommonSources.farrar2001,
        notes: [
            "Other PGIC versions code 1 = no change … 7 = a great deal better; store the variant with every answer and never mix them."
        ]
    )
}
