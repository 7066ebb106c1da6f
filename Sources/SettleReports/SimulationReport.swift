import SettleCharts
import SettleModel

/// The HTML report of one simulated scenario: pain with session markers and windows, latent
/// states, and an honest explanation.
public struct SimulationReport: Sendable {
    public var trajectory: Trajectory
    public var seed: UInt64?

    public init(trajectory: Trajectory, seed: UInt64?) {
        self.trajectory = trajectory
        self.seed = seed
    }

    /// Window regions: `days` after each verum session.
    static func windows(sessionDays: [Int], days: Int = 3) -> [ShadedRegion] {
        sessionDays.map { ShadedRegion(label: "window after a session", from: Double($0), to: Double($0 + days)) }
    }

    /// Charts and text as an HTML fragment (used inside other pages too).
    public func fragment() -> String {
        let days = trajectory.days
        let sessions = days.filter { $0.input.verumNeedles > 0 }.map(\.day)
        var markers = sessions.map { EventMarker(x: Double($0), kind: "verum acupuncture") }
        markers += days.filter { $0.input.sham }.map { EventMarker(x: Double($0.day), kind: "sham acupuncture") }
        markers += days.filter { $0.input.education > 0 }.map { EventMarker(x: Double($0.day), kind: "education") }
        markers += days.filter { $0.input.injury > 0 }.map { EventMarker(x: Double($0.day), kind: "injury") }
        let painSeries = Series(name: "Pain (0–10)", values: days.map(\.outcome.pain))
        let pain = LineChart(
            id: "pain", title: "Pain, day by day", summary: "Simulated pain for \(trajectory.name).",
            yAxis: .rating(), series: [painSeries], regions: Self.windows(sessionDays: sessions), markers: markers)
        let states = LineChart(
            id: "states", title: "Hidden states of the protective response",
            summary: "Sensitivity, threat and guarding on 0–1; capacity in load units.",
            yAxis: YAxis(label: "Level", range: 0...1.6),
            series: [
                Series(name: "Sensitivity G", values: days.map(\.state.sensitivity)),
                Series(name: "Threat T", values: days.map(\.state.threat)),
                Series(name: "Guarding U", values: days.map(\.state.guarding)),
                Series(name: "Capacity C (load units)", values: days.map(\.state.capacity)),
            ], regions: Self.windows(sessionDays: sessions))
        let activity = LineChart(
            id: "activity", title: "Activity: planned and done", summary: "Load units; 1 = habitual pain-free activity.",
            yAxis: YAxis(label: "Load units", range: 0...2),
            series: [
                Series(name: "Planned", values: days.map(\.input.plannedLoad)),
                Series(name: "Done", values: days.map(\.outcome.activity)),
                Series(name: "Tolerance", values: days.map(\.outcome.tolerance)),
            ])
        let first = trajectory.meanPain(0..<min(14, days.count))
        let last = trajectory.meanPain(max(0, days.count - 28)..<days.count)
        let mode = seed.map { "stochastic (seed \($0))" } ?? "deterministic"
        return """
            <p>\(days.count) days, \(mode). Mean pain in the first two weeks \(fixed(first)),
            in the last four weeks \(fixed(last)). Sensitivity at the end \(fixed(days.last?.state.sensitivity ?? .nan, 2)),
            threat \(fixed(days.last?.state.threat ?? .nan, 2)).</p>
            <figure>\(pain.svg())<figcaption>Shaded: the three days after each verum session, when the model's
            amplification is lowered (the window of opportunity).</figcaption></figure>
            <figure>\(states.svg())</figure>
            <figure>\(activity.svg())</figure>
            """
    }

    /// The whole page.
    public func html() -> String {
        HTMLPage(
            title: "Settle simulation — \(trajectory.name)",
            body: """
                <h1>Simulation: \(htmlEscape(trajectory.name))</h1>
                \(ReportText.decisionSupportNotice)
                \(fragment())
                <h2>How to read this</h2>
                \(ReportText.howTheModelWorks)
                <h2>Evidence</h2>
                \(Evidence.htmlList(Evidence.modelReport))
                """
        ).render()
    }
}

/// Shared report wording.
public enum ReportText {
    public static let decisionSupportNotice = """
        <p class="notice">Model output: an estimate for teaching, research and decision support, not a
        diagnosis or a prediction for any one person. Parameters are population averages with uncertainty
        (see docs/MODEL.md and docs/CALIBRATION.md).</p>
        """

    public static let howTheModelWorks = """
        <p>The model treats persistent pain as an over-protective nervous system. <strong>Sensitivity</strong>
        amplifies signals from the body; it is pushed up by injury, threat, stress and poor sleep, and once high
        it can maintain itself. <strong>Threat</strong> is learned when pain is worse than expected and unlearned
        when planned activity turns out safe, so avoidance keeps it high. <strong>Capacity</strong> grows with the
        load actually done.</p>
        <p>Acupuncture is modelled as a short-lived modulation: for a few days after a session it lowers
        amplification, guarding and arousal. It does not change tissues or capacity and does not numb a new
        injury. Its lasting value in the model comes only from what the person does in that window: more
        activity, safer experiences, lower threat.</p>
        """
}
