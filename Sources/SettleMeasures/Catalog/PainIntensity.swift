extension InstrumentCatalog {
    /// Pain intensity numeric rating scale, one item 0–10.
    static let painNRS = Instrument(
        id: "nrs",
        name: "Pain intensity numeric rating scale (NRS)",
        version: "0-10",
        items: [ItemSpec("1", answers: 0...10, answerCoding: "0 = no pain … 10 = worst pain imaginable")],
        scales: [
            InstrumentScale(
                id: "total", name: "Pain intensity", items: ["1"], range: ScoreRange(0, 10),
                importantChange: ChangeCriterion(
                    kind: "clinically important change", points: 2, percent: 30,
                    tiers: [
                        ChangeTier("minimal", minimumPercent: 10),
                        ChangeTier("moderate", minimumPercent: 30),
                        ChangeTier("substantial", minimumPercent: 50),
                    ],
                    source: Citation(
                        "Farrar JT et al. 2001, Pain 94:149; tiers: Dworkin RH et al. 2008 (IMMPACT), J Pain 9:105")
                )
            )
        ],
        loinc: [LOINCCode("72514-3", "Pain severity 0–10 verbal numeric rating (reported)")],
        licence: Licence(
            .generic, holder: "none (generic scale)", wordingShipped: true,
            source: Citation(CommonSources.spec)),
        scoringSource: Citation("Farrar JT et al. 2001, Pain 94:149–158")
    )

    /// PEG-3: pain average, interference with enjoyment of life and with general activity.
    static let peg3 = Instrument(
        id: "peg3",
        name: "PEG three-item pain scale",
        version: "Krebs 2009",
        items: ItemSpec.numbered(1...3, answers: 0...10),
        scales: [
            InstrumentScale(
                id: "total", name: "PEG score (mean of 3)", items: itemIDs(1...3), aggregation: .mean,
                range: ScoreRange(0, 10),
                importantChange: ChangeCriterion(
                    kind: "important change", percent: 30,
                    source: Citation(
                        "Krebs EE et al. 2009, J Gen Intern Med 24:733–738", verified: false,
                        note: "30 % improvement is common practice; not confirmed as the paper's own threshold")
                )
            )
        ],
        loinc: [LOINCCode("91148-7", "PEG 3-item pain scale panel"), LOINCCode("91147-9", "PEG score")],
        licence: Licence(
            .freeToUse, holder: "Krebs EE et al.", wordingShipped: false,
            source: Citation(CommonSources.spec, verified: false, note: "free use not confirmed; wording not shipped")),
        scoringSource: Citation("Krebs EE et al. 2009, J Gen Intern Med 24:733–738"),
        notes: [
            "Item 1 = average pain in the past week; item 2 = interference with enjoyment of life; item 3 = interference with general activity.",
            "No missing-item rule: all three items are required.",
            "No authoritative interpretation bands.",
        ]
    )

    /// PROMIS Pain Interference short form 6a: raw score only.
    static let promisPI6a = Instrument(
        id: "promis-pi-6a",
        name: "PROMIS Pain Interference Short Form 6a",
        version: "v1.0 6a",
        items: ItemSpec.numbered(1...6, answers: 1...5, answerCoding: "1 = not at all … 5 = very much"),
        scales: [
            InstrumentScale(
                id: "total", name: "Raw score (sum; not a T-score)", items: itemIDs(1...6), range: ScoreRange(6, 30),
                unit: "raw points")
        ],
        loinc: [LOINCCode("77865-4", "PROMIS pain interference T-score (not produced: table unverified)")],
        licence: Licence(
            .freeToUse, holder: "PROMIS Health Organization (HealthMeasures)", wordingShipped: false,
            source: Citation(
                "HealthMeasures terms of use", verified: false,
                note: "terms not checked here; wording not shipped")),
        scoringSource: Citation(
            "HealthMeasures PROMIS Pain Interference scoring manual", verified: false,
            note: "raw sum only; the raw→T-score table was not checked against the official manual, so no T-score is given"),
        notes: [
            "Raw score only, clearly labelled: the T-score table must come from the official HealthMeasures manual; several public copies are wrong.",
            "No proration: the HealthMeasures proration rule was not verified, so a missing item means no score.",
        ]
    )
}
