/// The built-in care strategies compared by `settle simulate --compare`.
public enum Strategy: String, Sendable, CaseIterable, Codable {
    case usualCare = "usual-care"
    case acupunctureAlone = "acupuncture-alone"
    case exerciseAlone = "exercise-alone"
    case educationAndExercise = "education-exercise"
    case integrated = "integrated"

    /// Display name.
    public var title: String {
        switch self {
        case .usualCare: "Usual care"
        case .acupunctureAlone: "Acupuncture alone"
        case .exerciseAlone: "Exercise alone"
        case .educationAndExercise: "Education + exercise"
        case .integrated: "Integrated (education + graded exposure + acupuncture in the window)"
        }
    }

    /// The care plan of this strategy, starting on `startDay`.
    public func carePlan(startDay: Int = 14) -> CarePlan {
        let course = AcupunctureCourse(kind: .verum, startDay: startDay, sessions: 10, intervalDays: 7, needles: 10)
        let education = EducationCourse(startDay: startDay, sessions: 4, intervalDays: 7)
        let graded = ActivityPlan(kind: .graded, startDay: startDay, weeklyIncrease: 0.1)
        switch self {
        case .usualCare: return CarePlan()
        case .acupunctureAlone: return CarePlan(acupuncture: course)
        case .exerciseAlone: return CarePlan(activity: graded)
        case .educationAndExercise: return CarePlan(education: education, activity: graded)
        case .integrated:
            var windowed = graded
            windowed.windowBoost = 0.15
            windowed.windowDays = 3
            return CarePlan(acupuncture: course, education: education, activity: windowed)
        }
    }

    /// A one-year scenario of this strategy for a person with persistent pain.
    public func scenario(horizonDays: Int = 365, person: PersonSpec = PersonSpec(preset: .sensitised)) -> Scenario {
        Scenario(name: title, horizonDays: horizonDays, person: person, care: carePlan())
    }
}
