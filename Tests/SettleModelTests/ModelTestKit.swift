import SettleModel

/// Shared helpers for the model property tests.
enum Kit {
    static let simulator = Simulator()

    /// Runs a scenario with explicit parameters (default: the product's calibrated set).
    static func run(
        _ scenario: Scenario, _ parameters: Parameters = .calibrated, seed: UInt64? = nil, stream: UInt64 = 0,
        initial: ModelState? = nil
    ) -> Trajectory {
        let start = initial ?? scenario.person.preset.initialState(for: parameters)
        return simulator.run(scenario, parameters: parameters, initial: start, seed: seed, stream: stream)
    }

    static func scenario(
        _ preset: PersonPreset, days: Int = 365, events: [ScenarioEvent] = [], care: CarePlan = CarePlan(),
        sleep: DailySeries = DailySeries(base: 7), stress: DailySeries = DailySeries(base: 3), hold: Bool = false
    ) -> Scenario {
        Scenario(
            name: "test", horizonDays: days, person: PersonSpec(preset: preset), events: events, care: care,
            sleep: sleep, stress: stress, holdBehaviour: hold)
    }

    /// A copy of the calibrated parameters with one change.
    static func perturbed(_ change: (inout Parameters) -> Void) -> Parameters {
        var p = Parameters.calibrated
        change(&p)
        return p
    }

    static func mean(_ xs: [Double]) -> Double { xs.reduce(0, +) / Double(max(1, xs.count)) }

    static func sd(_ xs: [Double]) -> Double {
        let m = mean(xs)
        return (xs.map { ($0 - m) * ($0 - m) }.reduce(0, +) / Double(max(1, xs.count - 1))).squareRoot()
    }

    static func lag1(_ xs: [Double]) -> Double {
        let m = mean(xs)
        let den = xs.map { ($0 - m) * ($0 - m) }.reduce(0, +)
        guard den > 0 else { return 0 }
        var num = 0.0
        for i in 1..<xs.count { num += (xs[i] - m) * (xs[i - 1] - m) }
        return num / den
    }
}

extension Kit {
    /// A weekly acupuncture course: 10 sessions from day 14.
    static let weeklyCourse = AcupunctureCourse(startDay: 14, sessions: 10, intervalDays: 7)

    /// ``weeklyCourse`` of `kind` as a care plan.
    static func weeklyCourse(_ kind: AcupunctureCourse.Kind) -> CarePlan {
        var course = weeklyCourse
        course.kind = kind
        return CarePlan(acupuncture: course)
    }

    /// A sensitised person's 90 days with ``weeklyCourse`` of `kind`, behaviour held.
    static func weeklyCourseRun(_ kind: AcupunctureCourse.Kind, _ p: Parameters) -> Trajectory {
        run(scenario(.sensitised, days: 90, care: weeklyCourse(kind), hold: true), p)
    }

    /// Mean pain advantage of verum over sham over the last week of ``weeklyCourse`` (days 77–83).
    static func verumOverSham(_ p: Parameters) -> Double {
        weeklyCourseRun(.sham, p).meanPain(77..<84) - weeklyCourseRun(.verum, p).meanPain(77..<84)
    }

    /// Mean pain advantage of `course` over no care for a sensitised person in the last two
    /// months of a year (days 300–364): what of a course's relief lasts.
    static func lateAdvantage(of course: CarePlan, _ p: Parameters) -> Double {
        let control = run(scenario(.sensitised, days: 365), p)
        let treated = run(scenario(.sensitised, days: 365, care: course), p)
        return control.meanPain(300..<365) - treated.meanPain(300..<365)
    }
}
