import Foundation
import SettleModel
import Testing

@testable import SettleTrials

@Suite("Trial designs")
struct DesignTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/trials").standardized

    @Test("every built-in design is valid and survives a JSON round trip")
    func roundTrip() throws {
        for design in TrialDesign.presets {
            try design.validate()
            let decoded = try TrialDesign.decode(json: design.encodedJSON())
            #expect(decoded == design, "\(design.name)")
        }
    }

    @Test("the shipped example files are the built-in designs")
    func examplesMatchPresets() throws {
        for design in TrialDesign.presets {
            let url = Self.examples.appendingPathComponent("\(design.name).json")
            let data = try Data(contentsOf: url)
            #expect(
                try TrialDesign.decode(json: data) == design, "\(url.path) is stale: regenerate with settle trial --export-design"
            )
        }
    }

    @Test("the Vickers back/neck design enrols as its usual-care trials did; the other Vickers designs keep the generic entry")
    func backNeckEntry() {
        let entry = TrialDesign.vickersBackNeck.entry
        #expect(entry.historyDays == 180)
        #expect(entry.minimumBaselinePain == nil)
        #expect(entry.minimumHistoryPain == 3)
        #expect(TrialDesign.vickersOsteoarthritis.entry == TrialDesign.chronicEntry)
        #expect(TrialDesign.vickersHeadache.entry == TrialDesign.chronicEntry)
        #expect(TrialDesign.macphersonPersistence.entry == TrialDesign.chronicEntry)
    }

    @Test("range problems are all reported, each with its field path")
    func rangeProblems() {
        var d = TrialDesign.vickersBackNeck
        d.arms[2].acupuncture?.sessions = 0
        d.followUpDays = [0, 70, 30]
        d.cohort = CohortSpec(condition: "fibromyalgia")
        d.comparisons = [Comparison(arm: "verum", comparator: "placebo-pill")]
        do {
            try d.validate()
            Issue.record("an invalid design passed validation")
        } catch {
            let paths = error.problems.map(\.path)
            #expect(paths.contains("arms[2].acupuncture.sessions"))
            #expect(paths.contains("followUpDays[2]"))
            #expect(paths.contains("cohort.condition"))
            #expect(paths.contains("comparisons[0].comparator"))
        }
    }

    @Test("type errors and missing fields name the path; malformed JSON is an error, not a crash")
    func decodingErrors() {
        let wrongType = Data(
            #"{"name":"x","cohort":{"condition":"osteoarthritis"},"arms":[{"name":"a","acupuncture":{"kind":"verum","sessions":"ten","weeks":10,"needles":8}}],"followUpDays":[0]}"#
                .utf8)
        #expect { try TrialDesign.decode(json: wrongType) } throws: { error in
            (error as? TrialDesignError)?.problems.first?.path == "arms[0].acupuncture.sessions"
        }
        let missing = Data(#"{"name":"x","arms":[],"followUpDays":[0]}"#.utf8)
        #expect { try TrialDesign.decode(json: missing) } throws: { error in
            (error as? TrialDesignError)?.problems.first?.path == "cohort"
        }
        #expect(throws: TrialDesignError.self) { try TrialDesign.decode(json: Data("{ not json".utf8)) }
    }

    @Test("sessions are spread evenly over the course")
    func schedule() {
        #expect(ArmAcupuncture(kind: .verum, sessions: 10, weeks: 10).days == [0, 7, 14, 21, 28, 35, 42, 49, 56, 63])
        #expect(ArmAcupuncture(kind: .verum, sessions: 6, weeks: 12).days == [0, 14, 28, 42, 56, 70])
        #expect(ArmEducation(sessions: 2, weeks: 2, boosterDays: [182]).days == [0, 7, 182])
    }
}
