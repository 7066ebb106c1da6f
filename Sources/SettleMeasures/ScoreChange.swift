/// Why a change between two administrations could not be computed.
public enum ChangeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The two results come from different instruments or versions.
    case differentInstruments(baseline: String, followUp: String)
    /// The instrument id is not in the catalog.
    case unknownInstrument(String)
    /// The instrument has no scale with this id.
    case unknownScale(instrument: String, scale: String, known: [String])
    /// The scale was not scored in one of the two results.
    case notScored(scale: String, which: String)
    /// The score is itself a change rating (PGIC); change between two makes no sense.
    case notApplicable(instrument: String)

    /// What is wrong and how to fix it.
    public var description: String {
        switch self {
        case .differentInstruments(let baseline, let followUp):
            return "cannot compare \(baseline) with \(followUp): change needs the same instrument and version"
        case .unknownInstrument(let id):
            return "unknown instrument '\(id)'; see InstrumentCatalog.all"
        case .unknownScale(let instrument, let scale, let known):
            return "\(instrument) has no scale '\(scale)'; scales are \(known.joined(separator: ", "))"
        case .notScored(let scale, let which):
            return "scale '\(scale)' was not scored in the \(which) result (missing items)"
        case .notApplicable(let instrument):
            return "\(instrument) is itself a rating of change; compare its categories instead"
        }
    }
}

/// Change on one scale between two administrations of the same instrument.
public struct ScoreChange: Codable, Sendable, Hashable {
    /// Instrument id.
    public var instrumentID: String
    /// Scale compared.
    public var scaleID: String
    /// Baseline score, in the scale's unit.
    public var baseline: Double
    /// Follow-up score, in the scale's unit.
    public var followUp: Double
    /// Follow-up − baseline, in the scale's unit (sign as measured).
    public var points: Double
    /// (Follow-up − baseline) ÷ baseline × 100; `nil` when the baseline is 0.
    public var percent: Double?
    /// Which direction is better on this scale.
    public var direction: ImprovementDirection
    /// Change in the better direction: positive = improvement, in scale units.
    public var improvementPoints: Double
    /// Improvement in percent of baseline; `nil` when the baseline is 0.
    public var improvementPercent: Double?
    /// Band at baseline and at follow-up.
    public var bandBefore: String?
    /// Band at follow-up.
    public var bandAfter: String?
    /// The instrument's clinically important change, with its source; `nil` when none is published.
    public var criterion: ChangeCriterion?
    /// Whether the improvement reaches the criterion; `nil` when there is no criterion.
    public var isImportantImprovement: Bool?
    /// Whether a worsening of the same size is reached; `nil` when there is no criterion.
    public var isImportantWorsening: Bool?
    /// Highest percent tier reached by the improvement (e.g. IMMPACT "moderate"), if tiers exist.
    public var tier: String?

    /// Compares two results of the same instrument on `scale` (default: the primary scale),
    /// looking the instrument up in ``InstrumentCatalog``.
    /// - Throws: ``ChangeError`` when instruments differ, the scale is unknown or unscored,
    ///   or the instrument is itself a change rating.
    public static func between(
        _ baseline: ScoreResult, _ followUp: ScoreResult, scale: String? = nil
    ) throws(ChangeError) -> ScoreChange {
        guard let instrument = InstrumentCatalog.instrument(id: baseline.instrumentID) else {
            throw .unknownInstrument(baseline.instrumentID)
        }
        return try between(baseline, followUp, instrument: instrument, scale: scale)
    }

    /// Compares two results of `instrument` on `scale` (default: the primary scale).
    public static func between(
        _ baseline: ScoreResult, _ followUp: ScoreResult, instrument: Instrument, scale scaleID: String? = nil
    ) throws(ChangeError) -> ScoreChange {
        let before = "\(baseline.instrumentID) \(baseline.instrumentVersion)"
        let after = "\(followUp.instrumentID) \(followUp.instrumentVersion)"
        guard baseline.instrumentID == followUp.instrumentID,
            baseline.instrumentVersion == followUp.instrumentVersion,
            baseline.variant == followUp.variant,
            baseline.instrumentID == instrument.id
        else { throw .differentInstruments(baseline: before, followUp: after) }
        let wanted = scaleID ?? instrument.primaryScale?.id ?? "total"
        guard let scale = instrument.scale(wanted) else {
            throw .unknownScale(instrument: instrument.id, scale: wanted, known: instrument.scales.map(\.id))
        }
        guard scale.direction != .notApplicable else { throw .notApplicable(instrument: instrument.id) }
        guard let b = baseline.scale(wanted)?.value else { throw .notScored(scale: wanted, which: "baseline") }
        guard let f = followUp.scale(wanted)?.value else { throw .notScored(scale: wanted, which: "follow-up") }

        let points = f - b
        let percent: Double? = b == 0 ? nil : points / b * 100
        let sign: Double = scale.direction == .higherIsBetter ? 1 : -1
        let improvement = sign * points
        let improvementPercent = percent.map { sign * $0 }
        let bandBefore = scale.bands.index(holding: b)
        let bandAfter = scale.bands.index(holding: f)

        var change = ScoreChange(
            instrumentID: instrument.id, scaleID: wanted, baseline: b, followUp: f, points: points,
            percent: percent, direction: scale.direction, improvementPoints: improvement,
            improvementPercent: improvementPercent,
            bandBefore: bandBefore.map { scale.bands[$0].label }, bandAfter: bandAfter.map { scale.bands[$0].label },
            criterion: scale.importantChange, isImportantImprovement: nil, isImportantWorsening: nil, tier: nil
        )
        guard let criterion = scale.importantChange else { return change }
        let bandStep: Int? = {
            guard let bandBefore, let bandAfter else { return nil }
            return scale.direction == .higherIsBetter ? bandAfter - bandBefore : bandBefore - bandAfter
        }()
        change.isImportantImprovement = reaches(criterion, improvement, improvementPercent, bandStep)
        change.isImportantWorsening = reaches(
            criterion, -improvement, improvementPercent.map { -$0 }, bandStep.map { -$0 })
        if let improvementPercent {
            change.tier = criterion.tiers.last { improvementPercent >= $0.minimumPercent }?.label
        }
        return change
    }

    private static func reaches(
        _ criterion: ChangeCriterion, _ points: Double, _ percent: Double?, _ bandStep: Int?
    ) -> Bool {
        // A tiny tolerance keeps 30.000000001 % vs 30 % from deciding a clinical call.
        let tolerance = 1e-9
        var tests: [Bool] = []
        if let minimum = criterion.minimumPoints { tests.append(points >= minimum - tolerance) }
        if let minimum = criterion.minimumPercent { tests.append((percent ?? -Double.infinity) >= minimum - tolerance) }
        let thresholds =
            criterion.combination == .either
            ? tests.contains(true) : (!tests.isEmpty && tests.allSatisfy { $0 })
        guard criterion.requiresBandImprovement else { return thresholds }
        return thresholds && (bandStep ?? 0) > 0
    }
}
