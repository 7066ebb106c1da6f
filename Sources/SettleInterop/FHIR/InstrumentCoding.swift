import SettleMeasures

/// How questionnaire scores are coded: LOINC where a code exists for exactly that score,
/// otherwise Settle's local code `instrument.scale` (e.g. `rmdq.total`).
///
/// Only codes listed in the instrument catalog and known to mean that score are used; a code
/// for a different quantity (e.g. a T-score Settle does not compute) is never attached.
public enum InstrumentCoding {
    /// LOINC codes of scores, by instrument id and scale id.
    public static let scoreCodes: [String: [String: String]] = [
        "nrs": ["total": "72514-3"],
        "peg3": ["total": "91147-9"],
        "phq9": ["total": "44261-6"],
        "gad7": ["total": "70274-6"],
    ]

    /// LOINC panel codes, by instrument id: the panel Observation groups the score Observations.
    public static let panelCodes: [String: String] = [
        "peg3": "91148-7",
        "phq9": "44249-1",
        "gad7": "69737-5",
    ]

    /// The codings of a scale's score: LOINC first when it exists, then Settle's local code.
    public static func scoreCodings(instrumentID: String, scaleID: String, scaleName: String) -> [FHIRCoding] {
        var codings: [FHIRCoding] = []
        if let loinc = scoreCodes[instrumentID]?[scaleID] {
            codings.append(FHIRCoding(system: FHIRSystem.loinc, code: loinc, display: nil))
        }
        codings.append(FHIRCoding(system: FHIRSystem.settleCodes, code: "\(instrumentID).\(scaleID)", display: scaleName))
        return codings
    }

    /// The panel coding of an instrument, when LOINC has one.
    public static func panelCoding(instrumentID: String) -> FHIRCoding? {
        panelCodes[instrumentID].map { FHIRCoding(system: FHIRSystem.loinc, code: $0, display: nil) }
    }

    /// The instrument a LOINC panel or score code belongs to.
    public static func instrumentID(forLOINC code: String) -> String? {
        if let match = panelCodes.first(where: { $0.value == code }) { return match.key }
        return scoreCodes.first { $0.value.values.contains(code) }?.key
    }

    /// The instrument a Questionnaire canonical URL names: Settle's own
    /// (`…/Questionnaire/phq9`, optionally `|version`), a LOINC form (`http://loinc.org/q/44249-1`),
    /// or any URL whose last path segment is a catalog id or LOINC panel code.
    public static func instrument(forQuestionnaire canonical: String) -> Instrument? {
        let withoutVersion = canonical.split(separator: "|", maxSplits: 1).first.map(String.init) ?? canonical
        let last = withoutVersion.split(separator: "/").last.map(String.init) ?? withoutVersion
        if let id = instrumentID(forLOINC: last) { return InstrumentCatalog.instrument(id: id) }
        return InstrumentCatalog.instrument(id: last)
    }
}
