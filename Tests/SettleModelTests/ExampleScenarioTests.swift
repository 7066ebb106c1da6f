import Foundation
import SettleModel
import Testing

/// The scenario files shipped in Examples/scenarios decode, simulate and tell the story their names promise.
@Suite("Example scenarios")
struct ExampleScenarioTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Examples/scenarios")

    func load(_ name: String) throws -> Trajectory {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        return try Simulator().run(try Scenario.decode(json: data))
    }

    @Test("every example decodes and simulates its whole horizon")
    func allDecode() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".json") }
        #expect(files.count >= 5)
        for f in files {
            let t = try load(f)
            #expect(t.days.count > 0, "\(f)")
            #expect(t.days.allSatisfy { (0...10).contains($0.outcome.pain) }, "\(f)")
        }
    }

    @Test("the injury examples diverge: one resolves, one persists")
    func injuryStories() throws {
        let resolves = try load("injury-resolves.json")
        let persists = try load("injury-persists.json")
        #expect(resolves.meanPain(300..<365) < 2)
        #expect(persists.meanPain(300..<365) > 4)
    }

    @Test("integrated care paced to tolerance has no overload phase worse than baseline")
    func integratedCareNoOverload() throws {
        let t = try load("integrated-care.json")
        let baseline = t.days[0].outcome.pain
        let worst = t.days[28...].map(\.outcome.pain).max() ?? .infinity
        #expect(worst < baseline, "worst pain after the course start \(worst) vs baseline \(baseline)")
        // The graded quota never runs more than a window boost above the day's tolerance.
        let overload = t.days[14...].map { $0.input.plannedLoad / $0.outcome.tolerance }.max() ?? .infinity
        #expect(overload < 1.2)
        #expect(t.meanPain(300..<365) < 2)
    }
}
