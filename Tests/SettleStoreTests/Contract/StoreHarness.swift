import Foundation
import SettleStore

/// A store under test plus a way to look at its raw tables (to check what is really stored).
struct StoreHarness: Sendable {
    /// The store, already migrated.
    let store: any ClinicStore
    /// Runs SQL on the underlying database and returns the first column of each row as text.
    let rawStrings: @Sendable (String) async throws -> [String]
}

/// Fixed instants used by the contract (whole seconds, so millisecond storage keeps them exact).
enum Clock {
    /// 2025-03-14 09:00:00 UTC.
    static let start = Date(timeIntervalSince1970: 1_741_942_800)
    static func at(hours: Double) -> Date { start.addingTimeInterval(hours * 3600) }
}
