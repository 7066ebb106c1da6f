/// One labelled tick on an axis.
struct AxisTick: Sendable, Hashable {
    /// Position in data units.
    let value: Double
    /// Text under/next to the tick.
    let label: String
}

/// Tick choice for numeric and calendar axes.
enum AxisTicks {
    /// 1-2-5 ticks inside `domain`, labelled with as many decimals as the step needs.
    static func numeric(domain: ClosedRange<Double>, maxCount: Int) -> [AxisTick] {
        guard let step = NiceTicks.step(lower: domain.lowerBound, upper: domain.upperBound, maxCount: maxCount)
        else { return [] }
        return numeric(domain: domain, step: step)
    }

    static func numeric(domain: ClosedRange<Double>, step: NiceTicks.Step) -> [AxisTick] {
        NiceTicks.ticks(lower: domain.lowerBound, upper: domain.upperBound, step: step).map {
            AxisTick(value: $0, label: ChartNumberFormat.fixed($0, decimals: step.decimals))
        }
    }

    /// Calendar ticks for day indices counted from `start` (day 0 = `start`), at most `maxCount` of them.
    ///
    /// Tries, finest first: every 1, 2, 7 or 14 days (or 28 for spans under 90 days) ("3 Mar"); month starts every 1, 2, 3 or 6
    /// months ("Mar", with the year on the first tick and on each January); year starts ("2027").
    static func dates(domain: ClosedRange<Double>, start: CivilDate, maxCount: Int) -> [AxisTick] {
        let limit = max(1, maxCount)
        guard domain.lowerBound.isFinite, domain.upperBound.isFinite,
            abs(domain.lowerBound) < 4e6, abs(domain.upperBound) < 4e6
        else { return [] }
        let lo = Int(domain.lowerBound.rounded(.up))
        let hi = Int(domain.upperBound.rounded(.down))
        guard lo <= hi else { return [] }
        // Short spans prefer 4-week steps to month starts (which could leave a single tick).
        let daySteps = hi - lo < 90 ? [1, 2, 7, 14, 28] : [1, 2, 7, 14]
        for step in daySteps where (hi - lo) / step + 1 <= limit {
            let first = Int((Double(lo) / Double(step)).rounded(.up)) * step
            return stride(from: first, through: hi, by: step).compactMap { day in
                start.adding(days: day).map { AxisTick(value: Double(day), label: $0.dayMonthLabel) }
            }
        }
        guard let first = start.adding(days: lo), let last = start.adding(days: hi) else { return [] }
        for step in [1, 2, 3, 6] {
            let ticks = monthTicks(from: first, to: last, start: start, everyMonths: step)
            if ticks.count <= limit { return ticks }
        }
        for years in [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000] {
            let ticks = yearTicks(from: first, to: last, start: start, everyYears: years)
            if ticks.count <= limit { return ticks }
        }
        return []
    }

    private static func monthTicks(from first: CivilDate, to last: CivilDate, start: CivilDate, everyMonths step: Int)
        -> [AxisTick]
    {
        var ticks: [AxisTick] = []
        var month: CivilDate? = first.startOfMonth
        while let current = month, current <= last {
            if current >= first, (current.month - 1) % step == 0 {
                let label =
                    ticks.isEmpty || current.month == 1 ? "\(current.monthLabel) \(current.year)" : current.monthLabel
                ticks.append(AxisTick(value: Double(current.days(since: start)), label: label))
            }
            month = current.startOfMonth(advancedBy: 1)
        }
        return ticks
    }

    private static func yearTicks(from first: CivilDate, to last: CivilDate, start: CivilDate, everyYears step: Int)
        -> [AxisTick]
    {
        var ticks: [AxisTick] = []
        var year = first.year
        while year <= last.year {
            if year % step == 0, let jan1 = try? CivilDate(year: year, month: 1, day: 1), jan1 >= first {
                ticks.append(AxisTick(value: Double(jan1.days(since: start)), label: String(year)))
            }
            year += 1
        }
        return ticks
    }
}
