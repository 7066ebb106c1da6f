/// What MacPherson 2017's two persistence figures imply for the comparison they do not report —
/// sham against usual care — and what the model gives for it.
///
/// Effects against usual care split, approximately, into the effect against sham plus sham's
/// effect against usual care (exactly for mean differences; for SMDs when the arms' SDs are
/// alike). With end-of-course SMDs e_U (verum vs usual care) and e_S (verum vs sham) and the
/// persistence ratios r_U and r_S (SMD at 12 months / SMD at the end of the course), sham vs usual
/// care is e_U − e_S at the end of the course and e_U·r_U − e_S·r_S at 12 months, so its own
/// ratio is (e_U·r_U − e_S·r_S) / (e_U − e_S). Pure arithmetic: no I/O.
public struct PersistenceDecomposition: Sendable, Equatable {
    /// The persistence ratios the decomposition was read at: verum vs usual care (r_U) and verum
    /// vs sham (r_S), each SMD at 12 months / SMD at the end of the course.
    public var ratioVsNone: Double
    public var ratioVsSham: Double
    /// Sham vs usual care at the end of the course (SMD).
    public var shamEnd: Double
    /// Sham vs usual care at 12 months (SMD).
    public var shamLate: Double
    /// shamLate / shamEnd: the share of sham's end-of-course advantage over usual care that is
    /// still there at 12 months (1 = kept in full; above 1 = grown).
    public var shamRatio: Double { shamLate / shamEnd }

    /// The decomposition of effects e_U (verum vs usual care) and e_S (verum vs sham) at the end of
    /// the course with persistence ratios r_U and r_S.
    public init(endVsNone: Double, endVsSham: Double, ratioVsNone: Double, ratioVsSham: Double) {
        self.ratioVsNone = ratioVsNone
        self.ratioVsSham = ratioVsSham
        shamEnd = endVsNone - endVsSham
        shamLate = endVsNone * ratioVsNone - endVsSham * ratioVsSham
    }

    /// The end-of-course SMDs MacPherson 2017's per-3-month declines were read against (the
    /// intervals of the two `macpherson2017-persistence-*` targets are derived from them):
    /// ≈ 0.5 against no-acupuncture controls and ≈ 0.2 against sham.
    public static let macphersonEndOfCourse = (vsNone: 0.5, vsSham: 0.2)

    /// The published reading and the range its two intervals allow.
    public struct Published: Sendable, Equatable {
        /// At the published central ratios.
        public var central: PersistenceDecomposition
        /// The smallest sham-vs-usual-care ratio inside both intervals (ratio vs none at its
        /// lowest, ratio vs sham at its highest).
        public var lowest: PersistenceDecomposition
        /// The largest (ratio vs none at its highest, ratio vs sham at its lowest).
        public var highest: PersistenceDecomposition
    }

    /// The decomposition of the two MacPherson 2017 targets in `targets`, nil when either is
    /// missing.
    public static func published(_ targets: [CalibrationTarget]) -> Published? {
        guard let none = targets.first(where: { $0.id == "macpherson2017-persistence-vs-none" })?.figures.first,
            let sham = targets.first(where: { $0.id == "macpherson2017-persistence-vs-sham" })?.figures.first
        else { return nil }
        let e = macphersonEndOfCourse
        func at(_ rU: Double, _ rS: Double) -> PersistenceDecomposition {
            PersistenceDecomposition(endVsNone: e.vsNone, endVsSham: e.vsSham, ratioVsNone: rU, ratioVsSham: rS)
        }
        return Published(
            central: at(none.value, sham.value), lowest: at(none.low, sham.high), highest: at(none.high, sham.low))
    }

    /// Sham vs usual care as a simulated trial gives it between two follow-ups.
    public struct Simulated: Sendable, Equatable {
        /// SMD sham vs usual care at the early and late follow-up.
        public var smdEnd: Double
        public var smdLate: Double
        /// Mean difference (points, usual care − sham) at the early and late follow-up.
        public var mdEnd: Double
        public var mdLate: Double
        /// Ratio of the verum-vs-usual-care mean differences, late / early: the persistence ratio
        /// read on a scale that stays the same over time (a fixed SD) instead of each follow-up's
        /// own between-person SD.
        public var verumMDRatio: Double
        /// Ratio of the verum-vs-usual-care SMDs, late / early (the target's reading).
        public var verumSMDRatio: Double
        public var smdRatio: Double { smdLate / smdEnd }
        public var mdRatio: Double { mdLate / mdEnd }
    }

    /// Reads sham and verum against usual care at days `early` and `late` of a trial with arms
    /// named "verum", "sham" and "usual-care"; nil when an arm or a day is missing.
    public static func simulated(_ r: TrialResult, early: Int = 84, late: Int = 365) -> Simulated? {
        guard let sE = r.effect(arm: "sham", comparator: "usual-care", day: early, outcome: .pain),
            let sL = r.effect(arm: "sham", comparator: "usual-care", day: late, outcome: .pain),
            let vE = r.effect(arm: "verum", comparator: "usual-care", day: early, outcome: .pain),
            let vL = r.effect(arm: "verum", comparator: "usual-care", day: late, outcome: .pain)
        else { return nil }
        return Simulated(
            smdEnd: sE.smd, smdLate: sL.smd, mdEnd: sE.meanDifference, mdLate: sL.meanDifference,
            verumMDRatio: vL.meanDifference / vE.meanDifference, verumSMDRatio: vL.smd / vE.smd)
    }
}
