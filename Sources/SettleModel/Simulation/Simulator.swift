/// Runs scenarios through the model, deterministically or with a seeded random stream.
public struct Simulator: Sendable {
    public init() {}

    /// Simulates `scenario`. With a `seed` the run is stochastic (day-to-day noise, sleep and
    /// stress variation, spontaneous clustered flares) and reproducible; without one it is
    /// deterministic.
    public func run(_ scenario: Scenario, seed: UInt64? = nil, stream: UInt64 = 0) throws(ScenarioError) -> Trajectory {
        try scenario.validate()
        let parameters: Parameters
        do { parameters = try scenario.parameters() } catch { throw ScenarioError(error.problems) }
        let initial = scenario.person.preset.initialState(for: parameters)
        return run(scenario, parameters: parameters, initial: initial, seed: seed, stream: stream)
    }

    /// Simulates a validated scenario with explicit parameters and starting state.
    public func run(_ scenario: Scenario, parameters: Parameters, initial: ModelState, seed: UInt64? = nil, stream: UInt64 = 0)
        -> Trajectory
    {
        let model = Model(parameters: parameters, holdBehaviour: scenario.holdBehaviour)
        let horizon = scenario.horizonDays
        var inputs = Self.scheduledInputs(scenario)
        var policy = ActivityPolicy(plan: scenario.care.activity)
        var random = seed.map { RandomStream(seed: $0, stream: stream) }
        var state = initial
        var days: [TrajectoryDay] = []
        days.reserveCapacity(horizon)
        for d in 0..<horizon {
            var input = inputs[d]
            let rx = policy.prescription(day: d, verumToday: input.verumNeedles > 0)
            input.plannedLoad = rx.load
            input.timeContingent = rx.timeContingent
            inputs[d] = input
            var shocks = DayShocks.none
            if var r = random {
                shocks = DayShocks.draw(from: &r)
                random = r
            }
            let outcome = model.step(&state, input, shocks: shocks)
            policy.record(day: d, activity: outcome.activity, isFlare: outcome.isFlare, tolerance: outcome.tolerance)
            days.append(TrajectoryDay(day: d, input: input, outcome: outcome, state: state))
        }
        return Trajectory(name: scenario.name, parameters: parameters, initialState: initial, days: days)
    }

    /// The scenario's day inputs before the activity policy fills in the plan: sleep, stress,
    /// events and scheduled sessions.
    public static func scheduledInputs(_ scenario: Scenario) -> [DayInput] {
        let horizon = max(0, scenario.horizonDays)
        var inputs = [DayInput](repeating: DayInput(), count: horizon)
        for d in 0..<horizon {
            inputs[d].sleep = scenario.sleep.value(on: d)
            inputs[d].stress = scenario.stress.value(on: d)
            inputs[d].careContact = scenario.care.activity.isSupervised(day: d)
        }
        if let a = scenario.care.acupuncture {
            for d in a.days where d < horizon {
                if a.kind == .verum { inputs[d].verumNeedles = a.needles } else { inputs[d].sham = true }
            }
        }
        if let e = scenario.care.education {
            for d in e.days where d < horizon {
                inputs[d].education += 1
                inputs[d].careContact = true
            }
        }
        for e in scenario.events where e.day >= 0 && e.day < horizon {
            switch e.kind {
            case .injury: inputs[e.day].injury += e.magnitude ?? 0.5
            case .flare: inputs[e.day].flare += e.magnitude ?? 0.2
            case .threatAdvice: inputs[e.day].threatAdvice = max(inputs[e.day].threatAdvice, e.magnitude ?? 1)
            case .education: inputs[e.day].education += e.magnitude ?? 1
            case .verum: inputs[e.day].verumNeedles = e.needles ?? 10
            case .sham: inputs[e.day].sham = true
            }
        }
        return inputs
    }
}
