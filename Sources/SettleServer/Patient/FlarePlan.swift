import Foundation
import SettleCare

/// The flare-up plan shown on Today: what to do, when to step back, when to contact the clinician.
struct FlarePlan: Sendable, Equatable {
    /// True when a flare was reported in the last 3 days (the plan is shown first and open).
    var active: Bool
    /// Consecutive days up to today (or yesterday) marked as a flare.
    var flareDays: Int
    /// Whether the plan holds the quota during a flare.
    var holdsQuota: Bool

    /// A flare lasting this many days or more is a reason to contact the clinician.
    static let contactAfterDays = 7

    init(diary: [DiaryEntry], plan: ActivityPlan?, today: Day) {
        let flareDaysSet = Set(diary.filter(\.flare).map(\.day))
        active = flareDaysSet.contains { $0 > today.adding(days: -3) && $0 <= today }
        var count = 0
        var day = flareDaysSet.contains(today) ? today : today.adding(days: -1)
        while flareDaysSet.contains(day) {
            count += 1
            day = day.adding(days: -1)
        }
        flareDays = count
        holdsQuota = plan?.progression.holdOnFlare ?? true
    }

    var whatToDo: [String] {
        [
            "Keep moving gently: cut today's activity back, to about half, rather than stopping.",
            "Use what usually eases you: heat, a short walk, slow breathing, a change of position.",
            "Mark the flare in your check-in" + (holdsQuota ? "; your plan holds the quota until it settles." : "."),
            "When it eases, build back up to your quota over a few days.",
        ]
    }

    var whenToStepBack: [String] {
        [
            "If extra pain after activity has not settled by the next day, go back to the last amount that felt manageable.",
            "If two flares come within a week, stay at your current quota for another week before building up.",
        ]
    }

    var whenToContact: [String] {
        [
            "Contact your clinician if a flare has not eased after about \(Self.contactAfterDays) days, or flares keep coming close together.",
            "Seek urgent help for new numbness or weakness, loss of bladder or bowel control, fever, pain after a serious fall "
                + "or accident, or unexplained weight loss.",
        ]
    }
}
