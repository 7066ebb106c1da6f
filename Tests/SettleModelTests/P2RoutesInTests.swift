import SettleModel
import Testing

/// P2: sensitisation can be entered without a new injury — by repeated flare-ups, prolonged
/// stress, persistent threat, or poor sleep.
@Suite("P2 routes in")
struct P2RoutesInTests {
    enum Route: String, CaseIterable { case flares, stress, threat, sleep }

    func scenario(_ route: Route) -> Scenario {
        var s = Kit.scenario(.recovered)
        switch route {
        case .flares: s.events = stride(from: 10, to: 130, by: 10).map { ScenarioEvent(day: $0, kind: .flare, magnitude: 0.3) }
        case .stress: s.stress = DailySeries(base: 3, segments: [.init(fromDay: 0, toDay: 180, value: 8)])
        case .threat:
            s.events = stride(from: 0, to: 60, by: 3).map { ScenarioEvent(day: $0, kind: .threatAdvice, magnitude: 0.5) }
        case .sleep: s.sleep = DailySeries(base: 7, segments: [.init(fromDay: 0, toDay: 180, value: 3)])
        }
        return s
    }

    /// The parameter that carries each route.
    func withoutRoute(_ route: Route) -> Parameters {
        Kit.perturbed { p in
            switch route {
            case .flares: p.gainFromNociception = 0
            case .stress: p.gainFromStress = 0
            case .threat: p.gainFromThreat = 0
            case .sleep: p.gainFromPoorSleep = 0
            }
        }
    }

    @Test("a neutral year keeps a recovered person recovered")
    func neutralStaysLow() {
        let t = Kit.run(Kit.scenario(.recovered))
        #expect(t.days.map(\.state.sensitivity).max()! < 0.05)
    }

    @Test("each route sensitises a recovered person without injury", arguments: Route.allCases)
    func routeSensitises(_ route: Route) {
        let t = Kit.run(scenario(route))
        #expect(t.days.allSatisfy { $0.input.injury == 0 })
        #expect(t.days[180].state.sensitivity > 0.8, "route \(route.rawValue)")
    }

    @Test("perturbation: removing the route's gain weight removes the sensitisation", arguments: Route.allCases)
    func routeNeedsItsWeight(_ route: Route) {
        let t = Kit.run(scenario(route), withoutRoute(route))
        #expect(t.days[180].state.sensitivity < 0.3, "route \(route.rawValue)")
    }
}
