import Testing

@testable import SettleCharts

@Suite("Nice ticks on the 1-2-5 ladder")
struct NiceTicksTests {
    @Test("pain scale 0–10 with up to 5 intervals steps by 2")
    func painScale() {
        #expect(NiceTicks.ticks(lower: 0, upper: 10, maxCount: 5) == [0, 2, 4, 6, 8, 10])
    }

    @Test("0–1 with up to 5 intervals steps by 0.2 without float noise")
    func fractions() {
        #expect(NiceTicks.ticks(lower: 0, upper: 1, maxCount: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(NiceTicks.ticks(lower: 0, upper: 1, maxCount: 4) == [0, 0.5, 1])
        #expect(NiceTicks.ticks(lower: 0, upper: 0.3, maxCount: 3) == [0, 0.1, 0.2, 0.3])
    }

    @Test("a year of days with up to 6 intervals steps by 100")
    func yearOfDays() {
        #expect(NiceTicks.ticks(lower: 0, upper: 364, maxCount: 6) == [0, 100, 200, 300])
        #expect(NiceTicks.ticks(lower: 0, upper: 364, maxCount: 8) == [0, 50, 100, 150, 200, 250, 300, 350])
    }

    @Test("ticks straddling zero and starting off-grid")
    func negativeAndOffGrid() {
        #expect(NiceTicks.ticks(lower: -3, upper: 7, maxCount: 5) == [-2, 0, 2, 4, 6])
        #expect(NiceTicks.ticks(lower: 2.3, upper: 6.1, maxCount: 5) == [3, 4, 5, 6])
    }

    @Test("step picks the smallest 1-2-5 value at least the raw step")
    func steps() {
        #expect(NiceTicks.step(atLeast: 0.76) == NiceTicks.Step(mantissa: 1, exponent: 0))
        #expect(NiceTicks.step(atLeast: 1) == NiceTicks.Step(mantissa: 1, exponent: 0))
        #expect(NiceTicks.step(atLeast: 3) == NiceTicks.Step(mantissa: 5, exponent: 0))
        #expect(NiceTicks.step(atLeast: 6) == NiceTicks.Step(mantissa: 1, exponent: 1))
        #expect(NiceTicks.step(atLeast: 20) == NiceTicks.Step(mantissa: 2, exponent: 1))
        #expect(NiceTicks.step(atLeast: 0.03) == NiceTicks.Step(mantissa: 5, exponent: -2))
        #expect(NiceTicks.step(atLeast: 0) == nil)
        #expect(NiceTicks.step(atLeast: .nan) == nil)
        #expect(NiceTicks.Step(mantissa: 5, exponent: -2).decimals == 2)
    }

    @Test("nice domain rounds outwards; degenerate ranges are padded")
    func domains() {
        #expect(NiceTicks.niceDomain(lower: 2.3, upper: 6.1, maxCount: 5) == 2...7)
        #expect(NiceTicks.niceDomain(lower: 4, upper: 4, maxCount: 5) == 3...5)
        #expect(NiceTicks.niceDomain(lower: 0, upper: 0, maxCount: 5) == 0...1)
        #expect(NiceTicks.niceDomain(lower: .nan, upper: 3, maxCount: 5) == 0...1)
    }

    @Test("degenerate and invalid inputs never crash")
    func degenerate() {
        #expect(NiceTicks.ticks(lower: 5, upper: 5, maxCount: 5) == [5])
        #expect(NiceTicks.ticks(lower: .nan, upper: 5, maxCount: 5).isEmpty)
        #expect(NiceTicks.ticks(lower: 0, upper: .infinity, maxCount: 5).isEmpty)
        #expect(NiceTicks.ticks(lower: 3, upper: 1, maxCount: 5).isEmpty)
        #expect(NiceTicks.ticks(lower: 0, upper: 10, maxCount: 0) == [0, 10])
        #expect(NiceTicks.ticks(lower: 1e300, upper: 1.0000001e300, maxCount: 5).count <= 6)
    }
}
