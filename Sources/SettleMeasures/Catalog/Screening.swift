extension InstrumentCatalog {
    /// Keele STarT Back Screening Tool (9 items) with overall and psychosocial scores and risk group.
    static let startBack = Instrument(
        id: "startback",
        name: "Keele STarT Back Screening Tool",
        version: "9-item",
        items: ItemSpec.numbered(1...8, answers: 0...1, answerCoding: "0 = disagree, 1 = agree")
            + [
                ItemSpec(
                    "9", answers: 0...4, keying: .oneIfAtLeast(3),
                    answerCoding:
                        "0 = not at all, 1 = slightly, 2 = moderately, 3 = very much, 4 = extremely; scores 1 only for 3 or 4")
            ],
        scales: [
            InstrumentScale(id: "total", name: "Overall score", items: itemIDs(1...9), range: ScoreRange(0, 9)),
            InstrumentScale(id: "psychosocial", name: "Psychosocial subscale", items: itemIDs(5...9), range: ScoreRange(0, 5)),
        ],
        flags: [
            FlagRule(
                id: "risk.low", label: "Low risk (overall ≤ 3)", when: [.scale("total", .atMost, 3)],
                source: Citation("Hill JC et al. 2008, Arthritis Rheum 59:632–641; Keele scoring guide")),
            FlagRule(
                id: "risk.medium", label: "Medium risk (overall ≥ 4, psychosocial ≤ 3)",
                when: [.scale("total", .atLeast, 4), .scale("psychosocial", .atMost, 3)],
                source: Citation("Hill JC et al. 2008, Arthritis Rheum 59:632–641; Keele scoring guide")),
            FlagRule(
                id: "risk.high", label: "High risk (psychosocial ≥ 4)",
                when: [.scale("total", .atLeast, 4), .scale("psychosocial", .atLeast, 4)],
                source: Citation("Hill JC et al. 2008, Arthritis Rheum 59:632–641; Keele scoring guide")),
        ],
        licence: Licence(
            .permissionRequired, holder: "Keele University", wordingShipped: false,
            source: Citation(
                CommonSources.spec, verified: false,
                note: "© Keele University; terms for software use not confirmed; no wording shipped")),
        scoringSource: Citation("Hill JC et al. 2008, Arthritis Rheum 59:632–641; Keele STarT Back scoring guide"),
        notes: [
            "Item order is Keele's: items 5–9 form the psychosocial subscale.",
            "Item 9 (bothersomeness) is entered as 0–4 and scores 1 only for 'very much' (3) or 'extremely' (4).",
            "Exactly one of risk.low, risk.medium, risk.high is raised when all items are answered. Psychosocial ≥ 4 implies overall ≥ 4.",
            "No missing-item rule: all 9 items are required.",
        ]
    )

    /// Örebro Musculoskeletal Pain Screening Questionnaire, short form (10 items).
    static let ompsq10 = Instrument(
        id: "ompsq10",
        name: "Örebro Musculoskeletal Pain Screening Questionnaire, short form",
        version: "ÖMPSQ-10 (Linton 2011)",
        items: [
            ItemSpec(
                "1", answers: 1...10,
                answerCoding: "duration category as printed on the form: 1 = shortest (0–1 week) … 10 = longest (over 1 year)")
        ]
            + ItemSpec.numbered(2...10, answers: 0...10, reversed: [3, 4, 8]),
        scales: [InstrumentScale(id: "total", name: "ÖMPSQ-10 total", items: itemIDs(1...10), range: ScoreRange(1, 100))],
        flags: [
            FlagRule(
                id: "ompsq.high-risk", label: "ÖMPSQ-10 ≥ 50: raised risk of long-term work disability",
                when: [.scale("total", .atLeast, 50)],
                source: Citation(
                    "Linton SJ, Nicholas M, MacDonald S 2011, Spine 36:1891–1895", verified: false,
                    note: "the abstract gives 'a cutoff of 50'; whether 50 itself is positive was not read in the full text"))
        ],
        licence: Licence(
            .freeToUse, holder: "Linton SJ", wordingShipped: false,
            source: Citation(CommonSources.spec, verified: false, note: "licence not confirmed; no wording shipped")),
        scoringSource: Citation("Linton SJ, Nicholas M, MacDonald S 2011, Spine 36:1891–1895"),
        notes: [
            "Form order: 1 duration, 2 pain in the past week, 3 light work for an hour, 4 sleep at night, 5 tension/anxiety, 6 feeling depressed, 7 risk that pain becomes persistent, 8 chance of working normally in 3 months, 9 stop activity when pain increases, 10 should not do normal work with present pain.",
            "Items 3, 4 and 8 are reversed (10 − answer).",
            "No missing-item rule: all 10 items are required.",
        ]
    )
}
