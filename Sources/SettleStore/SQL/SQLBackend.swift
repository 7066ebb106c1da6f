/// What the shared SQL engine needs from a database driver. Implemented for GRDB (SQLite) and
/// PostgresNIO (PostgreSQL); everything else about the store is written once.
protocol SQLBackend: Sendable {
    var dialect: SQLDialect { get }
    /// Applies the not yet applied migrations, in order, each in its own transaction or all in one.
    func migrate(_ migrations: [Migration]) async throws(StoreError)
    /// Runs the statements in one transaction and returns each statement's row count. A statement
    /// with `requireRow` that returns no row throws that error; any error rolls the transaction back.
    func transaction(_ statements: [SQLStatement]) async throws(StoreError) -> [Int]
    /// Runs one read-only statement and returns its rows.
    func query(_ statement: SQLStatement) async throws(StoreError) -> [SQLRow]
}

/// One step of the schema: an id (applied once, recorded by id) and its statements, written with
/// the dialect tokens of ``SQLDialect/spell(_:)``.
struct Migration: Sendable {
    var id: String
    var statements: [String]
}
