import Foundation
import GRDB
import SettleCare

/// Runs the shared SQL on SQLite through GRDB. Writes go through the writer's serialized
/// write transactions; reads use concurrent read access when the writer is a `DatabasePool`.
struct GRDBBackend: SQLBackend {
    let writer: any DatabaseWriter
    var dialect: SQLDialect { .sqlite }

    func migrate(_ migrations: [Migration]) async throws(StoreError) {
        var migrator = DatabaseMigrator()
        for migration in migrations {
            let statements = migration.statements.map(dialect.spell)
            migrator.registerMigration(migration.id) { db in
                for sql in statements { try db.execute(sql: sql) }
            }
        }
        do {
            // Each migration runs in its own transaction; applied ones are skipped (grdb_migrations table).
            try migrator.migrate(writer)
        } catch {
            throw Self.storeError(error)
        }
    }

    func transaction(_ statements: [SQLStatement]) async throws(StoreError) -> [Int] {
        do {
            return try await writer.write { db in
                var counts: [Int] = []
                for statement in statements {
                    let rows = try Self.fetchAll(db, statement)
                    if rows.isEmpty, let error = statement.requireRow { throw error }
                    counts.append(rows.count)
                }
                return counts
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    func query(_ statement: SQLStatement) async throws(StoreError) -> [SQLRow] {
        do {
            return try Self.readNow(writer, statement)
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Reads on the calling thread (GRDB's synchronous read): no hop to a reader queue and back,
    /// which was about a tenth of a check-in's server CPU (perf: thread wake-ups). A read is CPU
    /// work on SQLite's page cache, not a wait, and the pool keeps at least as many readers as
    /// there are cores (`SQLiteClinicStore`), so a Swift concurrency thread never waits for a
    /// reader; writes stay asynchronous, because they can wait for one another.
    static func readNow(_ reader: any DatabaseReader, _ statement: SQLStatement) throws -> [SQLRow] {
        try reader.read { db in
            try Self.fetchAll(db, statement).map { row in
                SQLRow(values: row.databaseValues.map(Self.value), context: statement.sql)
            }
        }
    }

    /// Statements up to this length are prepared once per connection and reused (the routes' few
    /// fixed queries); longer ones (multi-row bulk inserts, whose text varies) are prepared each time.
    static let cachedStatementLength = 2_000

    /// Runs `statement`, reusing the connection's prepared statement for short, fixed SQL.
    static func fetchAll(_ db: Database, _ statement: SQLStatement) throws -> [Row] {
        let arguments = Self.arguments(statement.values)
        if statement.sql.utf8.count <= cachedStatementLength {
            return try Row.fetchAll(db.cachedStatement(sql: statement.sql), arguments: arguments)
        }
        return try Row.fetchAll(db, sql: statement.sql, arguments: arguments)
    }

    static func arguments(_ values: [SQLValue]) -> StatementArguments {
        StatementArguments(
            values.map { value -> DatabaseValue in
                switch value {
                case .null: return .null
                case .int(let v): return v.databaseValue
                case .double(let v): return v.databaseValue
                case .text(let v): return v.databaseValue
                case .bool(let v): return (v ? Int64(1) : Int64(0)).databaseValue
                case .uuid(let v): return v.uuidString.lowercased().databaseValue
                }
            })
    }

    static func value(_ databaseValue: DatabaseValue) -> SQLValue {
        switch databaseValue.storage {
        case .null: return .null
        case .int64(let v): return .int(v)
        case .double(let v): return .double(v)
        case .string(let v): return .text(v)
        case .blob(let data): return .text(String(decoding: data, as: UTF8.self))
        }
    }

    /// Maps GRDB and SQLite failures to ``StoreError``; errors already typed pass through.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        guard let error = error as? DatabaseError else { return .unavailable("\(error)") }
        let message = error.message ?? "\(error)"
        switch error.extendedResultCode {
        case .SQLITE_CONSTRAINT_UNIQUE, .SQLITE_CONSTRAINT_PRIMARYKEY:
            // "UNIQUE constraint failed: users.email"
            let columns = message.components(separatedBy: ": ").last ?? message
            let field = columns.split(separator: ",").map { part in
                String(part.split(separator: ".").last ?? Substring(part)).trimmingCharacters(in: .whitespaces)
            }.joined(separator: ", ")
            return .conflict(field: field, detail: "a record with this \(field) already exists (\(columns))")
        case .SQLITE_CONSTRAINT_FOREIGNKEY:
            return .notFound(entity: "referenced record", id: message)
        default:
            if error.resultCode == .SQLITE_CONSTRAINT {
                return .invalid([.init(field: "database", message: message)])
            }
            return .unavailable("SQLite error \(error.resultCode.rawValue): \(message)")
        }
    }
}
