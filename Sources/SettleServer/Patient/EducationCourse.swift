import Foundation
import SettleCare
import SettleReports

/// The patient course: short modules in Settle's own words, each with its sources.
///
/// Completing a module is stored as an education ``TreatmentSession`` (no clinician, the
/// module's title as topic, a `settle-course:<id>` marker in the note), so the care engine
/// counts it as an education input exactly like a session given in the clinic.
enum EducationCourse {
    /// One module of the course.
    struct Module: Sendable, Equatable, Identifiable {
        /// Stable id used in addresses and in the completion marker, e.g. `"why-pain-persists"`.
        var id: String
        var title: String
        /// One sentence: what the module is about.
        var summary: String
        /// Reading time in minutes (recorded as the education minutes).
        var minutes: Int
        /// Sections: a heading and its paragraphs.
        var sections: [(heading: String, paragraphs: [String])]
        /// What to take away, in a few short lines.
        var keyPoints: [String]
        /// The evidence behind what the module says, with sources.
        var references: [Evidence.Statement]

        static func == (lhs: Module, rhs: Module) -> Bool { lhs.id == rhs.id }
    }

    /// Prefix of the marker stored in the completion session's note.
    static let markerPrefix = "settle-course:"

    /// The module with this id, or nil.
    static func module(id: String) -> Module? { modules.first { $0.id == id } }

    /// The completion record for `module`, as an education session on `day`.
    static func completion(of module: Module, patientID: UUID, day: Day) -> TreatmentSession {
        TreatmentSession(
            patientID: patientID, clinicianID: nil, day: day,
            treatment: .education(EducationDetails(topics: [module.title], minutes: module.minutes)),
            note: "Course module read by the patient in the app (\(markerPrefix)\(module.id)).")
    }

    /// Ids of the modules completed in `sessions`, with the day each was first completed.
    static func completed(in sessions: [TreatmentSession]) -> [String: Day] {
        var done: [String: Day] = [:]
        for session in sessions {
            guard case .education = session.treatment, let range = session.note.range(of: markerPrefix) else { continue }
            let id = String(session.note[range.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" })
            guard module(id: id) != nil else { continue }
            if let existing = done[id], existing <= session.day { continue }
            done[id] = session.day
        }
        return done
    }

    // MARK: Sources not in `Evidence` (worded as spec/evidence.md requires)

    static let chronicPrimaryPainCare = Evidence.Statement(
        text: "For chronic primary pain, NICE recommends supervised group exercise and some psychological therapies, and "
            + "advises against most painkillers for this group.",
        source: "NICE NG193 (2021)")

    static let settleAccount = Evidence.Statement(
        text:
            "How sleep, stress, flare-ups and activity feed sensitivity in this course is the account Settle's model is built on; "
            + "it is a way of understanding, tested against published trials, not a measurement of you.",
        source: "Settle model, docs/MODEL.md")

    // MARK: The modules

    static let modules: [Module] = [whyPainPersists, protection, acupuncture, pacing, sleepAndStress, flareUps]

    static let whyPainPersists = Module(
        id: "why-pain-persists", title: "Why pain can persist after healing",
        summary: "Pain that lasts is often about a nervous system that stays on alert, not about damage that is still there.",
        minutes: 5,
        sections: [
            (
                "Healing and pain can part ways",
                [
                    "Most injuries heal within weeks to a few months. Yet for many people the pain carries on long after, sometimes "
                        + "with scans that show little or nothing to explain it. That can be puzzling and worrying.",
                    "One reason is that pain is not a direct reading of tissue damage. It is produced by your nervous system, which "
                        + "weighs everything it knows, including how risky a movement seems, and decides how much protection you need.",
                ]
            ),
            (
                "A system that learned to be careful",
                [
                    "After an injury, repeated flare-ups, a long stretch of stress or a lot of uncertainty, the nervous system can "
                        + "become more sensitive: it reacts sooner and more strongly. Once it has turned up, it can stay up by itself, "
                        + "even when the tissues are fine.",
                    "This is not 'all in your head'. The pain is real. What it signals is more about protection than about harm.",
                ]
            ),
            (
                "Why this is hopeful",
                [
                    "Sensitivity can come down again. What helps is showing your body, step by step, that movement is safe, while "
                        + "looking after sleep and stress. The rest of this course is about how."
                ]
            ),
        ],
        keyPoints: [
            "Pain is real, and it is produced by a protective system.",
            "That system can stay sensitive after tissues have healed.",
            "Sensitivity can settle with steady activity, understanding, sleep and stress care.",
        ],
        references: [Evidence.education])

    static let protection = Module(
        id: "protection", title: "Protection and sensitivity",
        summary: "How an over-protective system shows itself, and why resting more can keep it going.",
        minutes: 5,
        sections: [
            (
                "Pain as an alarm",
                [
                    "Think of pain as an alarm that decides how loudly to ring. When the system senses threat, physical, emotional "
                        + "or from the situation you are in, it turns the alarm up. That is useful after a fresh injury."
                ]
            ),
            (
                "When protection overshoots",
                [
                    "Over time the alarm can become too sensitive. Muscles stay tense and guarded, you move less and more stiffly, "
                        + "and ordinary activities that are no longer harmful start to hurt.",
                    "Avoiding those activities makes sense in the moment, but over months it can keep the alarm sensitive: the body "
                        + "never gets the evidence that the movement is safe, and strength and stamina fall.",
                ]
            ),
            (
                "Turning the alarm down",
                [
                    "The aim is to calm the protective response, not to fight it. Gentle, regular, planned activity teaches the "
                        + "system that it can relax. Some pain during this is expected and is not a sign of damage."
                ]
            ),
        ],
        keyPoints: [
            "Guarding, stiffness and pain on harmless activities are signs of over-protection.",
            "Long-term avoidance can keep sensitivity high.",
            "Regular, planned activity gives the system evidence that it is safe.",
        ],
        references: [Evidence.education, Evidence.guidelinesMultimodal])

    static let acupuncture = Module(
        id: "acupuncture", title: "What acupuncture may and may not do, and the window",
        summary: "Acupuncture may calm sensitivity for a while; lasting change comes from what you do in that time.",
        minutes: 6,
        sections: [
            (
                "What it may do",
                [
                    "Acupuncture is thought to act on how the nervous system processes pain rather than on the injured tissue. It "
                        + "may lower over-excitability, ease muscle guarding and shift how threatening signals feel, without numbing "
                        + "you or hiding warning signs of real danger.",
                    "In trials, on average, the benefit is modest: people having acupuncture did somewhat better than those having "
                        + "sham needling, and better again than those having no acupuncture, with some of the benefit fading over a "
                        + "year. Much of the difference against no treatment is not specific to the needling itself.",
                ]
            ),
            (
                "What it does not do",
                [
                    "It does not correct structural 'faults', it does not replace movement or rehabilitation, and on its own it is "
                        + "unlikely to give lasting improvement.",
                    "Guidelines differ by condition. For low back pain, NICE recommends against acupuncture; some people still choose "
                        + "it as an optional extra. For chronic primary pain (such as fibromyalgia or widespread pain), NICE says a "
                        + "single course may be considered.",
                ]
            ),
            (
                "The window",
                [
                    "If a session lowers your sensitivity for a few days, those days are a window of opportunity: movement may feel "
                        + "safer and easier. Using the window for your planned activity, and building a little on it, is where the "
                        + "lasting change is made. Settle's Today page tells you whether a window is probably open, with how sure it is."
                ]
            ),
        ],
        keyPoints: [
            "Acupuncture may calm sensitivity for a few days; it does not fix structure.",
            "Its average effect in trials is modest, and guidelines differ by condition.",
            "The value is in using the window for movement and graded activity.",
        ],
        references: [
            Evidence.acupunctureAverageEffect, Evidence.nonSpecific, Evidence.lowBackPainGuideline, Evidence.chronicPrimaryPain,
        ])

    static let pacing = Module(
        id: "pacing", title: "Pacing and graded exposure",
        summary: "Doing a steady planned amount, then building up slowly, rather than following the pain.",
        minutes: 6,
        sections: [
            (
                "Follow the plan, not the pain",
                [
                    "On a good day it is tempting to do a lot, and on a bad day to do nothing. That boom-and-bust pattern tends to "
                        + "feed flare-ups. Pacing means doing a planned amount on good and bad days alike.",
                    "Your plan sets a weekly quota of activity minutes. Split it over the week, stop when you reach today's amount "
                        + "even if you feel fine, and do what you can of it on harder days.",
                ]
            ),
            (
                "Building up",
                [
                    "The quota rises in small steps, for example ten percent every week, and holds during a flare. Small steps let "
                        + "your body adapt and your nervous system learn that the activity is safe.",
                    "Graded exposure applies the same idea to activities you have been avoiding or fear: start with a small, "
                        + "manageable piece and build it up, so that the activity becomes familiar and less threatening.",
                ]
            ),
            (
                "What to expect",
                [
                    "Some extra pain while you build up is common and usually settles within a day or so. It is a sign of a "
                        + "sensitive system, not of damage. If it does not settle, step back to the last level that felt manageable."
                ]
            ),
        ],
        keyPoints: [
            "Do a steady planned amount on good and bad days.",
            "Build up in small steps; hold during a flare.",
            "Approach avoided activities in small, manageable pieces.",
        ],
        references: [Evidence.exercise, Evidence.cft, Evidence.guidelinesMultimodal])

    static let sleepAndStress = Module(
        id: "sleep-and-stress", title: "Sleep and stress",
        summary: "Poor sleep and lasting stress can turn the alarm up; looking after them helps it settle.",
        minutes: 5,
        sections: [
            (
                "Why they matter",
                [
                    "A bad night often means a more painful next day, and weeks of poor sleep or strain can keep sensitivity raised. "
                        + "Stress and worry are part of the threat the nervous system weighs when it sets the level of pain."
                ]
            ),
            (
                "What can help",
                [
                    "Keep regular times for going to bed and getting up, even after a poor night. Wind down before bed, and keep "
                        + "screens and work out of the last hour where you can.",
                    "Plan short breaks in the day, use slow breathing or relaxation, and keep up the activities and people that give "
                        + "you something to look forward to. If worry or low mood is heavy, tell your clinician: psychological "
                        + "support is part of recommended care.",
                ]
            ),
            (
                "Tracking it",
                [
                    "Your daily check-in asks about sleep and stress so that you and your clinician can see how they move with "
                        + "your pain over the weeks."
                ]
            ),
        ],
        keyPoints: [
            "Poor sleep and stress can raise next-day pain and sensitivity.",
            "Regular sleep times and planned breaks help.",
            "Tell your clinician if worry or low mood is heavy.",
        ],
        references: [chronicPrimaryPainCare, settleAccount])

    static let flareUps = Module(
        id: "flare-ups", title: "Flare-ups",
        summary: "Flare-ups are common and usually settle; a plan made in advance makes them less frightening.",
        minutes: 5,
        sections: [
            (
                "What a flare-up is",
                [
                    "A flare-up is a spell of pain well above your usual, often after doing more than usual, a poor night, a "
                        + "stressful time or for no clear reason. In a sensitive system it is usually the alarm, not new damage."
                ]
            ),
            (
                "What to do",
                [
                    "Keep moving gently: cut your activity back, for example to about half, rather than stopping. Use what usually "
                        + "eases you, such as heat, a walk, slow breathing or a change of position. Mark the flare in your check-in; "
                        + "your plan holds the quota until it settles.",
                    "Most flares settle within days. Then build back up to your quota over a few days rather than all at once.",
                ]
            ),
            (
                "When to contact your clinician",
                [
                    "Contact your clinician if a flare does not ease after about a week, or if flares keep coming close together. "
                        + "Seek urgent help for new numbness or weakness, loss of bladder or bowel control, fever, pain after a "
                        + "serious fall or accident, or unexplained weight loss."
                ]
            ),
        ],
        keyPoints: [
            "Flare-ups are common and usually settle within days.",
            "Cut back rather than stop; build back up gradually.",
            "Know the signs that need your clinician or urgent help.",
        ],
        references: [Evidence.education, settleAccount])
}
