import Foundation
import SettleCare
import Testing

@testable import SettleInterop

@Suite("CSV export and import")
struct CSVTests {
    @Test("RFC 4180: quoted commas, doubled quotes, line breaks inside quotes, CRLF")
    func parsing() {
        let text = "a,b,c\r\n1,\"x, y\",\"say \"\"hi\"\"\"\r\n2,\"two\nlines\",\r\n"
        let parsed = CSVText.parse(text)
        #expect(parsed.problems.isEmpty)
        #expect(parsed.records.map(\.fields) == [["a", "b", "c"], ["1", "x, y", "say \"hi\""], ["2", "two\nlines", ""]])
        #expect(parsed.records.map(\.line) == [1, 2, 3])
        #expect(CSVText.row(["x, y", "say \"hi\"", "plain"]) == "\"x, y\",\"say \"\"hi\"\"\",plain")
        #expect(CSVText.parse("a\n\"open\n").problems.first?.line == 2)
    }

    @Test("diary export → import gives the same entries")
    func diaryRoundTrip() throws {
        let record = Fixture.record()
        let text = DiaryCSV.export(record.diary)
        #expect(
            text.hasPrefix("patient_id,entry_id,day,recorded_at,pain,activity_minutes,steps,sleep_quality,stress,flare,note\n"))
        let imported = try DiaryCSV.read(text)
        #expect(imported.records == record.diary)
        #expect(imported.lines == 3)
    }

    @Test("scores export → import gives the same administrations and scores")
    func scoresRoundTrip() throws {
        let record = Fixture.record()
        let text = ScoresCSV.export(record.questionnaires)
        // PHQ-9 total 12 written for readers.
        #expect(text.contains(",phq9,PHQ-9,,2025-03-03,2025-03-03T10:00:00.000Z,1=2;2=2;3=1;4=2;5=1;6=1;7=2;8=1;9=0,12,"))
        let imported = try ScoresCSV.read(text)
        #expect(FHIRRoundTripTests.withoutScores(imported.records) == FHIRRoundTripTests.withoutScores(record.questionnaires))
        #expect(imported.records.first { $0.id == Fixture.uuid(20) }?.scoreJSON == record.questionnaires[0].scoreJSON)
    }

    @Test("a date range exports and imports only the days inside it")
    func range() throws {
        let record = Fixture.record()
        let range = DayRange(from: Fixture.day0.adding(days: 1), through: Fixture.day0.adding(days: 20))
        let text = DiaryCSV.export(record.diary, range: range)
        #expect(text.split(separator: "\n").count == 3)
        let all = DiaryCSV.export(record.diary)
        let imported = try DiaryCSV.read(all, range: DayRange(through: Fixture.day0))
        #expect(imported.records.map(\.id) == [Fixture.uuid(10)])
        #expect(imported.outsideRange == 2)
    }

    static let patient = Fixture.patientID.uuidString.lowercased()

    @Test("bad lines are reported by line number and column, and nothing is imported")
    func rejectsBadLines() {
        let text = """
            patient_id,day,pain,sleep_quality,flare
            \(Self.patient),2025-03-01,4,7,no
            \(Self.patient),2025-02-30,4,,no
            \(Self.patient),2025-03-02,11,7,maybe
            \(Self.patient),2025-03-03,3
            \(Self.patient),2025-03-04,3,,yes

            """
        do {
            _ = try DiaryCSV.read(text)
            Issue.record("expected the import to be rejected")
        } catch {
            guard case .csvRejected(let problems) = error else {
                Issue.record("wrong error \(error)")
                return
            }
            #expect(
                problems == [
                    CSVProblem(line: 3, field: "day", message: "'2025-02-30' is not a date YYYY-MM-DD"),
                    CSVProblem(line: 4, field: "flare", message: "'maybe' is not true/false, 1/0 or yes/no"),
                    CSVProblem(line: 4, field: "pain", message: "must be 0–10, got 11"),
                    CSVProblem(line: 5, field: "", message: "has 3 fields, the header has 5"),
                ])
            #expect(error.description.contains("nothing imported: 4 problems"))
        }
    }

    @Test("with allowPartial the good lines are returned along with the problems")
    func partial() throws {
        let text =
            "patient_id,day,pain\n\(Self.patient),2025-03-01,4\n\(Self.patient),2025-03-02,x\n\(Self.patient),2025-03-03,2\n"
        let imported = try DiaryCSV.read(text, allowPartial: true)
        #expect(imported.records.map(\.pain) == [4, 2])
        #expect(imported.problems == [CSVProblem(line: 3, field: "pain", message: "'x' is not a whole number")])
    }

    @Test("a line for another patient than the one imported into is a problem")
    func otherPatient() throws {
        let text = "patient_id,day,pain\n\(Self.patient),2025-03-01,4\n"
        let imported = try DiaryCSV.read(text, patient: Fixture.uuid(7), allowPartial: true)
        #expect(imported.records.isEmpty)
        #expect(imported.problems.first?.field == "patient_id")
        let withoutColumn = try DiaryCSV.read("day,pain\n2025-03-01,4\n", patient: Fixture.uuid(7))
        #expect(withoutColumn.records.first?.patientID == Fixture.uuid(7))
    }

    @Test("unknown or missing columns are a header error")
    func header() {
        #expect(throws: InteropError.csvHeader(detail: "missing required column pain")) {
            try DiaryCSV.read("patient_id,day\n")
        }
        #expect(throws: InteropError.self) { try DiaryCSV.read("day,pain,mood\n") }
    }

    @Test("a total that disagrees with the answers is reported on its line")
    func totalMismatch() {
        let text = "patient_id,instrument,day,answers,total\n\(Self.patient),gad7,2025-03-01,1=1;2=1;3=1;4=1;5=1;6=1;7=1,8\n"
        #expect(
            throws: InteropError.csvRejected([
                CSVProblem(line: 2, field: "total", message: "'8' does not match the answers, which score 7")
            ])
        ) { try ScoresCSV.read(text) }
    }
}
