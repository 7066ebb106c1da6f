import Foundation
import SettleModel
import Testing

@testable import SettleCare

private func timeline(pain: [Double?], minutes: [Double?], flare: [Bool]? = nil) -> CareTimeline {
    let start = Day(daysSince1970: 20_000)
    let record = PatientRecord(patient: Patient(displayName: "T", createdAt: Date(timeIntervalSince1970: 0)))
    var t = CareTimeline(record: record, asOf: start)
    t.days = pain.indices.map { i in
        var d = ObservedDay(day: start.adding(days: i))
        d.pain = pain[i]
        d.painCount = pain[i] == nil ? 0 : 1
        d.activityMinutes = minutes[i]
        d.flareReported = flare?[i] ?? false
        return d
    }
    t.quotaMinutes = [Double?](repeating: nil, count: pain.count)
    return t
}

@Suite("Graded exposure / pacing planner")
struct PlannerTests {
    @Test func baselineIsTheMeanOfTheLastTwoWeeksWithoutAFlare() {
        // 28 days at pain 4 and 30 minutes, then the last 14 days: 40 minutes, one flare day at 90.
        var pain = [Double?](repeating: 4, count: 42)
        var minutes = [Double?](repeating: 30, count: 42)
        for i in 28..<42 { minutes[i] = 40 }
        pain[35] = 8
        minutes[35] = 90
        minutes[36] = nil
        let p = DiaryPatterns(timeline: timeline(pain: pain, minutes: minutes))
        #expect(p.usualPain == 4)
        #expect(p.toleratedBaselineMinutes == 40)
        #expect(p.baselineDays == 12)
        #expect(p.flareRuleTriggered == false)
    }

    @Test func twoDaysWellAboveUsualPainTriggerTheFlareRule() {
        var pain = [Double?](repeating: 4, count: 35)
        pain[32] = 6.5
        pain[33] = 7
        let p = DiaryPatterns(timeline: timeline(pain: pain, minutes: [Double?](repeating: 30, count: 35)))
        #expect(p.recentFlareRun == 2)
        #expect(p.flareRuleTriggered)
        #expect(p.flareOngoing)
        var single = pain
        single[32] = 4
        #expect(
            DiaryPatterns(timeline: timeline(pain: single, minutes: [Double?](repeating: 30, count: 35))).flareRuleTriggered
                == false)
    }

    @Test func boomBustCyclesAreCounted() {
        var minutes = [Double?](repeating: 30, count: 35)
        // Two booms (90 min) each followed by a bust (10 min), and one boom without a bust.
        minutes[16] = 90
        minutes[17] = 10
        minutes[23] = 90
        minutes[25] = 10
        minutes[30] = 90
        let p = DiaryPatterns(timeline: timeline(pain: [Double?](repeating: 4, count: 35), minutes: minutes))
        #expect(p.boomBustCycles == 2)
        #expect(p.boomBust)
    }

    @Test func aNewPlanStartsAtEightyPercentOfBaselineAndEveryLineSaysWhy() throws {
        // The first patient of the cohort whose last weeks show neither a flare run nor boom–bust.
        let design = SyntheticPatient.Design(days: 42, acupunctureStart: nil)
        let patient = try #require(
            (0..<20).lazy.map { SyntheticPatient.make(seed: 4, index: UInt64($0), design: design) }.first {
                let p = DiaryPatterns(timeline: CareTimeline(record: $0.record, asOf: $0.lastDay))
                return !p.flareRuleTriggered && !p.boomBust
            })
        var settings = CareSettings(filter: FilterSettings(particles: 200), includeWhatIfs: false)
        settings.planner.forecastParticles = 40
        let a = try CareEngine(settings: settings).assess(record: patient.record, asOf: patient.lastDay)
        let patterns = DiaryPatterns(timeline: CareTimeline(record: patient.record, asOf: patient.lastDay))
        let baseline = try #require(patterns.toleratedBaselineMinutes)
        #expect(a.plan.mode == "start")
        #expect(abs(a.plan.baselineMinutesPerDay - baseline) < 1e-9)
        #expect(abs(a.plan.quotaMinutesPerDay - 0.8 * baseline) < 1e-9)
        #expect(abs(a.plan.weeklyQuotaMinutes - 7 * a.plan.quotaMinutesPerDay) < 1e-9)
        #expect(a.plan.candidates.map(\.weeklyChange) == [0.10, 0.15, 0.20])
        #expect(a.plan.lines.count >= 4)
        for line in a.plan.lines {
            #expect(!line.text.isEmpty)
            #expect(line.reason.count > 20)
        }
        #expect(a.plan.lines.contains { $0.text.contains("not a diagnosis") })
    }

    @Test func withAQuotaInForceAFlareRunHoldsOrStepsBack() throws {
        let patient = SyntheticPatient.make(seed: 4, index: 8, design: .init(days: 42, missingFraction: 0, acupunctureStart: nil))
        var record = patient.record
        record.plan = ActivityPlan(
            patientID: record.patient.id, startDay: patient.firstDay.adding(days: 21), weeklyQuotaMinutes: 210,
            progression: ProgressionRule(increasePercent: 10, everyDays: 7), setAt: Date(timeIntervalSince1970: 0))
        let n = record.diary.count
        record.diary[n - 1].pain = 10
        record.diary[n - 2].pain = 10
        record.diary[n - 1].flare = true
        record.diary[n - 2].flare = true
        var settings = CareSettings(filter: FilterSettings(particles: 200), includeWhatIfs: false)
        settings.planner.forecastParticles = 40
        let a = try CareEngine(settings: settings).assess(record: record, asOf: patient.lastDay)
        #expect(a.plan.mode == "flare")
        #expect(a.plan.weeklyChange <= 0)
        #expect(a.plan.quotaMinutesPerDay <= a.plan.currentQuotaMinutesPerDay)
        #expect(a.plan.candidates.map(\.weeklyChange) == [0, -0.10])
        #expect(a.plan.lines.contains { $0.reason.contains("flare-up rule") })
        // The headline names the step back without a sign ("Step back 10 %", not "Step back +10 %").
        let headline = try #require(a.plan.lines.first { $0.text.hasPrefix("Step back") || $0.text.hasPrefix("Hold") })
        if a.plan.weeklyChange < 0 {
            #expect(headline.text == "Step back 10 % this week.")
        } else {
            #expect(headline.text == "Hold the quota this week.")
        }
    }

    @Test func plannerBeatsAFixedTenPercentRuleOnFlareDaysAndTwelveWeekPain() {
        var settings = CareSettings(filter: FilterSettings(particles: 200, recordHistory: false), includeWhatIfs: false)
        settings.planner.forecastParticles = 50
        var plannerFlares = 0, fixedFlares = 0
        var plannerPain = 0.0, fixedPain = 0.0
        let cohort = 16
        for k in 0..<cohort {
            let a = PlannerTrial.run(seed: 11, index: UInt64(k), controller: .planner(settings))
            let b = PlannerTrial.run(seed: 11, index: UInt64(k), controller: .fixed(weeklyIncrease: 0.10))
            plannerFlares += a.flareDays
            fixedFlares += b.flareDays
            plannerPain += a.painAtTwelveWeeks
            fixedPain += b.painAtTwelveWeeks
            #expect(a.weeklyQuotas.count == 12)
        }
        #expect(plannerFlares <= fixedFlares, "flare days: planner \(plannerFlares), fixed \(fixedFlares)")
        #expect(
            plannerPain < fixedPain, "12-week pain: planner \(plannerPain / Double(cohort)), fixed \(fixedPain / Double(cohort))")
    }
}
