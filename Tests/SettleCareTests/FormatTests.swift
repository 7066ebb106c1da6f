import Foundation
import Testing

@testable import SettleCare

private let patientID = UUID(uuidString: "00000000-0000-4000-8000-00000000000A")!

@Suite("Diary and session file formats")
struct FormatTests {
    @Test func csvDiaryLoadsGoodLinesAndReportsBadOnesByLineAndField() throws {
        let text = """
            day,time,pain,activity_minutes,steps,sleep,stress,flare,note
            2025-03-01,08:30,5,30,,6,4,no,"stiff, eased by walking"
            2025-03-02,,11,20,,,,,
            2025-02-30,,4,,,,,,
            2025-03-03,,3,,,12,,yes,
            2025-03-04,,4,,2500,,,maybe,
            """
        let result = try DiaryFormat.parseCSV(text, patientID: patientID)
        #expect(result.items.count == 3)
        #expect(result.items[0].note == "stiff, eased by walking")
        #expect(result.items[0].activityMinutes == 30)
        #expect(result.items[0].recordedAt == result.items[0].day.startDate.addingTimeInterval(8.5 * 3600))
        #expect(result.items[1].sleepQuality == nil)
        #expect(result.items[1].flare == true)
        #expect(result.items[2].steps == 2500)
        #expect(result.items[2].flare == false)
        let problems = result.problems.map { "\($0.line):\($0.field)" }
        #expect(problems == ["3:pain", "4:day", "5:sleep", "6:flare"])
        #expect(result.problems[0].message.contains("0–10"))
    }

    @Test func csvWithoutRequiredColumnIsRejectedWithTheColumnName() {
        #expect(throws: ImportError.self) { try DiaryFormat.parseCSV("day,sleep\n2025-03-01,5\n", patientID: patientID) }
        do {
            _ = try DiaryFormat.parseCSV("day,sleep\n2025-03-01,5\n", patientID: patientID)
        } catch {
            #expect(error.message.contains("'pain'"))
        }
    }

    @Test func csvLineWithWrongFieldCountIsSkippedAndNamed() throws {
        let result = try DiaryFormat.parseCSV("day,pain\n2025-03-01,5\n2025-03-02,4,9\n2025-03-03,6\n", patientID: patientID)
        #expect(result.items.map(\.pain) == [5, 6])
        #expect(result.problems.map(\.line) == [3])
        #expect(result.problems.first?.field == "line")
    }

    @Test func unknownColumnIsReportedOnceAndIgnored() throws {
        let result = try DiaryFormat.parseCSV("day,pain,mood\n2025-03-01,5,good\n", patientID: patientID)
        #expect(result.items.count == 1)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.field == "mood")
        #expect(result.problems.first?.line == 1)
    }

    @Test func jsonDiaryReportsTheLineWhereTheBadItemStarts() throws {
        let text = """
            {"entries": [
              {"day": "2025-03-01", "pain": 5, "activityMinutes": 30, "flare": false},
              {"day": "2025-03-02",
               "pain": "high"},
              {"day": "2025-03-03", "pain": 4, "sleep": 7, "note": "ok"}
            ]}
            """
        let result = try DiaryFormat.parse(text, patientID: patientID)
        #expect(result.items.map(\.pain) == [5, 4])
        #expect(result.items[1].sleepQuality == 7)
        #expect(result.problems.count == 1)
        #expect(result.problems.first?.line == 3)
        #expect(result.problems.first?.field == "pain")
    }

    @Test func notJSONIsAWholeFileError() {
        #expect(throws: ImportError.self) { try DiaryFormat.parseJSON("[{\"day\": ", patientID: patientID) }
    }

    @Test func sessionCSVReadsAllThreeKindsAndNamesBadOnes() throws {
        let text = """
            day,kind,arm,needles,retention_minutes,electro,points,exercise_kind,minutes,prescription,topics,note
            2025-03-03,acupuncture,verum,10,20,no,LI4;ST36,,,,,
            2025-03-04,acupuncture,sham,8,20,,,,,,,
            2025-03-05,exercise,,,,,,graded_exposure,30,walk 15 min,,
            2025-03-07,education,,,,,,,20,,pain as protection;sleep,
            2025-03-08,massage,,,,,,,,,,
            2025-03-09,acupuncture,verum,500,20,,,,,,,
            """
        let result = try SessionFormat.parseCSV(text, patientID: patientID)
        #expect(result.items.count == 5)
        guard case .acupuncture(let a) = result.items[0].treatment else {
            Issue.record("first session should be acupuncture")
            return
        }
        #expect(a.arm == .verum)
        #expect(a.points == ["LI4", "ST36"])
        #expect(a.needleCount == 10)
        guard case .exercise(let e) = result.items[2].treatment else {
            Issue.record("third session should be exercise")
            return
        }
        #expect(e.kind == .gradedExposure)
        #expect(e.minutes == 30)
        guard case .education(let ed) = result.items[3].treatment else {
            Issue.record("fourth session should be education")
            return
        }
        #expect(ed.topics == ["pain as protection", "sleep"])
        #expect(result.problems.map { "\($0.line):\($0.field)" } == ["6:kind", "7:needles"])
    }

    @Test func writtenCSVReadsBackTheSameEntriesAndSessions() throws {
        let patient = SyntheticPatient.make(seed: 3, index: 1, design: .init(days: 40))
        let diary = try DiaryFormat.parseCSV(DiaryFormat.csv(patient.record.diary), patientID: patient.record.patient.id)
        #expect(diary.problems.isEmpty)
        #expect(diary.items.map(\.pain) == patient.record.diary.map(\.pain))
        #expect(diary.items.map(\.activityMinutes) == patient.record.diary.map(\.activityMinutes))
        #expect(diary.items.map(\.day) == patient.record.diary.map(\.day))
        let sessions = try SessionFormat.parseCSV(
            SessionFormat.csv(patient.record.sessions), patientID: patient.record.patient.id)
        #expect(sessions.problems.isEmpty)
        #expect(sessions.items.map(\.treatment) == patient.record.sessions.map(\.treatment))
    }
}
