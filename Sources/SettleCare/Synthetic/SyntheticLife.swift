import Foundation
import SettleModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A synthetic patient being lived day by day: the true model and state, and the record the
/// patient writes (with missing days), so a controller can react week by week.
public struct SyntheticLife: Sendable {
    /// The patient so far (record, truth, outcomes).
    public private(set) var patient: SyntheticPatient
    /// The true model.
    public let model: Model
    /// The true latent state now.
    public private(set) var state: ModelState
    let design: SyntheticPatient.Design
    let seed: UInt64
    let index: UInt64
    var random: RandomStream
    var entryCounter: UInt64 = 1

    /// Starts patient `index` of a seeded cohort: parameters drawn from the population prior,
    /// a sensitised start, `design.burnIn` days of habitual life before the diary begins.
    public init(seed: UInt64, index: UInt64, design: SyntheticPatient.Design, base: Parameters = .calibrated) {
        var random = RandomStream(seed: seed, stream: index)
        let prior = PersonalPrior.population(base, habitualLoad: 0.8)
        let personal = prior.draw(&random)
        let parameters = personal.applied(to: base)
        let model = Model(parameters: parameters)
        var state = ModelState(
            nociception: 0.1 * random.uniform(),
            sensitivity: 0.4 + 0.6 * random.uniform(),
            threat: 0.25 + 0.55 * random.uniform(),
            guarding: 0.4,
            capacity: 0.4 + 0.7 * random.uniform(),
            fatigue: 0.2,
            usualPain: 4 + 3 * random.uniform(),
            lastPain: 5)
        var habitual = DayInput()
        habitual.plannedLoad = personal.habitualLoad
        for _ in 0..<max(0, design.burnIn) {
            _ = model.step(&state, habitual, shocks: DayShocks.draw(from: &random))
        }
        let patientID = UUID(uuid: SyntheticPatient.uuidBytes(seed: seed, index: index, salt: 0))
        let patient = Patient(
            id: patientID, displayName: "Synthetic patient \(index)", condition: "simulated persistent pain",
            createdAt: SyntheticPatient.startDay.startDate)
        self.patient = SyntheticPatient(
            personal: personal, parameters: parameters, record: PatientRecord(patient: patient), truth: [], outcomes: [],
            firstDay: SyntheticPatient.startDay)
        self.model = model
        self.state = state
        self.design = design
        self.seed = seed
        self.index = index
        self.random = random
    }

    /// Days lived in the diary so far.
    public var daysLived: Int { patient.truth.count }

    /// Lives one more day: a verum session with `verumNeedles` needles (0 = none), and a
    /// time-contingent daily quota in minutes (nil = habitual activity as pain allows).
    /// Writes the day's diary entry unless the day is missing, and questionnaires on schedule.
    public mutating func live(verumNeedles: Int, quotaMinutes: Double?) {
        let d = daysLived
        let day = patient.firstDay.adding(days: d)
        let patientID = patient.record.patient.id
        var input = DayInput()
        input.plannedLoad = quotaMinutes.map { $0 / 60 } ?? patient.personal.habitualLoad
        input.timeContingent = quotaMinutes != nil
        let p = model.parameters
        let sleep = Int((7 + p.sleepVariability * random.normal()).rounded()).clamped(0, 10)
        let stress = Int((3 + p.stressVariability * random.normal()).rounded()).clamped(0, 10)
        input.sleep = Double(sleep)
        input.stress = Double(stress)
        if verumNeedles > 0 {
            input.verumNeedles = Double(verumNeedles)
            patient.record.sessions.append(
                TreatmentSession(
                    id: UUID(uuid: SyntheticPatient.uuidBytes(seed: seed, index: index, salt: 1_000_000 + UInt64(d))),
                    patientID: patientID, day: day,
                    treatment: .acupuncture(AcupunctureDetails(arm: .verum, needleCount: verumNeedles, retentionMinutes: 20))))
        }
        var shocks = DayShocks.draw(from: &random)
        shocks.sleep = 0
        shocks.stress = 0
        let out = model.step(&state, input, shocks: shocks)
        patient.truth.append(state)
        patient.outcomes.append(out)
        let noiseFactor = exp(0.2 * random.normal())
        if random.uniform() >= design.missingFraction {
            patient.record.diary.append(
                DiaryEntry(
                    id: UUID(uuid: SyntheticPatient.uuidBytes(seed: seed, index: index, salt: entryCounter)),
                    patientID: patientID, day: day, recordedAt: day.startDate.addingTimeInterval(20 * 3600),
                    pain: out.painRating, activityMinutes: Int((out.activityMinutes * noiseFactor).rounded()),
                    sleepQuality: sleep, stress: stress, flare: out.isFlare))
            entryCounter += 1
        }
        if design.questionnaireEvery > 0, d % design.questionnaireEvery == 0 {
            patient.record.questionnaires += SyntheticPatient.questionnaires(
                patientID: patientID, day: day, disability: out.disability, fear: out.fearOfMovement,
                seed: seed, index: index, salt: 2_000_000 + UInt64(d))
        }
    }
}
