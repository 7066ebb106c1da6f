import Foundation
import SettleCare

/// A value bound to, or read from, a SQL statement — the common ground of SQLite and PostgreSQL.
enum SQLValue: Sendable, Equatable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case bool(Bool)
    case uuid(UUID)

    static func optional(_ value: UUID?) -> SQLValue { value.map(SQLValue.uuid) ?? .null }
    static func optional(_ value: Int?) -> SQLValue { value.map { .int(Int64($0)) } ?? .null }
    static func optional(_ value: String?) -> SQLValue { value.map(SQLValue.text) ?? .null }
    static func optional(_ value: Date?) -> SQLValue { value.map(SQLValue.time) ?? .null }
    static func int(_ value: Int) -> SQLValue { .int(Int64(value)) }

    /// Timestamps are stored as whole milliseconds since 1970-01-01 UTC (clamped to ±2^53 ms).
    static func time(_ date: Date) -> SQLValue {
        let ms = (date.timeIntervalSince1970 * 1000).rounded()
        let limit = 9_007_199_254_740_992.0
        guard ms.isFinite else { return .int(ms > 0 ? Int64(limit) : -Int64(limit)) }
        return .int(Int64(min(max(ms, -limit), limit)))
    }
}

/// Which SQL dialect a backend speaks; used to spell column types in migrations.
enum SQLDialect: Sendable {
    case sqlite
    case postgres

    /// Replaces the type tokens of the shared schema (`{uuid}`, `{int}`, `{real}`, `{bool}`, `{text}`,
    /// `{bytes_order}`) with this dialect's spelling.
    func spell(_ sql: String) -> String {
        let tokens: [(String, String)] =
            switch self {
            case .sqlite:
                [
                    ("{uuid}", "TEXT"), ("{int}", "INTEGER"), ("{real}", "REAL"), ("{bool}", "INTEGER"), ("{text}", "TEXT"),
                    ("{bytes_order}", ""),
                ]
            case .postgres:
                [
                    ("{uuid}", "uuid"), ("{int}", "bigint"), ("{real}", "double precision"), ("{bool}", "boolean"),
                    ("{text}", "text"), ("{bytes_order}", "COLLATE \"C\""),
                ]
            }
        return tokens.reduce(sql) { $0.replacingOccurrences(of: $1.0, with: $1.1) }
    }
}

/// One statement with `?` placeholders and the values bound to them, plus what its result must show.
struct SQLStatement: Sendable {
    var sql: String
    var values: [SQLValue]
    /// When set, the statement must return at least one row, else the batch fails with this error.
    var requireRow: StoreError?
    /// The table the statement reads or writes, when described: lets a backend run a batch as one
    /// statement (PostgreSQL, ``PostgresBatch``). Nil keeps the batch statement by statement.
    var touches: SQLTouch?

    init(_ sql: String, _ values: [SQLValue] = [], requireRow: StoreError? = nil, touches: SQLTouch? = nil) {
        self.sql = sql
        self.values = values
        self.requireRow = requireRow
        self.touches = touches
    }
}

/// What one statement of a write batch does to which tables: the table it writes, if any, and
/// every table it reads (a statement that writes a table may also read it).
struct SQLTouch: Sendable, Equatable {
    /// The table whose rows it inserts, updates or deletes; nil for a read-only statement.
    var written: String?
    /// Tables it reads besides ``written`` (e.g. through a subquery).
    var read: Set<String>

    /// Only reads `tables` (an existence check).
    static func reads(_ tables: String...) -> SQLTouch { SQLTouch(written: nil, read: Set(tables)) }

    /// Inserts, updates or deletes rows of `table` (and may read it), reading also `others`.
    static func writes(_ table: String, reading others: Set<String> = []) -> SQLTouch {
        SQLTouch(written: table, read: others)
    }
}

/// One result row, read by column position.
struct SQLRow: Sendable {
    var values: [SQLValue]
    /// The statement that produced it, for error messages.
    var context: String

    private func value(_ index: Int) throws(StoreError) -> SQLValue {
        guard values.indices.contains(index) else { throw bad(index, "is missing") }
        return values[index]
    }

    private func bad(_ index: Int, _ what: String) -> StoreError {
        .unavailable("column \(index) of a row from '\(context.prefix(60))' \(what); the database schema may be newer or damaged")
    }

    /// The same row without its first `count` columns (to decode the parts of a joined row).
    func dropping(_ count: Int) -> SQLRow { SQLRow(values: Array(values.dropFirst(count)), context: context) }

    func isNull(_ index: Int) throws(StoreError) -> Bool { try value(index) == .null }

    func int64(_ index: Int) throws(StoreError) -> Int64 {
        switch try value(index) {
        case .int(let v): return v
        case .double(let v) where v.rounded() == v && abs(v) < 9e18: return Int64(v)
        case .bool(let v): return v ? 1 : 0
        default: throw bad(index, "is not an integer")
        }
    }

    func int(_ index: Int) throws(StoreError) -> Int {
        let v = try int64(index)
        guard let result = Int(exactly: v) else { throw bad(index, "is out of range") }
        return result
    }

    func optionalInt(_ index: Int) throws(StoreError) -> Int? { try isNull(index) ? nil : try int(index) }

    func double(_ index: Int) throws(StoreError) -> Double {
        switch try value(index) {
        case .double(let v): return v
        case .int(let v): return Double(v)
        default: throw bad(index, "is not a number")
        }
    }

    func string(_ index: Int) throws(StoreError) -> String {
        guard case .text(let v) = try value(index) else { throw bad(index, "is not text") }
        return v
    }

    func optionalString(_ index: Int) throws(StoreError) -> String? { try isNull(index) ? nil : try string(index) }

    func bool(_ index: Int) throws(StoreError) -> Bool {
        switch try value(index) {
        case .bool(let v): return v
        case .int(let v): return v != 0
        default: throw bad(index, "is not a boolean")
        }
    }

    func uuid(_ index: Int) throws(StoreError) -> UUID {
        switch try value(index) {
        case .uuid(let v): return v
        case .text(let text):
            guard let v = FastDecoding.uuid(text) ?? UUID(uuidString: text) else { throw bad(index, "is not a UUID") }
            return v
        default: throw bad(index, "is not a UUID")
        }
    }

    func optionalUUID(_ index: Int) throws(StoreError) -> UUID? { try isNull(index) ? nil : try uuid(index) }

    func date(_ index: Int) throws(StoreError) -> Date { Date(timeIntervalSince1970: Double(try int64(index)) / 1000) }

    func optionalDate(_ index: Int) throws(StoreError) -> Date? { try isNull(index) ? nil : try date(index) }

    /// A JSON object of numbers (questionnaire answers): the fast path for the store's own
    /// compact form, `JSONDecoder` for anything else.
    func numberObject(_ index: Int) throws(StoreError) -> [String: Double] {
        if let fast = FastDecoding.numberObject(try string(index)) { return fast }
        return try json(index, as: [String: Double].self)
    }

    func json<T: Decodable>(_ index: Int, as type: T.Type) throws(StoreError) -> T {
        let text = try string(index)
        do {
            return try JSONDecoder().decode(T.self, from: Data(text.utf8))
        } catch {
            throw bad(index, "holds JSON that does not decode as \(T.self): \(error)")
        }
    }
}

/// Encodes a value as compact JSON with sorted keys (deterministic text in the database).
func jsonText<T: Encodable>(_ value: T) throws(StoreError) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    do {
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    } catch {
        throw .invalid([.init(field: "\(T.self)", message: "cannot be encoded as JSON: \(error)")])
    }
}
