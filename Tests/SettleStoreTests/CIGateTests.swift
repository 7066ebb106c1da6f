import Foundation
import Testing

@Suite("PostgreSQL test gate")
struct CIGateTests {
    @Test("on CI the PostgreSQL contract runs, so a missing URL fails instead of skipping")
    func ciAlwaysRunsPostgres() {
        if PostgresTestDatabase.isCI {
            #expect(PostgresTestDatabase.shouldRun)
            #expect(PostgresTestDatabase.url != nil, "CI=true but SETTLE_TEST_DATABASE_URL is not set")
        } else {
            #expect(PostgresTestDatabase.shouldRun == (PostgresTestDatabase.url != nil))
        }
    }
}
