import SettleModel
import Testing

/// P5–P8: what acupuncture does and does not do in the model.
@Suite("P5–P8 needling")
struct P5toP8NeedlingTests {
    static let session = ScenarioEvent(day: 30, kind: .verum, needles: 10)

    // MARK: P5 modulates, does not numb

    @Test("P5: a session lowers effective gain for days, then the effect fades")
    func lowersAmplificationForDays() {
        let control = Kit.run(Kit.scenario(.sensitised, days: 70, hold: true))
        let needled = Kit.run(Kit.scenario(.sensitised, days: 70, events: [Self.session], hold: true))
        let drop1 = 1 - needled.days[31].outcome.effectiveGain / control.days[31].outcome.effectiveGain
        let drop3 = 1 - needled.days[33].outcome.effectiveGain / control.days[33].outcome.effectiveGain
        let drop30 = 1 - needled.days[60].outcome.effectiveGain / control.days[60].outcome.effectiveGain
        #expect(drop1 > 0.15)
        #expect(drop3 > 0.08 && drop3 < drop1)
        #expect(abs(drop30) < 0.02)
    }

    @Test("P5: pain from a genuine new injury during the window is present and proportional")
    func notNumbed() {
        func increment(needled: Bool, injury: Double) -> Double {
            var events = [ScenarioEvent(day: 31, kind: .injury, magnitude: injury)]
            if needled { events.append(Self.session) }
            let hurt = Kit.run(Kit.scenario(.sensitised, days: 33, events: events, hold: true))
            let calm = Kit.run(Kit.scenario(.sensitised, days: 33, events: needled ? [Self.session] : [], hold: true))
            return hurt.days[31].outcome.pain - calm.days[31].outcome.pain
        }
        let small = increment(needled: true, injury: 0.1)
        let large = increment(needled: true, injury: 0.3)
        let smallControl = increment(needled: false, injury: 0.1)
        #expect(small > 0.5, "a new injury still hurts inside the window")
        #expect(small > 0.6 * smallControl, "most of the response remains")
        #expect(large > small + 0.5, "a bigger injury hurts more")
        // Proportionality: the needled response keeps the shape of the un-needled one.
        let largeControl = increment(needled: false, injury: 0.3)
        #expect(abs(large / small - largeControl / smallControl) < 0.35)
    }

    @Test("P5 perturbation: with no gain reduction the window disappears")
    func noGainReductionNoWindow() {
        let p = Kit.perturbed { $0.needlingGainReduction = 0 }
        let control = Kit.run(Kit.scenario(.sensitised, days: 40, hold: true), p)
        let needled = Kit.run(Kit.scenario(.sensitised, days: 40, events: [Self.session], hold: true), p)
        let drop = 1 - needled.days[31].outcome.effectiveGain / control.days[31].outcome.effectiveGain
        #expect(abs(drop) < 0.02)
    }

    // MARK: P6 no structural fix

    @Test("P6: with behaviour held, a full course leaves tissue, capacity and fatigue untouched")
    func noStructuralChange() {
        let course = CarePlan(acupuncture: AcupunctureCourse(startDay: 14, sessions: 10, intervalDays: 7))
        let control = Kit.run(Kit.scenario(.sensitised, days: 120, hold: true))
        let treated = Kit.run(Kit.scenario(.sensitised, days: 120, care: course, hold: true))
        for d in 0..<120 {
            #expect(treated.days[d].state.capacity == control.days[d].state.capacity)
            #expect(treated.days[d].state.fatigue == control.days[d].state.fatigue)
            #expect(treated.days[d].state.nociception == control.days[d].state.nociception)
        }
        #expect(treated.meanPain(14..<84) < control.meanPain(14..<84) - 0.3, "yet pain is lower during the course")
    }

    @Test("P6 contrast: when behaviour is free, capacity changes only through what the person does")
    func capacityChangesThroughBehaviour() {
        let course = CarePlan(acupuncture: AcupunctureCourse(startDay: 14, sessions: 10, intervalDays: 7))
        let control = Kit.run(Kit.scenario(.sensitised, days: 120))
        let treated = Kit.run(Kit.scenario(.sensitised, days: 120, care: course))
        let moreActivity = treated.mean(14..<84) { $0.outcome.activity } - control.mean(14..<84) { $0.outcome.activity }
        let moreCapacity = treated.days[84].state.capacity - control.days[84].state.capacity
        #expect(moreActivity > 0)
        #expect(moreCapacity > 0)
    }

    // MARK: P7 window of opportunity

    func gradedExposure(needling: Bool, _ p: Parameters) -> Trajectory {
        var plan = Strategy.exerciseAlone.carePlan()
        plan.activity.windowBoost = 0.15
        if needling { plan.acupuncture = AcupunctureCourse(startDay: 14, sessions: 10, intervalDays: 7) }
        return Kit.run(Kit.scenario(.sensitised, days: 120, care: plan), p)
    }

    @Test("P7: after a session the same activity hurts less")
    func sameActivityLessPain() {
        let control = Kit.run(Kit.scenario(.sensitised, days: 40, hold: true))
        let needled = Kit.run(Kit.scenario(.sensitised, days: 40, events: [Self.session], hold: true))
        #expect(needled.days[31].outcome.activity == control.days[31].outcome.activity)
        #expect(needled.days[31].outcome.pain < control.days[31].outcome.pain - 0.8)
    }

    /// Advantage of needling for a person doing graded exposure with window boosts:
    /// (capacity gained, threat lost) at week 12.
    func windowAdvantage(_ p: Parameters) -> (capacity: Double, threat: Double) {
        let with = gradedExposure(needling: true, p)
        let without = gradedExposure(needling: false, p)
        return (
            with.days[84].state.capacity - without.days[84].state.capacity,
            without.days[84].state.threat - with.days[84].state.threat
        )
    }

    @Test("P7: using the window for graded exposure builds capacity and lowers threat faster")
    func windowUsedWell() {
        let advantage = windowAdvantage(.calibrated)
        #expect(advantage.capacity > 0.02)
        #expect(advantage.threat > 0.01)
    }

    @Test("P7 perturbation: with no specific or non-specific needling effect most of the advantage is gone")
    func noWindowNoAdvantage() {
        let p = Kit.perturbed {
            $0.needlingGainReduction = 0
            $0.needlingGuardingReduction = 0
            $0.needlingArousalReduction = 0
            $0.expectationJump = 0
        }
        // What is left comes only from the plan's extra load on session days.
        #expect(windowAdvantage(p).threat < 0.5 * windowAdvantage(.calibrated).threat)
    }

    // MARK: P8 not alone

    func courseWithBehaviourHeld(_ p: Parameters) -> (treated: Trajectory, control: Trajectory) {
        let course = CarePlan(acupuncture: AcupunctureCourse(startDay: 14, sessions: 10, intervalDays: 7))
        return (
            Kit.run(Kit.scenario(.sensitised, days: 365, care: course, hold: true), p),
            Kit.run(Kit.scenario(.sensitised, days: 365, hold: true), p)
        )
    }

    @Test("P8: with behaviour held, relief at the end of the course fades towards baseline")
    func reliefFades() {
        let (treated, control) = courseWithBehaviourHeld(.calibrated)
        let endOfCourse = control.meanPain(77..<84) - treated.meanPain(77..<84)
        let sixMonthsLater = control.meanPain(260..<280) - treated.meanPain(260..<280)
        #expect(endOfCourse > 0.5)
        #expect(sixMonthsLater < 0.1 * endOfCourse)
    }

    @Test("P8 perturbation: a needling trace that never decays would not fade")
    func nonDecayingTraceWouldPersist() {
        let (treated, control) = courseWithBehaviourHeld(
            Kit.perturbed {
                $0.needlingTime = 14
                $0.expectationTime = 21
            })
        let (t2, c2) = courseWithBehaviourHeld(.calibrated)
        // Longer traces keep more relief a month after the course than the calibrated ones.
        let slow = control.meanPain(90..<100) - treated.meanPain(90..<100)
        let fast = c2.meanPain(90..<100) - t2.meanPain(90..<100)
        #expect(slow > fast + 0.1)
    }
}
