import Foundation
import SettleCare

/// One of the patient's own goals (a PSFS activity) with its latest rating and milestones.
///
/// Ratings come from PSFS administrations whose answers are keyed by the goal's id (see
/// ``Goal``); the baseline is the rating given when the goal was set.
struct GoalProgress: Sendable, Equatable {
    /// A step on the way to the goal.
    struct Milestone: Sendable, Equatable {
        /// What the step is, in plain words.
        var label: String
        /// The rating (0–10) that reaches it.
        var rating: Int
        /// Whether the latest rating has reached it.
        var reached: Bool
    }

    var goal: Goal
    /// The latest rating (0–10), or the baseline when never re-rated.
    var latest: Int
    /// The day of the latest rating (the day the goal was set when never re-rated).
    var latestDay: Day
    var milestones: [Milestone]

    /// Change that is bigger than rating-to-rating noise for a single PSFS activity (MDC90, Stratford 1995).
    static let noticeableChange = 3

    init(goal: Goal, administrations: [QuestionnaireAdministration]) {
        self.goal = goal
        let keys = [goal.id.uuidString.lowercased(), goal.id.uuidString]
        let ratings = administrations.filter { $0.instrumentID == "psfs" }.compactMap { admin -> (Day, Int)? in
            guard let value = keys.lazy.compactMap({ admin.answers[$0] }).first, value.isFinite, (0...10).contains(value) else {
                return nil
            }
            return (admin.day, Int(value.rounded()))
        }
        let last = ratings.max { $0.0 < $1.0 }
        latest = last?.1 ?? goal.baselineRating
        latestDay = last?.0 ?? goal.createdOn
        let base = goal.baselineRating
        var steps: [Milestone] = []
        if base < 10 {
            steps.append(
                Milestone(label: "A first step: one point better than when you set the goal", rating: base + 1, reached: false))
        }
        if base + Self.noticeableChange <= 10 {
            steps.append(
                Milestone(
                    label: "A real change: \(Self.noticeableChange) points better, more than ratings vary by chance",
                    rating: base + Self.noticeableChange,
                    reached: false))
        }
        if let target = goal.targetRating, target > base, !steps.contains(where: { $0.rating == target }) {
            steps.append(Milestone(label: "Your target", rating: target, reached: false))
        } else if let target = goal.targetRating, let index = steps.firstIndex(where: { $0.rating == target }) {
            steps[index].label += " (your target)"
        }
        steps.sort { $0.rating < $1.rating }
        let reachedRating = latest
        milestones = steps.map { step in
            var marked = step
            marked.reached = reachedRating >= step.rating
            return marked
        }
    }
}
