import Foundation
import SettleCare
import SettleStore
import Synchronization

/// Which care-engine settings an assessment is made with.
enum CareProfile: String, Sendable, Hashable, CaseIterable {
    /// Caseload rows: `CareSettings.dashboard` (500 particles, no day-by-day history, no what-ifs).
    case caseload
    /// Dashboard, plan and patient pages: 1,000 particles, day-by-day history and 12-week what-ifs.
    case full

    /// The engine settings of this profile.
    var settings: CareSettings {
        switch self {
        case .caseload: return .dashboard
        case .full: return CareSettings()
        }
    }
}

/// A cheap summary of everything in a record the care engine reads: any added, edited or removed
/// diary entry, session, questionnaire or plan changes it. Equal fingerprints mean the same input.
struct RecordFingerprint: Sendable, Hashable {
    /// Diary entries in the record.
    var diaryEntries: Int
    /// Treatment sessions in the record.
    var sessions: Int
    /// Questionnaire administrations in the record.
    var questionnaires: Int
    /// Hash of the content of all of them and of the plan (same process only: `Hasher` is seeded per process).
    var contentHash: Int

    init(_ record: PatientRecord) {
        diaryEntries = record.diary.count
        sessions = record.sessions.count
        questionnaires = record.questionnaires.count
        var hasher = Hasher()
        hasher.combine(record.diary)
        hasher.combine(record.sessions)
        hasher.combine(record.plan)
        hasher.combine(record.questionnaires)
        contentHash = hasher.finalize()
    }
}

/// What the care engine said about one patient on one day: the assessment, or why there is none.
/// A class so that a cached outcome is shared, not copied, by every page that shows it.
final class CareOutcome: Sendable {
    /// The engine's assessment, or the reason it could not make one.
    let result: Result<CareAssessment, CareError>
    /// The record fingerprint the outcome was computed from.
    let fingerprint: RecordFingerprint
    /// The day assessed.
    let asOf: Day
    /// The settings profile used.
    let profile: CareProfile

    init(result: Result<CareAssessment, CareError>, fingerprint: RecordFingerprint, asOf: Day, profile: CareProfile) {
        self.result = result
        self.fingerprint = fingerprint
        self.asOf = asOf
        self.profile = profile
    }

    /// Runs the engine (synchronously; call off the request's executor for long records).
    /// `fingerprint`: the record's, when already computed.
    convenience init(record: PatientRecord, fingerprint: RecordFingerprint? = nil, asOf: Day, profile: CareProfile) {
        let engine = CareEngine(settings: profile.settings)
        let result: Result<CareAssessment, CareError>
        do throws(CareError) {
            result = .success(try engine.assess(record: record, asOf: asOf))
        } catch {
            result = .failure(error)
        }
        self.init(result: result, fingerprint: fingerprint ?? RecordFingerprint(record), asOf: asOf, profile: profile)
    }

    /// Markup derived only from this outcome and the record it was computed from (same fingerprint),
    /// kept so that repeated views of an unchanged record do not render the same charts again.
    private let renderedParts = Mutex<[String: HTML]>([:])

    /// The part named `key`, rendered by `make` on first use and kept with this outcome. `make` must
    /// depend only on the record (as fingerprinted), this outcome and its day, never on the viewer.
    func rendered(_ key: String, _ make: () -> HTML) -> HTML {
        if let kept = renderedParts.withLock({ $0[key] }) { return kept }
        let made = make()
        renderedParts.withLock { $0[key] = made }
        return made
    }

    /// The assessment, when the engine could make one.
    var assessment: CareAssessment? {
        if case .success(let assessment) = result { return assessment }
        return nil
    }

    /// Plain words for a record the engine cannot assess yet, e.g.
    /// "Not enough check-ins yet (2 of 3 needed) for an estimate."; nil when there is an assessment.
    var shortfall: String? {
        switch result {
        case .success: return nil
        case .failure(.noDiary):
            return "Not enough check-ins yet (0 of \(profile.settings.minimumCheckIns) needed) for an estimate."
        case .failure(.tooFewCheckIns(let found, let needed)):
            return "Not enough check-ins yet (\(found) of \(needed) needed) for an estimate."
        }
    }
}

/// Care-engine assessments per patient, shared by all requests of one server instance.
///
/// The key is the patient, the settings profile, the assessment day and the record's
/// ``RecordFingerprint``: any write (check-in, session, questionnaire, plan) changes the
/// fingerprint, so the next view recomputes, and several server instances stay correct without
/// talking to each other. Concurrent requests for the same key share one computation. Each
/// patient keeps at most one assessment per profile; at most ``capacity`` caseload assessments
/// (a few kilobytes each) and ``fullCapacity`` full ones (with day-by-day history, up to about
/// 70 kB for two years of diary) are kept, the least recently used dropped first.
public actor CareAssessmentCache {
    /// Default number of kept caseload assessments.
    public static let defaultCapacity = 2_000
    /// Default number of kept full assessments (dashboard, plan and patient pages).
    public static let defaultFullCapacity = 500

    /// Most caseload assessments kept (at least 1).
    public let capacity: Int
    /// Most full assessments kept (at least 1).
    public let fullCapacity: Int

    private struct Entry {
        var fingerprint: RecordFingerprint
        var asOf: Day
        var task: Task<CareOutcome, Never>
        var lastUse: UInt64
    }

    private var entries: [CareProfile: [UUID: Entry]] = [:]
    private var clock: UInt64 = 0
    /// How many engine runs were started (for tests and monitoring).
    private(set) var computations = 0

    /// Creates an empty cache holding at most `capacity` caseload and `fullCapacity` full assessments.
    public init(capacity: Int = CareAssessmentCache.defaultCapacity, fullCapacity: Int = CareAssessmentCache.defaultFullCapacity)
    {
        self.capacity = max(1, capacity)
        self.fullCapacity = max(1, fullCapacity)
    }

    /// Assessments currently kept, all profiles together.
    var count: Int { entries.values.reduce(0) { $0 + $1.count } }

    /// The outcome for `record` on `asOf`: cached when the record is unchanged, otherwise computed once
    /// (off this actor) while concurrent callers wait for the same result.
    func outcome(for record: PatientRecord, asOf: Day, profile: CareProfile) async -> CareOutcome {
        await outcome(for: record, fingerprint: RecordFingerprint(record), asOf: asOf, profile: profile)
    }

    /// As ``outcome(for:asOf:profile:)``, with the record's fingerprint already computed.
    func outcome(for record: PatientRecord, fingerprint: RecordFingerprint, asOf: Day, profile: CareProfile) async
        -> CareOutcome
    {
        let id = record.patient.id
        clock &+= 1
        if var entry = entries[profile]?[id], entry.fingerprint == fingerprint, entry.asOf == asOf {
            entry.lastUse = clock
            entries[profile, default: [:]][id] = entry
            return await entry.task.value
        }
        computations += 1
        let task = Task.detached(priority: .userInitiated) {
            CareOutcome(record: record, fingerprint: fingerprint, asOf: asOf, profile: profile)
        }
        entries[profile, default: [:]][id] = Entry(fingerprint: fingerprint, asOf: asOf, task: task, lastUse: clock)
        evictIfNeeded(profile)
        return await task.value
    }

    /// The latest outcome kept for `patientID` on `asOf`, even if the record has changed since
    /// (nil when none is kept). For values fixed before today's writes, such as the quota a
    /// check-in's "as planned" refers to, without recomputing after every write.
    func latest(patientID: UUID, asOf: Day, profile: CareProfile) async -> CareOutcome? {
        guard let entry = entries[profile]?[patientID], entry.asOf == asOf else { return nil }
        return await entry.task.value
    }

    /// Drops the least recently used tenth (at least one) of a profile once it is over its capacity.
    private func evictIfNeeded(_ profile: CareProfile) {
        let limit = profile == .full ? fullCapacity : capacity
        guard let kept = entries[profile], kept.count > limit else { return }
        let excess = kept.count - limit + max(1, limit / 10)
        let oldest = kept.sorted { $0.value.lastUse < $1.value.lastUse }.prefix(excess).map(\.key)
        for id in oldest { entries[profile]?[id] = nil }
    }
}

extension ClinicStore {
    /// Everything the care engine reads for `patient` as of `today`: up to two years of diary
    /// (the engine's longest timeline), all sessions, the plan, questionnaires and goals.
    func careRecord(patient: Patient, today: Day) async throws(StoreError) -> PatientRecord {
        let id = patient.id
        return PatientRecord(
            patient: patient,
            diary: try await diaryEntries(patientID: id, from: today.adding(days: -729), through: today),
            sessions: try await treatmentSessions(patientID: id).filter { $0.day <= today },
            plan: try await currentPlan(patientID: id),
            questionnaires: try await administrations(patientID: id, instrumentID: nil),
            goals: try await goals(patientID: id))
    }
}

extension ClinicEnvironment {
    /// `patient`'s care record today and the care engine's outcome for it, both from the shared
    /// caches (record by record version, outcome by the record's fingerprint).
    func recordAndCare(_ patient: Patient, _ profile: CareProfile = .full) async throws(StoreError)
        -> (PatientRecord, CareOutcome)
    {
        let loaded = try await recordCache.record(for: patient, today: today, store: store)
        let care = await careCache.outcome(
            for: loaded.record, fingerprint: loaded.fingerprint, asOf: today, profile: profile)
        return (loaded.record, care)
    }
}
