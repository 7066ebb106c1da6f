import SettleModel

/// Scratch buffers reused across the slots of one work block (no allocation per day).
struct SlotScratch {
    /// The last `window` run-in days: rating, disability, fear.
    var runIn: [Double]
    /// Ring of recent ratings for the recovery run.
    var ring: [Double]

    init(window: Int, recoveryRun: Int) {
        runIn = [Double](repeating: 0, count: 3 * window)
        ring = [Double](repeating: 0, count: recoveryRun)
    }
}

extension CompiledTrial {
    /// Simulates enrolment slot `slot`: screens candidates until one meets the entry criteria,
    /// then runs the enrolled person through their arm (or every arm).
    func simulateSlot(_ slot: Int, options: TrialRunOptions, scratch: inout SlotScratch) -> SlotResult {
        let entry = design.entry
        for attempt in 0..<entry.maximumScreened {
            var stream = RandomStream(seed: options.seed, stream: UInt64(slot) &* 1024 &+ UInt64(attempt))
            let person = sampler.draw(&stream)
            let model = Model(parameters: person.parameters)
            var state = person.start
            if let m = entry.maximumPriorPain {
                var probe = state
                var neutral = DayInput()
                neutral.sleep = person.sleep
                neutral.stress = person.stress
                if model.step(&probe, neutral).pain > m { continue }
            }
            var historySum = 0.0
            var activitySum = 0.0
            var daysRun = history
            var consulted = false
            var day = DayInput()
            day.sleep = person.sleep
            day.stress = person.stress
            for t in 0..<history {
                var input = day
                if t == 0 { input.injury = person.onsetInjury }
                let out = model.step(&state, input, shocks: .draw(from: &stream))
                let rating = Double(out.painRating)
                historySum += rating
                if let c = entry.consultationPain, rating >= c {
                    // Care is sought today: the run-in ends and this day is the whole baseline window.
                    for j in 0..<window {
                        scratch.runIn[3 * j] = rating
                        scratch.runIn[3 * j + 1] = out.disability
                        scratch.runIn[3 * j + 2] = out.fearOfMovement
                    }
                    activitySum = out.activity * Double(window)
                    daysRun = t + 1
                    consulted = true
                    break
                }
                let j = t - (history - window)
                if j >= 0 {
                    scratch.runIn[3 * j] = rating
                    scratch.runIn[3 * j + 1] = out.disability
                    scratch.runIn[3 * j + 2] = out.fearOfMovement
                    activitySum += out.activity
                }
            }
            if entry.consultationPain != nil, !consulted { continue }
            var baseline = 0.0
            for j in 0..<window { baseline += scratch.runIn[3 * j] }
            baseline /= Double(window)
            if let m = entry.minimumBaselinePain, baseline < m { continue }
            if let m = entry.maximumBaselinePain, baseline > m { continue }
            if let m = entry.minimumHistoryPain, historySum / Double(daysRun) < m { continue }

            let arms: [Int] =
                options.allocation == .everyArm
                ? Array(0..<schedules.count) : [slot % schedules.count]
            var records: [PatientRecord] = []
            records.reserveCapacity(arms.count)
            for a in arms {
                var s = state
                var r = stream
                records.append(
                    runArm(
                        a, model: model, person: person, state: &s, stream: &r,
                        baseline: baseline, baselineActivity: activitySum / Double(window), scratch: &scratch))
            }
            return SlotResult(records: records, screened: attempt + 1)
        }
        return SlotResult(records: [], screened: entry.maximumScreened)
    }

    /// Runs one enrolled person through arm `a` from randomisation to the horizon.
    func runArm(
        _ a: Int, model: Model, person: VirtualPerson, state: inout ModelState, stream: inout RandomStream,
        baseline: Double, baselineActivity: Double, scratch: inout SlotScratch
    ) -> PatientRecord {
        let k = design.followUpDays.count
        var values = [Double](repeating: 0, count: 3 * k)
        // Run-in parts of the windows (e.g. the baseline).
        for (f, n) in runInDaysInWindow.enumerated() where n > 0 {
            for j in (window - n)..<window {
                values[3 * f] += scratch.runIn[3 * j]
                values[3 * f + 1] += scratch.runIn[3 * j + 1]
                values[3 * f + 2] += scratch.runIn[3 * j + 2]
            }
        }
        let schedule = schedules[a].days
        // Allocation-aware reporting: from the first session, people having acupuncture rate pain lower.
        let reportShiftFrom = schedules[a].firstNeedlingDay ?? Int.max
        var policy = QuotaPolicy(activity: schedules[a].arm.activity, baselineActivity: baselineActivity)
        let p = model.parameters
        let course = design.course
        let run = course.recoveryRunDays
        var ringSum = 0.0
        var recoveryDay = -1
        var recurrenceDay = -1
        var riseStreak = 0
        let riseLevel = baseline + course.recurrenceRise
        let diaryDays = min(design.diaryDays, horizon)
        var sx = 0.0, sxx = 0.0, sxl = 0.0, first = 0.0, last = 0.0
        var ss = 0.0, sss = 0.0, ssp = 0.0

        for d in 0..<horizon {
            var input = schedule[d]
            input.sleep = person.sleep
            input.stress = person.stress
            let rx = policy.prescription(day: d, verumToday: input.verumNeedles > 0)
            input.plannedLoad = rx.load
            input.timeContingent = rx.timeContingent
            let shocks = DayShocks.draw(from: &stream)
            let out = model.step(&state, input, shocks: shocks)
            policy.record(day: d, isFlare: out.isFlare, tolerance: out.tolerance)
            let felt = Double(out.painRating)
            let rating = d >= reportShiftFrom ? max(0, felt - p.allocationReportShift) : felt

            for w in dayWindowStart[d]..<dayWindowStart[d + 1] {
                let f = dayWindowIndex[w]
                values[3 * f] += rating
                values[3 * f + 1] += out.disability
                values[3 * f + 2] += out.fearOfMovement
            }
            if recoveryDay < 0 {
                let slot = d % run
                ringSum += rating - (d >= run ? scratch.ring[slot] : 0)
                scratch.ring[slot] = rating
                if d >= run - 1, ringSum / Double(run) <= course.recoveryMeanRating { recoveryDay = d - run + 1 }
            }
            if recurrenceDay < 0 {
                riseStreak = rating >= riseLevel ? riseStreak + 1 : 0
                if riseStreak >= course.recurrenceRunDays { recurrenceDay = d - course.recurrenceRunDays + 1 }
            }
            if d < diaryDays {
                if d == 0 { first = rating } else { sxl += rating * last }
                last = rating
                sx += rating
                sxx += rating * rating
                let sleep = min(10, max(0, input.sleep + p.sleepVariability * shocks.sleep))
                ss += sleep
                sss += sleep * sleep
                ssp += sleep * rating
            }
        }
        let inv = 1 / Double(window)
        for i in values.indices { values[i] *= inv }

        var sd = 0.0, lag1 = 0.0, sleepSxx = 0.0, sleepSxy = 0.0
        if diaryDays >= 3 {
            let n = Double(diaryDays)
            let m = sx / n
            let ssq = sxx - n * m * m
            sd = (max(0, ssq) / (n - 1)).squareRoot()
            // Σ (x_t − m)(x_{t−1} − m) over t = 1…n−1.
            let cross = sxl - m * ((sx - first) + (sx - last)) + (n - 1) * m * m
            lag1 = ssq > 1e-12 ? cross / ssq : 0
            sleepSxx = sss - ss * ss / n
            sleepSxy = ssp - ss * sx / n
        }
        return PatientRecord(
            arm: a, values: values, recoveryDay: recoveryDay, recurrenceDay: recurrenceDay, diarySD: sd,
            diaryLag1: lag1, sleepSxx: sleepSxx, sleepSxy: sleepSxy)
    }
}
