import Foundation
import Logging
import PostgresNIO
import SettleCare
import Synchronization

/// Runs the shared SQL on PostgreSQL through a PostgresNIO `PostgresClient` (connection pool).
/// A write batch runs as one statement when it can (one statement alone, or several folded by
/// ``PostgresBatch``), which PostgreSQL makes atomic by itself; otherwise in
/// `PostgresClient.withTransaction` (BEGIN/COMMIT on one leased connection).
struct PostgresBackend: SQLBackend {
    let client: PostgresClient
    let logger: Logger
    /// Longest wait for one operation (including waiting for a connection) before `unavailable`.
    let timeout: Duration
    /// Cancels operations that outlive ``timeout``: one sweeping task per store, not a timer per query.
    let watchdog: DeadlineWatchdog
    /// Whether statements run as named prepared statements (``PreparedStatements``): off until this
    /// store has migrated its schema, so no statement is prepared against tables that do not exist
    /// yet (PostgresNIO keeps a failed preparation for the life of the connection).
    let preparing: PreparingSwitch
    var dialect: SQLDialect { .postgres }

    init(client: PostgresClient, logger: Logger, timeout: Duration, prepareStatements: Bool = true) {
        self.client = client
        self.logger = logger
        self.timeout = timeout
        self.watchdog = DeadlineWatchdog(timeout: timeout)
        self.preparing = PreparingSwitch(allowed: prepareStatements)
    }

    /// Advisory-lock key that serialises migrations when several app instances start at once.
    static let migrationLock: Int64 = 0x5e77_1e5c

    func migrate(_ migrations: [Migration]) async throws(StoreError) {
        try await withDeadline("migrate") { () async throws(StoreError) in try await self.migrateNow(migrations) }
        preparing.schemaReady()
    }

    private func migrateNow(_ migrations: [Migration]) async throws(StoreError) {
        do {
            try await client.withTransaction(logger: logger) { connection in
                _ = try await Self.run(
                    SQLStatement("SELECT pg_advisory_xact_lock(?)", [.int(Self.migrationLock)]), on: connection, logger: logger)
                _ = try await Self.run(
                    SQLStatement(
                        "CREATE TABLE IF NOT EXISTS settle_migrations (id text PRIMARY KEY, applied_at bigint NOT NULL)"),
                    on: connection, logger: logger)
                let applied = try await Self.run(SQLStatement("SELECT id FROM settle_migrations"), on: connection, logger: logger)
                let done = Set(try applied.map { row throws(StoreError) in try row.string(0) })
                for migration in migrations where !done.contains(migration.id) {
                    for sql in migration.statements {
                        _ = try await Self.run(SQLStatement(dialect.spell(sql)), on: connection, logger: logger)
                    }
                    _ = try await Self.run(
                        SQLStatement(
                            "INSERT INTO settle_migrations (id, applied_at) VALUES (?, ?)", [.text(migration.id), .time(Date())]),
                        on: connection, logger: logger)
                }
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    func transaction(_ statements: [SQLStatement]) async throws(StoreError) -> [Int] {
        try await withDeadline("write") { () async throws(StoreError) in try await self.transactionNow(statements) }
    }

    private func transactionNow(_ statements: [SQLStatement]) async throws(StoreError) -> [Int] {
        // One statement is atomic on its own: no BEGIN and COMMIT round trips (e.g. a page view's
        // audit event). A `requireRow` statement that returns no row has written nothing.
        if statements.count == 1, let statement = statements.first {
            let rows = try await queryNow(statement)
            if rows.isEmpty, let error = statement.requireRow { throw error }
            return [rows.count]
        }
        if let batch = PostgresBatch.folded(statements) { return try await runFolded(batch, of: statements) }
        do {
            return try await client.withTransaction(logger: logger) { connection in
                var counts: [Int] = []
                for statement in statements {
                    let rows = try await Self.run(statement, on: connection, logger: logger, prepared: preparing.isOn)
                    if rows.isEmpty, let error = statement.requireRow { throw error }
                    counts.append(rows.count)
                }
                return counts
            }
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs a batch folded by ``PostgresBatch`` (one round trip); returns each statement's row count.
    private func runFolded(_ batch: SQLStatement, of statements: [SQLStatement]) async throws(StoreError) -> [Int] {
        var counts: [Int] = []
        do {
            for row in try await execute(batch, on: .client(client)) {
                counts = try row.values.indices.map { index throws(StoreError) in try row.int(index) }
            }
        } catch let error as PSQLError {
            if let index = error.serverInfo?[.message].flatMap(PostgresBatch.requiredRowFailure(in:)),
                statements.indices.contains(index), let failure = statements[index].requireRow
            {
                throw failure
            }
            throw Self.storeError(error)
        } catch {
            throw Self.storeError(error)
        }
        guard counts.count == statements.count else {
            throw .unavailable("a folded write batch returned \(counts.count) counts for \(statements.count) statements")
        }
        return counts
    }

    func query(_ statement: SQLStatement) async throws(StoreError) -> [SQLRow] {
        try await withDeadline("read") { () async throws(StoreError) in try await self.queryNow(statement) }
    }

    private func queryNow(_ statement: SQLStatement) async throws(StoreError) -> [SQLRow] {
        do {
            return try await execute(statement, on: .client(client))
        } catch {
            throw Self.storeError(error)
        }
    }

    /// Runs `statement` on the pool: prepared when this store prepares statements (see ``execute(_:on:logger:prepared:)``).
    private func execute(_ statement: SQLStatement, on target: ExecuteSlot.Target) async throws -> [SQLRow] {
        try await Self.execute(statement, on: target, logger: logger, prepared: preparing.isOn)
    }

    /// Runs `statement` on the pool or on one connection and reads every row: as a named prepared
    /// statement when `prepared` and the statement has a slot (``PreparedStatements``), otherwise
    /// as an unnamed one.
    static func execute(
        _ statement: SQLStatement, on target: ExecuteSlot.Target, logger: Logger, prepared: Bool
    ) async throws -> [SQLRow] {
        let query = postgresQuery(statement)
        if prepared, let slot = PreparedStatements.slot(sql: query.sql, types: statement.values.map(\.postgresType)) {
            return try await PreparedStatements.withSlot(
                slot, ExecuteSlot(target: target, bindings: query.binds, logger: logger, context: statement.sql))
        }
        let sequence: PostgresRowSequence
        switch target {
        case .client(let client): sequence = try await client.query(query, logger: logger)
        case .connection(let connection): sequence = try await connection.query(query, logger: logger)
        }
        var rows: [SQLRow] = []
        for try await row in sequence { rows.append(Self.row(row, context: statement.sql)) }
        return rows
    }

    /// Runs `body`, failing with `unavailable` when it takes longer than ``timeout`` (e.g. the
    /// server is down and the pool keeps retrying to connect).
    ///
    /// The deadline is kept by ``DeadlineWatchdog``. (A racing `Task.sleep` child per query stays
    /// queued in the executor until its deadline even when cancelled: at a thousand queries a
    /// second with a 30 s timeout that held ≈ 300 MB of pending timers.)
    private func withDeadline<T: Sendable>(
        _ what: String, _ body: @escaping @Sendable () async throws(StoreError) -> T
    ) async throws(StoreError) -> T {
        let id = withUnsafeCurrentTask { task in task.map { watchdog.register(CancellableTask($0)) } }
        let outcome: Result<T, StoreError>
        do throws(StoreError) {
            outcome = .success(try await body())
        } catch {
            outcome = .failure(error)
        }
        let expired = id.map { !watchdog.finish($0) } ?? false
        switch outcome {
        case .success(let value):
            return value
        case .failure(let error):
            if expired {
                throw .unavailable(
                    "PostgreSQL did not answer a \(what) within \(timeout); check DATABASE_URL and that the server runs")
            }
            throw error
        }
    }

    /// Runs `statement` on a leased connection (inside a transaction); unnamed unless `prepared`
    /// (migrations, whose statements change the schema, run unnamed).
    static func run(
        _ statement: SQLStatement, on connection: PostgresConnection, logger: Logger, prepared: Bool = false
    ) async throws -> [SQLRow] {
        try await execute(statement, on: .connection(connection), logger: logger, prepared: prepared)
    }

    /// Numbers the `?` placeholders `$1, $2, …` and binds the values with their PostgreSQL types.
    static func postgresQuery(_ statement: SQLStatement) -> PostgresQuery {
        let sql = numberedTexts.numbered(statement.sql)
        var bindings = PostgresBindings(capacity: statement.values.count)
        for value in statement.values {
            switch value {
            case .null: bindings.appendNull()
            case .int(let v): bindings.append(v)
            case .double(let v): bindings.append(v)
            case .text(let v): bindings.append(v)
            case .bool(let v): bindings.append(v)
            case .uuid(let v): bindings.append(v)
            }
        }
        return PostgresQuery(unsafeSQL: sql, binds: bindings)
    }

    /// Statement texts already numbered: the app sends a few dozen distinct texts, over and over.
    static let numberedTexts = NumberedTexts(capacity: 1024)

    /// `a = ? AND b = ?` → `a = $1 AND b = $2` (byte by byte: the statements are ASCII around
    /// their placeholders, and `?` never occurs inside a UTF-8 multi-byte sequence).
    static func numberedPlaceholders(_ sql: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(sql.utf8.count + 16)
        var index = 0
        for byte in sql.utf8 {
            if byte == UInt8(ascii: "?") {
                index += 1
                bytes.append(UInt8(ascii: "$"))
                bytes.append(contentsOf: String(index).utf8)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func row(_ row: PostgresRow, context: String) -> SQLRow {
        SQLRow(values: row.map(value), context: context)
    }

    /// Reads a cell by its PostgreSQL type; types the schema does not use (e.g. `void`) read as null.
    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        do {
            switch cell.dataType {
            case .uuid: return .uuid(try cell.decode(UUID.self))
            case .int2, .int4, .int8: return .int(try cell.decode(Int64.self))
            case .float4, .float8: return .double(try cell.decode(Double.self))
            case .bool: return .bool(try cell.decode(Bool.self))
            case .text, .varchar, .name, .bpchar: return .text(try cell.decode(String.self))
            default: return .null
            }
        } catch {
            return .null
        }
    }

    /// Maps PostgresNIO and server failures to ``StoreError``; errors already typed pass through.
    static func storeError(_ error: any Error) -> StoreError {
        if let error = error as? StoreError { return error }
        if let error = error as? PostgresTransactionError {
            if let inner = error.closureError ?? error.beginError ?? error.commitError { return storeError(inner) }
            return .unavailable("transaction failed: \(String(reflecting: error))")
        }
        guard let error = error as? PSQLError else { return .unavailable(String(reflecting: error)) }
        guard let info = error.serverInfo else {
            return .unavailable("PostgreSQL connection failed (\(error.code)); check DATABASE_URL and that the server runs")
        }
        let message = info[.message] ?? "\(error.code)"
        let detail = info[.detail].map { " (\($0))" } ?? ""
        switch info[.sqlState] ?? "" {
        case "23505":
            let field = conflictField(constraint: info[.constraintName] ?? "", table: info[.tableName] ?? "")
            return .conflict(field: field, detail: "a record with this \(field) already exists\(detail)")
        case "23503":
            return .notFound(entity: "referenced record", id: message + detail)
        case "23514", "23502", "22P02", "22003":
            return .invalid([.init(field: "database", message: message + detail)])
        default:
            return .unavailable("PostgreSQL error \(info[.sqlState] ?? "?"): \(message)\(detail)")
        }
    }

    /// `users_email_key` on table `users` → `email`; `users_pkey` → `id`.
    static func conflictField(constraint: String, table: String) -> String {
        if constraint.hasSuffix("_pkey") { return "id" }
        var name = Substring(constraint)
        if !table.isEmpty, name.hasPrefix(table + "_") { name = name.dropFirst(table.count + 1) }
        if name.hasSuffix("_key") { name = name.dropLast(4) }
        return name.isEmpty ? constraint : String(name)
    }
}

/// Whether a store runs named prepared statements: allowed by configuration, and on once its
/// schema is migrated.
final class PreparingSwitch: Sendable {
    private let allowed: Bool
    private let ready = Atomic(false)

    init(allowed: Bool) { self.allowed = allowed }

    /// True when statements should be prepared.
    var isOn: Bool { allowed && ready.load(ordering: .relaxed) }

    /// Marks the schema as migrated.
    func schemaReady() { ready.store(true, ordering: .relaxed) }
}

extension SQLValue {
    /// The PostgreSQL type the value is bound as (`null`, OID 0, lets PostgreSQL infer it).
    var postgresType: PostgresDataType {
        switch self {
        case .null: return .null
        case .int: return .int8
        case .double: return .float8
        case .text: return .text
        case .bool: return .bool
        case .uuid: return .uuid
        }
    }
}
