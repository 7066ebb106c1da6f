/// Evidence statements the product may make, each with its source, worded as
/// `spec/evidence.md` requires ("may", "in trials, on average", the size where it helps).
public enum Evidence {
    /// A cited statement.
    public struct Statement: Sendable, Hashable {
        /// The statement, worded as the evidence allows.
        public let text: String
        /// Its citation.
        public let source: String

        public init(text: String, source: String) {
            self.text = text
            self.source = source
        }
    }

    public static let acupunctureAverageEffect = Statement(
        text:
            "In trials, on average, acupuncture reduced chronic pain by about 0.2 standard deviations more than sham and about 0.5 more than no acupuncture; the effect was about 15 % smaller a year later.",
        source: "Vickers et al. 2018, J Pain 19:455")
    public static let nonSpecific = Statement(
        text:
            "Much of the difference against no-acupuncture controls is non-specific: sham acupuncture itself beat no acupuncture by about 0.45 standard deviations.",
        source: "Linde et al. 2010, BMC Med 8:75")
    public static let lowBackPainGuideline = Statement(
        text:
            "For low back pain, NICE recommends exercise and combined physical and psychological programmes, and recommends against acupuncture; it is an optional adjunct some people choose, not a guideline-recommended treatment.",
        source: "NICE NG59 (2016, updated 2020)")
    public static let chronicPrimaryPain = Statement(
        text:
            "For chronic primary pain, NICE says a single course of acupuncture or dry needling may be considered; the committee judged it effective in the short term (about 3 months).",
        source: "NICE NG193 (2021), rec. 1.2.5")
    public static let education = Statement(
        text:
            "Pain education changes beliefs and fear of movement; its direct effect on pain is small and grows when combined with exercise.",
        source: "Moseley & Butler 2015, J Pain 16:807; Watson et al. 2019, J Pain 20:1140")
    public static let exercise = Statement(
        text:
            "Exercise therapy reduced chronic low back pain by about 15 points on a 0–100 scale at about 3 months compared with no treatment or usual care.",
        source: "Hayden et al. 2021, Cochrane Database Syst Rev")
    public static let cft = Statement(
        text:
            "Cognitive functional therapy, an integrated behavioural approach, reduced disability compared with usual care, with benefits still present at 3 years.",
        source: "O'Sullivan et al. 2019, Phys Ther 99:408; Kent et al. 2023, Lancet 401:1866; Hancock et al. 2025")
    public static let guidelinesMultimodal = Statement(
        text: "Guidelines for chronic low back pain recommend exercise therapy and psychosocial interventions.",
        source: "Oliveira et al. 2018, Eur Spine J 27:2791")

    /// The statements used in model reports, in reading order.
    public static let modelReport: [Statement] = [
        acupunctureAverageEffect, nonSpecific, chronicPrimaryPain, lowBackPainGuideline, exercise, education, cft,
    ]

    /// An HTML list of statements with sources.
    public static func htmlList(_ statements: [Statement]) -> String {
        "<ul class=\"refs\">"
            + statements.map { "<li>\(htmlEscape($0.text)) <span class=\"muted\">(\(htmlEscape($0.source)))</span></li>" }
            .joined() + "</ul>"
    }
}
