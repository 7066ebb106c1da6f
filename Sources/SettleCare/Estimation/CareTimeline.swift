import Foundation
import SettleMeasures

/// What is known about one calendar day of a patient's record, ready for the filter.
///
/// Missing values are nil: the filter then propagates the day without that observation.
public struct ObservedDay: Codable, Sendable, Equatable {
    /// The calendar day.
    public var day: Day
    /// Mean of the day's pain ratings (0–10); nil when no rating was entered.
    public var pain: Double?
    /// How many pain ratings the day holds.
    public var painCount: Int
    /// Activity minutes reported that day (0–1440; steps converted at 100 steps a minute when
    /// only steps were given); nil when not reported.
    public var activityMinutes: Double?
    /// Sleep quality last night (0–10); nil when not reported.
    public var sleep: Double?
    /// Stress (0–10); nil when not reported.
    public var stress: Double?
    /// True when any entry of the day is marked as a flare-up.
    public var flareReported: Bool
    /// Verum needles used in an acupuncture session that day (0 for none).
    public var verumNeedles: Double
    /// True when a sham session was logged that day.
    public var sham: Bool
    /// Education sessions delivered that day.
    public var education: Double
    /// True when an exercise or graded-exposure session was done that day.
    public var structuredExercise: Bool
    /// Disability score (RMDQ 0–24) answered that day, if any.
    public var disability: Double?
    /// Fear of movement (TSK-17, 17–68) answered that day, if any.
    public var fearOfMovement: Double?

    /// An empty day (nothing observed).
    public init(day: Day) {
        self.day = day
        pain = nil
        painCount = 0
        activityMinutes = nil
        sleep = nil
        stress = nil
        flareReported = false
        verumNeedles = 0
        sham = false
        education = 0
        structuredExercise = false
        disability = nil
        fearOfMovement = nil
    }

    /// Whether the patient checked in that day (any pain rating).
    public var hasCheckIn: Bool { pain != nil }
}

/// A patient record laid out day by day from the first diary entry or session to `asOf`.
public struct CareTimeline: Codable, Sendable, Equatable {
    /// Days in order, one per calendar day (consecutive, gaps filled with empty days).
    public var days: [ObservedDay]
    /// Activity quota per day in force (minutes), or nil before a plan starts / without a plan.
    public var quotaMinutes: [Double?]

    /// Steps per minute used to convert a step count when no minutes were given.
    public static let stepsPerMinute = 100.0
    /// Needles assumed for a verum session logged with a needle count of 0 (not recorded).
    public static let assumedNeedles = 10.0

    /// Builds the timeline of `record` up to and including `asOf`, at most `maxDays` long
    /// (the most recent days are kept).
    public init(record: PatientRecord, asOf: Day, maxDays: Int = 730) {
        var first: Day? = nil
        for e in record.diary where e.day <= asOf { first = min(first ?? e.day, e.day) }
        for s in record.sessions where s.day <= asOf { first = min(first ?? s.day, s.day) }
        guard var start = first else {
            days = []
            quotaMinutes = []
            return
        }
        if start.days(to: asOf) >= maxDays { start = asOf.adding(days: -(maxDays - 1)) }
        let count = start.days(to: asOf) + 1
        var out = (0..<count).map { ObservedDay(day: start.adding(days: $0)) }

        var painSum = [Double](repeating: 0, count: count)
        var minutesSum = [Double](repeating: 0, count: count)
        var minutesCount = [Int](repeating: 0, count: count)
        var stepsMinutes = [Double?](repeating: nil, count: count)
        for e in record.diary {
            let i = start.days(to: e.day)
            guard i >= 0, i < count, (0...10).contains(e.pain) else { continue }
            painSum[i] += Double(e.pain)
            out[i].painCount += 1
            if let m = e.activityMinutes, m >= 0 {
                minutesSum[i] += Double(min(m, 1440))
                minutesCount[i] += 1
            } else if let s = e.steps, s >= 0 {
                stepsMinutes[i] = Double(s) / Self.stepsPerMinute
            }
            if let q = e.sleepQuality, (0...10).contains(q) { out[i].sleep = Double(q) }
            if let q = e.stress, (0...10).contains(q) { out[i].stress = Double(q) }
            if e.flare { out[i].flareReported = true }
        }
        for i in 0..<count {
            if out[i].painCount > 0 { out[i].pain = painSum[i] / Double(out[i].painCount) }
            if minutesCount[i] > 0 {
                // Several entries a day each report the day's activity so far; use their mean.
                out[i].activityMinutes = minutesSum[i] / Double(minutesCount[i])
            } else if let m = stepsMinutes[i] {
                out[i].activityMinutes = min(m, 1440)
            }
        }
        for s in record.sessions {
            let i = start.days(to: s.day)
            guard i >= 0, i < count else { continue }
            switch s.treatment {
            case .acupuncture(let a):
                if a.arm == .verum {
                    let needles = a.needleCount > 0 ? Double(min(a.needleCount, 40)) : Self.assumedNeedles
                    out[i].verumNeedles = max(out[i].verumNeedles, needles)
                } else {
                    out[i].sham = true
                }
            case .exercise:
                out[i].structuredExercise = true
            case .education:
                out[i].education += 1
            }
        }
        for q in record.questionnaires {
            let i = start.days(to: q.day)
            guard i >= 0, i < count else { continue }
            switch q.instrumentID {
            case "rmdq":
                if let v = Self.total(of: q), (0...24).contains(v) { out[i].disability = v }
            case "tsk17":
                if let v = Self.total(of: q), (17...68).contains(v) { out[i].fearOfMovement = v }
            case "tsk-11", "tsk11":
                // TSK-11 (11–44) mapped linearly onto the TSK-17 range.
                if let v = Self.total(of: q), (11...44).contains(v) { out[i].fearOfMovement = 17 + (v - 11) / 33 * 51 }
            default:
                break
            }
        }
        days = out
        quotaMinutes = Self.quotas(plan: record.plan, days: out)
    }

    /// Number of days.
    public var count: Int { days.count }

    /// The stored score total, or the answers scored now with `SettleMeasures`.
    static func total(of q: QuestionnaireAdministration) -> Double? {
        if let json = q.scoreJSON, let data = json.data(using: .utf8),
            let result = try? JSONDecoder().decode(ScoreResult.self, from: data), let total = result.total
        {
            return total
        }
        guard let instrument = InstrumentCatalog.instrument(id: q.instrumentID) else { return nil }
        var whole: [String: Int] = [:]
        for (item, value) in q.answers {
            guard value.isFinite, value == value.rounded(), abs(value) < 1000 else { return nil }
            whole[item] = Int(value)
        }
        return (try? instrument.score(whole))?.total
    }

    /// The plan's daily quota (minutes) for each day: the weekly quota spread over 7 days,
    /// raised by the progression rule (held when a flare-up was reported in the step period
    /// and the rule says so), never above the ceiling.
    static func quotas(plan: ActivityPlan?, days: [ObservedDay]) -> [Double?] {
        guard let plan else { return [Double?](repeating: nil, count: days.count) }
        var out = [Double?](repeating: nil, count: days.count)
        var weekly = Double(plan.weeklyQuotaMinutes)
        let rule = plan.progression
        let ceiling = rule.ceilingMinutes.map(Double.init) ?? .infinity
        var flareInPeriod = false
        if let first = days.first, plan.startDay < first.day {
            // Steps taken before the timeline starts (no diary known then: no holds).
            let steps = (plan.startDay.days(to: first.day) - 1) / max(1, rule.everyDays)
            for _ in 0..<min(steps, 200) { weekly = min(ceiling, weekly * (1 + rule.increasePercent / 100)) }
        }
        for (i, d) in days.enumerated() {
            let since = plan.startDay.days(to: d.day)
            guard since >= 0 else { continue }
            if since > 0, since % max(1, rule.everyDays) == 0 {
                if !(rule.holdOnFlare && flareInPeriod) { weekly = min(ceiling, weekly * (1 + rule.increasePercent / 100)) }
                flareInPeriod = false
            }
            if d.flareReported { flareInPeriod = true }
            out[i] = weekly / 7
        }
        return out
    }
}
