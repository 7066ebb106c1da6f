/// Content packs Settle ships: only instruments whose wording is released freely
/// (PHQ-9, GAD-7, PHQ-4 by Pfizer) or generic scales worded by Settle (NRS, PGIC, PSFS).
public enum BundledContentPacks {
    /// Every shipped pack.
    public static let all: [ContentPack] = [phq9, gad7, phq4, nrs, pgic, psfs]

    /// The shipped pack for an instrument and language, if any.
    public static func pack(instrumentID: String, language: String = "en") -> ContentPack? {
        all.first { $0.instrumentID == instrumentID && $0.language == language }
    }

    private static let frequency = [
        "0": "Not at all", "1": "Several days", "2": "More than half the days", "3": "Nearly every day",
    ]
    private static let pfizer =
        "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, with an educational grant from Pfizer Inc. No permission required to reproduce, translate, display or distribute."

    static let phq9 = ContentPack(
        instrumentID: "phq9", version: "PHQ-9", language: "en",
        title: "Patient Health Questionnaire (PHQ-9)",
        instructions: "Over the last 2 weeks, how often have you been bothered by any of the following problems?",
        items: [
            "1": "Little interest or pleasure in doing things",
            "2": "Feeling down, depressed, or hopeless",
            "3": "Trouble falling or staying asleep, or sleeping too much",
            "4": "Feeling tired or having little energy",
            "5": "Poor appetite or overeating",
            "6": "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            "7": "Trouble concentrating on things, such as reading the newspaper or watching television",
            "8":
                "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual",
            "9": "Thoughts that you would be better off dead or of hurting yourself in some way",
            "10":
                "If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?",
        ],
        answerLabels: frequency,
        itemAnswerLabels: [
            "10": ["0": "Not difficult at all", "1": "Somewhat difficult", "2": "Very difficult", "3": "Extremely difficult"]
        ],
        attribution: pfizer
    )

    static let gad7 = ContentPack(
        instrumentID: "gad7", version: "GAD-7", language: "en",
        title: "Generalized Anxiety Disorder 7-item (GAD-7)",
        instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
        items: [
            "1": "Feeling nervous, anxious or on edge",
            "2": "Not being able to stop or control worrying",
            "3": "Worrying too much about different things",
            "4": "Trouble relaxing",
            "5": "Being so restless that it is hard to sit still",
            "6": "Becoming easily annoyed or irritable",
            "7": "Feeling afraid as if something awful might happen",
        ],
        answerLabels: frequency,
        attribution: pfizer
    )

    static let phq4 = ContentPack(
        instrumentID: "phq4", version: "PHQ-4", language: "en",
        title: "Patient Health Questionnaire-4 (PHQ-4)",
        instructions: "Over the last 2 weeks, how often have you been bothered by the following problems?",
        items: [
            "1": "Feeling nervous, anxious or on edge",
            "2": "Not being able to stop or control worrying",
            "3": "Little interest or pleasure in doing things",
            "4": "Feeling down, depressed, or hopeless",
        ],
        answerLabels: frequency,
        attribution: pfizer
    )

    static let nrs = ContentPack(
        instrumentID: "nrs", version: "0-10", language: "en",
        title: "Pain rating",
        instructions: "Pick the one number that fits best.",
        items: [
            "1":
                "How strong has your pain been over the last 24 hours, where 0 is no pain and 10 is the worst pain you can imagine?"
        ],
        answerLabels: ["0": "No pain", "10": "Worst pain you can imagine"],
        attribution: "Generic 0–10 numeric rating scale; wording written for Settle."
    )

    static let pgic = ContentPack(
        instrumentID: "pgic", version: "7-point", language: "en",
        title: "Overall change since starting care",
        instructions: "Think about your condition as a whole: pain, activity, mood and quality of life.",
        items: ["1": "Since you began this course of care, how has your overall condition changed?"],
        answerLabels: [
            "1": "Very much improved", "2": "Much improved", "3": "Minimally improved", "4": "No change",
            "5": "Minimally worse", "6": "Much worse", "7": "Very much worse",
        ],
        attribution: "Generic 7-point global impression of change (CGI-I anchors); wording written for Settle."
    )

    static let psfs = ContentPack(
        instrumentID: "psfs", version: "Stratford 1995", language: "en",
        title: "Activities that matter to you",
        instructions:
            "Name three to five activities that your problem makes hard or impossible. For each one, choose how able you are to do it today.",
        items: [
            "1": "Your first activity", "2": "Your second activity", "3": "Your third activity",
            "4": "Your fourth activity (optional)", "5": "Your fifth activity (optional)",
        ],
        answerLabels: ["0": "Unable to do it", "10": "Able to do it as well as before the problem"],
        attribution: "Patient-specific functional scale (Stratford et al. 1995); wording written for Settle."
    )
}
