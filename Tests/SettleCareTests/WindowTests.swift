import Foundation
import SettleModel
import Testing

@testable import SettleCare

@Suite("Window of opportunity")
struct WindowTests {
    @Test func windowLengthFollowsTheTraceDecayFormula() {
        var p = Parameters()
        p.needlingTime = 4
        p.needlingGainReduction = 0.4
        p.needlingJumpMax = 0.85
        p.needlingDoseScale = 8
        // Hand computation: jump = 0.85 (1 − e^(−10/8)) = 0.60646; peak = 0.4 × jump = 0.24258;
        // open while 0.24258 e^(−t/4) ≥ 0.10, i.e. t ≤ 4 ln(2.4258) = 3.5445 days.
        #expect(abs(WindowStatus.windowLength(parameters: p, needles: 10) - 3.5445) < 0.001)
        p.needlingGainReduction = 0.1
        #expect(WindowStatus.windowLength(parameters: p, needles: 10) == 0)
    }

    @Test func withoutSessionsThereIsNoDurationAndTheSummarySaysSo() throws {
        let patient = SyntheticPatient.make(seed: 5, index: 2, design: .init(days: 30, acupunctureStart: nil))
        let engine = CareEngine(settings: CareSettings(filter: FilterSettings(particles: 200), includeWhatIfs: false))
        let a = try engine.assess(record: patient.record, asOf: patient.lastDay)
        #expect(a.window.duration == nil)
        #expect(a.window.sessions.isEmpty)
        #expect(a.window.openProbability == 0)
        #expect(a.window.summary.contains("No verum acupuncture"))
    }

    @Test func windowIsLikelyOpenOnTheSessionDayAndClosedThreeWeeksLater() throws {
        let design = SyntheticPatient.Design(days: 70, acupunctureStart: 49, acupunctureSessions: 1)
        let patient = SyntheticPatient.make(seed: 5, index: 4, design: design)
        let engine = CareEngine(settings: CareSettings(filter: FilterSettings(particles: 300), includeWhatIfs: false))
        let sessionDay = patient.firstDay.adding(days: 49)
        let onTheDay = try engine.assess(record: patient.record, asOf: sessionDay)
        let later = try engine.assess(record: patient.record, asOf: patient.lastDay)
        #expect(onTheDay.window.openProbability > 0.5)
        #expect(onTheDay.window.daysSinceLastSession == 0)
        #expect(later.window.openProbability < 0.1)
        #expect(later.window.daysSinceLastSession == 20)
        let effect = try #require(onTheDay.window.sessions.first)
        #expect(effect.day == sessionDay)
        #expect(effect.amplificationDrop.mean > 5)
        #expect(effect.amplificationDrop.lower80 <= effect.amplificationDrop.mean)
        let duration = try #require(later.window.duration)
        #expect(duration.lower80 <= duration.mean && duration.mean <= duration.upper80)
        #expect(later.window.summary.contains("Your windows have lasted about"))
    }
}
