import Foundation
import SettleModel
import Testing

@Suite("Scenario files")
struct ScenarioTests {
    @Test("a complete scenario decodes and simulates")
    func decodes() throws {
        let json = """
            {"name": "demo", "horizonDays": 120,
             "person": {"preset": "sensitised", "overrides": {"gainMax": 5}},
             "events": [{"day": 40, "kind": "injury", "magnitude": 0.3}],
             "care": {"acupuncture": {"kind": "verum", "startDay": 14, "sessions": 6, "intervalDays": 7, "needles": 8},
                      "education": {"startDay": 14, "sessions": 3, "intervalDays": 7},
                      "activity": {"kind": "graded", "startDay": 14, "weeklyIncrease": 0.15}},
             "sleep": {"base": 6, "segments": [{"fromDay": 0, "toDay": 10, "value": 4}]},
             "stress": {"base": 4}}
            """
        let s = try Scenario.decode(json: Data(json.utf8))
        #expect(s.horizonDays == 120)
        #expect(try s.parameters().gainMax == 5)
        #expect(s.care.activity.weeklyIncrease == 0.15)
        #expect(s.care.activity.startFraction == 0.8, "defaults fill what the file leaves out")
        let t = try Simulator().run(s)
        #expect(t.days.count == 120)
        #expect(t.days[14].input.verumNeedles == 8)
        #expect(t.days[5].input.sleep == 4)
        #expect(t.days[40].input.injury == 0.3)
    }

    @Test("every problem is reported with its field path, and nothing is simulated")
    func reportsAllProblems() {
        let json = """
            {"horizonDays": 0, "person": {"overrides": {"gainMax": 99, "noSuchThing": 1}},
             "events": [{"day": 5, "kind": "injury", "magnitude": -1}],
             "care": {"activity": {"kind": "graded", "weeklyIncrease": 0.9}},
             "sleep": {"base": 12}}
            """
        #expect {
            try Scenario.decode(json: Data(json.utf8))
        } throws: { error in
            guard let e = error as? ScenarioError else { return false }
            let paths = Set(e.problems.map(\.path))
            return paths.isSuperset(of: [
                "horizonDays", "person.overrides.gainMax", "person.overrides.noSuchThing", "events[0].magnitude",
                "care.activity.weeklyIncrease", "sleep.base",
            ])
        }
    }

    @Test("type errors name the field path")
    func typeErrors() {
        let json = #"{"horizonDays": "a year", "care": {"activity": {"kind": "jog"}}}"#
        #expect {
            try Scenario.decode(json: Data(json.utf8))
        } throws: { error in
            (error as? ScenarioError)?.problems.first?.path == "horizonDays"
        }
        let bad = #"{"care": {"activity": {"kind": "jog"}}}"#
        #expect {
            try Scenario.decode(json: Data(bad.utf8))
        } throws: { error in
            (error as? ScenarioError)?.problems.first?.path == "care.activity.kind"
        }
    }

    @Test("malformed JSON is an error, not a crash")
    func malformed() {
        #expect(throws: ScenarioError.self) { try Scenario.decode(json: Data("{\"name\": ".utf8)) }
    }

    @Test("every parameter appears exactly once in the catalog with a default inside its range")
    func catalogComplete() {
        let entries = ParameterCatalog.entries
        #expect(Set(entries.map(\.name)).count == entries.count)
        let encoded = Mirror(reflecting: Parameters()).children.count
        #expect(entries.count == encoded)
        for e in entries {
            #expect(e.range.contains(Parameters()[keyPath: e.keyPath]), "\(e.name)")
            #expect(e.range.contains(Parameters.calibrated[keyPath: e.keyPath]), "\(e.name) calibrated")
        }
    }

    @Test("parameters round-trip through JSON by name")
    func parametersRoundTrip() throws {
        var p = Parameters()
        p.gainMax = 4.5
        let data = try JSONEncoder().encode(p)
        #expect(try JSONDecoder().decode(Parameters.self, from: data) == p)
    }
}

@Suite("Care plans")
struct CarePlanTests {
    @Test("a graded plan is supervised weekly from its start; education days are care contacts")
    func contacts() throws {
        let scenario = Scenario(
            name: "contacts", horizonDays: 40,
            care: CarePlan(
                education: EducationCourse(startDay: 3, sessions: 2, intervalDays: 10),
                activity: ActivityPlan(kind: .graded, startDay: 14)))
        let inputs = Simulator.scheduledInputs(scenario)
        #expect(inputs.indices.filter { inputs[$0].careContact } == [3, 13, 14, 21, 28, 35])
        let unsupervised = ActivityPlan(kind: .graded, startDay: 14, supervisedEveryDays: 0)
        #expect(!unsupervised.isSupervised(day: 14))
    }

    @Test("graded exposure rises 10 % a week from 80 % of baseline up to its ceiling, and steps back after flares")
    func gradedProgression() {
        var policy = ActivityPolicy(plan: ActivityPlan(kind: .graded, startDay: 0, level: 1, weeklyIncrease: 0.1, ceiling: 1.0))
        let day0 = policy.prescription(day: 0, verumToday: false)
        #expect(abs(day0.load - 0.8) < 1e-12)
        #expect(day0.timeContingent)
        for d in 1..<7 { _ = policy.prescription(day: d, verumToday: false) }
        #expect(abs(policy.prescription(day: 7, verumToday: false).load - 0.88) < 1e-12)
        for d in 8..<60 { _ = policy.prescription(day: d, verumToday: false) }
        #expect(policy.prescription(day: 60, verumToday: false).load <= 1.0 + 1e-12)
        policy.record(day: 60, activity: 1, isFlare: true)
        policy.record(day: 61, activity: 1, isFlare: true)
        #expect(abs(policy.prescription(day: 62, verumToday: false).load - 0.9) < 1e-9)
    }

    @Test("a graded weekly step goes no higher than the last day's load tolerance; a quota above it is held")
    func gradedProgressionPacedToTolerance() {
        #expect(abs(ActivityPolicy.progressed(1.0, weeklyIncrease: 0.1, ceiling: 1.5, tolerance: nil) - 1.1) < 1e-12)
        var policy = ActivityPolicy(plan: ActivityPlan(kind: .graded, startDay: 0, level: 1, weeklyIncrease: 0.1, ceiling: 1.5))
        for d in 0..<7 {
            #expect(abs(policy.prescription(day: d, verumToday: false).load - 0.8) < 1e-12)
            policy.record(day: d, activity: 0.8, isFlare: false, tolerance: 0.85)
        }
        // 0.8 × 1.1 = 0.88 would exceed the tolerance 0.85: the step stops there.
        #expect(abs(policy.prescription(day: 7, verumToday: false).load - 0.85) < 1e-12)
        for d in 7..<14 {
            if d > 7 { _ = policy.prescription(day: d, verumToday: false) }
            policy.record(day: d, activity: 0.85, isFlare: false, tolerance: 0.8)
        }
        // Tolerance fell below the quota: held, not cut.
        #expect(abs(policy.prescription(day: 14, verumToday: false).load - 0.85) < 1e-12)
        for d in 14..<21 {
            if d > 14 { _ = policy.prescription(day: d, verumToday: false) }
            policy.record(day: d, activity: 0.85, isFlare: false, tolerance: 2)
        }
        // Tolerance well above: the full 10 % step.
        #expect(abs(policy.prescription(day: 21, verumToday: false).load - 0.935) < 1e-12)
    }

    @Test("inside the window after a verum session the quota gets its boost")
    func windowBoost() {
        var policy = ActivityPolicy(plan: ActivityPlan(kind: .graded, startDay: 0, level: 1, windowBoost: 0.2, windowDays: 3))
        let session = policy.prescription(day: 0, verumToday: true).load
        let inside = policy.prescription(day: 2, verumToday: false).load
        let outside = policy.prescription(day: 3, verumToday: false).load
        #expect(abs(session - 0.96) < 1e-12)
        #expect(abs(inside - 0.96) < 1e-12)
        #expect(abs(outside - 0.8) < 1e-12)
    }
}
