import Foundation
import SettleCare
import SettleModel

/// A what-if comparison of two care options with the pain model.
///
/// SEAM: `SettleCare`'s what-if (fitted to the patient's diary) replaces this once available.
/// Until then the model runs with population-default parameters from a starting state chosen
/// by the patient's recent pain, deterministically; the page says so.
struct WhatIfOption: Sendable, Equatable {
    /// Verum acupuncture sessions per week (0–3).
    var needlingPerWeek: Int
    /// Weeks of needling (0–12).
    var needlingWeeks: Int
    /// Weekly activity in minutes (0–1500); time-contingent when `graded` is true.
    var weeklyMinutes: Int
    /// Graded (time-contingent quota) rather than as pain allows.
    var graded: Bool
    /// Education sessions in the first weeks (0–6).
    var educationSessions: Int

    static let usual = WhatIfOption(needlingPerWeek: 0, needlingWeeks: 0, weeklyMinutes: 300, graded: false, educationSessions: 0)
}

struct WhatIfResult: Sendable {
    /// Daily pain (0–10) for each option, `days` long.
    var painA: [Double]
    var painB: [Double]
    var activityA: [Double]
    var activityB: [Double]

    static func simulate(a: WhatIfOption, b: WhatIfOption, recentPain: Double?, days: Int) -> WhatIfResult {
        let model = Model()
        let start = model.settle((recentPain ?? 5) >= 4 ? .sensitisedGuess(model.parameters) : .recoveredGuess(model.parameters))
        func run(_ option: WhatIfOption) -> (pain: [Double], activity: [Double]) {
            var state = start
            var pain: [Double] = [], activity: [Double] = []
            for day in 0..<days {
                var input = DayInput()
                let week = day / 7, weekday = day % 7
                if week < option.needlingWeeks, option.needlingPerWeek > 0, weekday % max(7 / option.needlingPerWeek, 1) == 0,
                    weekday / max(7 / option.needlingPerWeek, 1) < option.needlingPerWeek
                {
                    input.verumNeedles = 10
                }
                if option.educationSessions > 0, weekday == 0, week < option.educationSessions { input.education = 1 }
                input.plannedLoad = Double(option.weeklyMinutes) / 7 / 60
                input.timeContingent = option.graded
                let outcome = model.step(&state, input)
                pain.append(outcome.pain)
                activity.append(outcome.activityMinutes)
            }
            return (pain, activity)
        }
        let ra = run(a), rb = run(b)
        return WhatIfResult(painA: ra.pain, painB: rb.pain, activityA: ra.activity, activityB: rb.activity)
    }
}
