import Foundation

/// Runs a write batch on PostgreSQL as one statement, so it costs one round trip instead of
/// BEGIN, one per statement and COMMIT (a check-in's existence check, diary upsert and audit
/// event: five round trips become one).
///
/// The batch becomes data-modifying common table expressions, which PostgreSQL runs as one
/// atomic statement, followed by a `SELECT` of each statement's row count:
///
///     WITH s0 AS (SELECT id FROM patients WHERE id = $1),
///          s1 AS (INSERT INTO diary_entries … ON CONFLICT (id) DO UPDATE … RETURNING id),
///          s2 AS (INSERT INTO audit_events … RETURNING 1)
///     SELECT CASE WHEN EXISTS (SELECT 1 FROM s0) THEN (SELECT count(*) FROM s0)
///                 ELSE CAST('settle:require-row:0:' || (SELECT count(*) FROM s0) AS bigint) END, …
///
/// A `requireRow` statement that returns no row makes the final `SELECT` fail (a cast that
/// cannot succeed, naming the statement), which rolls back everything — the same outcome as the
/// statement-by-statement transaction, and ``requiredRowFailure(in:)`` maps it back to that
/// statement's error.
///
/// Sub-statements of one PostgreSQL statement all see the database as it was before it (one
/// snapshot) and must not change the same row twice, so a batch is folded only when every
/// statement says what it touches (``SQLTouch``), no two statements write the same table, and
/// no statement reads a table that an earlier one writes. Anything else runs as before.
enum PostgresBatch {
    /// Prefix of the marker in the error a failed `requireRow` raises.
    static let requireRowMarker = "settle:require-row:"

    /// The batch as one statement, or nil when it must run statement by statement.
    static func folded(_ statements: [SQLStatement]) -> SQLStatement? {
        guard statements.count > 1 else { return nil }
        var written: Set<String> = []
        for statement in statements {
            guard let touch = statement.touches, touch.read.isDisjoint(with: written) else { return nil }
            if let table = touch.written, !written.insert(table).inserted { return nil }
        }
        var parts: [String] = []
        var values: [SQLValue] = []
        var counts: [String] = []
        for (index, statement) in statements.enumerated() {
            let name = "s\(index)"
            var sql = statement.sql
            if statement.touches?.written != nil, !containsReturning(sql) { sql += " RETURNING 1" }
            parts.append("\(name) AS (\(sql))")
            values += statement.values
            let count = "(SELECT count(*) FROM \(name))"
            if statement.requireRow != nil {
                // The failing cast depends on the sub-statement's result, so the planner cannot
                // evaluate it ahead of the CASE (a constant cast would fail at planning time).
                counts.append(
                    "CASE WHEN EXISTS (SELECT 1 FROM \(name)) THEN \(count) "
                        + "ELSE CAST('\(requireRowMarker)\(index):' || \(count) AS bigint) END")
            } else {
                counts.append(count)
            }
        }
        return SQLStatement("WITH " + parts.joined(separator: ", ") + " SELECT " + counts.joined(separator: ", "), values)
    }

    /// Whether `sql` has the keyword `RETURNING` in any letter case (a byte scan: this runs for
    /// every write, and Foundation's case-insensitive search cost more than the rest of the fold).
    static func containsReturning(_ sql: String) -> Bool {
        let keyword = returningKeyword
        var matched = 0
        for byte in sql.utf8 {
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            if lower == keyword[matched] {
                matched += 1
                if matched == keyword.count { return true }
            } else {
                matched = lower == keyword[0] ? 1 : 0
            }
        }
        return false
    }

    private static let returningKeyword = Array("returning".utf8)

    /// The index of the `requireRow` statement named by a folded batch's failure message, if the
    /// message is one (`invalid input syntax for type bigint: "settle:require-row:2:0"`).
    static func requiredRowFailure(in message: String) -> Int? {
        guard let range = message.range(of: requireRowMarker) else { return nil }
        return Int(message[range.upperBound...].prefix { $0.isNumber })
    }
}
