import Foundation
import SettleModel

/// A simulated patient with known parameters and latent states, and the diary and session log
/// that patient would have written: the ground truth for validating the care engine and the
/// input for benchmarks. Pure and reproducible (seed + index).
public struct SyntheticPatient: Sendable {
    /// The patient's true personal parameters.
    public var personal: PersonalParameters
    /// The full true parameter set.
    public var parameters: Parameters
    /// The record as the clinic would hold it (20 % of diary days missing by default).
    public var record: PatientRecord
    /// True latent state after each diary day (index 0 = `firstDay`).
    public var truth: [ModelState]
    /// True model outcome of each diary day.
    public var outcomes: [DayOutcome]
    /// First diary day.
    public var firstDay: Day
    /// Last diary day.
    public var lastDay: Day { firstDay.adding(days: truth.count - 1) }

    /// How a synthetic patient is made.
    public struct Design: Sendable, Equatable {
        /// Diary length (days, ≥ 1).
        public var days: Int
        /// Fraction of diary days with no entry at all (0–0.9).
        public var missingFraction: Double
        /// First verum session (diary day index), or nil for no acupuncture.
        public var acupunctureStart: Int?
        /// Number of verum sessions (weekly).
        public var acupunctureSessions: Int
        /// Needles per session.
        public var needles: Int
        /// Days between RMDQ/TSK-17 questionnaires (0 = none).
        public var questionnaireEvery: Int
        /// Days of simulated life before the diary starts (burn-in from a sensitised start).
        public var burnIn: Int

        /// The default design: 120 days, 20 % missing, 6 weekly verum sessions from day 35,
        /// questionnaires every 28 days.
        public init(
            days: Int = 120, missingFraction: Double = 0.2, acupunctureStart: Int? = 35, acupunctureSessions: Int = 6,
            needles: Int = 10, questionnaireEvery: Int = 28, burnIn: Int = 90
        ) {
            self.days = days
            self.missingFraction = missingFraction
            self.acupunctureStart = acupunctureStart
            self.acupunctureSessions = acupunctureSessions
            self.needles = needles
            self.questionnaireEvery = questionnaireEvery
            self.burnIn = burnIn
        }
    }

    /// The first diary day of every synthetic patient (2025-01-06).
    public static let startDay = Day(daysSince1970: 20_094)

    /// Simulates patient `index` of a seeded cohort under `design`. Personal parameters are
    /// drawn from the same population prior the filter uses (habitual load centred on 0.8).
    public static func make(
        seed: UInt64, index: UInt64, design: Design = Design(), base: Parameters = .calibrated
    ) -> SyntheticPatient {
        var life = SyntheticLife(seed: seed, index: index, design: design, base: base)
        var sessionDays: Set<Int> = []
        if let startIndex = design.acupunctureStart {
            for k in 0..<max(0, design.acupunctureSessions) { sessionDays.insert(startIndex + 7 * k) }
        }
        for d in 0..<max(1, design.days) {
            life.live(verumNeedles: sessionDays.contains(d) ? design.needles : 0, quotaMinutes: nil)
        }
        return life.patient
    }
    /// An RMDQ and a TSK-17 administration whose answers score to the given values.
    static func questionnaires(
        patientID: UUID, day: Day, disability: Double, fear: Double, seed: UInt64, index: UInt64, salt: UInt64
    ) -> [QuestionnaireAdministration] {
        let ticked = Int(disability.rounded()).clamped(0, 24)
        var rmdq: [String: Double] = [:]
        for item in 1...24 { rmdq[String(item)] = item <= ticked ? 1 : 0 }
        var excess = Int(fear.rounded()).clamped(17, 68) - 17
        var tsk: [String: Double] = [:]
        let reversed: Set<Int> = [4, 8, 12, 16]
        for item in 1...17 {
            let add = min(3, excess)
            excess -= add
            tsk[String(item)] = Double(reversed.contains(item) ? 4 - add : 1 + add)
        }
        let at = day.startDate.addingTimeInterval(10 * 3600)
        return [
            QuestionnaireAdministration(
                id: UUID(uuid: uuidBytes(seed: seed, index: index, salt: salt)), patientID: patientID,
                instrumentID: "rmdq", version: "RMDQ-24", day: day, administeredAt: at, answers: rmdq),
            QuestionnaireAdministration(
                id: UUID(uuid: uuidBytes(seed: seed, index: index, salt: salt + 500_000)), patientID: patientID,
                instrumentID: "tsk17", version: "TSK-17", day: day, administeredAt: at, answers: tsk),
        ]
    }

    /// Deterministic UUID bytes for reproducible synthetic records.
    static func uuidBytes(seed: UInt64, index: UInt64, salt: UInt64) -> uuid_t {
        var r = RandomStream(seed: seed ^ 0x5EED, stream: index &* 7_919 &+ salt)
        let a = r.next()
        let b = r.next()
        func byte(_ x: UInt64, _ k: UInt64) -> UInt8 { UInt8(truncatingIfNeeded: x >> (8 * k)) }
        return (
            byte(a, 0), byte(a, 1), byte(a, 2), byte(a, 3), byte(a, 4), byte(a, 5), (byte(a, 6) & 0x0F) | 0x40, byte(a, 7),
            (byte(b, 0) & 0x3F) | 0x80, byte(b, 1), byte(b, 2), byte(b, 3), byte(b, 4), byte(b, 5), byte(b, 6), byte(b, 7)
        )
    }
}

extension Int {
    func clamped(_ low: Int, _ high: Int) -> Int { Swift.min(high, Swift.max(low, self)) }
}
