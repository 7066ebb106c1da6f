#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

/// Everything wrong with a scenario file, each problem with its field path.
public struct ScenarioError: Error, Sendable, Equatable, CustomStringConvertible {
    /// Problems found (field path and message), in file order where known.
    public let problems: [ParameterError]
    public init(_ problems: [ParameterError]) { self.problems = problems }
    public var description: String {
        "invalid scenario:\n" + problems.map { "  - \($0.path): \($0.problem)" }.joined(separator: "\n")
    }
}

extension Scenario {
    /// Decodes and validates a scenario from JSON. Nothing is returned from a half-read file:
    /// any syntax, type or range problem throws `ScenarioError` naming the field path.
    public static func decode(json data: Data) throws(ScenarioError) -> Scenario {
        let scenario: Scenario
        do {
            scenario = try JSONDecoder().decode(Scenario.self, from: data)
        } catch let error as ParameterErrors {
            throw ScenarioError(error.problems)
        } catch let error as DecodingError {
            throw ScenarioError([ParameterError(decoding: error)])
        } catch {
            throw ScenarioError([ParameterError(path: "(file)", problem: "\(error)")])
        }
        try scenario.validate()
        return scenario
    }

    /// Checks ranges and consistency; throws every problem found at once.
    public func validate() throws(ScenarioError) {
        var problems: [ParameterError] = []
        func check(_ ok: Bool, _ path: String, _ problem: String) {
            if !ok { problems.append(.init(path: path, problem: problem)) }
        }
        check((1...3650).contains(horizonDays), "horizonDays", "must be 1…3650 days, got \(horizonDays)")
        do { _ = try parameters() } catch { problems += error.problems }
        for (i, e) in events.enumerated() {
            check(e.day >= 0 && e.day < max(1, horizonDays), "events[\(i)].day", "must be 0…\(horizonDays - 1), got \(e.day)")
            if let m = e.magnitude { check(m.isFinite && m >= 0 && m <= 3, "events[\(i)].magnitude", "must be 0…3, got \(m)") }
            if let n = e.needles { check(n.isFinite && n >= 1 && n <= 40, "events[\(i)].needles", "must be 1…40, got \(n)") }
        }
        if let a = care.acupuncture {
            check(a.startDay >= 0, "care.acupuncture.startDay", "must be ≥ 0")
            check((1...60).contains(a.sessions), "care.acupuncture.sessions", "must be 1…60, got \(a.sessions)")
            check((1...60).contains(a.intervalDays), "care.acupuncture.intervalDays", "must be 1…60, got \(a.intervalDays)")
            check(a.needles >= 1 && a.needles <= 40, "care.acupuncture.needles", "must be 1…40, got \(a.needles)")
        }
        if let e = care.education {
            check(e.startDay >= 0, "care.education.startDay", "must be ≥ 0")
            check((1...30).contains(e.sessions), "care.education.sessions", "must be 1…30, got \(e.sessions)")
            check((1...60).contains(e.intervalDays), "care.education.intervalDays", "must be 1…60, got \(e.intervalDays)")
        }
        let a = care.activity
        check(a.startDay >= 0, "care.activity.startDay", "must be ≥ 0")
        if let l = a.level { check(l.isFinite && l >= 0 && l <= 3, "care.activity.level", "must be 0…3 load units, got \(l)") }
        check((0.3...1.5).contains(a.startFraction), "care.activity.startFraction", "must be 0.3…1.5, got \(a.startFraction)")
        check(
            (0...0.3).contains(a.weeklyIncrease), "care.activity.weeklyIncrease",
            "must be 0…0.3 (30 % a week), got \(a.weeklyIncrease)")
        check((0...0.5).contains(a.windowBoost), "care.activity.windowBoost", "must be 0…0.5, got \(a.windowBoost)")
        check((0...14).contains(a.windowDays), "care.activity.windowDays", "must be 0…14, got \(a.windowDays)")
        check(a.ceiling > 0 && a.ceiling <= 3, "care.activity.ceiling", "must be 0…3 load units, got \(a.ceiling)")
        check(
            (0...28).contains(a.supervisedEveryDays), "care.activity.supervisedEveryDays",
            "must be 0…28 days (0 = unsupervised), got \(a.supervisedEveryDays)")
        for (name, series) in [("sleep", sleep), ("stress", stress)] {
            check((0...10).contains(series.base), "\(name).base", "must be 0…10, got \(series.base)")
            for (i, s) in series.segments.enumerated() {
                check((0...10).contains(s.value), "\(name).segments[\(i)].value", "must be 0…10, got \(s.value)")
                check(s.fromDay <= s.toDay, "\(name).segments[\(i)]", "fromDay must not be after toDay")
            }
        }
        if !problems.isEmpty { throw ScenarioError(problems) }
    }
}
