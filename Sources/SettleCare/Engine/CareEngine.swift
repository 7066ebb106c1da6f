import SettleModel

/// Settings of the whole care engine.
public struct CareSettings: Codable, Sendable, Equatable {
    /// Particle filter settings (set `filter.particles` lower for cheap dashboard refreshes).
    public var filter: FilterSettings
    /// Planner settings.
    public var planner: PlannerSettings
    /// What-if horizon (weeks, 4–12 per the product; up to 26 accepted).
    public var whatIfWeeks: Int
    /// Whether to compute what-if forecasts (skip for caseload refreshes).
    public var includeWhatIfs: Bool
    /// Fewest days with a pain rating needed for an assessment.
    public var minimumCheckIns: Int

    /// The defaults: 1 000 particles, 12-week what-ifs.
    public init(
        filter: FilterSettings = FilterSettings(), planner: PlannerSettings = PlannerSettings(), whatIfWeeks: Int = 12,
        includeWhatIfs: Bool = true, minimumCheckIns: Int = 3
    ) {
        self.filter = filter
        self.planner = planner
        self.whatIfWeeks = whatIfWeeks
        self.includeWhatIfs = includeWhatIfs
        self.minimumCheckIns = minimumCheckIns
    }

    /// Cheap settings for caseload dashboards: 500 particles, 100 forecast particles, no history, no what-ifs.
    public static var dashboard: CareSettings {
        var s = CareSettings(filter: .dashboard, includeWhatIfs: false)
        s.planner.forecastParticles = 100
        return s
    }
}

/// The care engine: diary and session log → estimated state with intervals → window of
/// opportunity → next week's plan with reasons → what-if forecasts. Pure: no I/O.
public struct CareEngine: Sendable {
    /// Population parameters (`Parameters.calibrated` by default).
    public let base: Parameters
    /// Settings.
    public let settings: CareSettings

    /// Creates an engine.
    public init(base: Parameters = .calibrated, settings: CareSettings = CareSettings()) {
        self.base = base
        self.settings = settings
    }

    /// Assesses `record` using everything up to and including `asOf`.
    public func assess(record: PatientRecord, asOf: Day) throws(CareError) -> CareAssessment {
        let timeline = CareTimeline(record: record, asOf: asOf)
        guard !timeline.days.isEmpty else { throw .noDiary(asOf: asOf) }
        return try assess(timeline: timeline)
    }

    /// Assesses a prepared timeline (e.g. one whose quota history was set explicitly).
    public func assess(timeline: CareTimeline) throws(CareError) -> CareAssessment {
        guard let asOf = timeline.days.last?.day else { throw .noDiary(asOf: Day(daysSince1970: 0)) }
        let checkIns = timeline.days.filter(\.hasCheckIn).count
        guard checkIns > 0 else { throw .noDiary(asOf: asOf) }
        guard checkIns >= settings.minimumCheckIns else {
            throw .tooFewCheckIns(found: checkIns, needed: settings.minimumCheckIns)
        }
        let result = estimate(timeline: timeline)
        let window = WindowStatus(result: result)
        let forecaster = Forecaster(
            result: result, particles: max(10, settings.planner.forecastParticles), seed: settings.filter.seed)
        let plan = ExposurePlanner(settings: settings.planner).plan(result: result, window: window, forecaster: forecaster)
        let whatIfs =
            settings.includeWhatIfs
            ? WhatIfPlanner(weeks: settings.whatIfWeeks, planner: settings.planner).forecasts(
                result: result, plan: plan, forecaster: forecaster)
            : []
        var notes: [String] = []
        if checkIns < 14 {
            notes.append("Only \(checkIns) days with a pain rating: the intervals are wide and will narrow as the diary grows.")
        }
        let recent = timeline.days.suffix(14).filter(\.hasCheckIn).count
        if recent < 7 {
            notes.append("Only \(recent) check-ins in the last two weeks: today's estimate leans on older entries.")
        }
        return CareAssessment(
            asOf: asOf, firstDay: timeline.days.first?.day ?? asOf, daysCovered: timeline.count,
            daysWithCheckIn: checkIns, particles: settings.filter.sanitised.particles,
            disclaimer: CareAssessment.standardDisclaimer, state: result.final, tomorrowPain: result.tomorrowPain,
            window: window, plan: plan, whatIfs: whatIfs, history: result.history, notes: notes)
    }

    /// Runs only the particle filter over a timeline (the benchmark entry point).
    public func estimate(timeline: CareTimeline) -> FilterResult {
        ParticleFilter(base: base, settings: settings.filter).run(timeline)
    }

    /// Runs only the particle filter over `record` up to `asOf`.
    public func estimate(record: PatientRecord, asOf: Day) -> FilterResult {
        estimate(timeline: CareTimeline(record: record, asOf: asOf))
    }
}
