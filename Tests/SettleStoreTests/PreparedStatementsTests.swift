import PostgresNIO
import Testing

@testable import SettleStore

/// How statements are given prepared-statement slots (the statements themselves run against a real
/// server in the PostgreSQL contract suite, which prepares every statement it repeats).
@Suite("PostgreSQL prepared-statement slots")
struct PreparedStatementsTests {
    /// Returns the slot number and statement name of the type it is given.
    struct NameOfSlot: SlotBody {
        func run<Number: SlotNumber>(_ number: Number.Type) async throws -> (Int, String) {
            (Number.index, SlotStatement<Number>.name)
        }
    }

    @Test("every slot number has a type of its own whose name carries the number")
    func slotTypes() async throws {
        var names: Set<String> = []
        for index in 0..<PreparedStatements.capacity {
            let (number, name) = try await PreparedStatements.withSlot(index, NameOfSlot())
            #expect(number == index)
            #expect(name == "settle_\(index)")
            names.insert(name)
        }
        #expect(names.count == 128)
    }

    @Test("the same text keeps its slot; other value types, and large statements, run unnamed")
    func slotsAreStable() throws {
        let sql = "SELECT id FROM slot_test_\(UInt64.random(in: 0...UInt64.max)) WHERE id = $1 AND n > $2"
        let slot = try #require(PreparedStatements.slot(sql: sql, types: [.uuid, .int8]))
        #expect(PreparedStatements.slot(sql: sql, types: [.uuid, .int8]) == slot)
        // A null binds as "infer": compatible with the declared type either way round.
        #expect(PreparedStatements.slot(sql: sql, types: [.null, .int8]) == slot)
        #expect(PreparedStatements.slot(sql: sql, types: [.text, .int8]) == nil)
        #expect(PreparedStatements.slot(sql: sql, types: [.uuid]) == nil)
        #expect(PreparedStatements.sql(slot: slot) == sql)
        #expect(PreparedStatements.types(slot: slot) == [.uuid, .int8])
        let many = Array(repeating: PostgresDataType.int8, count: PreparedStatements.maximumValues + 1)
        #expect(PreparedStatements.slot(sql: "INSERT INTO t VALUES (…)", types: many) == nil)
    }
}

@Suite("PostgreSQL placeholders")
struct PlaceholderTests {
    @Test("question marks become $1, $2, … in order, other text (including non-ASCII) is unchanged")
    func numbered() {
        #expect(PostgresBackend.numberedPlaceholders("a = ? AND b = ?") == "a = $1 AND b = $2")
        #expect(PostgresBackend.numberedPlaceholders("no placeholders, é ü") == "no placeholders, é ü")
        let many = Array(repeating: "?", count: 12).joined(separator: ",")
        #expect(PostgresBackend.numberedPlaceholders("VALUES (\(many))") == "VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12)")
    }
}
