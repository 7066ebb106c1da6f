import ArgumentParser
import Foundation
import SettleMeasures
import Testing

@testable import settle

@Suite("settle score")
struct ScoreCommandTests {
    func run(_ arguments: [String]) throws -> String {
        try ScoreCommand.parse(arguments).output()
    }

    func message(_ arguments: [String]) -> String? {
        do {
            _ = try run(arguments)
            return nil
        } catch {
            return String(describing: error)
        }
    }

    func temporaryFile(_ contents: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("settle-score-\(UUID().uuidString).json")
        try Data(contents.utf8).write(to: url)
        return url.path
    }

    @Test("text output gives total, range and band")
    func text() throws {
        let output = try run(["phq9", "--answers", "1,1,1,1,1,1,1,1,0"])
        #expect(output.contains("PHQ-9 total: 8 points (range 0–27) — mild"))
        #expect(output.contains("Licence: publicDomain"))
    }

    @Test("--format json prints a decodable ScoreResult")
    func json() throws {
        let output = try run(["gad7", "--answers", "2,2,2,2,2,0,0", "--format", "json"])
        let result = try JSONDecoder().decode(ScoreResult.self, from: Data(output.utf8))
        #expect(result.instrumentID == "gad7")
        #expect(result.total == 10)
        #expect(result.band == "moderate")
    }

    @Test("a missing ODI section is handled by the manual's rule and shown")
    func missingSection() throws {
        let output = try run(["ODI", "--answers", "2,2,2,2,2,2,1,1,2,-"])
        #expect(output.contains("35.56 %"))
        #expect(output.contains("[missing 10 handled by the manual's rule]"))
    }

    @Test("an unscorable instrument names the missing items")
    func notScored() throws {
        let output = try run(["phq9", "--answers", "1,1,,1,1,1,1,1,0"])
        #expect(output.contains("not scored: missing item(s) 3"))
        #expect(output.contains("Missing items: 3"))
    }

    @Test("STarT Back prints the risk group")
    func startBack() throws {
        let output = try run(["startback", "--answers", "0,0,0,0,1,1,1,1,0"])
        #expect(output.contains("High risk (psychosocial ≥ 4)"))
    }

    @Test("--list shows every instrument with licence status")
    func list() throws {
        let output = try run(["--list"])
        for inst in InstrumentCatalog.all { #expect(output.contains(inst.id)) }
        let odi = try #require(output.split(separator: "\n").first { $0.hasPrefix("odi ") })
        #expect(odi.contains("licensed"))
        #expect(odi.contains("none"))
        let phq9 = try #require(output.split(separator: "\n").first { $0.hasPrefix("phq9 ") })
        #expect(phq9.contains("shipped"))
        let entries = try JSONDecoder().decode(
            [ScoreOutput.ListEntry].self, from: Data(run(["--list", "--format", "json"]).utf8))
        #expect(entries.count == InstrumentCatalog.all.count)
    }

    @Test("JSON answer files: keyed by item id or ordered")
    func jsonFiles() throws {
        let keyed = try temporaryFile(#"{"1": 2, "2": 1, "3": null}"#)
        let partial = try run(["phq4", "--json", keyed])
        #expect(partial.contains("Anxiety (GAD-2, items 1–2): 3 points"))
        #expect(partial.contains("Anxiety subscale ≥ 3"))
        let ordered = try temporaryFile("[3, 3, 0, 0]")
        #expect(try run(["phq4", "--json", ordered, "--format", "json"]).contains(#""total" : 6"#))
        let bad = try temporaryFile(#"{"1": "two"}"#)
        #expect(message(["phq4", "--json", bad])?.contains("expected a JSON object of item id") == true)
        #expect(message(["phq4", "--json", "/nonexistent/answers.json"])?.contains("cannot read answers file") == true)
    }

    @Test("errors name the item and the allowed values")
    func errors() {
        #expect(
            message(["phq9", "--answers", "0,0,4,0,0,0,0,0,0"])
                == "phq9 item 3: answer 4 is not allowed; allowed values are 0–3")
        #expect(message(["phq9", "--answers", "0,x,0"])?.contains("answer 2 ('x') is not a whole number") == true)
        #expect(message(["phq9", "--answers", "0,0,0"]) == "phq9: expected 9 to 10 answers in item order, got 3")
        #expect(message(["nope", "--answers", "1"])?.contains("unknown instrument 'nope'") == true)
        #expect(message(["gad7", "--json", "a.json", "--answers", "1"]) != nil)
        #expect(message(["gad7"]) != nil)
    }

    @Test("the example answer files score as Examples/answers/README.md says")
    func examples() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Examples/answers")
        func result(_ instrument: String, _ file: String) throws -> ScoreResult {
            let output = try run([instrument, "--json", root.appendingPathComponent(file).path, "--format", "json"])
            return try JSONDecoder().decode(ScoreResult.self, from: Data(output.utf8))
        }
        let phq9 = try result("phq9", "phq9.json")
        #expect(phq9.total == 10)
        #expect(phq9.band == "moderate")
        let odi = try result("odi", "odi-one-section-missing.json")
        #expect(abs((odi.total ?? 0) - 16.0 / 45.0 * 100) < 1e-9)
        #expect(try result("startback", "startback-high-risk.json").hasFlag("risk.high"))
        let bpi = try result("bpi-sf", "bpi-sf.json")
        #expect(bpi.total == 5)
        #expect(bpi.scale("interference")?.value == 5)
    }

    @Test("the built binary scores from a real process")
    func subprocess() throws {
        let binary = try #require(Self.settleBinary(), "settle binary not found next to the test bundle")
        let (status, output, errors) = try Self.launch(
            binary, ["score", "gad7", "--answers", "3,3,3,3,3,3,3", "--format", "json"])
        #expect(status == 0)
        let result = try JSONDecoder().decode(ScoreResult.self, from: Data(output.utf8))
        #expect(result.total == 21)
        #expect(result.band == "severe")
        #expect(errors.isEmpty)
        let (badStatus, _, badErrors) = try Self.launch(binary, ["score", "gad7", "--answers", "3,3,3,3,3,3,9"])
        #expect(badStatus != 0)
        #expect(badErrors.contains("gad7 item 7: answer 9 is not allowed; allowed values are 0–3"))
    }

    static func settleBinary() -> URL? {
        var candidates: [URL] = []
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        candidates.append(exe.deletingLastPathComponent())
        candidates.append(Bundle.main.bundleURL.deletingLastPathComponent())
        if let first = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for directory in candidates {
            var current = directory
            for _ in 0..<4 {
                let binary = current.appendingPathComponent("settle")
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: binary.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return binary
                }
                current = current.deletingLastPathComponent()
            }
        }
        return nil
    }

    static func launch(_ binary: URL, _ arguments: [String]) throws -> (Int32, String, String) {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}
