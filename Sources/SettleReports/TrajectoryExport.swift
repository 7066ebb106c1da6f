import SettleModel

/// CSV export of a trajectory: one row per day, every input, output and latent state.
public enum TrajectoryCSV {
    public static let header =
        "day,pain,pain_rating,activity_minutes,planned_load,activity_load,tolerance,effective_gain,disability,fear_of_movement,flare,verum_needles,sham,education,sleep,stress,injury,nociception,sensitivity,threat,guarding,capacity,fatigue,needling,expectation,understanding,usual_pain"

    public static func csv(_ t: Trajectory) -> String {
        var lines = [header]
        lines.reserveCapacity(t.days.count + 1)
        for d in t.days {
            let o = d.outcome
            let s = d.state
            let i = d.input
            let cols: [String] = [
                String(d.day), fixed(o.pain, 3), String(o.painRating), fixed(o.activityMinutes, 1), fixed(i.plannedLoad, 3),
                fixed(o.activity, 3), fixed(o.tolerance, 3), fixed(o.effectiveGain, 3), fixed(o.disability, 2),
                fixed(o.fearOfMovement, 1), o.isFlare ? "1" : "0", fixed(i.verumNeedles, 0), i.sham ? "1" : "0",
                fixed(i.education, 1), fixed(i.sleep, 1), fixed(i.stress, 1), fixed(i.injury, 3), fixed(s.nociception, 4),
                fixed(s.sensitivity, 4), fixed(s.threat, 4), fixed(s.guarding, 4), fixed(s.capacity, 4), fixed(s.fatigue, 4),
                fixed(s.needling, 4), fixed(s.expectation, 4), fixed(s.understanding, 4), fixed(s.usualPain, 3),
            ]
            lines.append(cols.joined(separator: ","))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Markdown table of every model parameter (docs/MODEL.md).
public enum ParameterTable {
    public static func markdown(_ p: Parameters = .calibrated) -> String {
        var lines = [
            "| name | symbol | meaning | unit | value | range | source |", "|---|---|---|---|---|---|---|",
        ]
        for e in ParameterCatalog.entries {
            let range = "\(trim(e.range.lowerBound))–\(trim(e.range.upperBound))"
            lines.append(
                "| `\(e.name)` | \(e.symbol) | \(e.meaning) | \(e.unit) | \(trim(p[keyPath: e.keyPath])) | \(range) | \(e.source.text) |"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func trim(_ x: Double) -> String {
        var s = fixed(x, 4)
        while s.contains("."), s.hasSuffix("0") { s.removeLast() }
        if s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
