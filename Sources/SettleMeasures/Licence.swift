/// Whether and how an instrument may be used and its wording shown.
public enum LicenceStatus: String, Codable, Sendable, Hashable {
    /// Public domain or released for free use, wording included (PHQ-9, GAD-7, PHQ-4).
    case publicDomain
    /// Free to use, possibly with attribution; wording not confirmed for redistribution here.
    case freeToUse
    /// Free for clinical and research use; other uses (e.g. commercial electronic) need permission.
    case freeForClinicalAndResearch
    /// Permission of the holder is required.
    case permissionRequired
    /// Copyrighted and licensed (often through Mapi/ePROVIDE); a licence is required.
    case licensed
    /// Generic scale whose wording anyone may write (NRS, PGIC, PSFS).
    case generic
}

/// Licence facts for an instrument.
public struct Licence: Codable, Sendable, Hashable {
    /// The status as far as it is known.
    public var status: LicenceStatus
    /// Copyright holder or distributor.
    public var holder: String
    /// Whether Settle ships item wording for this instrument.
    public var wordingShipped: Bool
    /// Source and anything unconfirmed.
    public var source: Citation

    /// Creates licence facts.
    public init(_ status: LicenceStatus, holder: String, wordingShipped: Bool, source: Citation) {
        self.status = status
        self.holder = holder
        self.wordingShipped = wordingShipped
        self.source = source
    }
}

/// A LOINC code attached to an instrument or one of its scores.
public struct LOINCCode: Codable, Sendable, Hashable {
    /// The LOINC code, e.g. "44261-6".
    public var code: String
    /// What it codes, e.g. "PHQ-9 total score".
    public var meaning: String

    /// Creates a code.
    public init(_ code: String, _ meaning: String) {
        self.code = code
        self.meaning = meaning
    }
}
