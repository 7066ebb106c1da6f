import Foundation
import SettleCare
import SettleStore
import Testing

/// The storage contract: every ``ClinicStore`` implementation must pass every check.
/// Each backend's suite runs all cases against a fresh, migrated store.
enum ContractCheck: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case migrationsAreIdempotent
    case usersRoundTrip
    case patientsRoundTripAndUpdate
    case clinicianListsOnlyOwnPatients
    case diaryRoundTripRangeAndReplace
    case treatmentSessionsRoundTrip
    case administrationsRoundTrip
    case plansKeepLatestAsCurrent
    case goalsUpsert
    case auditNewestFirstWithFilters
    case sessionTokenStoredHashed
    case apiTokensValidity
    case inviteRedeemsOnlyOnce
    case loginAttemptsCounted
    case invalidBatchWritesNothing
    case failingBatchRollsBack
    case typedErrorsNameTheProblem
    case concurrentWrites
    case patientRecordAssembles
    case largeBatchesStoreEveryRow
    case concurrentDayReplacements
    case signedInReadsAccountAndPatient
    case sessionCheckGuardsTheBatch
    case savedDiaryEntryOverwritesOnlyItself
    case checkInSavesTheDaysLatestEntry
    case recordVersionCountsRecordChanges

    var testDescription: String { rawValue }

    func run(_ harness: StoreHarness) async throws {
        let store = harness.store
        switch self {
        case .migrationsAreIdempotent: try await Self.migrationsAreIdempotent(store, harness)
        case .usersRoundTrip: try await Self.usersRoundTrip(store)
        case .patientsRoundTripAndUpdate: try await Self.patientsRoundTripAndUpdate(store)
        case .clinicianListsOnlyOwnPatients: try await Self.clinicianListsOnlyOwnPatients(store)
        case .diaryRoundTripRangeAndReplace: try await Self.diaryRoundTripRangeAndReplace(store)
        case .treatmentSessionsRoundTrip: try await Self.treatmentSessionsRoundTrip(store)
        case .administrationsRoundTrip: try await Self.administrationsRoundTrip(store)
        case .plansKeepLatestAsCurrent: try await Self.plansKeepLatestAsCurrent(store)
        case .goalsUpsert: try await Self.goalsUpsert(store)
        case .auditNewestFirstWithFilters: try await Self.auditNewestFirstWithFilters(store)
        case .sessionTokenStoredHashed: try await Self.sessionTokenStoredHashed(store, harness)
        case .apiTokensValidity: try await Self.apiTokensValidity(store)
        case .inviteRedeemsOnlyOnce: try await Self.inviteRedeemsOnlyOnce(store)
        case .loginAttemptsCounted: try await Self.loginAttemptsCounted(store)
        case .invalidBatchWritesNothing: try await Self.invalidBatchWritesNothing(store)
        case .failingBatchRollsBack: try await Self.failingBatchRollsBack(store)
        case .typedErrorsNameTheProblem: try await Self.typedErrorsNameTheProblem(store)
        case .concurrentWrites: try await Self.concurrentWrites(store)
        case .patientRecordAssembles: try await Self.patientRecordAssembles(store)
        case .largeBatchesStoreEveryRow: try await Self.largeBatchesStoreEveryRow(store)
        case .concurrentDayReplacements: try await Self.concurrentDayReplacements(store)
        case .signedInReadsAccountAndPatient: try await Self.signedInReadsAccountAndPatient(store)
        case .sessionCheckGuardsTheBatch: try await Self.sessionCheckGuardsTheBatch(store)
        case .savedDiaryEntryOverwritesOnlyItself: try await Self.savedDiaryEntryOverwritesOnlyItself(store)
        case .checkInSavesTheDaysLatestEntry: try await Self.checkInSavesTheDaysLatestEntry(store)
        case .recordVersionCountsRecordChanges: try await Self.recordVersionCountsRecordChanges(store)
        }
    }
}

/// Runs `body` and returns the ``StoreError`` it threw (nil when it did not throw).
func storeError(_ body: () async throws(StoreError) -> Void) async -> StoreError? {
    do {
        try await body()
        return nil
    } catch {
        return error
    }
}

/// The field of a `conflict` error, nil for any other outcome.
func conflictField(_ error: StoreError?) -> String? {
    guard case .conflict(let field, _)? = error else { return nil }
    return field
}
