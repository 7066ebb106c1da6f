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
}
