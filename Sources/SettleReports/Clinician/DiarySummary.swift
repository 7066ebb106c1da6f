import SettleCare

/// Descriptive statistics of a diary over a date range: what the patient reported, no model.
public struct DiarySummary: Sendable, Equatable {
    /// Days in the range (inclusive).
    public var days: Int
    /// Days with at least one entry.
    public var daysWithEntry: Int
    /// Mean of the daily mean pain (0–10) over the first 14 days of the range that have entries; nil without entries.
    public var earlyPain: Double?
    /// Mean of the daily mean pain over the last 14 days of the range that have entries.
    public var latePain: Double?
    /// Days marked as flare-ups.
    public var flareDays: Int
    /// Mean activity minutes a day, over days that report minutes.
    public var meanActivityMinutes: Double?
    /// Mean sleep quality (0 worst – 10 best), over days that report it.
    public var meanSleep: Double?
    /// Mean stress (0–10), over days that report it.
    public var meanStress: Double?
    /// Daily mean pain by day offset from the range start (nil = no entry that day).
    public var dailyPain: [Double?]
    /// Daily activity minutes (summed over the day's entries) by day offset; nil = not reported.
    public var dailyMinutes: [Double?]

    /// Summarises `entries` for `from`…`through` (entries outside are ignored).
    public init(entries: [DiaryEntry], from: Day, through: Day) {
        let count = max(0, from.days(to: through) + 1)
        var byDay: [[DiaryEntry]] = Array(repeating: [], count: count)
        for entry in entries where entry.day >= from && entry.day <= through {
            byDay[from.days(to: entry.day)].append(entry)
        }
        func mean(_ values: [Double]) -> Double? { values.isEmpty ? nil : values.reduce(0, +) / Double(values.count) }
        days = count
        dailyPain = byDay.map { day in mean(day.map { Double($0.pain) }) }
        dailyMinutes = byDay.map { day in
            let reported = day.compactMap(\.activityMinutes)
            return reported.isEmpty ? nil : Double(reported.reduce(0, +))
        }
        let withEntry = dailyPain.compactMap { $0 }
        daysWithEntry = withEntry.count
        earlyPain = mean(Array(withEntry.prefix(14)))
        latePain = mean(Array(withEntry.suffix(14)))
        flareDays = byDay.filter { $0.contains(where: \.flare) }.count
        meanActivityMinutes = mean(dailyMinutes.compactMap { $0 })
        meanSleep = mean(byDay.compactMap { day in mean(day.compactMap { $0.sleepQuality.map(Double.init) }) })
        meanStress = mean(byDay.compactMap { day in mean(day.compactMap { $0.stress.map(Double.init) }) })
    }
}
