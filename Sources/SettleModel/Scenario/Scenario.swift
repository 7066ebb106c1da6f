/// A one-off event on a given day.
public struct ScenarioEvent: Sendable, Equatable, Hashable, Codable {
    /// The kind of event.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// New tissue injury (`magnitude` in nociceptive a.u.: 0.3 moderate, 1 severe).
        case injury
        /// A flare-up (`magnitude` in nociceptive a.u., typically 0.1–0.4).
        case flare
        /// A threatening explanation or advice to rest (`magnitude` 0–1).
        case threatAdvice
        /// An education session (`magnitude` = sessions, default 1).
        case education
        /// A verum acupuncture session (`needles`, default 10).
        case verum
        /// A sham acupuncture session.
        case sham
    }

    public var day: Int
    public var kind: Kind
    public var magnitude: Double?
    public var needles: Double?

    public init(day: Int, kind: Kind, magnitude: Double? = nil, needles: Double? = nil) {
        self.day = day
        self.kind = kind
        self.magnitude = magnitude
        self.needles = needles
    }
}

/// A named starting person: parameters and starting state.
public enum PersonPreset: String, Sendable, Codable, CaseIterable {
    /// No persistent pain: low threat, recovered equilibrium.
    case recovered
    /// Pain-free but vulnerable: raised threat and gain baseline.
    case vulnerable
    /// Persistent pain: sensitised for about six months, raised threat, deconditioned.
    case sensitised

    /// The preset's parameters.
    public var parameters: Parameters {
        var p = Parameters.calibrated
        if self == .vulnerable { p.gainBaseline = -0.05 }
        return p
    }

    /// The preset's starting state for `parameters` (burnt in under neutral days).
    public func initialState(for parameters: Parameters) -> ModelState {
        let model = Model(parameters: parameters)
        switch self {
        case .recovered:
            return model.settle(.recoveredGuess(parameters), days: 730)
        case .vulnerable:
            var s = model.settle(.recoveredGuess(parameters), days: 730)
            s.threat = max(s.threat, 0.4)
            return s
        case .sensitised:
            var guess = ModelState.sensitisedGuess(parameters)
            guess.threat = 0.65
            return model.settle(guess, days: 180)
        }
    }
}

/// Who is simulated: a preset with optional parameter overrides.
public struct PersonSpec: Sendable, Equatable, Hashable, Codable {
    public var preset: PersonPreset
    /// Parameter overrides by name (see `ParameterCatalog`).
    public var overrides: [String: Double]

    public init(preset: PersonPreset = .sensitised, overrides: [String: Double] = [:]) {
        self.preset = preset
        self.overrides = overrides
    }

    enum CodingKeys: String, CodingKey { case preset, overrides }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        preset = try c.decodeIfPresent(PersonPreset.self, forKey: .preset) ?? .sensitised
        overrides = try c.decodeIfPresent([String: Double].self, forKey: .overrides) ?? [:]
    }
}

/// A complete simulation scenario: person, horizon, events, care plan, sleep and stress.
public struct Scenario: Sendable, Equatable, Hashable, Codable {
    public var name: String
    /// Days simulated (1–3650).
    public var horizonDays: Int
    public var person: PersonSpec
    public var events: [ScenarioEvent]
    public var care: CarePlan
    /// Sleep quality, 0 worst – 10 best (default 7).
    public var sleep: DailySeries
    /// Stress, 0–10 (default 3).
    public var stress: DailySeries
    /// Hold activity at the plan and freeze threat learning (isolates needling effects).
    public var holdBehaviour: Bool

    public init(
        name: String, horizonDays: Int = 365, person: PersonSpec = PersonSpec(), events: [ScenarioEvent] = [],
        care: CarePlan = CarePlan(), sleep: DailySeries = DailySeries(base: 7), stress: DailySeries = DailySeries(base: 3),
        holdBehaviour: Bool = false
    ) {
        self.name = name
        self.horizonDays = horizonDays
        self.person = person
        self.events = events
        self.care = care
        self.sleep = sleep
        self.stress = stress
        self.holdBehaviour = holdBehaviour
    }

    enum CodingKeys: String, CodingKey { case name, horizonDays, person, events, care, sleep, stress, holdBehaviour }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decodeIfPresent(String.self, forKey: .name) ?? "scenario"
        horizonDays = try c.decodeIfPresent(Int.self, forKey: .horizonDays) ?? 365
        person = try c.decodeIfPresent(PersonSpec.self, forKey: .person) ?? PersonSpec()
        events = try c.decodeIfPresent([ScenarioEvent].self, forKey: .events) ?? []
        care = try c.decodeIfPresent(CarePlan.self, forKey: .care) ?? CarePlan()
        sleep = try c.decodeIfPresent(DailySeries.self, forKey: .sleep) ?? DailySeries(base: 7)
        stress = try c.decodeIfPresent(DailySeries.self, forKey: .stress) ?? DailySeries(base: 3)
        holdBehaviour = try c.decodeIfPresent(Bool.self, forKey: .holdBehaviour) ?? false
    }

    /// The person's parameters (preset plus overrides).
    public func parameters() throws(ParameterErrors) -> Parameters {
        try person.preset.parameters.applying(person.overrides, path: "person.overrides")
    }
}
