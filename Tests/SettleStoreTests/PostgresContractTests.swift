import Foundation
import SettleCare
import Testing

@testable import SettleStore

/// Where the PostgreSQL tests connect, and whether they must run.
///
/// Set `SETTLE_TEST_DATABASE_URL` (e.g. from `.ci/start-postgres.sh`) to run them. Without it they
/// are skipped with a visible reason — except when `CI=true`, where a missing URL fails the run.
enum PostgresTestDatabase {
    static let url = ProcessInfo.processInfo.environment["SETTLE_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    static let isCI = ProcessInfo.processInfo.environment["CI"]?.lowercased() == "true"
    /// Run when a URL is given, and always on CI (where a missing URL is a failure).
    static let shouldRun = url != nil || isCI

    /// Runs `body` with a migrated store in a fresh schema of the test database, dropped
    /// afterwards, so tests running in parallel never see each other's rows. `options` are extra
    /// URL options for the store (e.g. `"&pool_size=1"`).
    static func withFreshStore(
        options: String = "", _ body: (PostgresClinicStore, StoreHarness) async throws -> Void
    ) async throws {
        let url = try #require(url, "CI=true but SETTLE_TEST_DATABASE_URL is not set; run .ci/start-postgres.sh and export it")
        let schema = "contract_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let separator = url.contains("?") ? "&" : "?"
        try await PostgresClinicStore.withStore(url: url) { admin in
            _ = try await admin.engine.backend.transaction([SQLStatement("CREATE SCHEMA \(schema)")])
            do {
                try await PostgresClinicStore.withStore(url: url + separator + "schema=" + schema + options) { store in
                    try await store.migrate()
                    let backend = store.engine.backend
                    let harness = StoreHarness(store: store) { sql in
                        try await backend.query(SQLStatement(sql)).map { row in
                            guard let first = row.values.first else { return "" }
                            switch first {
                            case .text(let text): return text
                            case .int(let number): return String(number)
                            default: return "\(first)"
                            }
                        }
                    }
                    try await body(store, harness)
                }
            } catch {
                _ = try? await admin.engine.backend.transaction([SQLStatement("DROP SCHEMA \(schema) CASCADE")])
                throw error
            }
            _ = try await admin.engine.backend.transaction([SQLStatement("DROP SCHEMA \(schema) CASCADE")])
        }
    }
}

@Suite(
    "PostgreSQL store contract",
    .enabled(
        if: PostgresTestDatabase.shouldRun,
        "SETTLE_TEST_DATABASE_URL is not set: start a server with .ci/start-postgres.sh and export the URL it prints"),
    .timeLimit(.minutes(2))
)
struct PostgresContractTests {
    @Test("contract", arguments: ContractCheck.allCases)
    func contract(check: ContractCheck) async throws {
        try await PostgresTestDatabase.withFreshStore { _, harness in
            try await check.run(harness)
        }
    }

    @Test("migrations are recorded once in settle_migrations and data survives re-running them")
    func migrationsRecorded() async throws {
        try await PostgresTestDatabase.withFreshStore { store, harness in
            let patient = Fixtures.patient()
            try await store.createPatient(patient)
            try await store.migrate()
            #expect(try await harness.rawStrings("SELECT id FROM settle_migrations ORDER BY id") == Schema.migrations.map(\.id))
            #expect(try await store.patient(id: patient.id) == patient)
        }
    }

    @Test("once migrated, statements run as named prepared statements that the connection keeps")
    func preparedStatements() async throws {
        // One connection, so the catalogue query sees the session that prepared the statements.
        try await PostgresTestDatabase.withFreshStore(options: "&pool_size=1") { store, harness in
            let patient = Fixtures.patient()
            try await store.createPatient(patient)
            for _ in 0..<3 { #expect(try await store.patient(id: patient.id) == patient) }
            try await store.apply([.addDiaryEntry(Fixtures.entry(patient.id, day: Fixtures.day0))])
            #expect(try await store.recordVersion(patientID: patient.id) == 1)
            let prepared = try await harness.rawStrings(
                "SELECT name || ': ' || statement FROM pg_prepared_statements WHERE name LIKE 'settle\\_%'")
            #expect(prepared.contains { $0.hasPrefix("settle_") && $0.contains("SELECT id, display_name") })
            #expect(prepared.contains { $0.contains("SELECT record_version FROM patients WHERE id = $1") })
            #expect(prepared.contains { $0.contains("UPDATE patients SET record_version = record_version + 1") })
        }
    }

    @Test("an unreachable server is reported as unavailable")
    func unreachable() async throws {
        try await PostgresClinicStore.withStore(url: "postgres://settle:settle@127.0.0.1:1/none", timeout: .seconds(2)) { store in
            let error = await storeError { () async throws(StoreError) in _ = try await store.user(id: UUID()) }
            guard case .unavailable = error else {
                Issue.record("expected unavailable, got \(String(describing: error))")
                return
            }
        }
    }
}
