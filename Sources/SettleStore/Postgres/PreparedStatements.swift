import Logging
import PostgresNIO
import Synchronization

/// Named prepared statements for the SQL a server runs over and over (a session lookup, a
/// record read, a check-in batch): PostgreSQL parses each once per connection and can reuse
/// its plan, instead of parsing and planning every request's statements again (together about
/// a third of PostgreSQL's CPU under a check-in load, measured 2026-12-03).
///
/// PostgresNIO names a prepared statement by a Swift *type* (`PostgresPreparedStatement`'s
/// static `name` and `sql`), while Settle's SQL is built at run time. So the first
/// ``capacity`` distinct statements seen get a slot number each, for the life of the process,
/// and every slot number has a type of its own (``SlotStatement``, numbered in binary by
/// ``SlotBit0`` / ``SlotBit1``), whose static `sql` is the slot's statement. A slot's SQL
/// never changes once given, so every connection prepares the same text under the same name.
/// Large statements (bulk inserts, whose text varies with the row count) and anything seen after
/// the slots are taken run unnamed, as before.
enum PreparedStatements {
    /// Binary digits of a slot number.
    static let slotBits = 7
    /// Slots available: 128, three times the distinct statements the server's routes use (about
    /// 40); the test process, where every contract check adds its own, uses about 64.
    static let capacity = 1 << slotBits
    /// Statements with more bound values than this run unnamed (their text depends on row counts).
    static let maximumValues = 64

    struct Slot: Sendable {
        /// The statement with `$1, $2, …` placeholders.
        var sql: String
        /// The parameter types declared when preparing (0 = let PostgreSQL infer, for nulls).
        var types: [PostgresDataType]
    }

    private struct Registry: Sendable {
        var slots: [Slot] = []
        var bySQL: [String: Int] = [:]
    }

    private static let registry = Mutex(Registry())

    /// The slot of `query` (given one on first sight while slots are free), or nil when it runs
    /// unnamed: too many values, no slot left, or a value whose type differs from the one the slot
    /// was prepared with.
    static func slot(sql: String, types: [PostgresDataType]) -> Int? {
        guard types.count <= maximumValues else { return nil }
        let found: (Int, [PostgresDataType])? = registry.withLock { registry in
            if let index = registry.bySQL[sql] { return (index, registry.slots[index].types) }
            guard registry.slots.count < capacity else { return nil }
            registry.slots.append(Slot(sql: sql, types: types))
            registry.bySQL[sql] = registry.slots.count - 1
            return (registry.slots.count - 1, types)
        }
        guard let (index, declared) = found, declared.count == types.count else { return nil }
        for (given, prepared) in zip(types, declared) where given != .null && prepared != .null && given != prepared {
            return nil
        }
        return index
    }

    /// The prepared text of slot `index`.
    static func sql(slot index: Int) -> String { registry.withLock { $0.slots[index].sql } }
    /// The declared parameter types of slot `index`.
    static func types(slot index: Int) -> [PostgresDataType] { registry.withLock { $0.slots[index].types } }
    /// Slots given so far (for tests and monitoring).
    static var used: Int { registry.withLock { $0.slots.count } }

    /// Runs `body` with the type of slot `index` (0 ..< ``capacity``), built one binary digit at a time.
    static func withSlot<Body: SlotBody>(_ index: Int, _ body: Body) async throws -> Body.Output {
        precondition((0..<capacity).contains(index), "prepared-statement slot \(index) out of range")
        return try await build(SlotZero.self, index: index, bit: slotBits - 1, body)
    }

    private static func build<Number: SlotNumber, Body: SlotBody>(
        _ number: Number.Type, index: Int, bit: Int, _ body: Body
    ) async throws -> Body.Output {
        if bit < 0 { return try await body.run(Number.self) }
        if index & (1 << bit) != 0 { return try await build(SlotBit1<Number>.self, index: index, bit: bit - 1, body) }
        return try await build(SlotBit0<Number>.self, index: index, bit: bit - 1, body)
    }
}

/// A slot number as a type.
protocol SlotNumber { static var index: Int { get } }
/// The number 0.
enum SlotZero: SlotNumber { static var index: Int { 0 } }
/// `Higher` followed by the binary digit 0.
enum SlotBit0<Higher: SlotNumber>: SlotNumber { static var index: Int { Higher.index * 2 } }
/// `Higher` followed by the binary digit 1.
enum SlotBit1<Higher: SlotNumber>: SlotNumber { static var index: Int { Higher.index * 2 + 1 } }

/// The prepared statement of slot `Number`: named `settle_N`, its SQL and types from the registry.
struct SlotStatement<Number: SlotNumber>: PostgresPreparedStatement {
    typealias Row = PostgresRow
    static var name: String { "settle_\(Number.index)" }
    static var sql: String { PreparedStatements.sql(slot: Number.index) }
    static var bindingDataTypes: [PostgresDataType] { PreparedStatements.types(slot: Number.index) }

    var bindings: PostgresBindings

    func makeBindings() -> PostgresBindings { bindings }
    func decodeRow(_ row: PostgresRow) -> PostgresRow { row }
}

/// Work done with a slot's statement type (Swift has no generic closures).
protocol SlotBody: Sendable {
    associatedtype Output: Sendable
    func run<Number: SlotNumber>(_ number: Number.Type) async throws -> Output
}

/// Executes a slot's statement on a pooled connection or on one leased connection (inside a
/// transaction) and reads every row.
struct ExecuteSlot: SlotBody {
    enum Target: Sendable {
        case client(PostgresClient)
        case connection(PostgresConnection)
    }

    let target: Target
    let bindings: PostgresBindings
    let logger: Logger
    let context: String

    func run<Number: SlotNumber>(_ number: Number.Type) async throws -> [SQLRow] {
        let statement = SlotStatement<Number>(bindings: bindings)
        var rows: [SQLRow] = []
        switch target {
        case .client(let client):
            for try await row in try await client.execute(statement, logger: logger) {
                rows.append(PostgresBackend.row(row, context: context))
            }
        case .connection(let connection):
            for try await row in try await connection.execute(statement, logger: logger) {
                rows.append(PostgresBackend.row(row, context: context))
            }
        }
        return rows
    }
}
