extension InstrumentCatalog {
    /// Central Sensitization Inventory, part A (25 items, 0–4).
    static let csi = Instrument(
        id: "csi",
        name: "Central Sensitization Inventory, part A",
        version: "part A (25 items)",
        items: ItemSpec.numbered(1...25, answers: 0...4, answerCoding: "0 = never … 4 = always"),
        scales: [
            InstrumentScale(
                id: "total", name: "CSI total", items: itemIDs(1...25), range: ScoreRange(0, 100),
                bands: [
                    ScoreBand("subclinical", from: 0, through: 29),
                    ScoreBand("mild", from: 30, through: 39),
                    ScoreBand("moderate", from: 40, through: 49),
                    ScoreBand("severe", from: 50, through: 59),
                    ScoreBand("extreme", from: 60, through: 100),
                ],
                bandSource: Citation("Neblett R et al. 2017, Pain Pract 17:166–175 (severity levels)")
            )
        ],
        flags: [
            FlagRule(
                id: "csi.screen-positive", label: "CSI ≥ 40: screening cut-off for central sensitivity syndromes",
                when: [.scale("total", .atLeast, 40)],
                source: Citation("Neblett R et al. 2013, J Pain 14:438–445"))
        ],
        licence: Licence(
            .permissionRequired, holder: "Mayer TG, Neblett R et al.", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "ask the authors for permission; no wording shipped")),
        scoringSource: Citation("Mayer TG et al. 2012, Pain Pract 12:276–285"),
        notes: ["Part B (previous diagnoses) is not scored.", "No missing-item rule: all 25 items are required."]
    )

    /// Pain Catastrophizing Scale (13 items, 0–4) with rumination, magnification, helplessness.
    static let pcs = Instrument(
        id: "pcs",
        name: "Pain Catastrophizing Scale",
        version: "Sullivan 1995",
        items: ItemSpec.numbered(1...13, answers: 0...4, answerCoding: "0 = not at all … 4 = all the time"),
        scales: [
            InstrumentScale(id: "total", name: "PCS total", items: itemIDs(1...13), range: ScoreRange(0, 52)),
            InstrumentScale(id: "rumination", name: "Rumination", items: itemIDs([8, 9, 10, 11]), range: ScoreRange(0, 16)),
            InstrumentScale(id: "magnification", name: "Magnification", items: itemIDs([6, 7, 13]), range: ScoreRange(0, 12)),
            InstrumentScale(
                id: "helplessness", name: "Helplessness", items: itemIDs([1, 2, 3, 4, 5, 12]), range: ScoreRange(0, 24)),
        ],
        flags: [
            FlagRule(
                id: "pcs.clinically-relevant", label: "PCS ≥ 30: clinically relevant catastrophizing",
                when: [.scale("total", .atLeast, 30)],
                source: Citation(
                    "Sullivan MJL, PCS User Manual (2009)", verified: false,
                    note: "some summaries say 'above 30'; the spec's ≥ 30 is used"))
        ],
        licence: Licence(
            .freeForClinicalAndResearch, holder: "Sullivan MJL", wordingShipped: false,
            source: Citation(CommonSources.spec, verified: false, note: "electronic use not confirmed")),
        scoringSource: Citation("Sullivan MJL, Bishop SR, Pivik J 1995, Psychol Assess 7:524–532; PCS User Manual"),
        notes: ["No missing-item rule: all 13 items are required."]
    )

    /// Tampa Scale for Kinesiophobia, 17 items (1–4; items 4, 8, 12, 16 reversed).
    static let tsk17 = Instrument(
        id: "tsk17",
        name: "Tampa Scale for Kinesiophobia (17 items)",
        version: "TSK-17",
        items: ItemSpec.numbered(
            1...17, answers: 1...4, reversed: [4, 8, 12, 16],
            answerCoding: "1 = strongly disagree … 4 = strongly agree"),
        scales: [InstrumentScale(id: "total", name: "TSK-17 total", items: itemIDs(1...17), range: ScoreRange(17, 68))],
        flags: [
            FlagRule(
                id: "tsk.high", label: "TSK-17 > 37: high fear of movement",
                when: [.scale("total", .greaterThan, 37)],
                source: Citation("Vlaeyen JWS et al. 1995, Pain 62:363–372"))
        ],
        licence: Licence(
            .freeToUse, holder: "Miller, Kori & Todd", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "free; wording not shipped (exact text not confirmed here)")),
        scoringSource: Citation("Miller RP, Kori SH, Todd DD 1991; Vlaeyen JWS et al. 1995, Pain 62:363–372"),
        notes: ["Reverse-keyed items 4, 8, 12, 16 score 5 − answer.", "No missing-item rule: all 17 items are required."]
    )

    /// Tampa Scale for Kinesiophobia, 11 items (Woby 2005), no reversed items.
    static let tsk11 = Instrument(
        id: "tsk11",
        name: "Tampa Scale for Kinesiophobia (11 items)",
        version: "TSK-11 (Woby 2005)",
        items: ItemSpec.numbered(1...11, answers: 1...4, answerCoding: "1 = strongly disagree … 4 = strongly agree"),
        scales: [
            InstrumentScale(
                id: "total", name: "TSK-11 total", items: itemIDs(1...11), range: ScoreRange(11, 44),
                importantChange: ChangeCriterion(
                    kind: "MCIC", points: 4, source: Citation("Woby SR et al. 2005, Pain 117:137–144")))
        ],
        licence: Licence(
            .freeToUse, holder: "Miller, Kori & Todd; Woby et al.", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "free; wording not shipped")),
        scoringSource: Citation("Woby SR et al. 2005, Pain 117:137–144"),
        notes: [
            "Items are numbered 1–11 in TSK-11 form order; they are TSK-17 items 1, 2, 3, 5, 6, 7, 10, 11, 13, 15, 17 (items 4, 8, 9, 12, 14, 16 dropped).",
            "No reversed items.", "No missing-item rule: all 11 items are required.",
        ]
    )

    /// Pain Self-Efficacy Questionnaire, 10 items 0–6; higher is better.
    static let pseq10 = Instrument(
        id: "pseq10",
        name: "Pain Self-Efficacy Questionnaire",
        version: "PSEQ-10",
        items: ItemSpec.numbered(1...10, answers: 0...6, answerCoding: "0 = not at all confident … 6 = completely confident"),
        scales: [
            InstrumentScale(
                id: "total", name: "PSEQ total", items: itemIDs(1...10), range: ScoreRange(0, 60),
                bands: [
                    ScoreBand("severe", from: 0, through: 19),
                    ScoreBand("moderate", from: 20, through: 30),
                    ScoreBand("mild", from: 31, through: 40),
                    ScoreBand("minimal", from: 41, through: 60),
                ],
                bandSource: Citation("ePPOC (electronic Persistent Pain Outcomes Collaboration) severity bands"),
                direction: .higherIsBetter,
                importantChange: ChangeCriterion(
                    kind: "clinically significant change", points: 7, requiresBandImprovement: true,
                    source: Citation("ePPOC: change ≥ 7 points and a move to a better band"))
            )
        ],
        licence: Licence(
            .freeToUse, holder: "Nicholas MK", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "free; wording not shipped")),
        scoringSource: Citation("Nicholas MK 2007, Eur J Pain 11:153–163"),
        notes: ["Higher scores mean more confidence (better).", "No missing-item rule: all 10 items are required."]
    )

    /// PSEQ-2: PSEQ items 5 (work) and 9 (normal lifestyle).
    static let pseq2 = Instrument(
        id: "pseq2",
        name: "Pain Self-Efficacy Questionnaire, 2-item short form",
        version: "PSEQ-2",
        items: [ItemSpec("5", answers: 0...6), ItemSpec("9", answers: 0...6)],
        scales: [
            InstrumentScale(
                id: "total", name: "PSEQ-2 total", items: ["5", "9"], range: ScoreRange(0, 12),
                direction: .higherIsBetter)
        ],
        licence: Licence(
            .freeToUse, holder: "Nicholas MK", wordingShipped: false,
            source: Citation(CommonSources.spec, note: "free; wording not shipped")),
        scoringSource: Citation(
            "Nicholas MK, McGuire BE, Asghari A 2015, J Pain 16:153–163", verified: false,
            note:
                "the abstract confirms the two items are confidence to work and to live a normal life despite pain, i.e. PSEQ items 5 and 9; the item numbers were not read in the full text"
        ),
        notes: [
            "Item ids are the PSEQ-10 item numbers 5 and 9, so PSEQ-10 answers can be re-scored as PSEQ-2.",
            "Higher is better. No bands and no published important change used.",
        ]
    )
}
