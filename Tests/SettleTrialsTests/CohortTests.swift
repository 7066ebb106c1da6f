import SettleModel
import Testing

@testable import SettleTrials

@Suite("Cohorts")
struct CohortTests {
    let sampler: CohortSampler

    init() throws {
        sampler = try CohortSampler(condition: .chronicLowBackNeck, population: Parameters())
    }

    @Test("the same stream gives the same person")
    func reproducible() {
        var a = RandomStream(seed: 42, stream: 7)
        var b = RandomStream(seed: 42, stream: 7)
        #expect(sampler.draw(&a) == sampler.draw(&b))
        var c = RandomStream(seed: 42, stream: 8)
        var d = RandomStream(seed: 42, stream: 7)
        #expect(sampler.draw(&c).parameters != sampler.draw(&d).parameters)
    }

    @Test("every drawn parameter stays inside its catalogued range")
    func withinRanges() {
        for i in 0..<300 {
            var s = RandomStream(seed: 3, stream: UInt64(i))
            let p = sampler.draw(&s).parameters
            for info in ParameterCatalog.entries {
                #expect(info.range.contains(p[keyPath: info.keyPath]), "\(info.name) = \(p[keyPath: info.keyPath])")
            }
        }
    }

    @Test("parameters loading on the vulnerability factor are positively correlated")
    func correlated() {
        var xs: [Double] = [], ys: [Double] = [], zs: [Double] = []
        for i in 0..<2000 {
            var s = RandomStream(seed: 11, stream: UInt64(i))
            let p = sampler.draw(&s).parameters
            xs.append(p.gainBaseline)
            ys.append(p.threatLearning)
            zs.append(p.gainMax)
        }
        func corr(_ a: [Double], _ b: [Double]) -> Double {
            let ma = a.reduce(0, +) / Double(a.count), mb = b.reduce(0, +) / Double(b.count)
            var sab = 0.0, saa = 0.0, sbb = 0.0
            for (x, y) in zip(a, b) {
                sab += (x - ma) * (y - mb)
                saa += (x - ma) * (x - ma)
                sbb += (y - mb) * (y - mb)
            }
            return sab / (saa * sbb).squareRoot()
        }
        // Loadings 0.7 and 0.5 give a latent correlation of 0.35; gainMax is independent.
        #expect(corr(xs, ys) > 0.2)
        #expect(abs(corr(xs, zs)) < 0.08)
    }

    @Test("a condition naming an unknown parameter is rejected with its path")
    func unknownParameter() {
        var c = Condition.osteoarthritis
        c.variations.append(ParameterVariation("notAParameter", .logNormal, spread: 0.2))
        c.centre["gainMax"] = 50
        #expect(throws: TrialDesignError.self) { try CohortSampler(condition: c) }
        do {
            _ = try CohortSampler(condition: c)
        } catch {
            let paths = error.problems.map(\.path)
            #expect(paths.contains("cohort.variations[\(c.variations.count - 1)].name"))
            #expect(paths.contains("cohort.centre.gainMax"))
        }
    }

    @Test("condition presets differ where they should: osteoarthritis has more resting drive")
    func presets() throws {
        let oa = try CohortSampler(condition: .osteoarthritis, population: Parameters())
        #expect(oa.centre.nociceptiveFloor > sampler.centre.nociceptiveFloor)
        let headache = try CohortSampler(condition: .chronicHeadache, population: Parameters())
        #expect(headache.centre.flareRate > sampler.centre.flareRate)
        #expect(Set(Condition.presets.map(\.id)).count == Condition.presets.count)
    }
}
