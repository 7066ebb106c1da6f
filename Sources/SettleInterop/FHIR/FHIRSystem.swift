/// Code systems, identifier systems and extension URLs used in Settle's FHIR R4 documents.
///
/// Settle's own systems live under ``settle`` (`https://settle.example.org/fhir`). That base is a
/// stable namespace for Settle's local codes, not a server that answers requests.
public enum FHIRSystem {
    public static let loinc = "http://loinc.org"
    public static let snomed = "http://snomed.info/sct"
    public static let ucum = "http://unitsofmeasure.org"
    public static let observationCategory = "http://terminology.hl7.org/CodeSystem/observation-category"
    /// HL7 v3 ActReason, whose code `HTEST` marks test (here: synthetic) health data.
    public static let actReason = "http://terminology.hl7.org/CodeSystem/v3-ActReason"
    /// RFC 3986 identifiers: values are `urn:uuid:…`.
    public static let uri = "urn:ietf:rfc:3986"

    /// Base of Settle's own namespace.
    public static let settle = "https://settle.example.org/fhir"
    /// Settle's local codes (diary items without a LOINC code, session kinds, plan kinds, scales).
    public static let settleCodes = settle + "/CodeSystem/settle"
    /// Identifier system of Settle patient ids (UUIDs).
    public static let patientID = settle + "/identifier/patient"
    /// Identifier system of Settle user (clinician) ids.
    public static let userID = settle + "/identifier/user"
    /// Identifier system that marks patients made by the model (synthetic, no real person).
    public static let syntheticPatient = settle + "/identifier/synthetic-patient"
    /// Canonical URL of the Questionnaire for instrument `id`.
    public static func questionnaire(_ id: String) -> String { settle + "/Questionnaire/" + id }
    /// URL of a Settle extension named `name`.
    public static func extensionURL(_ name: String) -> String { settle + "/StructureDefinition/" + name }
}

/// The extension names Settle writes (see ``FHIRSystem/extensionURL(_:)``).
enum SettleExtension {
    static let registeredAt = "registered-at"
    static let responsibleClinician = "responsible-clinician"
    static let instrumentVersion = "instrument-version"
    static let instrumentVariant = "instrument-variant"
    static let administrationDay = "administration-day"
    static let needlingArm = "needling-arm"
    static let acupoint = "acupoint"
    static let needleCount = "needle-count"
    static let retentionMinutes = "retention-minutes"
    static let electro = "electro-acupuncture"
    static let deQi = "de-qi"
    static let prescription = "prescription"
    static let minutes = "minutes"
    static let topic = "education-topic"
    static let weeklyQuota = "weekly-quota-minutes"
    static let increasePercent = "increase-percent"
    static let everyDays = "increase-every-days"
    static let holdOnFlare = "hold-on-flare"
    static let ceiling = "ceiling-minutes"
}

/// The codes Settle uses for diary items, sessions and plans.
public enum SettleCode {
    /// LOINC 72514-3: pain severity 0–10 verbal numeric rating, reported.
    public static let painSeverity = FHIRCoding(
        system: FHIRSystem.loinc, code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported")
    /// LOINC 55411-3: exercise duration.
    public static let exerciseDuration = FHIRCoding(system: FHIRSystem.loinc, code: "55411-3", display: "Exercise duration")
    /// LOINC 41950-7: number of steps in 24 hours.
    public static let steps = FHIRCoding(
        system: FHIRSystem.loinc, code: "41950-7", display: "Number of steps in 24 hour Measured")
    /// Settle: sleep quality last night, 0 (worst) – 10 (best); no LOINC code for this rating.
    public static let sleepQuality = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "sleep-quality", display: "Sleep quality last night (0 worst - 10 best)")
    /// Settle: stress today, 0 (none) – 10 (extreme).
    public static let stress = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "stress", display: "Stress level today (0 none - 10 extreme)")
    /// Settle: the patient marked the day as a flare-up.
    public static let flare = FHIRCoding(system: FHIRSystem.settleCodes, code: "flare-up", display: "Flare-up day")
    /// SNOMED CT 44868003: acupuncture.
    public static let acupuncture = FHIRCoding(system: FHIRSystem.snomed, code: "44868003", display: "Acupuncture")
    /// Settle: sham (placebo-control) needling; deliberately not coded as acupuncture.
    public static let shamAcupuncture = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "sham-acupuncture", display: "Sham acupuncture (placebo control)")
    /// Settle: supervised or prescribed exercise.
    public static let exercise = FHIRCoding(system: FHIRSystem.settleCodes, code: "exercise", display: "Exercise session")
    /// Settle: graded exposure to a feared or avoided activity.
    public static let gradedExposure = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "graded-exposure", display: "Graded exposure session")
    /// Settle: pain education.
    public static let painEducation = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "pain-education", display: "Pain education")
    /// Settle: the graded-activity (exposure) plan.
    public static let gradedActivityPlan = FHIRCoding(
        system: FHIRSystem.settleCodes, code: "graded-activity-plan", display: "Graded activity plan")
    /// The observation category `survey`.
    public static let survey = FHIRCoding(system: FHIRSystem.observationCategory, code: "survey", display: "Survey")
    /// HL7 `HTEST`: test health data (used for synthetic patients).
    public static let testData = FHIRCoding(system: FHIRSystem.actReason, code: "HTEST", display: "test health data")
}

/// One FHIR Coding: system, code and display text.
public struct FHIRCoding: Sendable, Hashable {
    public var system: String
    public var code: String
    /// Display text; nil when Settle does not know the code system's exact display.
    public var display: String?

    public init(system: String, code: String, display: String?) {
        self.system = system
        self.code = code
        self.display = display
    }

    /// The coding as FHIR JSON.
    public var json: JSONValue {
        var members: [String: JSONValue] = ["system": .string(system), "code": .string(code)]
        if let display { members["display"] = .string(display) }
        return .object(members)
    }

    /// True when `value` (a FHIR Coding) has this system and code.
    func matches(_ value: JSONValue) -> Bool { value["system"]?.string == system && value["code"]?.string == code }
}
