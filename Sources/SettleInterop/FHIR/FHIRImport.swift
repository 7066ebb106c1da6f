import Foundation
import SettleCare

/// Something in an imported file that was not imported as it stood, and why.
public struct ImportNote: Sendable, Hashable, CustomStringConvertible {
    /// What happened to the content.
    public enum Kind: String, Sendable, Hashable {
        /// Content Settle cannot map; it was not imported.
        case unmapped
        /// Content deliberately left out (e.g. status `entered-in-error`, a record already stored).
        case skipped
        /// A derived value (a score) that Settle recomputes from imported answers instead.
        case recomputed
    }

    public var kind: Kind
    /// Where: the NDJSON line and Bundle entry, the resource and the element path,
    /// e.g. `"entry[4] Observation/9f…: component[2]"`.
    public var location: String
    /// What was not imported and why.
    public var message: String

    public init(_ kind: Kind, _ location: String, _ message: String) {
        self.kind = kind
        self.location = location
        self.message = message
    }

    public var description: String { "\(kind.rawValue): \(location): \(message)" }
}

/// The records read from a FHIR file, with every note about what was not imported.
public struct FHIRImport: Sendable, Equatable {
    /// Patients from Patient resources (with the complaint from Condition resources).
    public var patients: [Patient] = []
    /// Diary entries from pain Observations (LOINC 72514-3).
    public var diary: [DiaryEntry] = []
    /// Questionnaire administrations from QuestionnaireResponses, re-scored from their answers.
    public var administrations: [QuestionnaireAdministration] = []
    /// Treatment sessions from Procedures.
    public var sessions: [TreatmentSession] = []
    /// Activity plans from CarePlans.
    public var plans: [ActivityPlan] = []
    /// Everything not imported as it stood, in file order.
    public var notes: [ImportNote] = []
    /// Resources read (Bundles not counted).
    public var resourceCount = 0

    public init() {}

    /// Number of records read.
    public var recordCount: Int { patients.count + diary.count + administrations.count + sessions.count + plans.count }

    /// Notes about content that could not be mapped.
    public var unmapped: [ImportNote] { notes.filter { $0.kind == .unmapped } }
}
