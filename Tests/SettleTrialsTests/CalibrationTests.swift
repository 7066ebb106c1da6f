import Foundation
import SettleModel
import Testing

@testable import SettleTrials

@Suite("Calibration targets")
struct CalibrationTests {
    @Test("every target in the copied targets file has a check, with the file's status")
    func targetsCoverTheFile() throws {
        let url = DesignTests.examples.appendingPathComponent("calibration-targets.json")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let entries = try #require(json["targets"] as? [[String: Any]])
        let table = Dictionary(uniqueKeysWithValues: CalibrationTarget.all.map { ($0.id, $0) })
        #expect(entries.count == CalibrationTarget.all.count)
        for entry in entries {
            let id = try #require(entry["id"] as? String)
            let target = try #require(table[id], "no check for \(id)")
            let status = entry["status"] as? String ?? ""
            let approximate = entry["approximate"] as? Bool ?? false
            if approximate { #expect(target.status == .approximate, "\(id)") }
            if status.hasPrefix("recall") { #expect(target.status == .recall, "\(id)") }
            if status.hasPrefix("verified") && !approximate { #expect(target.status == .verified, "\(id)") }
            if let smd = entry["smd"] as? Double { #expect(target.figures[0].value == smd, "\(id)") }
            if let ci = entry["ci"] as? [Double], target.figures.count == 1 {
                #expect(target.figures[0].low == ci[0] && target.figures[0].high == ci[1], "\(id)")
            }
        }
    }

    @Test("only verified targets gate the build")
    func gating() throws {
        let target = try #require(CalibrationTarget.all.first { $0.id == "vickers2018-vs-none" })
        let miss = TargetCheck(target: target, simulated: [5])
        #expect(!miss.passes)
        #expect(!miss.failsBuild)
        var verified = target
        verified.status = .verified
        #expect(TargetCheck(target: verified, simulated: [5]).failsBuild)
        #expect(TargetCheck(target: verified, simulated: [0.5]).loss == 0)
        #expect(abs(TargetCheck(target: verified, simulated: [0.6]).loss - 0.3) < 1e-9)
    }

    @Test("the calibrated defaults reproduce every verified target except the listed known misses")
    func calibrationCheck() throws {
        let evaluation = try Calibration(patients: 400).evaluate(.calibrated)
        for check in evaluation.checks where check.target.status.gates && !KnownMisses.ids.contains(check.target.id) {
            #expect(
                check.passes,
                "\(check.target.id): simulated \(check.simulated) vs \(check.target.figures.map { "\($0.low)…\($0.high)" })")
        }
        #expect(evaluation.regimePenalty == 0)
    }

    @Test("the regime penalty also guards the routes into sensitisation without injury (P2)")
    func routePenalty() {
        #expect(Calibration.regimePenalty(.calibrated) == 0)
        var noStressRoute = Parameters.calibrated
        noStressRoute.gainFromStress = 0
        #expect(Calibration.regimePenalty(noStressRoute) > 5)
        var noSleepRoute = Parameters.calibrated
        noSleepRoute.gainFromPoorSleep = 0
        #expect(Calibration.regimePenalty(noSleepRoute) > 5)
    }

    @Test("the generated parameter source keeps the calibrated-extension shape")
    func source() {
        var p = Parameters()
        p.gainMax = 5.5
        let text = CalibrationReport.calibratedSource(p, freeParameters: ["gainMax", "flareRate"], record: ["test"])
        #expect(text.contains("public static var calibrated: Parameters {"))
        #expect(text.contains("p.gainMax = 5.500000"))
        #expect(!text.contains("p.flareRate"))
    }
}
