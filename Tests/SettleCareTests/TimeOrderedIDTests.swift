import Foundation
import Testing

@testable import SettleCare

/// Time-ordered ids (RFC 9562 version 7) for records written in time order.
@Suite("Time-ordered ids")
struct TimeOrderedIDTests {
    /// A fixed-sequence generator, so the random bits are known.
    struct Counter: RandomNumberGenerator {
        var value: UInt64
        mutating func next() -> UInt64 {
            value &+= 0x0123_4567_89AB_CDEF
            return value
        }
    }

    @Test("the layout is RFC 9562 version 7: 48-bit milliseconds, version 7, variant 10, random bits")
    func layout() {
        let date = Date(timeIntervalSince1970: 1_764_770_000.123_9)
        var generator = Counter(value: 0)
        let id = UUID.timeOrdered(at: date, using: &generator)
        // 1 764 770 000 123 ms = 0x019A_E47D_2CFB.
        #expect(id.uuidString.hasPrefix("019AE47D-2CFB-7"))
        let bytes = id.uuid
        #expect(bytes.6 >> 4 == 7)
        #expect(bytes.8 >> 6 == 0b10)
        #expect(id.embeddedTime == Date(timeIntervalSince1970: 1_764_770_000.123))
        // Same time and generator state: same id; the next draw differs only in the random bits.
        var replay = Counter(value: 0)
        #expect(UUID.timeOrdered(at: date, using: &replay) == id)
        let next = UUID.timeOrdered(at: date, using: &replay)
        #expect(next != id)
        #expect(next.uuidString.prefix(15) == id.uuidString.prefix(15))
        #expect(UUID().embeddedTime == nil)
    }

    @Test("ids of later times sort after earlier ones, as bytes and as text")
    func ordering() {
        let start = Date(timeIntervalSince1970: 1_700_000_000)
        let ids = (0..<200).map { UUID.timeOrdered(at: start.addingTimeInterval(Double($0) * 0.0017)) }
        let texts = ids.map(\.uuidString)
        #expect(texts == texts.sorted())
        #expect(Set(ids).count == 200)
        // Out of range: clamped, never a crash.
        #expect(UUID.timeOrdered(at: Date(timeIntervalSince1970: -5)).uuidString.hasPrefix("00000000-0000-7"))
        #expect(UUID.timeOrdered(at: Date(timeIntervalSince1970: 1e12)).uuidString.hasPrefix("FFFFFFFF-FFFF-7"))
    }

    @Test("new audit events and diary entries get time-ordered ids of their own time; a given id is kept")
    func recordDefaults() {
        let at = Date(timeIntervalSince1970: 1_764_770_000)
        let event = AuditEvent(at: at, actorID: nil, action: "diary.add")
        #expect(event.id.embeddedTime == at)
        let day = Day(containing: at)
        let entry = DiaryEntry(patientID: UUID(), day: day, recordedAt: at.addingTimeInterval(60), pain: 3)
        #expect(entry.id.embeddedTime == at.addingTimeInterval(60))
        let given = UUID()
        #expect(DiaryEntry(id: given, patientID: UUID(), day: day, recordedAt: at, pain: 3).id == given)
        #expect(AuditEvent(id: given, at: at, actorID: nil, action: "x").id == given)
    }
}
