import SettleModel

#if canImport(FoundationEssentials)
    import FoundationEssentials
#else
    import Foundation
#endif

extension TrialDesign {
    /// Checks ranges and consistency; throws every problem found at once, each with its field path.
    public func validate() throws(TrialDesignError) {
        var problems: [ParameterError] = []
        func check(_ ok: Bool, _ path: String, _ problem: @autoclosure () -> String) {
            if !ok { problems.append(.init(path: path, problem: problem())) }
        }
        check(!name.isEmpty, "name", "must not be empty")
        if Condition.preset(id: cohort.condition) == nil {
            let ids = Condition.presets.map(\.id).joined(separator: ", ")
            problems.append(
                .init(path: "cohort.condition", problem: "unknown condition '\(cohort.condition)'; use one of: \(ids)"))
        } else {
            do { _ = try condition() } catch { problems += error.problems }
        }
        check((7...730).contains(entry.historyDays), "entry.historyDays", "must be 7…730 days, got \(entry.historyDays)")
        check((1...500).contains(entry.maximumScreened), "entry.maximumScreened", "must be 1…500, got \(entry.maximumScreened)")
        for (key, v) in [
            ("minimumBaselinePain", entry.minimumBaselinePain), ("maximumBaselinePain", entry.maximumBaselinePain),
            ("minimumHistoryPain", entry.minimumHistoryPain),
            ("maximumPriorPain", entry.maximumPriorPain), ("consultationPain", entry.consultationPain),
        ] {
            if let v { check(v.isFinite && (0...10).contains(v), "entry.\(key)", "must be 0…10, got \(v)") }
        }
        check(
            entry.historyDays >= measureDays, "entry.historyDays",
            "must be at least measureDays (\(measureDays)) so a baseline can be measured")
        check(!arms.isEmpty, "arms", "at least one arm is needed")
        check(arms.count <= 12, "arms", "at most 12 arms, got \(arms.count)")
        var seen: Set<String> = []
        for (i, arm) in arms.enumerated() {
            let at = "arms[\(i)]"
            check(!arm.name.isEmpty, "\(at).name", "must not be empty")
            check(seen.insert(arm.name).inserted, "\(at).name", "duplicate arm name '\(arm.name)'")
            if let a = arm.acupuncture {
                check((1...60).contains(a.sessions), "\(at).acupuncture.sessions", "must be 1…60, got \(a.sessions)")
                check((1...52).contains(a.weeks), "\(at).acupuncture.weeks", "must be 1…52, got \(a.weeks)")
                check(
                    a.needles.isFinite && (1...40).contains(a.needles), "\(at).acupuncture.needles",
                    "must be 1…40, got \(a.needles)")
            }
            if let e = arm.education {
                check((1...30).contains(e.sessions), "\(at).education.sessions", "must be 1…30, got \(e.sessions)")
                check((1...52).contains(e.weeks), "\(at).education.weeks", "must be 1…52, got \(e.weeks)")
                for (j, d) in e.boosterDays.enumerated() {
                    check(d >= 0 && d <= 3650, "\(at).education.boosterDays[\(j)]", "must be 0…3650, got \(d)")
                }
            }
            if let a = arm.activity {
                check((1...156).contains(a.weeks), "\(at).activity.weeks", "must be 1…156, got \(a.weeks)")
                check(
                    (0.3...1.5).contains(a.startFraction), "\(at).activity.startFraction",
                    "must be 0.3…1.5, got \(a.startFraction)")
                check(
                    (0...0.3).contains(a.weeklyIncrease), "\(at).activity.weeklyIncrease",
                    "must be 0…0.3, got \(a.weeklyIncrease)")
                check((0.2...3).contains(a.ceiling), "\(at).activity.ceiling", "must be 0.2…3 load units, got \(a.ceiling)")
                check((0...0.5).contains(a.windowBoost), "\(at).activity.windowBoost", "must be 0…0.5, got \(a.windowBoost)")
                check((0...14).contains(a.windowDays), "\(at).activity.windowDays", "must be 0…14, got \(a.windowDays)")
                check((0...1).contains(a.restLevel), "\(at).activity.restLevel", "must be 0…1 load units, got \(a.restLevel)")
            }
            if let c = arm.contacts {
                check((1...100).contains(c.sessions), "\(at).contacts.sessions", "must be 1…100, got \(c.sessions)")
                check((1...52).contains(c.weeks), "\(at).contacts.weeks", "must be 1…52, got \(c.weeks)")
            }
            if let t = arm.threatAdvice { check((0...1).contains(t), "\(at).threatAdvice", "must be 0…1, got \(t)") }
        }
        check(!followUpDays.isEmpty, "followUpDays", "at least one follow-up is needed")
        for (i, d) in followUpDays.enumerated() {
            check((0...3650).contains(d), "followUpDays[\(i)]", "must be 0…3650 days, got \(d)")
            if i > 0 {
                check(
                    d > followUpDays[i - 1], "followUpDays[\(i)]", "must be after the previous follow-up (\(followUpDays[i - 1]))"
                )
            }
        }
        check((1...28).contains(measureDays), "measureDays", "must be 1…28, got \(measureDays)")
        check(!outcomes.isEmpty, "outcomes", "at least one outcome is needed")
        check((0...365).contains(diaryDays), "diaryDays", "must be 0…365, got \(diaryDays)")
        if let h = horizonDays { check((1...3650).contains(h), "horizonDays", "must be 1…3650, got \(h)") }
        for (i, c) in comparisons.enumerated() {
            check(seen.contains(c.arm), "comparisons[\(i)].arm", "no arm named '\(c.arm)'")
            check(seen.contains(c.comparator), "comparisons[\(i)].comparator", "no arm named '\(c.comparator)'")
        }
        let cd = course
        check((0...10).contains(cd.recoveryMeanRating), "course.recoveryMeanRating", "must be 0…10, got \(cd.recoveryMeanRating)")
        check((1...60).contains(cd.recoveryRunDays), "course.recoveryRunDays", "must be 1…60, got \(cd.recoveryRunDays)")
        check((0...10).contains(cd.recurrenceRise), "course.recurrenceRise", "must be 0…10, got \(cd.recurrenceRise)")
        check((1...30).contains(cd.recurrenceRunDays), "course.recurrenceRunDays", "must be 1…30, got \(cd.recurrenceRunDays)")
        if !problems.isEmpty { throw TrialDesignError(problems) }
    }

    /// The cohort's condition with the design's extra centre overrides merged in.
    public func condition() throws(TrialDesignError) -> Condition {
        guard var c = Condition.preset(id: cohort.condition) else {
            throw TrialDesignError(path: "cohort.condition", problem: "unknown condition '\(cohort.condition)'")
        }
        for (k, v) in cohort.centre { c.centre[k] = v }
        _ = try CohortSampler(condition: c, population: Parameters(), path: "cohort")
        return c
    }

    /// Decodes and validates a design from JSON; any syntax, type or range problem throws
    /// `TrialDesignError` naming the field path. Nothing is returned from a half-read file.
    public static func decode(json data: Data) throws(TrialDesignError) -> TrialDesign {
        let design: TrialDesign
        do {
            design = try JSONDecoder().decode(TrialDesign.self, from: data)
        } catch let error as DecodingError {
            throw TrialDesignError([ParameterError(decoding: error)])
        } catch {
            throw TrialDesignError(path: "(file)", problem: "\(error)")
        }
        try design.validate()
        return design
    }

    /// Encodes the design as pretty, key-sorted JSON (the format of `Examples/trials`).
    public func encodedJSON() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return (try? encoder.encode(self)) ?? Data()
    }

}
