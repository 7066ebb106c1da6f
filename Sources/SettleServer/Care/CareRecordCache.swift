import Foundation
import SettleCare
import SettleStore
import Synchronization

/// A care record as read for one day, with its fingerprint (computed once, when it was read).
struct LoadedRecord: Sendable {
    /// Everything the care engine reads for the patient.
    let record: PatientRecord
    /// Summary of the record's content, the key of the care engine's cache.
    let fingerprint: RecordFingerprint
}

/// Patients' care records kept in memory, each labelled with the store's record version
/// (``ClinicStore/recordVersion(patientID:)``) it was read at, so an unchanged record costs one
/// small read instead of five (two years of diary, sessions, plan, questionnaires, goals).
///
/// Every write that changes a record raises its version in the same transaction, in whichever
/// server instance made it, so a kept record is used only while the database still says it is
/// current. The version is read before the record: a record read after a concurrent write is
/// labelled with the older version and simply read again next time, never the other way round.
/// At most ``capacity`` records are kept (two years of diary are about 100 kB), the least
/// recently used dropped first.
public final class CareRecordCache: Sendable {
    /// Default number of kept records.
    public static let defaultCapacity = 500

    /// Most records kept (at least 1).
    public let capacity: Int

    private struct Entry {
        var version: Int
        var today: Day
        var loaded: LoadedRecord
        var lastUse: UInt64
    }

    private struct State {
        var entries: [UUID: Entry] = [:]
        var clock: UInt64 = 0
        var reads = 0
    }

    private let state = Mutex(State())

    /// Creates an empty cache that keeps at most `capacity` records.
    public init(capacity: Int = CareRecordCache.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    /// Records currently kept.
    var count: Int { state.withLock { $0.entries.count } }
    /// How many times a record was read from the store (for tests and monitoring).
    var storeReads: Int { state.withLock { $0.reads } }

    /// The care record of `patient` as of `today`: the kept one when the store's record version is
    /// unchanged, otherwise read from `store` (and kept). `patient` is used as given, so changes to
    /// the patient's own fields (name, clinician) show at once.
    func record(for patient: Patient, today: Day, store: any ClinicStore) async throws(StoreError) -> LoadedRecord {
        guard let version = try await store.recordVersion(patientID: patient.id) else {
            throw .notFound(entity: "patient", id: patient.id.uuidString)
        }
        let kept: LoadedRecord? = state.withLock { state in
            guard var entry = state.entries[patient.id], entry.version == version, entry.today == today else { return nil }
            state.clock &+= 1
            entry.lastUse = state.clock
            state.entries[patient.id] = entry
            return entry.loaded
        }
        if let kept {
            var record = kept.record
            record.patient = patient
            return LoadedRecord(record: record, fingerprint: kept.fingerprint)
        }
        let record = try await store.careRecord(patient: patient, today: today)
        let loaded = LoadedRecord(record: record, fingerprint: RecordFingerprint(record))
        state.withLock { state in
            state.reads += 1
            state.clock &+= 1
            // Keep the newest version when concurrent requests read the same patient.
            if let existing = state.entries[patient.id], existing.today == today, existing.version > version { return }
            state.entries[patient.id] = Entry(version: version, today: today, loaded: loaded, lastUse: state.clock)
            if state.entries.count > capacity {
                // Drop a tenth at once (so eviction is not paid on every read), never the record just read.
                let excess = min(state.entries.count - capacity + capacity / 10, state.entries.count - 1)
                let oldest = state.entries.filter { $0.key != patient.id }.sorted { $0.value.lastUse < $1.value.lastUse }
                for (id, _) in oldest.prefix(excess) { state.entries[id] = nil }
            }
        }
        return loaded
    }
}
